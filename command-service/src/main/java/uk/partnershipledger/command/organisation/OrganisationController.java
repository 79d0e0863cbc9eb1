package uk.partnershipledger.command.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.command.api.CommandHeaders;
import uk.partnershipledger.command.api.LedgerCommands;
import uk.partnershipledger.command.organisation.OrganisationCommands.AbolishOrganisation;
import uk.partnershipledger.command.organisation.OrganisationCommands.CorrectAbolition;
import uk.partnershipledger.command.organisation.OrganisationCommands.CorrectRegistration;
import uk.partnershipledger.command.organisation.OrganisationCommands.CorrectRenaming;
import uk.partnershipledger.command.organisation.OrganisationCommands.RenameOrganisation;
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

  @PostMapping("/{organisationId}/name")
  @Operation(
      summary = "Rename an organisation",
      description =
          "The organisation is known by the new name from the effective date; it stays the same"
              + " partner, signatory and delegator.")
  ResponseEntity<?> rename(
      @PathVariable OrganisationId organisationId,
      CommandHeaders headers,
      @Valid @RequestBody RenameRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(organisationId, request),
        send -> {
          send.apply(
              new RenameOrganisation(organisationId, request.name(), request.effectiveDate()));
          return ResponseEntity.ok(
              new OrganisationChanged(organisationId, request.effectiveDate()));
        });
  }

  @PostMapping("/{organisationId}/abolition")
  @Operation(
      summary = "Abolish an organisation, with its successor",
      description =
          "From the effective date the organisation no longer exists. On the same date, each as"
              + " its own event: its successor takes its place in every partnership, its"
              + " delegations and its MoU signatures; its people's memberships end. With no"
              + " successor its delegations lapse and each MoU it signed is amended without it."
              + " Refused if a decision recorded under one of its delegations would lose its"
              + " authority.")
  ResponseEntity<?> abolish(
      @PathVariable OrganisationId organisationId,
      CommandHeaders headers,
      @Valid @RequestBody AbolitionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(organisationId, request),
        send -> {
          send.apply(
              new AbolishOrganisation(
                  organisationId, request.successorId(), request.effectiveDate()));
          return ResponseEntity.ok(
              new OrganisationChanged(organisationId, request.effectiveDate()));
        });
  }

  @PostMapping("/{organisationId}/registration-corrections")
  @Operation(
      summary = "Correct an organisation's registration",
      description =
          "Gives the right name or establishment date the organisation was registered with; a"
              + " field left out keeps the value recorded. The correction names the registration"
              + " (or its latest correction) and a later renaming is unaffected. A corrected date"
              + " must stay before any renaming or abolition, and may not be later than the"
              + " organisation's first recorded partnership tenure or succession.")
  ResponseEntity<?> correctRegistration(
      @PathVariable OrganisationId organisationId,
      CommandHeaders headers,
      @Valid @RequestBody RegistrationCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(organisationId, request),
        send -> {
          send.apply(
              new CorrectRegistration(
                  organisationId, request.name(), request.effectiveDate(), request.reason()));
          return ResponseEntity.ok(new RegistrationCorrectedResponse(organisationId));
        });
  }

  @PostMapping("/{organisationId}/renaming-corrections")
  @Operation(
      summary = "Correct a renaming",
      description =
          "Gives the right name or date of a renaming, named by its event (or its latest"
              + " correction); a field left out keeps the value recorded. Judged as a renaming"
              + " recorded so: after the registration and before any abolition, still between the"
              + " names before and after it, and different from both.")
  ResponseEntity<?> correctRenaming(
      @PathVariable OrganisationId organisationId,
      CommandHeaders headers,
      @Valid @RequestBody RenamingCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(organisationId, request),
        send -> {
          send.apply(
              new CorrectRenaming(
                  organisationId,
                  request.correctedEventId(),
                  request.name(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new RenamingCorrectedResponse(organisationId));
        });
  }

  @PostMapping("/{organisationId}/abolition-corrections")
  @Operation(
      summary = "Correct the date an organisation was abolished",
      description =
          "The abolition (named by its event or latest correction; left out, the abolition)"
              + " takes effect on the corrected date instead, and with it everything it recorded,"
              + " in one unit of work: in each partnership the successor takes its place (or it is"
              + " gone) on the corrected date, its people's memberships end, its delegations pass"
              + " to the successor (each decision under them between the two dates re-recorded"
              + " with its delegator on its date) or lapse, and its MoU signatures pass on (or each"
              + " MoU is amended without it, with its review date revised). Judged as an abolition"
              + " on that date: after the establishment and any renaming, the successor in"
              + " existence, not before a day the organisation itself took another's place."
              + " Refused, and nothing stored, if anything recorded between the two dates would"
              + " no longer hold: a decision under a lapsing delegation, an act of its people,"
              + " an act on an MoU, the successor relied on as a partner before its place began.")
  ResponseEntity<?> correctAbolition(
      @PathVariable OrganisationId organisationId,
      CommandHeaders headers,
      @Valid @RequestBody AbolitionCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(organisationId, request),
        send -> {
          send.apply(
              new CorrectAbolition(
                  organisationId,
                  request.correctedEventId(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(
              new OrganisationChanged(organisationId, request.effectiveDate()));
        });
  }

  /** The path is part of what was asked, for the idempotency fingerprint. */
  private record Keyed(Object... parts) {}

  @Schema(
      example =
          """
          {"name": "County Durham and Darlington NHS Foundation Trust",
           "effectiveDate": "2002-04-01", "reason": "Renamed on becoming a foundation trust"}""")
  record RenameRequest(
      @NotBlank @Size(max = 200) String name,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"successorId": "6a2d9c1e-4b7f-4e0a-8c3d-1f2e3d4c5b6a", "effectiveDate": "2022-07-01",
           "reason": "Health and Care Act 2022: CCGs abolished, ICBs established (seeds/003 §2.1)"}""")
  record AbolitionRequest(
      @Schema(description = "The organisation that takes over; omit if none does")
          OrganisationId successorId,
      @NotNull @Schema(description = "The first day the organisation no longer exists")
          LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"name": "NHS North East and North Cumbria Integrated Care Board",
           "effectiveDate": "2022-07-01",
           "reason": "Establishment order: the ICB was established on 1 July 2022, not 1 June"}""")
  record RegistrationCorrectionRequest(
      @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
      @Schema(description = "The right establishment date") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  record RegistrationCorrectedResponse(OrganisationId organisationId) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "name": "County Durham and Darlington NHS Foundation Trust",
           "effectiveDate": "2002-04-01",
           "reason": "The Monitor authorisation is dated 1 April 2002, not 1 May"}""")
  record RenamingCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
      @Schema(description = "The right date of the renaming") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"effectiveDate": "2022-07-01",
           "reason": "The Health and Care Act 2022 abolished CCGs on 1 July 2022, not 1 April"}""")
  record AbolitionCorrectionRequest(
      @Size(max = 100)
          @Schema(description = "The abolition's event or latest correction; left out, the current")
          String correctedEventId,
      @NotNull @Schema(description = "The right first day the organisation no longer existed")
          LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  record RenamingCorrectedResponse(OrganisationId organisationId) {}

  record OrganisationChanged(OrganisationId organisationId, LocalDate effectiveDate) {}

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
