package uk.partnershipledger.query.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.query.api.AsRecordedAt;
import uk.partnershipledger.query.api.NotFound;

@RestController
@RequestMapping(path = "/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organisations", description = "Partner organisations: councils, ICBs, CCGs, trusts")
class OrganisationController {

  private final OrganisationReadModel organisations;
  private final Clock clock;

  OrganisationController(OrganisationReadModel organisations, Clock clock) {
    this.organisations = organisations;
    this.clock = clock;
  }

  @GetMapping("/{organisationId}")
  @Operation(
      summary = "An organisation on a date",
      description =
          "The organisation as registered (kind, whether it is a statutory body, the day it was"
              + " established), with its name on the date and every name it has had. Once"
              + " abolished (on or before the date) it shows the abolition date and its successor,"
              + " if one took over its functions. A corrected registration shows the corrected"
              + " name and day of establishment, and its corrections: when each was recorded, why,"
              + " and what the registration said before it.")
  @ApiResponse(responseCode = "200", description = "The organisation")
  OrganisationView organisation(
      @Parameter(
              description = "The organisation's id",
              example = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22",
              schema = @Schema(type = "string", format = "uuid"))
          @PathVariable
          OrganisationId organisationId,
      @Parameter(
              description = "The date to answer for, yyyy-MM-dd; today (in London) if left out",
              example = "2022-07-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on,
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    return organisations
        .find(organisationId, on != null ? on : LocalDate.now(clock), asRecordedAt)
        .orElseThrow(() -> new NotFound("organisation", "organisationId", organisationId));
  }

  @GetMapping
  @Operation(
      summary = "List organisations",
      description =
          "Every registered organisation with its name today (in London), sorted by name"
              + " (ignoring case), with the corrections of its registration.")
  List<OrganisationView> organisations(
      @AsRecordedAt @RequestParam(required = false) Instant asRecordedAt) {
    return organisations.all(LocalDate.now(clock), asRecordedAt);
  }
}
