package uk.partnershipledger.query.delegation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.events.body.BodyId;

/** The delegations a body held on one date. */
@Schema(name = "BodyDelegationsOnDate")
public record BodyDelegations(
    @Schema(type = "string", format = "uuid", example = "7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b")
        BodyId bodyId,
    @Schema(example = "County Durham Health and Care Joint Committee") String name,
    @Schema(description = "The date the answer is for", example = "2023-04-01") LocalDate on,
    @Schema(description = "The delegations in force on that date, by function")
        List<DelegationOnDate> delegations) {}
