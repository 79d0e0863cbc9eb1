package uk.partnershipledger.command.partnership;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;

/** The commands a partnership takes; each is judged on its effective date. */
public final class PartnershipCommands {

  private PartnershipCommands() {}

  record FormPartnership(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      String name,
      String place,
      List<OrganisationId> foundingPartners,
      LocalDate effectiveDate) {}

  record JoinPartnership(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      OrganisationId organisationId,
      LocalDate effectiveDate) {}

  record GiveNotice(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      OrganisationId organisationId,
      LocalDate intendedLeavingDate,
      LocalDate effectiveDate) {}

  /**
   * A partner leaves, with everything that follows (DOMAIN.md rule 6). Handled by the cascade
   * (command.cascade), which records the leaving with {@link RecordLeaving} and each consequence as
   * its own event.
   */
  public record LeavePartnership(
      PartnershipId partnershipId, OrganisationId organisationId, LocalDate effectiveDate) {}

  /** The leaving itself, on the partnership's own record. */
  public record RecordLeaving(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      OrganisationId organisationId,
      LocalDate effectiveDate) {}

  /**
   * An abolished partner's place passes to its successor, or, with no successor, the partner is
   * gone. Does nothing where the organisation is not a partner on the date.
   */
  public record SucceedPartner(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      OrganisationId predecessorId,
      OrganisationId successorId,
      LocalDate effectiveDate) {}

  /**
   * Corrects the date of a joining, named by its event. Handled by the cascade (command.cascade),
   * which records the correction with {@link RecordJoiningCorrection} and, for a later date, has
   * each body of the partnership check that nothing it recorded relied on the days given up.
   */
  public record CorrectJoining(
      PartnershipId partnershipId,
      OrganisationId organisationId,
      String correctedEventId,
      LocalDate effectiveDate,
      String reason) {}

  /** The correction itself, on the partnership's own record; answers the date it replaced. */
  public record RecordJoiningCorrection(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      OrganisationId organisationId,
      String correctedEventId,
      LocalDate effectiveDate,
      String reason) {}

  /**
   * Corrects the date of a partner's leaving, named by its event. Handled by the cascade
   * (command.cascade), which records the correction with {@link RecordLeavingCorrection} and moves
   * each consequence of the leaving to the corrected date (docs/adr/0009).
   */
  public record CorrectLeaving(
      PartnershipId partnershipId,
      OrganisationId organisationId,
      String correctedEventId,
      LocalDate effectiveDate,
      String reason) {}

  /** The correction itself, on the partnership's own record; answers the date it replaced. */
  public record RecordLeavingCorrection(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      OrganisationId organisationId,
      String correctedEventId,
      LocalDate effectiveDate,
      String reason) {}

  /**
   * An abolition's date is corrected from {@code was} to {@code now}: the abolished partner's
   * tenure that ended on {@code was} ends on {@code now}, and its successor's place moves with it.
   * Does nothing where no tenure of the predecessor ended on {@code was}. Answers whether the
   * successor's tenure began with the succession (so that, moved later, the bodies must not rely on
   * the successor in between).
   *
   * @param successorId null when no organisation succeeded it
   */
  public record MoveSuccession(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      OrganisationId predecessorId,
      OrganisationId successorId,
      LocalDate was,
      LocalDate now,
      String reason) {}

  record DrawReportingLine(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      BodyId fromBodyId,
      BodyId toBodyId,
      ReportingLineKind kind,
      LocalDate effectiveDate) {}

  record EndReportingLine(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      BodyId fromBodyId,
      BodyId toBodyId,
      LocalDate effectiveDate) {}

  /**
   * Corrects a partner's notice, named by its event: its date or intended leaving date; a null
   * field keeps the value recorded.
   */
  record CorrectNotice(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      OrganisationId organisationId,
      String correctedEventId,
      LocalDate intendedLeavingDate,
      LocalDate effectiveDate,
      String reason) {}

  /**
   * Corrects a reporting line, named by its event: its kind or start date; a null field keeps the
   * value recorded.
   */
  record CorrectReportingLine(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      String correctedEventId,
      ReportingLineKind kind,
      LocalDate effectiveDate,
      String reason) {}

  /**
   * Corrects the partnership's name, place or date, naming its formation event (or latest
   * correction); a null field keeps the value recorded. Handled by the cascade (command.cascade),
   * which records the correction with {@link RecordFormationCorrection} and, for a later date,
   * checks that no body or MoU of the partnership falls before it.
   */
  public record CorrectFormation(
      PartnershipId partnershipId,
      String correctedEventId,
      String name,
      String place,
      LocalDate effectiveDate,
      String reason) {}

  /**
   * The correction itself, on the partnership's own record; answers the formation date it replaced
   * (the date recorded, where the date is not corrected).
   */
  public record RecordFormationCorrection(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      String correctedEventId,
      String name,
      String place,
      LocalDate effectiveDate,
      String reason) {}

  /** Corrects the date a reporting line ended, naming its ending event. */
  record CorrectReportingLineEnd(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      String correctedEventId,
      LocalDate effectiveDate,
      String reason) {}
}
