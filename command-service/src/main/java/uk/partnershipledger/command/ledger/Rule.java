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
  ORGANISATION_ABOLISHED(409, "The organisation was abolished by that date"),
  RENAME_OUT_OF_ORDER(409, "A renaming cannot predate the organisation's current name"),
  NAME_UNCHANGED(409, "The organisation already has that name"),
  SUCCESSOR_IS_THE_ABOLISHED_ORGANISATION(400, "An organisation cannot succeed itself"),
  SUCCESSOR_NOT_STATUTORY(
      409, "A statutory body's successor must be a statutory body, to take over its functions"),
  NON_DELEGABLE_FUNCTION(409, "The function cannot be delegated"),
  BODY_CANNOT_HOLD_DELEGATION(409, "An advisory body cannot hold a delegation"),
  DELEGATOR_NOT_STATUTORY(409, "Only a statutory body can delegate a statutory function"),
  DELEGATOR_NOT_A_PARTNER(409, "Only a current partner can delegate to a body of the partnership"),
  APPROVAL_AFTER_EFFECTIVE_DATE(
      409, "The delegator's governing body must approve before the change takes effect"),
  DUPLICATE_LIMIT_KIND(400, "A delegation has at most one limit of each kind"),
  UNKNOWN_DELEGATION(404, "No such delegation to this body is recorded"),
  DELEGATION_NOT_IN_FORCE(409, "The delegation is not in force on that date"),
  DELEGATION_CHANGE_OUT_OF_ORDER(
      409, "A change to a delegation cannot predate its last recorded change"),
  DELEGATION_HAS_LATER_DECISIONS(
      409, "Decisions were recorded under the delegation on or after that date"),
  BODY_NOT_OPERATIONAL(409, "Only an operational body can decide; in shadow form it recommends"),
  NO_DELEGATION_FOR_FUNCTION(409, "No delegation in force on that date covers the function"),
  AMOUNT_OVER_LIMIT(409, "The amount is over the delegation's limit"),
  AMOUNT_AND_LIMIT_KIND_TOGETHER(
      400, "An amount needs the kind of limit it counts against, and the kind needs an amount"),
  CHAIR_NOT_FROM_ROTATION(
      409, "Under a rotating chair, the chair comes from the organisation whose turn it is"),
  ROTATION_INVALID(400, "A rotating chair needs turns in date order, from the arrangement's date"),
  BODY_REPLACES_ITSELF(400, "A body cannot replace itself"),
  REPLACEMENT_IN_ANOTHER_PARTNERSHIP(409, "A body is replaced by one of the same partnership"),
  REPORTING_LINE_TO_ITSELF(400, "A body cannot report to itself"),
  REPORTING_LINE_OUTSIDE_PARTNERSHIP(
      409, "Both bodies of a reporting line belong to the partnership"),
  REPORTING_LINE_ALREADY_DRAWN(409, "The bodies already have a reporting line on that date"),
  REPORTING_LINE_NOT_IN_FORCE(409, "No such reporting line is in force on that date"),
  UNKNOWN_RECORDED_FACT(404, "No such recorded fact to correct"),
  CORRECTION_CHANGES_NOTHING(409, "The correction gives the facts already recorded"),
  CORRECTION_CONTRADICTS_RECORD(
      409, "The corrected fact would contradict other facts already recorded"),
  DISSOLUTION_BEFORE_RECORDED_ACTS(
      409, "A body cannot be dissolved from a day on which it still acted by the record"),
  FORMATION_AFTER_RECORDED_ACTS(
      409, "A partnership cannot be formed after a day on which something of it is recorded"),
  DIRECT_ACCOUNTABILITY_CYCLE(409, "Lines of direct accountability cannot run in a circle"),
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
    return URI.create("urn:partnership-ledger:rule:" + slug());
  }

  /** The rule's stable name in problem types and in recorded refusals: {@code not-a-partner}. */
  public String slug() {
    return name().toLowerCase().replace('_', '-');
  }
}
