package uk.partnershipledger.query.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.query.api.AsRecordedAt;
import uk.partnershipledger.query.api.BadQuery;
import uk.partnershipledger.query.api.NotFound;

@RestController
@Tag(
    name = "Decisions",
    description = "What bodies decided, were refused and recommended; declarations of interest")
class DecisionController {

  private final DecisionReadModel decisions;

  DecisionController(DecisionReadModel decisions) {
    this.decisions = decisions;
  }

  @GetMapping(path = "/bodies/{bodyId}/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "A body's decisions over a period",
      description =
          "Everything put to the body for decision and dated within the period, in date order,"
              + " each with its outcome: DECIDED (with the delegation and delegator it was decided"
              + " under and the members who abstained on a declared interest), REFUSED (an attempt"
              + " a rule refused, with the rule and the reason, kept for auditors) or RECOMMENDED"
              + " (by a body that could not decide, with to whom). A corrected decision shows its"
              + " corrected facts, dated on its corrected day, and its corrections: when each was"
              + " recorded, why, and what the decision said before it. Both ends of the period"
              + " are inclusive and optional; without them every decision is listed.")
  BodyDecisions decisions(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable BodyId bodyId,
      @Parameter(description = "The first day, yyyy-MM-dd", example = "2023-04-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @Parameter(description = "The last day (inclusive), yyyy-MM-dd", example = "2024-03-31")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    checkPeriod(from, to);
    return decisions.decisions(bodyId, from, to, asRecordedAt).orElseThrow(() -> unknown(bodyId));
  }

  @GetMapping(path = "/bodies/{bodyId}/declarations", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Declarations of interest at a body",
      description =
          "The interests members declared in matters before the body (seeds/001 MoU §23), in date"
              + " order, each with the member and the organisation they represent. Both ends of"
              + " the period are inclusive and optional.")
  BodyDeclarations declarations(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable BodyId bodyId,
      @Parameter(description = "The first day, yyyy-MM-dd", example = "2023-04-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @Parameter(description = "The last day (inclusive), yyyy-MM-dd", example = "2024-03-31")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    checkPeriod(from, to);
    return decisions
        .declarations(bodyId, from, to, asRecordedAt)
        .orElseThrow(() -> unknown(bodyId));
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new BadQuery("to", "the period ends (" + to + ") before it begins (" + from + ")");
    }
  }

  private static NotFound unknown(BodyId bodyId) {
    return new NotFound("governance body", "bodyId", bodyId);
  }
}
