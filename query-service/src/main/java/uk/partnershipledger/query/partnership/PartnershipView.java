package uk.partnershipledger.query.partnership;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import uk.partnershipledger.events.partnership.PartnershipId;

/** A place-based partnership. */
@Schema(name = "Partnership")
record PartnershipView(
    @Schema(type = "string", format = "uuid", example = "5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10")
        PartnershipId partnershipId,
    @Schema(example = "County Durham Care Partnership") String name,
    @Schema(example = "County Durham") String place,
    @Schema(description = "The day it was formed", example = "2018-04-01") LocalDate formedOn) {}
