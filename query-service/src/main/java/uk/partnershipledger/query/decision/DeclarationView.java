package uk.partnershipledger.query.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import uk.partnershipledger.events.body.DeclarationId;

/** A member's declaration of an interest in a matter before the body (seeds/001 MoU §23). */
@Schema(name = "Declaration")
record DeclarationView(
    @Schema(type = "string", format = "uuid") DeclarationId declarationId,
    @Schema(description = "The day it was declared", example = "2023-05-10") LocalDate on,
    @Schema(description = "When the ledger recorded it, in UTC") OffsetDateTime recordedAt,
    @Schema(description = "Who declared it") DecisionView.Member member,
    @Schema(example = "CMH-2023-05") String matter,
    @Schema(example = "Trustee of a charity bidding for the crisis café contract")
        String interest) {}
