package uk.partnershipledger.query.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One recorded event as the audit trail and the histories show it: what happened and when it took
 * effect, who recorded it when, for whom and why, and how corrections relate it to other events.
 */
@Schema(name = "LoggedEvent")
record LoggedEvent(
    @Schema(
            description = "The event's id, as corrections name it",
            example = "7d1f4c2a-8e9b-4f3d-a1c6-2b5e8d9f0a13")
        UUID eventId,
    @Schema(
            description = "Its logical name and revision",
            example = "partnership.partner-gave-notice.v1")
        String type,
    @Schema(description = "The day it takes effect in the governed world", example = "2022-01-10")
        LocalDate effectiveDate,
    @Schema(
            description = "The event type and its key facts in words",
            example = "Partner gave notice: intended leaving date 2022-07-01")
        String summary,
    @Schema(description = "When the ledger recorded it, in UTC", example = "2026-11-02T09:15:30Z")
        OffsetDateTime recordedAt,
    @Schema(
            description = "Who recorded it; null if the ledger was not told",
            example = "governance.officer@durham.gov.uk")
        String actor,
    @Schema(
            description = "The organisation the actor acted for; null if the ledger was not told",
            example = "Durham County Council")
        String onBehalfOf,
    @Schema(
            description = "Why it was recorded; null if the ledger was not told",
            example = "CCG abolished by the Health and Care Act 2022")
        String reason,
    @Schema(
            description = "For a correction, the event whose facts it replaced; null otherwise",
            format = "uuid")
        String corrects,
    @Schema(
            description =
                "The corrections recorded later that name this event (as recorded at the time"
                    + " asked about), in the order recorded; empty if it was never corrected")
        List<UUID> correctedBy,
    @Schema(description = "The kind of aggregate it belongs to", example = "partnership")
        String aggregateType,
    @Schema(
            description = "The id of the aggregate it belongs to",
            example = "5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10")
        String aggregateId,
    @Schema(description = "Its 0-based position in its aggregate's history", example = "4")
        long aggregateSequence,
    @Schema(
            description =
                "Every organisation, partnership, body, MoU and delegation it names, its own"
                    + " aggregate among them")
        List<Concern> concerns,
    @JsonRawValue
        @Schema(
            description = "The event's JSON as the ledger published it",
            type = "object",
            example =
                "{\"partnershipId\":\"5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10\","
                    + "\"organisationId\":\"0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22\","
                    + "\"intendedLeavingDate\":\"2022-07-01\",\"effectiveDate\":\"2022-01-10\"}")
        String payload) {

  /** An entity the event names. */
  @Schema(name = "LoggedEventConcern")
  record Concern(
      @Schema(example = "organisation") EntityKind kind,
      @Schema(example = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22") UUID id) {}

  LoggedEvent with(List<Concern> concerns, List<UUID> correctedBy) {
    return new LoggedEvent(
        eventId,
        type,
        effectiveDate,
        summary,
        recordedAt,
        actor,
        onBehalfOf,
        reason,
        corrects,
        List.copyOf(correctedBy),
        aggregateType,
        aggregateId,
        aggregateSequence,
        List.copyOf(concerns),
        payload);
  }
}
