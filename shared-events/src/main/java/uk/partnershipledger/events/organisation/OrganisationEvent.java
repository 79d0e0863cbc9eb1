package uk.partnershipledger.events.organisation;

import java.time.LocalDate;
import uk.partnershipledger.events.EventType;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.MayBeNull;

/** What happens to a partner organisation over its life. */
public sealed interface OrganisationEvent extends GovernanceEvent {

  OrganisationId organisationId();

  /**
   * An organisation is known to the ledger from its effective date, the day it was established (NHS
   * North East and North Cumbria ICB: 1 July 2022; seeds/003 §2.1).
   */
  @EventType(name = "organisation.registered", revision = 1)
  record OrganisationRegistered(
      OrganisationId organisationId,
      String name,
      OrganisationKind kind,
      boolean statutoryBody,
      LocalDate effectiveDate)
      implements OrganisationEvent {}

  /** The organisation is known by a new name from the effective date; it stays the same partner. */
  @EventType(name = "organisation.renamed", revision = 1)
  record OrganisationRenamed(
      OrganisationId organisationId, String previousName, String name, LocalDate effectiveDate)
      implements OrganisationEvent {}

  /**
   * The organisation ceases to exist on the effective date (NHS County Durham CCG: 1 July 2022).
   * What passes to the successor follows as explicit events on the same date: its partnerships,
   * delegations and MoU signatures (seeds/003 §2.1, §4.6.1).
   *
   * @param successorId the organisation that takes over its functions; null if none does
   */
  @EventType(name = "organisation.abolished", revision = 1)
  record OrganisationAbolished(
      OrganisationId organisationId, @MayBeNull OrganisationId successorId, LocalDate effectiveDate)
      implements OrganisationEvent {}

  /**
   * The registration gave a wrong name or a wrong establishment date: these are the right ones, in
   * place of those of the event named ({@link OrganisationRegistered} or its latest correction). A
   * later renaming is unaffected.
   */
  @EventType(name = "organisation.registration-corrected", revision = 1)
  record RegistrationCorrected(
      OrganisationId organisationId,
      String correctedEventId,
      String name,
      String reason,
      LocalDate effectiveDate)
      implements OrganisationEvent {}

  /**
   * A renaming was recorded with a wrong name or date: these are the right ones, in place of the
   * event named ({@link OrganisationRenamed} or its latest correction).
   *
   * @param previousDate the date the renaming was recorded with
   */
  @EventType(name = "organisation.renaming-corrected", revision = 1)
  record RenamingCorrected(
      OrganisationId organisationId,
      String correctedEventId,
      String name,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements OrganisationEvent {}

  /**
   * The organisation was abolished on another date than recorded: it ceases to exist on the
   * corrected effective date instead, in place of the event named ({@link OrganisationAbolished} or
   * its latest correction). Its successor is unchanged; what passed to it, or lapsed, is moved by
   * its own corrections in the same unit of work.
   *
   * @param successorId the successor recorded with the abolition; null if none
   * @param previousDate the date the abolition was recorded with
   */
  @EventType(name = "organisation.abolition-corrected", revision = 1)
  record AbolitionCorrected(
      OrganisationId organisationId,
      @MayBeNull OrganisationId successorId,
      String correctedEventId,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements OrganisationEvent {}
}
