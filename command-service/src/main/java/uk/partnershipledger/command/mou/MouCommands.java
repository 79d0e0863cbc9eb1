package uk.partnershipledger.command.mou;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * The commands a memorandum of understanding takes from its endpoints; each is judged on its
 * effective date. The cascades other aggregates send are public records of their own: {@link
 * AmendMouOnPartyLeaving}, {@link SucceedMouSignature}.
 */
final class MouCommands {

  private MouCommands() {}

  record DraftMou(
      @TargetAggregateIdentifier MouId mouId,
      PartnershipId partnershipId,
      String title,
      String versionLabel,
      List<OrganisationId> parties,
      List<String> schedules,
      int initialTermMonths,
      int reviewPeriodMonths,
      LocalDate effectiveDate) {}

  record DraftVariation(
      @TargetAggregateIdentifier MouId mouId,
      String versionLabel,
      List<OrganisationId> parties,
      List<String> schedules,
      int reviewPeriodMonths,
      LocalDate effectiveDate) {}

  record SignMou(
      @TargetAggregateIdentifier MouId mouId,
      int version,
      OrganisationId organisationId,
      Signatory signatory,
      LocalDate effectiveDate) {}

  /**
   * Corrects a party's signature of a version: its signatory's name or post, or its date; a null
   * field keeps the value recorded.
   */
  record CorrectSignature(
      @TargetAggregateIdentifier MouId mouId,
      int version,
      OrganisationId organisationId,
      String signatoryName,
      String signatoryPost,
      LocalDate effectiveDate,
      String reason) {}

  /**
   * Corrects a drafted version's title (version 1 only), label, schedules or terms, naming the
   * draft event; a null field keeps the value recorded.
   */
  record CorrectDraft(
      @TargetAggregateIdentifier MouId mouId,
      int version,
      String correctedEventId,
      String title,
      String versionLabel,
      List<String> schedules,
      Integer initialTermMonths,
      Integer reviewPeriodMonths,
      String reason) {}

  /**
   * Corrects a drafted version's parties or date, naming its draft event (or the latest correction
   * of its parties and date); a null field keeps the value recorded.
   */
  record CorrectDrafting(
      @TargetAggregateIdentifier MouId mouId,
      int version,
      String correctedEventId,
      List<OrganisationId> parties,
      LocalDate effectiveDate,
      String reason) {}

  /** Corrects a review's date or next review date; a null field keeps the value recorded. */
  record CorrectReview(
      @TargetAggregateIdentifier MouId mouId,
      String correctedEventId,
      LocalDate nextReviewDue,
      LocalDate effectiveDate,
      String reason) {}

  /** Corrects the date of a party's notice or of the termination, named by its event. */
  record CorrectDate(
      @TargetAggregateIdentifier MouId mouId,
      String correctedEventId,
      LocalDate effectiveDate,
      String reason) {}

  /**
   * @param nextReviewDue when the next review is due; null for the review period after the review
   */
  record ReviewMou(
      @TargetAggregateIdentifier MouId mouId, LocalDate nextReviewDue, LocalDate effectiveDate) {}

  record GiveMouNotice(
      @TargetAggregateIdentifier MouId mouId,
      OrganisationId organisationId,
      LocalDate effectiveDate) {}

  /** The effective date is the first day the MoU is no longer in force. */
  record TerminateMou(@TargetAggregateIdentifier MouId mouId, LocalDate effectiveDate) {}

  /**
   * What a signature changed.
   *
   * @param inForceFrom the day the version came into force, when this signature was the last; null
   *     while parties have still to sign
   * @param reviewDue the first review of the version in force; null while it is not
   */
  record SignatureRecorded(boolean cameIntoForce, LocalDate inForceFrom, LocalDate reviewDue) {}

  record ReviewRecorded(int version, LocalDate nextReviewDue) {}
}
