package uk.partnershipledger.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;
import uk.partnershipledger.query.api.AsRecordedAt;
import uk.partnershipledger.query.api.NotFound;

@RestController
@Tag(
    name = "History and audit trail",
    description = "Who recorded what, when, for whom and why; and every change to each thing")
class HistoryController {

  private final EventLog log;

  HistoryController(EventLog log) {
    this.log = log;
  }

  /** One handler for the five kinds of thing: the path it was reached by says which. */
  @GetMapping(
      path = {
        "/organisations/{id}/history",
        "/partnerships/{id}/history",
        "/bodies/{id}/history",
        "/mous/{id}/history",
        "/delegations/{id}/history"
      },
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Every change to an organisation, partnership, body, MoU or delegation",
      description =
          "Every recorded event that names it (its own events, and those of others that name it:"
              + " a partner joining names the organisation, a decision names the delegation it"
              + " was taken under), in order of effective date, then of when it was recorded. Each"
              + " says when it was recorded, who recorded it, for which organisation and why;"
              + " a correction names the event it corrects (corrects), and an event later"
              + " corrected lists its corrections (correctedBy). With asRecordedAt, the history as"
              + " the ledger stood at that moment: events and corrections recorded later are left"
              + " out. 404 when nothing about the id was recorded by then.")
  @ApiResponse(responseCode = "200", description = "The history")
  EntityHistory history(
      @Parameter(
              description = "The id of the organisation, partnership, body, MoU or delegation",
              example = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22")
          @PathVariable
          UUID id,
      @AsRecordedAt
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime asRecordedAt,
      HttpServletRequest request) {
    EntityKind kind = kindOf(request);
    OffsetDateTime at =
        asRecordedAt == null ? null : asRecordedAt.withOffsetSameInstant(ZoneOffset.UTC);
    List<LoggedEvent> changes = log.history(kind, id, at);
    if (changes.isEmpty()) {
      throw new NotFound(kind.code(), "id", id);
    }
    return new EntityHistory(kind, id, at, changes);
  }

  private static EntityKind kindOf(HttpServletRequest request) {
    String pattern =
        String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
    String collection = pattern.substring(1, pattern.indexOf('/', 1));
    return EntityKind.ofCollection(collection)
        .orElseThrow(() -> new IllegalStateException("no entity kind for " + pattern));
  }
}
