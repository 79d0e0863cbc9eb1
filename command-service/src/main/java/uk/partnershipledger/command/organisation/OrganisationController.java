package uk.partnershipledger.command.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.command.api.CommandHeaders;
import uk.partnershipledger.command.api.LedgerCommands;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;

@RestController
@RequestMapping("/organisations")
@Tag(name = "Organisations", description = "Partner organisations: councils, ICBs, CCGs, trusts")
class OrganisationController {

  private final LedgerCommands commands;

  OrganisationController(LedgerCommands commands) {
    this.commands = commands;
  }

  @PostMapping
  @Operation(
      summary = "Register an organisation",
      description =
          "Records that an organisation exists from the effective date on. Local authorities, ICBs"
              + " and CCGs are always statutory bodies; primary care networks and voluntary sector"
              + " organisations never are.")
  ResponseEntity<?> register(
      CommandHeaders headers, @Valid @RequestBody RegisterOrganisationRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        request,
        send -> {
          OrganisationId id = OrganisationId.newId();
          send.apply(
              new RegisterOrganisation(
                  id,
                  request.name(),
                  request.kind(),
                  request.statutoryBody(),
                  request.effectiveDate()));
          return ResponseEntity.created(URI.create("/organisations/" + id))
              .body(new OrganisationRegisteredResponse(id, request.effectiveDate()));
        });
  }

  @Schema(
      example =
          """
          {"name": "Durham County Council", "kind": "LOCAL_AUTHORITY",
           "effectiveDate": "1974-04-01", "reason": "Founding partner of the 2017 MoU"}""")
  record RegisterOrganisationRequest(
      @NotBlank @Size(max = 200) String name,
      @NotNull OrganisationKind kind,
      @Schema(description = "Omit to take the kind's default") Boolean statutoryBody,
      @NotNull @Schema(description = "The day the organisation was established")
          LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  record OrganisationRegisteredResponse(OrganisationId organisationId, LocalDate effectiveDate) {}
}
