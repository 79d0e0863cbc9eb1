package uk.partnershipledger.command.mou;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * A partner left the partnership on the effective date: if it is a party to the version of the MoU
 * in force on that date, the MoU is amended without it (seeds/001 MoU §27); otherwise nothing
 * happens. Sent by the partnership's leaving cascade in the leaving's own transaction, which has
 * already required written notice, so the MoU does not ask for its own.
 */
public record AmendMouOnPartyLeaving(
    @TargetAggregateIdentifier MouId mouId,
    OrganisationId organisationId,
    LocalDate effectiveDate) {}
