package uk.partnershipledger.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import uk.partnershipledger.query.api.AsRecordedAt;
import uk.partnershipledger.query.api.BadQuery;

@RestController
@Tag(name = "History and audit trail")
class AuditTrailController {

  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 200;

  private final EventLog log;

  AuditTrailController(EventLog log) {
    this.log = log;
  }

  @GetMapping(path = "/audit-trail", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The audit trail: every recorded event, filtered and paged",
      description =
          "Every event the ledger recorded, oldest recorded first (then by event id, so the"
              + " order is stable), with who recorded it, for which organisation and why, what it"
              + " corrects and what corrected it. Filters combine: organisation (events naming it,"
              + " or recorded on behalf of it, by its id or any of its names, ignoring case), body"
              + " (events naming it), actor (ignoring case), and a period of recording time: from"
              + " (inclusive) to (exclusive). With asRecordedAt, as the ledger stood at that"
              + " moment. Pages count from 0 and hold at most "
              + MAX_SIZE
              + " events; the answer says how many match and links to the next page.")
  @ApiResponse(responseCode = "200", description = "One page of the trail")
  AuditTrailPage auditTrail(
      @Parameter(
              description =
                  "Only events naming this organisation or recorded on behalf of it (by its id or"
                      + " one of its names)",
              example = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22")
          @RequestParam(required = false)
          UUID organisation,
      @Parameter(
              description = "Only events naming this governance body",
              example = "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f")
          @RequestParam(required = false)
          UUID body,
      @Parameter(
              description = "Only events recorded by this actor (ignoring case)",
              example = "governance.officer@durham.gov.uk")
          @RequestParam(required = false)
          String actor,
      @Parameter(
              description = "Only events recorded at or after this instant (ISO 8601)",
              example = "2026-11-01T00:00:00Z",
              schema = @Schema(type = "string", format = "date-time"))
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime from,
      @Parameter(
              description = "Only events recorded before this instant (ISO 8601)",
              example = "2026-12-01T00:00:00Z",
              schema = @Schema(type = "string", format = "date-time"))
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime to,
      @AsRecordedAt
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime asRecordedAt,
      @Parameter(description = "The page, from 0", example = "0") @RequestParam(defaultValue = "0")
          int page,
      @Parameter(description = "Events per page, 1 to " + MAX_SIZE, example = "50")
          @RequestParam(defaultValue = "" + DEFAULT_SIZE)
          int size,
      HttpServletRequest request) {
    if (page < 0) {
      throw new BadQuery("page", "pages are numbered from 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BadQuery("size", "a page holds from 1 to " + MAX_SIZE + " events");
    }
    if (actor != null && actor.isBlank()) {
      throw new BadQuery("actor", "an actor is named, not blank");
    }
    if (from != null && to != null && !to.isAfter(from)) {
      throw new BadQuery("to", "the period must end after it begins (from " + from + ")");
    }
    EventLog.TrailPage found =
        log.trail(
            new EventLog.TrailFilter(
                organisation, body, actor, utc(from), utc(to), utc(asRecordedAt)),
            page,
            size);
    long totalPages = (found.total() + size - 1) / size;
    long last = Math.max(totalPages - 1, 0);
    return new AuditTrailPage(
        found.events(),
        page,
        size,
        found.total(),
        totalPages,
        new AuditTrailPage.Links(
            link(request, page, size),
            link(request, 0, size),
            page > 0 ? link(request, Math.min(page - 1, last), size) : null,
            page < last ? link(request, page + 1, size) : null,
            link(request, last, size)));
  }

  private static OffsetDateTime utc(OffsetDateTime instant) {
    return instant == null ? null : instant.withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** The request's own path and filters, on another page: relative, so it survives a proxy. */
  private static String link(HttpServletRequest request, long page, int size) {
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam("page", page)
        .replaceQueryParam("size", size)
        .build(true)
        .toUriString();
  }
}
