package uk.partnershipledger.command.mou;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * The date of a party's departure (a leaving, or an abolition with no successor) is corrected from
 * {@code was} to {@code now}: the version that amended the MoU without the organisation on {@code
 * was} comes into force on {@code now} instead, with its review date revised from then. Moved
 * earlier, an act on the MoU between the two dates refuses the correction. An MoU not amended for
 * the organisation on {@code was} is left alone. Sent by the correction's cascade in its own unit
 * of work (docs/adr/0009).
 *
 * @param reason the correction's reason, carried on the event it records
 */
public record MoveAmendmentOnLeaving(
    @TargetAggregateIdentifier MouId mouId,
    OrganisationId organisationId,
    LocalDate was,
    LocalDate now,
    String reason) {}
