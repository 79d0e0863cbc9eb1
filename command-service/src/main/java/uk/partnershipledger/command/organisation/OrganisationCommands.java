package uk.partnershipledger.command.organisation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.partnershipledger.events.organisation.OrganisationId;

/** What can happen to an organisation after it is registered. */
public final class OrganisationCommands {

  private OrganisationCommands() {}

  public record RenameOrganisation(
      @TargetAggregateIdentifier OrganisationId organisationId,
      String name,
      LocalDate effectiveDate) {}

  /**
   * Abolishes an organisation and hands what it held to its successor. Handled by the cascade
   * (command.cascade), which records the abolition with {@link RecordAbolition} and then each
   * consequence as its own event.
   *
   * @param successorId null when no organisation succeeds it
   */
  public record AbolishOrganisation(
      OrganisationId organisationId, OrganisationId successorId, LocalDate effectiveDate) {}

  /** The abolition itself, on the organisation's own record. */
  public record RecordAbolition(
      @TargetAggregateIdentifier OrganisationId organisationId,
      OrganisationId successorId,
      LocalDate effectiveDate) {}

  /**
   * Corrects the registration's name or establishment date; a null field keeps the value recorded.
   */
  public record CorrectRegistration(
      @TargetAggregateIdentifier OrganisationId organisationId,
      String name,
      LocalDate effectiveDate,
      String reason) {}

  /**
   * Corrects a renaming, named by its event (or latest correction): its name or date; a null field
   * keeps the value recorded.
   */
  public record CorrectRenaming(
      @TargetAggregateIdentifier OrganisationId organisationId,
      String correctedEventId,
      String name,
      LocalDate effectiveDate,
      String reason) {}

  /**
   * Corrects the date of an abolition, named by its event (or latest correction). Handled by the
   * cascade (command.cascade), which records the correction with {@link RecordAbolitionCorrection}
   * and moves each consequence of the abolition to the corrected date (docs/adr/0009).
   */
  public record CorrectAbolition(
      OrganisationId organisationId,
      String correctedEventId,
      LocalDate effectiveDate,
      String reason) {}

  /** The correction itself, on the organisation's own record; answers what it moved. */
  public record RecordAbolitionCorrection(
      @TargetAggregateIdentifier OrganisationId organisationId,
      String correctedEventId,
      LocalDate effectiveDate,
      String reason) {}

  /**
   * An abolition moved from {@code was} to the corrected date.
   *
   * @param successorId who took over; null if none did
   */
  public record AbolitionMoved(LocalDate was, OrganisationId successorId) {}
}
