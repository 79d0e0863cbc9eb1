package uk.partnershipledger.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Every recorded change to one organisation, partnership, body, MoU or delegation. */
@Schema(name = "EntityHistory")
record EntityHistory(
    @Schema(example = "organisation") EntityKind kind,
    @Schema(example = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22") UUID id,
    @Schema(
            description =
                "The moment the answer is for: as the ledger stood then. Null for as it stands"
                    + " now",
            example = "2026-11-02T09:15:30Z")
        OffsetDateTime asRecordedAt,
    @Schema(
            description =
                "Every event that names it, by effective date, then by when it was recorded")
        List<LoggedEvent> changes) {}
