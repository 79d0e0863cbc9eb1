package uk.partnershipledger.command.ledger;

import java.net.URI;

/**
 * The rules the command side enforces, each with a stable problem type so that a client can react
 * to the rule rather than parse the words.
 *
 * <p>A rule about the governed world answers 409 (the request was well formed, the ledger's state
 * forbids it); a request the ledger cannot read at all answers 400.
 */
public enum Rule {
  STATUTORY_STATUS_CONTRADICTS_KIND(
      400, "The organisation's kind does not allow that statutory status"),
  UNKNOWN_ORGANISATION(400, "No such organisation is registered"),
  ORGANISATION_NOT_YET_ESTABLISHED(409, "The organisation did not yet exist on that date"),
  TOO_FEW_FOUNDING_PARTNERS(400, "A partnership is formed by at least two partners"),
  DUPLICATE_FOUNDING_PARTNER(400, "A founding partner is named twice"),
  PARTNERSHIP_NOT_YET_FORMED(409, "The partnership was not yet formed on that date"),
  ALREADY_A_PARTNER(409, "The organisation is already a partner"),
  NOT_A_PARTNER(409, "The organisation is not a partner on that date"),
  NOTICE_ALREADY_GIVEN(409, "The partner has already given notice"),
  NOTICE_AFTER_INTENDED_LEAVING(400, "Notice must be given before the date it names for leaving"),
  NOTICE_REQUIRED_BEFORE_LEAVING(409, "A partner must give written notice before it leaves"),
  LEAVING_BEFORE_JOINING(409, "A partner cannot leave before, or on the day, it joined"),
  UNKNOWN_PARTNERSHIP(400, "No such partnership is recorded"),
  UNKNOWN_BODY(400, "No such governance body is recorded"),
  PARENT_BODY_IN_ANOTHER_PARTNERSHIP(409, "A parent body must belong to the same partnership"),
  BODY_ESTABLISHED_AS_DISSOLVED(400, "A body cannot be established as dissolved"),
  BODY_NOT_YET_ESTABLISHED(409, "The body was not yet established on that date"),
  BODY_STATUS_MUST_MOVE_FORWARD(
      409, "A body moves forward only: proposed, shadow form, operational, dissolved"),
  BODY_DISSOLVED(409, "The body is dissolved on that date"),
  TERMS_OF_REFERENCE_OUT_OF_ORDER(
      409, "A new version of the terms of reference cannot predate the current one"),
  MEMBER_ORGANISATION_NOT_A_PARTNER(
      409, "A voting member must represent an organisation that is a partner on that date"),
  CHAIR_ALREADY_APPOINTED(409, "A body has at most one chair on any date"),
  UNKNOWN_MEMBERSHIP(404, "No such membership of this body is recorded"),
  MEMBERSHIP_NOT_IN_FORCE(409, "The membership is not in force on that date"),
  ROLE_CHANGE_OUT_OF_ORDER(409, "A role change cannot predate the member's current role"),
  ROLE_UNCHANGED(409, "The member already holds that role"),
  UNKNOWN_MOU(404, "No such memorandum of understanding is recorded"),
  UNKNOWN_MOU_VERSION(404, "No such version of the memorandum of understanding is recorded"),
  TOO_FEW_MOU_PARTIES(400, "A memorandum of understanding has at least two parties"),
  DUPLICATE_MOU_PARTY(400, "A party to the memorandum of understanding is named twice"),
  MOU_PERIOD_OUT_OF_RANGE(400, "An MoU's initial term and review period are 1 to 60 months"),
  NOT_AN_MOU_PARTY(409, "The organisation is not a party to that version of the MoU"),
  MOU_ALREADY_SIGNED(409, "The party has already signed that version of the MoU"),
  MOU_SIGNED_BEFORE_DRAFTED(409, "A version of the MoU cannot be signed before it was drafted"),
  MOU_VERSION_SUPERSEDED(
      409, "A later version of the MoU came into force; this draft can no longer do so"),
  MOU_NOT_IN_FORCE(409, "No version of the MoU is in force on that date"),
  MOU_DRAFT_PENDING(409, "Another draft version of the MoU is awaiting signatures"),
  VARIATION_WITHOUT_ALL_SIGNATORIES(
      409, "A variation of the MoU needs the written agreement of every current signatory"),
  NEXT_REVIEW_NOT_AFTER_REVIEW(400, "The next review of the MoU must fall after the review"),
  NEXT_REVIEW_BEYOND_REVIEW_PERIOD(
      409, "The next review of the MoU must fall within its review period"),
  MOU_NOTICE_ALREADY_GIVEN(409, "The party has already given notice under the MoU"),
  MOU_TERMINATED(409, "The MoU has been terminated; nothing more is recorded on it"),
  MOU_ACT_OUT_OF_ORDER(409, "The act would be dated before a later change to the MoU's versions");

  private final int status;
  private final String title;

  Rule(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /**
   * The RFC 9457 problem type, named after the rule: {@code
   * urn:partnership-ledger:rule:not-a-partner}.
   */
  public URI type() {
    return URI.create("urn:partnership-ledger:rule:" + name().toLowerCase().replace('_', '-'));
  }
}
