package uk.partnershipledger.events.mou;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.events.EventType;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.MayBeNull;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * What happens to a memorandum of understanding and its versions (seeds/001 MoU §24-27).
 *
 * <p>Each version names its parties. A drafted version comes into force on the day its last party
 * signs ({@link MouCameIntoForce}), and stays in force until a later version does, or until the MoU
 * is terminated. A version amended on a party's leaving is in force from the leaving date without
 * new signatures: the remaining parties' signatures carry over.
 */
public sealed interface MouEvent extends GovernanceEvent {

  MouId mouId();

  /**
   * The first version is drafted for the partnership's parties.
   *
   * @param initialTermMonths how long the MoU runs before its first review (seeds/001 MoU §24: an
   *     initial year)
   * @param reviewPeriodMonths how often it is reviewed after that (at least annually)
   */
  @EventType(name = "mou.drafted", revision = 1)
  record MouDrafted(
      MouId mouId,
      PartnershipId partnershipId,
      String title,
      int version,
      String versionLabel,
      List<OrganisationId> parties,
      List<String> schedules,
      int initialTermMonths,
      int reviewPeriodMonths,
      LocalDate effectiveDate)
      implements MouEvent {}

  /**
   * A variation is drafted as a new version. It needs the written agreement, as signatures, of
   * every current signatory (seeds/001 MoU §25), who must all be among its parties.
   */
  @EventType(name = "mou.variation-drafted", revision = 1)
  record MouVariationDrafted(
      MouId mouId,
      int version,
      String versionLabel,
      List<OrganisationId> parties,
      List<String> schedules,
      int reviewPeriodMonths,
      LocalDate effectiveDate)
      implements MouEvent {}

  /**
   * A party signs a version: its signatory, on the effective date.
   *
   * <p>Revision 2 gives the signatory as a name and a post, as the MoU's signature blocks do
   * (seeds/001: "John Hewitt, Interim Chief Executive, Durham County Council"). Revision 1 gave one
   * free text; {@link uk.partnershipledger.events.EventRevisions} lifts it to revision 2.
   */
  @EventType(name = "mou.signed", revision = 2)
  record MouSigned(
      MouId mouId,
      int version,
      OrganisationId organisationId,
      Signatory signatory,
      LocalDate effectiveDate)
      implements MouEvent {}

  /**
   * The version is in force from the effective date, the day its last party signed, until the next.
   *
   * @param reviewDue the date by which it must be reviewed
   */
  @EventType(name = "mou.came-into-force", revision = 1)
  record MouCameIntoForce(MouId mouId, int version, LocalDate reviewDue, LocalDate effectiveDate)
      implements MouEvent {}

  /** The version in force was reviewed on the effective date; the next review is due then. */
  @EventType(name = "mou.reviewed", revision = 1)
  record MouReviewed(MouId mouId, int version, LocalDate nextReviewDue, LocalDate effectiveDate)
      implements MouEvent {}

  /** A party notifies the others in writing that it will leave the MoU (seeds/001 MoU §26). */
  @EventType(name = "mou.party-gave-notice", revision = 1)
  record MouPartyGaveNotice(MouId mouId, OrganisationId organisationId, LocalDate effectiveDate)
      implements MouEvent {}

  /**
   * A party left: the MoU is amended without it as a new version, in force from the effective date,
   * with a revised review date (seeds/001 MoU §26).
   */
  @EventType(name = "mou.amended-on-leaving", revision = 1)
  record MouAmendedOnLeaving(
      MouId mouId,
      int version,
      String versionLabel,
      OrganisationId leavingOrganisationId,
      List<OrganisationId> parties,
      LocalDate reviewDue,
      LocalDate effectiveDate)
      implements MouEvent {}

  /** An abolished party's signature passes to its successor (seeds/003 §2.1). */
  @EventType(name = "mou.signature-succeeded", revision = 1)
  record MouSignatureSucceeded(
      MouId mouId,
      int version,
      OrganisationId predecessorId,
      OrganisationId successorId,
      LocalDate effectiveDate)
      implements MouEvent {}

  /** The MoU ends; the effective date is the first day it is no longer in force. */
  @EventType(name = "mou.terminated", revision = 1)
  record MouTerminated(MouId mouId, LocalDate effectiveDate) implements MouEvent {}

  /**
   * A signature was recorded with the wrong signatory or the wrong date: these are the right ones,
   * in place of the event named ({@link MouSigned} or its latest correction). A corrected date
   * never moves the day the version came into force. Revision 2 gives the signatory as {@link
   * MouSigned} revision 2 does.
   */
  @EventType(name = "mou.signature-corrected", revision = 2)
  record MouSignatureCorrected(
      MouId mouId,
      int version,
      OrganisationId organisationId,
      String correctedEventId,
      Signatory signatory,
      String reason,
      LocalDate effectiveDate)
      implements MouEvent {}

  /**
   * A drafted version (the first or a variation) was recorded with a wrong title, label, schedules
   * or terms: these are its right facts, in place of those of the event named. Its parties and date
   * are not corrected here.
   *
   * @param initialTermMonths for version 1; null for a variation
   */
  @EventType(name = "mou.draft-corrected", revision = 1)
  record MouDraftCorrected(
      MouId mouId,
      int version,
      String correctedEventId,
      String title,
      String versionLabel,
      List<String> schedules,
      @MayBeNull Integer initialTermMonths,
      int reviewPeriodMonths,
      String reason,
      LocalDate effectiveDate)
      implements MouEvent {}

  /**
   * A review was recorded with a wrong date or next review date: these are the right ones, in place
   * of the event named ({@link MouReviewed} or its latest correction).
   */
  @EventType(name = "mou.review-corrected", revision = 1)
  record MouReviewCorrected(
      MouId mouId,
      int version,
      String correctedEventId,
      LocalDate nextReviewDue,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements MouEvent {}

  /** A party's notice, or the MoU's termination, was recorded with a wrong date. */
  @EventType(name = "mou.date-corrected", revision = 1)
  record MouDateCorrected(
      MouId mouId,
      String correctedEventId,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements MouEvent {}

  /**
   * A drafted version named the wrong parties or the wrong date: these are the right ones, in place
   * of the event named. Only a version no party has signed yet is corrected so.
   */
  @EventType(name = "mou.drafting-corrected", revision = 1)
  record MouDraftingCorrected(
      MouId mouId,
      int version,
      String correctedEventId,
      List<OrganisationId> parties,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements MouEvent {}

  /**
   * The departure an amendment on leaving followed was corrected to another date: the amended
   * version is in force from the corrected effective date instead, with its review due date revised
   * from then, in place of the event named ({@link MouAmendedOnLeaving} or its latest correction).
   *
   * @param previousDate the date the amendment was recorded with
   */
  @EventType(name = "mou.amendment-on-leaving-corrected", revision = 1)
  record MouAmendmentOnLeavingCorrected(
      MouId mouId,
      int version,
      OrganisationId leavingOrganisationId,
      String correctedEventId,
      LocalDate reviewDue,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements MouEvent {}

  /**
   * The abolition a signature's succession followed was corrected to another date: the
   * predecessor's place and signature in the version pass to the successor on the corrected
   * effective date instead, in place of the event named ({@link MouSignatureSucceeded} or its
   * latest correction).
   *
   * @param previousDate the date the succession was recorded with
   */
  @EventType(name = "mou.signature-succession-corrected", revision = 1)
  record MouSignatureSuccessionCorrected(
      MouId mouId,
      int version,
      OrganisationId predecessorId,
      OrganisationId successorId,
      String correctedEventId,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements MouEvent {}
}
