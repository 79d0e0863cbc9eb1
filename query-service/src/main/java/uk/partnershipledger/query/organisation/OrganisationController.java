package uk.partnershipledger.query.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.query.api.NotFound;

@RestController
@RequestMapping(path = "/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organisations", description = "Partner organisations: councils, ICBs, CCGs, trusts")
class OrganisationController {

  private final OrganisationReadModel organisations;

  OrganisationController(OrganisationReadModel organisations) {
    this.organisations = organisations;
  }

  @GetMapping("/{organisationId}")
  @Operation(
      summary = "Look up an organisation",
      description =
          "The organisation as registered: its name, kind, whether it is a statutory body, and the"
              + " day it was established.")
  @ApiResponse(responseCode = "200", description = "The organisation")
  OrganisationView organisation(
      @Parameter(
              description = "The organisation's id",
              example = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22",
              schema = @Schema(type = "string", format = "uuid"))
          @PathVariable
          OrganisationId organisationId) {
    return organisations
        .find(organisationId)
        .orElseThrow(() -> new NotFound("organisation", "organisationId", organisationId));
  }

  @GetMapping
  @Operation(
      summary = "List organisations",
      description = "Every registered organisation, sorted by name (ignoring case).")
  List<OrganisationView> organisations() {
    return organisations.all();
  }
}
