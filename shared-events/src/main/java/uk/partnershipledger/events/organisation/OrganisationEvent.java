package uk.partnershipledger.events.organisation;

import java.time.LocalDate;
import uk.partnershipledger.events.EventType;
import uk.partnershipledger.events.GovernanceEvent;

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
}
