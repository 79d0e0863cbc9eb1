package uk.partnershipledger.query.delegation;

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
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.query.api.AsRecordedAt;
import uk.partnershipledger.query.api.NotFound;

@RestController
@Tag(
    name = "Delegations",
    description = "Statutory functions delegated to bodies, with their limits, over time")
class DelegationController {

  private final DelegationReadModel delegations;
  private final Clock clock;

  DelegationController(DelegationReadModel delegations, Clock clock) {
    this.delegations = delegations;
    this.clock = clock;
  }

  @GetMapping(path = "/bodies/{bodyId}/delegations", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "A body's delegations on a date",
      description =
          "The delegations the body held on the date, by function: a delegation counts from the"
              + " day it was granted up to, but not including, the day it was revoked or lapsed."
              + " Each shows its delegator as of the date (the successor, after an abolished"
              + " delegator's succession), and the limits, conditions and approval in force on the"
              + " date (after any variation).")
  BodyDelegations ofBody(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable BodyId bodyId,
      @Parameter(description = "The date, yyyy-MM-dd; default today", example = "2023-04-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    return delegations
        .ofBody(bodyId, dateOr(on), asRecordedAt)
        .orElseThrow(() -> new NotFound("governance body", "bodyId", bodyId));
  }

  @GetMapping(path = "/delegations/{delegationId}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "A delegation's history",
      description =
          "The delegation's whole timeline: granted, varied, limits corrected, passed to a"
              + " successor, revoked or lapsed, each with its effective date, when it was"
              + " recorded, and the terms it set (a grant or variation shows the limits it"
              + " recorded; a correction, dated the day of the limits it corrects, the corrected"
              + " limits and why); and the delegation as in force on the date (null if it was"
              + " not), with any corrected limits.")
  DelegationHistory history(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable
          DelegationId delegationId,
      @Parameter(description = "The date, yyyy-MM-dd; default today", example = "2023-04-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    return delegations
        .history(delegationId, dateOr(on), asRecordedAt)
        .orElseThrow(() -> new NotFound("delegation", "delegationId", delegationId));
  }

  private LocalDate dateOr(LocalDate on) {
    return on == null ? LocalDate.now(clock) : on;
  }
}
