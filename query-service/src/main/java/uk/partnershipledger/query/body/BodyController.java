package uk.partnershipledger.query.body;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.api.AsRecordedAt;
import uk.partnershipledger.query.api.NotFound;

@RestController
@Tag(name = "Governance bodies", description = "Committees, boards and forums over time")
class BodyController {

  private final BodyReadModel bodies;
  private final Clock clock;

  BodyController(BodyReadModel bodies, Clock clock) {
    this.bodies = bodies;
    this.clock = clock;
  }

  @GetMapping(path = "/bodies/{bodyId}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "A body on a date",
      description =
          "The body with its status on the date (null before it was established), the version"
              + " of its terms of reference in force then (as corrected, with its corrections: when"
              + " each was recorded, why, and what the version said before it), its chair and"
              + " members on the date, how"
              + " its chair was chosen then (with the turn of a rotating chair), and, once it had"
              + " happened by the date, the bodies that replaced it or that it replaced.")
  BodyView body(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable BodyId bodyId,
      @Parameter(description = "The date, yyyy-MM-dd; default today", example = "2022-12-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    return bodies
        .find(bodyId, dateOr(on), asRecordedAt)
        .orElseThrow(() -> new NotFound("governance body", "bodyId", bodyId));
  }

  @GetMapping(path = "/bodies/{bodyId}/members", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "A body's members on a date",
      description =
          "Who sat on the body on the date, not including anyone whose membership ended by then:"
              + " chair first, then by role (vice-chair, member, participant, attendee), then by"
              + " name, each with the role held on the date and whether it carries a vote.")
  BodyMembers members(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable BodyId bodyId,
      @Parameter(description = "The date, yyyy-MM-dd; default today", example = "2023-04-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    return BodyMembers.of(body(bodyId, on, asRecordedAt));
  }

  @GetMapping(
      path = "/partnerships/{partnershipId}/bodies",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "A partnership's bodies on a date",
      description = "The bodies established by the date, with their status on it, by name.")
  List<BodyView> bodiesOf(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable
          PartnershipId partnershipId,
      @Parameter(description = "The date, yyyy-MM-dd; default today", example = "2022-12-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    return bodies.ofPartnership(partnershipId, dateOr(on), asRecordedAt);
  }

  private LocalDate dateOr(LocalDate on) {
    return on == null ? LocalDate.now(clock) : on;
  }
}
