package uk.partnershipledger.command.mou;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * An abolition's date is corrected from {@code was} to {@code now}: the predecessor's signature
 * that passed to its successor on {@code was} passes on {@code now} instead. An MoU with no such
 * succession on {@code was} is left alone. Sent by the correction's cascade in its own unit of work
 * (docs/adr/0009).
 *
 * @param reason the correction's reason, carried on the event it records
 */
public record MoveSignatureSuccession(
    @TargetAggregateIdentifier MouId mouId,
    OrganisationId predecessorId,
    OrganisationId successorId,
    LocalDate was,
    LocalDate now,
    String reason) {}
