package uk.partnershipledger.events.partnership;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.events.EventType;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.MayBeNull;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * What happens to a partnership and its partners.
 *
 * <p>A partner's tenure is the half-open interval from the effective date of its {@link
 * PartnerJoined} (inclusive) to that of its {@link PartnerLeft} (exclusive). Founding partners get
 * a {@link PartnerJoined} of their own right after {@link PartnershipFormed}, so that a consumer
 * reads every tenure the same way.
 */
public sealed interface PartnershipEvent extends GovernanceEvent {

  PartnershipId partnershipId();

  /** The County Durham Care Partnership was formed in 2018 (seeds/000 §8). */
  @EventType(name = "partnership.formed", revision = 1)
  record PartnershipFormed(
      PartnershipId partnershipId, String name, String place, LocalDate effectiveDate)
      implements PartnershipEvent {}

  @EventType(name = "partnership.partner-joined", revision = 1)
  record PartnerJoined(
      PartnershipId partnershipId, OrganisationId organisationId, LocalDate effectiveDate)
      implements PartnershipEvent {}

  /**
   * A leaving partner notifies the others in writing (seeds/001 MoU §26). The effective date is the
   * day notice was given; the intended leaving date is what the notice said, if it said one.
   */
  @EventType(name = "partnership.partner-gave-notice", revision = 1)
  record PartnerGaveNotice(
      PartnershipId partnershipId,
      OrganisationId organisationId,
      @MayBeNull LocalDate intendedLeavingDate,
      LocalDate effectiveDate)
      implements PartnershipEvent {}

  /** The partner is no longer a partner from the effective date on. */
  @EventType(name = "partnership.partner-left", revision = 1)
  record PartnerLeft(
      PartnershipId partnershipId, OrganisationId organisationId, LocalDate effectiveDate)
      implements PartnershipEvent {}

  /**
   * An abolished partner's place passes to its successor on the effective date: the predecessor's
   * tenure ends and the successor is a partner from that day (seeds/003 §2.1).
   */
  @EventType(name = "partnership.partner-succeeded", revision = 1)
  record PartnerSucceeded(
      PartnershipId partnershipId,
      OrganisationId predecessorId,
      OrganisationId successorId,
      LocalDate effectiveDate)
      implements PartnershipEvent {}

  /**
   * From the effective date, one body of the partnership reports to another (seeds/000 §17: the
   * joint committee reports to the ICB, the Health and Wellbeing Board and Cabinet).
   */
  @EventType(name = "partnership.reporting-line-drawn", revision = 1)
  record ReportingLineDrawn(
      PartnershipId partnershipId,
      BodyId fromBodyId,
      BodyId toBodyId,
      ReportingLineKind kind,
      LocalDate effectiveDate)
      implements PartnershipEvent {}

  /** The reporting line ends: the effective date is its first day no longer in force. */
  @EventType(name = "partnership.reporting-line-ended", revision = 1)
  record ReportingLineEnded(
      PartnershipId partnershipId, BodyId fromBodyId, BodyId toBodyId, LocalDate effectiveDate)
      implements PartnershipEvent {}

  /**
   * A partner's joining was recorded with the wrong date: its tenure begins on the corrected
   * effective date instead, in place of the event named ({@link PartnerJoined} or its latest
   * correction).
   */
  @EventType(name = "partnership.joining-corrected", revision = 1)
  record JoiningCorrected(
      PartnershipId partnershipId,
      OrganisationId organisationId,
      String correctedEventId,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements PartnershipEvent {}

  /**
   * A partner's written notice was recorded with a wrong date or intended leaving date: these are
   * the right ones, in place of the event named ({@link PartnerGaveNotice} or its latest
   * correction).
   */
  @EventType(name = "partnership.notice-corrected", revision = 1)
  record NoticeCorrected(
      PartnershipId partnershipId,
      OrganisationId organisationId,
      String correctedEventId,
      @MayBeNull LocalDate intendedLeavingDate,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements PartnershipEvent {}

  /**
   * A reporting line was drawn with the wrong kind or start date: these are the right ones, in
   * place of the event named ({@link ReportingLineDrawn} or its latest correction).
   */
  @EventType(name = "partnership.reporting-line-corrected", revision = 1)
  record ReportingLineCorrected(
      PartnershipId partnershipId,
      BodyId fromBodyId,
      BodyId toBodyId,
      String correctedEventId,
      ReportingLineKind kind,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements PartnershipEvent {}

  /**
   * The partnership was formed with a wrong name or place: these are the right ones, in place of
   * those of the event named ({@link PartnershipFormed} or its latest correction).
   */
  @EventType(name = "partnership.formation-corrected", revision = 1)
  record FormationCorrected(
      PartnershipId partnershipId,
      String correctedEventId,
      String name,
      String place,
      String reason,
      LocalDate effectiveDate)
      implements PartnershipEvent {}

  /**
   * The partnership was formed on another day than recorded: it was formed on the corrected
   * effective date, in place of the day held by the event named ({@link PartnershipFormed} or its
   * latest correction, of name and place or of date). The founding partners whose joinings were
   * recorded with the formation and still fall on its day, {@code movedFoundingPartners} in the
   * order they were named, joined on the corrected date too: their tenures begin then, and this
   * event holds their joinings' current date (a later {@link JoiningCorrected} of one of them names
   * it).
   */
  @EventType(name = "partnership.formation-date-corrected", revision = 1)
  record FormationDateCorrected(
      PartnershipId partnershipId,
      String correctedEventId,
      List<OrganisationId> movedFoundingPartners,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements PartnershipEvent {}

  /**
   * A reporting line was ended on a wrong date: it ends on the corrected effective date instead, in
   * place of the event named ({@link ReportingLineEnded} or its latest correction).
   */
  @EventType(name = "partnership.reporting-line-end-corrected", revision = 1)
  record ReportingLineEndCorrected(
      PartnershipId partnershipId,
      BodyId fromBodyId,
      BodyId toBodyId,
      String correctedEventId,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements PartnershipEvent {}

  /**
   * A partner's leaving (or its going on an abolition with no successor) was recorded with the
   * wrong date: its tenure ends on the corrected effective date instead, in place of the event
   * named ({@link PartnerLeft} or its latest correction). Its consequences (ended memberships,
   * lapsed delegations, amended MoUs) are moved by their own corrections in the same unit of work.
   *
   * @param previousDate the date the leaving was recorded with
   */
  @EventType(name = "partnership.leaving-corrected", revision = 1)
  record LeavingCorrected(
      PartnershipId partnershipId,
      OrganisationId organisationId,
      String correctedEventId,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements PartnershipEvent {}

  /**
   * An abolished partner's place passed to its successor on another date than recorded: the
   * predecessor's tenure ends, and the successor's place begins (unless it was already a partner),
   * on the corrected effective date instead, in place of the event named ({@link PartnerSucceeded}
   * or its latest correction).
   *
   * @param previousDate the date the succession was recorded with
   */
  @EventType(name = "partnership.succession-corrected", revision = 1)
  record SuccessionCorrected(
      PartnershipId partnershipId,
      OrganisationId predecessorId,
      OrganisationId successorId,
      String correctedEventId,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements PartnershipEvent {}
}
