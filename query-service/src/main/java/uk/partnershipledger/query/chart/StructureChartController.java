package uk.partnershipledger.query.chart;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.api.AsRecordedAt;
import uk.partnershipledger.query.api.NotFound;

@RestController
@Tag(
    name = "Structure chart",
    description = "A partnership's bodies and reporting lines on a date, as data and as a picture")
class StructureChartController {

  static final String SVG = "image/svg+xml";

  private final StructureChartReadModel charts;
  private final Clock clock;

  StructureChartController(StructureChartReadModel charts, Clock clock) {
    this.charts = charts;
    this.clock = clock;
  }

  @GetMapping(
      path = "/partnerships/{partnershipId}/structure-chart",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The governance structure on a date, as nodes and edges",
      description =
          "The bodies established by the date and not dissolved on it, with their type and"
              + " status that day, and the reporting lines in force between them: from the body"
              + " that answers or reports, to the body it answers or reports to.")
  StructureChart chart(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable
          PartnershipId partnershipId,
      @Parameter(description = "The date, yyyy-MM-dd; default today", example = "2021-06-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    return charts
        .on(partnershipId, on == null ? LocalDate.now(clock) : on, asRecordedAt)
        .orElseThrow(() -> new NotFound("partnership", "partnershipId", partnershipId));
  }

  @GetMapping(path = "/partnerships/{partnershipId}/structure-chart.svg", produces = SVG)
  @Operation(
      summary = "The governance structure on a date, as a picture",
      description =
          "The same chart drawn as the Durham reports draw theirs (Appendix 2 and 3): a box per"
              + " body with its type and status, the bodies a body answers to above it, solid"
              + " lines for direct accountability, dashed for reporting relationships, and the"
              + " key.")
  @ApiResponse(
      responseCode = "200",
      description = "An SVG picture",
      content = @Content(mediaType = SVG, schema = @Schema(type = "string")))
  ResponseEntity<String> picture(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable
          PartnershipId partnershipId,
      @Parameter(description = "The date, yyyy-MM-dd; default today", example = "2021-06-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(SVG))
        .body(StructureChartSvg.draw(chart(partnershipId, on, asRecordedAt)));
  }
}
