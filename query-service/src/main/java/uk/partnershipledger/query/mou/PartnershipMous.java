package uk.partnershipledger.query.mou;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.events.partnership.PartnershipId;

/** A partnership's MoUs as they stood on one date. */
@Schema(name = "PartnershipMous")
public record PartnershipMous(
    @Schema(type = "string", format = "uuid") PartnershipId partnershipId,
    @Schema(example = "County Durham Care Partnership") String name,
    @Schema(description = "The date the answer is for", example = "2021-04-01") LocalDate on,
    @Schema(description = "The MoUs drafted by the date, by title") List<MouView> mous) {}
