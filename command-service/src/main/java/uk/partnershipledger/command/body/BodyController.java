package uk.partnershipledger.command.body;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.command.api.CommandHeaders;
import uk.partnershipledger.command.api.LedgerCommands;
import uk.partnershipledger.command.body.BodyCommands.AdoptTermsOfReference;
import uk.partnershipledger.command.body.BodyCommands.AppointMember;
import uk.partnershipledger.command.body.BodyCommands.ChangeBodyStatus;
import uk.partnershipledger.command.body.BodyCommands.ChangeMemberRole;
import uk.partnershipledger.command.body.BodyCommands.EndMembership;
import uk.partnershipledger.command.body.BodyCommands.EstablishBody;
import uk.partnershipledger.command.body.BodyCommands.ReplaceBody;
import uk.partnershipledger.command.body.BodyCommands.SetChairArrangement;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.ChairArrangement;
import uk.partnershipledger.events.body.ChairTurn;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

@RestController
@RequestMapping("/bodies")
@Tag(name = "Governance bodies", description = "Committees, boards, executives and forums")
class BodyController {

  private final LedgerCommands commands;

  BodyController(LedgerCommands commands) {
    this.commands = commands;
  }

  @PostMapping
  @Operation(
      summary = "Establish a governance body",
      description =
          "Establishes a body in a partnership, proposed, in shadow form or operational. Refused if"
              + " the partnership was not yet formed, the host organisation did not yet exist, or a"
              + " parent body is unknown, in another partnership or not yet established.")
  ResponseEntity<?> establish(
      CommandHeaders headers, @Valid @RequestBody EstablishBodyRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        request,
        send -> {
          BodyId id = BodyId.newId();
          send.apply(
              new EstablishBody(
                  id,
                  request.partnershipId(),
                  request.name(),
                  request.type(),
                  request.status(),
                  request.hostOrganisationId(),
                  request.parentBodyIds() == null ? List.of() : request.parentBodyIds(),
                  request.effectiveDate()));
          return ResponseEntity.created(URI.create("/bodies/" + id))
              .body(new BodyEstablishedResponse(id, request.effectiveDate()));
        });
  }

  @PostMapping("/{bodyId}/status")
  @Operation(
      summary = "Change a body's status",
      description =
          "From the effective date the body is in shadow form, operational or dissolved. A body"
              + " only moves forward; a back-dated change is accepted where it fits the timeline.")
  ResponseEntity<?> changeStatus(
      @PathVariable BodyId bodyId,
      CommandHeaders headers,
      @Valid @RequestBody ChangeStatusRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, request),
        send -> {
          send.apply(new ChangeBodyStatus(bodyId, request.status(), request.effectiveDate()));
          return ResponseEntity.ok(
              new StatusChangedResponse(bodyId, request.status(), request.effectiveDate()));
        });
  }

  @PostMapping("/{bodyId}/terms-of-reference")
  @Operation(
      summary = "Adopt a new version of the terms of reference",
      description =
          "Versions are numbered 1, 2, 3 in order of adoption; each is in force until the next.")
  ResponseEntity<?> adoptTermsOfReference(
      @PathVariable BodyId bodyId,
      CommandHeaders headers,
      @Valid @RequestBody TermsOfReferenceRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, request),
        send -> {
          int version =
              (Integer)
                  send.apply(
                      new AdoptTermsOfReference(
                          bodyId, request.title(), request.reference(), request.effectiveDate()));
          return ResponseEntity.created(
                  URI.create("/bodies/" + bodyId + "/terms-of-reference/" + version))
              .body(new TermsAdoptedResponse(bodyId, version, request.effectiveDate()));
        });
  }

  @PostMapping("/{bodyId}/members")
  @Operation(
      summary = "Appoint a member",
      description =
          "Appoints a person to the body for an organisation, in a role, from the effective date."
              + " A chair, vice-chair or member represents a current partner; a participant or an"
              + " attendee may come from any registered organisation. A body has at most one chair"
              + " on any date.")
  ResponseEntity<?> appoint(
      @PathVariable BodyId bodyId,
      CommandHeaders headers,
      @Valid @RequestBody AppointMemberRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, request),
        send -> {
          MembershipId membership = MembershipId.newId();
          send.apply(
              new AppointMember(
                  bodyId,
                  membership,
                  request.personName(),
                  request.organisationId(),
                  request.role(),
                  request.effectiveDate()));
          return ResponseEntity.created(URI.create("/bodies/" + bodyId + "/members/" + membership))
              .body(
                  new MembershipChanged(
                      bodyId, membership, request.role(), request.effectiveDate()));
        });
  }

  @PostMapping("/{bodyId}/members/{membershipId}/role")
  @Operation(
      summary = "Change a member's role",
      description =
          "The member holds the new role from the effective date, which must fall within the"
              + " membership and after the member's current role began.")
  ResponseEntity<?> changeRole(
      @PathVariable BodyId bodyId,
      @PathVariable MembershipId membershipId,
      CommandHeaders headers,
      @Valid @RequestBody ChangeRoleRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, membershipId, request),
        send -> {
          send.apply(
              new ChangeMemberRole(bodyId, membershipId, request.role(), request.effectiveDate()));
          return ResponseEntity.ok(
              new MembershipChanged(bodyId, membershipId, request.role(), request.effectiveDate()));
        });
  }

  @PostMapping("/{bodyId}/members/{membershipId}/ending")
  @Operation(
      summary = "End a membership",
      description = "The effective date is the first day the person is no longer a member.")
  ResponseEntity<?> endMembership(
      @PathVariable BodyId bodyId,
      @PathVariable MembershipId membershipId,
      CommandHeaders headers,
      @Valid @RequestBody EndMembershipRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, membershipId, request),
        send -> {
          send.apply(new EndMembership(bodyId, membershipId, request.effectiveDate()));
          return ResponseEntity.ok(
              new MembershipChanged(bodyId, membershipId, null, request.effectiveDate()));
        });
  }

  @PostMapping("/{bodyId}/replacements")
  @Operation(
      summary = "This body replaces others",
      description =
          "Each replaced body is dissolved on the effective date and recorded as replaced by this"
              + " one (seeds/001 MoU §9: the Partnership Executive replaces the Integrated Care"
              + " Board and the System Advisory Group). The delegations they held lapse. All or"
              + " nothing: if one replaced body cannot be dissolved on the date, none is.")
  ResponseEntity<?> replace(
      @PathVariable BodyId bodyId,
      CommandHeaders headers,
      @Valid @RequestBody ReplacementRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, request),
        send -> {
          for (BodyId replaced : request.replacedBodyIds()) {
            send.apply(new ReplaceBody(replaced, bodyId, request.effectiveDate()));
          }
          return ResponseEntity.ok(
              new ReplacementRecorded(bodyId, request.replacedBodyIds(), request.effectiveDate()));
        });
  }

  @PostMapping("/{bodyId}/chair-arrangement")
  @Operation(
      summary = "Set how the chair is chosen",
      description =
          "From the effective date the chair is APPOINTED, JOINTLY_APPOINTED_BY_MEMBERS (seeds/000"
              + " §19a) or ROTATING between named organisations on a schedule of turns (seeds/003"
              + " §4.5.3); under a rotation, a chair must come from the organisation whose turn it"
              + " is.")
  ResponseEntity<?> setChairArrangement(
      @PathVariable BodyId bodyId,
      CommandHeaders headers,
      @Valid @RequestBody ChairArrangementRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, request),
        send -> {
          send.apply(
              new SetChairArrangement(
                  bodyId,
                  request.arrangement(),
                  request.rotation() == null
                      ? List.of()
                      : request.rotation().stream()
                          .map(turn -> new ChairTurn(turn.organisationId(), turn.from()))
                          .toList(),
                  request.effectiveDate()));
          return ResponseEntity.ok(
              new ChairArrangementRecorded(bodyId, request.arrangement(), request.effectiveDate()));
        });
  }

  /** The path is part of what was asked, for the idempotency fingerprint. */
  private record Keyed(Object... parts) {}

  @Schema(
      example =
          """
          {"replacedBodyIds": ["2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                               "3d4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a"],
           "effectiveDate": "2021-04-01",
           "reason": "CDCP Executive replaces the ICB and the System Advisory Group"}""")
  record ReplacementRequest(
      @NotEmpty List<@NotNull BodyId> replacedBodyIds,
      @NotNull @Schema(description = "The first day the replaced bodies are dissolved")
          LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"arrangement": "ROTATING",
           "rotation": [
             {"organisationId": "3f1c0a4e-8d0b-4a57-9d55-2a3c1b0e7f10", "from": "2023-04-01"},
             {"organisationId": "6a2d9c1e-4b7f-4e0a-8c3d-1f2e3d4c5b6a", "from": "2024-04-01"}],
           "effectiveDate": "2023-04-01",
           "reason": "The chair rotates annually between the council and the ICB"}""")
  record ChairArrangementRequest(
      @NotNull ChairArrangement arrangement,
      List<@NotNull @Valid ChairTurnRequest> rotation,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  record ChairTurnRequest(@NotNull OrganisationId organisationId, @NotNull LocalDate from) {}

  record ReplacementRecorded(
      BodyId bodyId, List<BodyId> replacedBodyIds, LocalDate effectiveDate) {}

  record ChairArrangementRecorded(
      BodyId bodyId, ChairArrangement arrangement, LocalDate effectiveDate) {}

  @Schema(
      example =
          """
          {"partnershipId": "5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10",
           "name": "County Durham Health and Care Joint Committee", "type": "JOINT_COMMITTEE",
           "status": "SHADOW", "effectiveDate": "2022-10-01",
           "reason": "Cabinet 13 July 2022: joint committee in shadow form from October 2022"}""")
  record EstablishBodyRequest(
      @NotNull PartnershipId partnershipId,
      @NotBlank @Size(max = 200) String name,
      @NotNull BodyType type,
      @NotNull @Schema(description = "PROPOSED, SHADOW or OPERATIONAL") BodyStatus status,
      OrganisationId hostOrganisationId,
      List<@NotNull BodyId> parentBodyIds,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"status": "OPERATIONAL", "effectiveDate": "2023-04-01",
           "reason": "Fully operational from April 2023 (seeds/000 §7)"}""")
  record ChangeStatusRequest(
      @NotNull BodyStatus status,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"title": "Terms of reference of the joint committee", "reference": "JC-ToR-2023",
           "effectiveDate": "2023-04-01", "reason": "Adopted at the first meeting"}""")
  record TermsOfReferenceRequest(
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 200) String reference,
      @NotNull @Schema(description = "The day it was adopted") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  record BodyEstablishedResponse(BodyId bodyId, LocalDate effectiveDate) {}

  record StatusChangedResponse(BodyId bodyId, BodyStatus status, LocalDate effectiveDate) {}

  record TermsAdoptedResponse(BodyId bodyId, int version, LocalDate effectiveDate) {}

  @Schema(
      example =
          """
          {"personName": "Cllr Lucy Hovvels", "organisationId": "3f1c0a4e-8d0b-4a57-9d55-2a3c1b0e7f10",
           "role": "CHAIR", "effectiveDate": "2023-04-01",
           "reason": "Chair jointly appointed by the members (seeds/000 §19a)"}""")
  record AppointMemberRequest(
      @NotBlank @Size(max = 200) String personName,
      @NotNull OrganisationId organisationId,
      @NotNull MemberRole role,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"role": "VICE_CHAIR", "effectiveDate": "2024-04-01", "reason": "Annual meeting"}""")
  record ChangeRoleRequest(
      @NotNull MemberRole role,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
      {"effectiveDate": "2024-04-01", "reason": "Stood down"}""")
  record EndMembershipRequest(
      @NotNull @Schema(description = "The first day the person is no longer a member")
          LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  record MembershipChanged(
      BodyId bodyId, MembershipId membershipId, MemberRole role, LocalDate effectiveDate) {}
}
