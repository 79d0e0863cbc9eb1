package uk.partnershipledger.command.organisation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;

/**
 * Registers a partner organisation, established on the effective date.
 *
 * @param statutoryBody null when the client leaves it to the organisation's kind
 */
public record RegisterOrganisation(
    @TargetAggregateIdentifier OrganisationId organisationId,
    String name,
    OrganisationKind kind,
    Boolean statutoryBody,
    LocalDate effectiveDate) {}
