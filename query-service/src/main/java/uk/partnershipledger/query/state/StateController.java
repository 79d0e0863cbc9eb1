package uk.partnershipledger.query.state;

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
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.api.AsRecordedAt;
import uk.partnershipledger.query.api.BadQuery;
import uk.partnershipledger.query.api.NotFound;

@RestController
@Tag(
    name = "Governance state",
    description =
        "How a partnership was governed on a date, as known now or as recorded at an instant,"
            + " and what changed between two dates")
class StateController {

  private final GovernanceStates states;
  private final JsonMapper json;
  private final Clock clock;

  StateController(GovernanceStates states, JsonMapper json, Clock clock) {
    this.states = states;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping(
      path = "/partnerships/{partnershipId}/state",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The governance state of a partnership on a date",
      description =
          "Everything an auditor asks of one date at once: the partners; each body in being"
              + " (established by the date, not dissolved) with its type, status, terms of"
              + " reference in force, chair and members with their roles and organisations; the"
              + " delegations each body held with limits, conditions and approval; the MoUs in"
              + " force with the version that bound and its signatories; and the reporting"
              + " lines. With asRecordedAt, as the ledger stood at that instant: later"
              + " back-dated acts and corrections do not count.")
  GovernanceState state(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable
          PartnershipId partnershipId,
      @Parameter(description = "The date, yyyy-MM-dd; default today", example = "2021-05-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    return stateOn(partnershipId, on == null ? LocalDate.now(clock) : on, asRecordedAt);
  }

  @GetMapping(
      path = "/partnerships/{partnershipId}/changes",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "What changed in a partnership's governance between two dates",
      description =
          "The state on from compared with the state on to, grouped by kind (partners, bodies,"
              + " members, chairs, termsOfReference, delegations, mous, reportingLines): what"
              + " was added, removed or changed, each with how it stood on both dates. A change"
              + " made and undone between the dates does not show; each entity's history does.")
  GovernanceChanges changes(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable
          PartnershipId partnershipId,
      @Parameter(description = "The earlier date, yyyy-MM-dd", example = "2021-03-31")
          @RequestParam
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @Parameter(description = "The later date, yyyy-MM-dd; default today", example = "2021-04-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    LocalDate until = to == null ? LocalDate.now(clock) : to;
    if (until.isBefore(from)) {
      throw new BadQuery("to", "the later date " + until + " is before the earlier " + from);
    }
    GovernanceState before = stateOn(partnershipId, from, asRecordedAt);
    GovernanceState after = stateOn(partnershipId, until, asRecordedAt);
    return new GovernanceChanges(
        partnershipId,
        from,
        until,
        asRecordedAt,
        StateComparison.compare(json.valueToTree(before), json.valueToTree(after)));
  }

  private GovernanceState stateOn(PartnershipId id, LocalDate on, Instant asRecordedAt) {
    return states
        .of(id, on, asRecordedAt)
        .orElseThrow(() -> new NotFound("partnership", "partnershipId", id));
  }
}
