package uk.partnershipledger.query.partnership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.api.AsRecordedAt;
import uk.partnershipledger.query.api.NotFound;

@RestController
@RequestMapping(path = "/partnerships", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Partnerships", description = "Place-based partnerships and their partners over time")
class PartnershipController {

  private final PartnershipReadModel partnerships;
  private final Clock clock;

  PartnershipController(PartnershipReadModel partnerships, Clock clock) {
    this.partnerships = partnerships;
    this.clock = clock;
  }

  @GetMapping("/{partnershipId}")
  @Operation(
      summary = "Look up a partnership",
      description = "The partnership as formed: its name, its place and the day it was formed.")
  @ApiResponse(responseCode = "200", description = "The partnership")
  PartnershipView partnership(
      @Parameter(
              description = "The partnership's id",
              example = "5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10",
              schema = @Schema(type = "string", format = "uuid"))
          @PathVariable
          PartnershipId partnershipId,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    return partnerships.find(partnershipId, asRecordedAt).orElseThrow(() -> unknown(partnershipId));
  }

  @GetMapping("/{partnershipId}/partners")
  @Operation(
      summary = "The partners on a date",
      description =
          "The organisations that were partners on the date, sorted by name. A partner counts from"
              + " the day it joined up to, but not including, the day it left; across a succession"
              + " the predecessor up to the day before, the successor from the day. A notice to"
              + " leave is shown from the day it was given. Names are as on the date. A partner"
              + " whose joining date was corrected counts from the corrected day, and shows the"
              + " corrections: when each was recorded, why, and the day it replaced. The date is as"
              + " the events put it into effect, as known now; back-dated events recorded later are"
              + " included.")
  @ApiResponse(responseCode = "200", description = "The partners on the date")
  PartnersOnDate partners(
      @Parameter(
              description = "The partnership's id",
              example = "5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10",
              schema = @Schema(type = "string", format = "uuid"))
          @PathVariable
          PartnershipId partnershipId,
      @Parameter(
              description = "The date to answer for, yyyy-MM-dd; today (in London) if left out",
              example = "2021-04-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    LocalDate date = on != null ? on : LocalDate.now(clock);
    return partnerships
        .partnersOn(partnershipId, date, asRecordedAt)
        .orElseThrow(() -> unknown(partnershipId));
  }

  @GetMapping("/{partnershipId}/reporting-lines")
  @Operation(
      summary = "The reporting lines on a date",
      description =
          "Which of the partnership's bodies reported to which on the date, as in the structure"
              + " charts of seeds/001 Appendix 2 and 3: direct accountability (drawn solid) or a"
              + " reporting relationship (drawn dashed), each with the day it was drawn. A line"
              + " counts from the day it was drawn up to, but not including, the day it ended.")
  @ApiResponse(responseCode = "200", description = "The reporting lines on the date")
  ReportingLinesOnDate reportingLines(
      @Parameter(
              description = "The partnership's id",
              example = "5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10",
              schema = @Schema(type = "string", format = "uuid"))
          @PathVariable
          PartnershipId partnershipId,
      @Parameter(
              description = "The date to answer for, yyyy-MM-dd; today (in London) if left out",
              example = "2023-04-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    LocalDate date = on != null ? on : LocalDate.now(clock);
    return partnerships
        .reportingLinesOn(partnershipId, date, asRecordedAt)
        .orElseThrow(() -> unknown(partnershipId));
  }

  private static NotFound unknown(PartnershipId partnershipId) {
    return new NotFound("partnership", "partnershipId", partnershipId);
  }
}
