package uk.partnershipledger.events.body;

import java.time.LocalDate;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * One turn of a rotating chair: from this date (inclusive) until the next turn, the chair comes
 * from this organisation.
 */
public record ChairTurn(OrganisationId organisationId, LocalDate from) {}
