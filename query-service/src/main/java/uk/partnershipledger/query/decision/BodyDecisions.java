package uk.partnershipledger.query.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.events.body.BodyId;

/** What a body decided, was refused and recommended over a period, in date order. */
@Schema(name = "BodyDecisions")
record BodyDecisions(
    @Schema(type = "string", format = "uuid") BodyId bodyId,
    @Schema(example = "County Durham Health and Care Joint Committee") String name,
    @Schema(description = "The first day of the period, if one was given", example = "2023-04-01")
        LocalDate from,
    @Schema(description = "The last day of the period (inclusive), if one was given") LocalDate to,
    List<DecisionView> decisions) {}
