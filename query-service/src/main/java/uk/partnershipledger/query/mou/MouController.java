package uk.partnershipledger.query.mou;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.api.AsRecordedAt;
import uk.partnershipledger.query.api.NotFound;

@RestController
@Tag(name = "MoUs", description = "Memoranda of understanding, their versions and signatures")
class MouController {

  private final MouReadModel mous;
  private final Clock clock;

  MouController(MouReadModel mous, Clock clock) {
    this.mous = mous;
    this.clock = clock;
  }

  @GetMapping(path = "/mous/{mouId}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "An MoU on a date",
      description =
          "The MoU's status on the date (DRAFT, IN_FORCE or TERMINATED) and the version that"
              + " bound the parties then: a version is in force from the day its last party signed"
              + " until the next version comes into force or the MoU ends (seeds/001 MoU §24-27)."
              + " Shown with its label, parties, schedules, the signatures held on the date (a"
              + " successor holding an abolished party's), its review date after any reviews, and"
              + " notices to leave given by then. In draft, the latest version drafted, with the"
              + " signatures given so far. A corrected signature shows its corrected signatory and"
              + " day, held from that day by the party that gave it (a copy carried over or passed"
              + " on keeps its own day), and its corrections: when each was recorded, why, and"
              + " what the signature said before it.")
  MouView mou(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable MouId mouId,
      @Parameter(description = "The date, yyyy-MM-dd; default today", example = "2021-04-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    return mous.find(mouId, dateOr(on), asRecordedAt)
        .orElseThrow(() -> new NotFound("MoU", "mouId", mouId));
  }

  @GetMapping(
      path = "/partnerships/{partnershipId}/mous",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "A partnership's MoUs on a date",
      description =
          "The partnership's MoUs drafted by the date, by title, each as GET /mous/{mouId}"
              + " answers it for that date.")
  PartnershipMous ofPartnership(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable
          PartnershipId partnershipId,
      @Parameter(description = "The date, yyyy-MM-dd; default today", example = "2021-04-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    return mous.ofPartnership(partnershipId, dateOr(on), asRecordedAt)
        .orElseThrow(() -> new NotFound("partnership", "partnershipId", partnershipId));
  }

  private LocalDate dateOr(LocalDate on) {
    return on == null ? LocalDate.now(clock) : on;
  }
}
