package uk.partnershipledger.query.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.events.body.BodyId;

/** The declarations of interest made at a body over a period, in date order. */
@Schema(name = "BodyDeclarations")
record BodyDeclarations(
    @Schema(type = "string", format = "uuid") BodyId bodyId,
    @Schema(example = "County Durham Health and Care Joint Committee") String name,
    @Schema(description = "The first day of the period, if one was given") LocalDate from,
    @Schema(description = "The last day of the period (inclusive), if one was given") LocalDate to,
    List<DeclarationView> declarations) {}
