package uk.partnershipledger.command.mou;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * An abolished organisation's place and signature pass to its successor on the effective date
 * (seeds/003 §2.1), in the version in force then and in a draft awaiting signatures; an MoU the
 * predecessor is no party to is left alone. Sent by the abolition's cascade in its own transaction.
 */
public record SucceedMouSignature(
    @TargetAggregateIdentifier MouId mouId,
    OrganisationId predecessorId,
    OrganisationId successorId,
    LocalDate effectiveDate) {}
