package uk.partnershipledger.command.body;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import uk.partnershipledger.command.body.BodyCommands.CorrectAppointment;
import uk.partnershipledger.command.body.BodyCommands.CorrectAppointmentOrganisation;
import uk.partnershipledger.command.body.BodyCommands.CorrectChairArrangement;
import uk.partnershipledger.command.body.BodyCommands.CorrectDecision;
import uk.partnershipledger.command.body.BodyCommands.CorrectDecisionFunction;
import uk.partnershipledger.command.body.BodyCommands.CorrectDeclaration;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationChangeDate;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationGrant;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationLimits;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationTerms;
import uk.partnershipledger.command.body.BodyCommands.CorrectEstablishment;
import uk.partnershipledger.command.body.BodyCommands.CorrectMembershipEnd;
import uk.partnershipledger.command.body.BodyCommands.CorrectRecommendation;
import uk.partnershipledger.command.body.BodyCommands.CorrectReplacement;
import uk.partnershipledger.command.body.BodyCommands.CorrectRoleChange;
import uk.partnershipledger.command.body.BodyCommands.CorrectStatusDate;
import uk.partnershipledger.command.body.BodyCommands.CorrectTermsOfReference;
import uk.partnershipledger.command.body.BodyController.ChairTurnRequest;
import uk.partnershipledger.command.body.DelegationController.LimitRequest;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.ChairArrangement;
import uk.partnershipledger.events.body.ChairTurn;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DeclarationId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * Corrections (DOMAIN.md rule 7): a wrong date, person or amount is put right by a correction event
 * that names the event it corrects and why. Nothing recorded is edited or deleted, and the
 * corrected fact must hold under the same rules as if it had been recorded so.
 */
@RestController
@RequestMapping("/bodies/{bodyId}")
@Tag(name = "Corrections", description = "Putting right a wrong date, person or amount")
class CorrectionController {

  private final LedgerCommands commands;

  CorrectionController(LedgerCommands commands) {
    this.commands = commands;
  }

  @PostMapping("/decisions/{decisionId}/corrections")
  @Operation(
      summary = "Correct a recorded decision",
      description =
          "Gives the decision's right subject, amount (with its limit kind) or date; a field left"
              + " out keeps the value recorded. The corrected decision is judged again on its"
              + " corrected date and refused with the rule it would break.")
  ResponseEntity<?> correctDecision(
      @PathVariable BodyId bodyId,
      @PathVariable DecisionId decisionId,
      CommandHeaders headers,
      @Valid @RequestBody DecisionCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, decisionId, request),
        send -> {
          send.apply(
              new CorrectDecision(
                  bodyId,
                  decisionId,
                  request.subject(),
                  request.limitKind(),
                  request.amount() == null
                      ? null
                      : request.amount().setScale(2, RoundingMode.UNNECESSARY),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, decisionId.toString()));
        });
  }

  @PostMapping("/members/{membershipId}/corrections")
  @Operation(
      summary = "Correct an appointment",
      description =
          "Gives the right person's name, or the right appointment date; a field left out keeps"
              + " the value recorded. A corrected date must still fit the membership's later"
              + " changes and the body's rules (partner, one chair at a time).")
  ResponseEntity<?> correctAppointment(
      @PathVariable BodyId bodyId,
      @PathVariable MembershipId membershipId,
      CommandHeaders headers,
      @Valid @RequestBody AppointmentCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, membershipId, request),
        send -> {
          send.apply(
              new CorrectAppointment(
                  bodyId,
                  membershipId,
                  request.personName(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, membershipId.toString()));
        });
  }

  @PostMapping("/delegations/{delegationId}/limit-corrections")
  @Operation(
      summary = "Correct a delegation's limits",
      description =
          "Replaces the limits recorded by the named event (the grant, a variation, or an earlier"
              + " correction), from the same date. Refused if a decision recorded under those"
              + " limits would be over the corrected ones.")
  ResponseEntity<?> correctLimits(
      @PathVariable BodyId bodyId,
      @PathVariable DelegationId delegationId,
      CommandHeaders headers,
      @Valid @RequestBody LimitsCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, delegationId, request),
        send -> {
          send.apply(
              new CorrectDelegationLimits(
                  bodyId,
                  delegationId,
                  request.correctedEventId(),
                  request.limits().stream()
                      .map(
                          limit ->
                              new FinancialLimit(
                                  limit.kind(),
                                  limit.maximum().setScale(2, RoundingMode.UNNECESSARY),
                                  limit.description()))
                      .toList(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, delegationId.toString()));
        });
  }

  @PostMapping("/status-corrections")
  @Operation(
      summary = "Correct the date of a status",
      description =
          "The status recorded by the named event (the establishment or a status change) holds"
              + " from the corrected date instead. The lifecycle must still move forward, and every"
              + " recorded decision still fall on a day the body is operational.")
  ResponseEntity<?> correctStatusDate(
      @PathVariable BodyId bodyId,
      CommandHeaders headers,
      @Valid @RequestBody StatusDateCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, request),
        send -> {
          send.apply(
              new CorrectStatusDate(
                  bodyId, request.correctedEventId(), request.effectiveDate(), request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, request.correctedEventId()));
        });
  }

  @PostMapping("/terms-of-reference/{version}/corrections")
  @Operation(
      summary = "Correct a version of the terms of reference",
      description =
          "Gives the version's right title, reference or adoption date; a field left out keeps the"
              + " value recorded. A corrected date must fall on a day the body exists and is not"
              + " dissolved, not before the previous version's adoption nor after the next one's.")
  ResponseEntity<?> correctTermsOfReference(
      @PathVariable BodyId bodyId,
      @PathVariable int version,
      CommandHeaders headers,
      @Valid @RequestBody TermsOfReferenceCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, version, request),
        send -> {
          send.apply(
              new CorrectTermsOfReference(
                  bodyId,
                  version,
                  request.title(),
                  request.reference(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, String.valueOf(version)));
        });
  }

  @PostMapping("/establishment-corrections")
  @Operation(
      summary = "Correct the body's name, type or host",
      description =
          "Gives the right name, type or host organisation recorded by the named event (the"
              + " establishment or its latest correction); a field left out keeps the value"
              + " recorded. A host must exist on the establishment date; a type that cannot decide"
              + " is refused while the body holds delegations. Its date is corrected by a status"
              + " correction.")
  ResponseEntity<?> correctEstablishment(
      @PathVariable BodyId bodyId,
      CommandHeaders headers,
      @Valid @RequestBody EstablishmentCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, request),
        send -> {
          send.apply(
              new CorrectEstablishment(
                  bodyId,
                  request.correctedEventId(),
                  request.name(),
                  request.type(),
                  request.hostOrganisationId(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, request.correctedEventId()));
        });
  }

  @PostMapping("/members/{membershipId}/role-corrections")
  @Operation(
      summary = "Correct a member's role change",
      description =
          "Gives the right role or date of the role change recorded by the named event; a field"
              + " left out keeps the value recorded. The change must still fall between the"
              + " member's neighbouring role changes and before the membership's end, and keep the"
              + " rules of a role change (partner, chair's turn, one chair at a time).")
  ResponseEntity<?> correctRoleChange(
      @PathVariable BodyId bodyId,
      @PathVariable MembershipId membershipId,
      CommandHeaders headers,
      @Valid @RequestBody RoleChangeCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, membershipId, request),
        send -> {
          send.apply(
              new CorrectRoleChange(
                  bodyId,
                  membershipId,
                  request.correctedEventId(),
                  request.role(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, membershipId.toString()));
        });
  }

  @PostMapping("/members/{membershipId}/ending-corrections")
  @Operation(
      summary = "Correct the date a membership ended",
      description =
          "The membership ended on the corrected date instead of the one recorded by the named"
              + " event. It must still end after the member's last role change and every interest"
              + " they declared, and not after the day their organisation left the partnership.")
  ResponseEntity<?> correctMembershipEnd(
      @PathVariable BodyId bodyId,
      @PathVariable MembershipId membershipId,
      CommandHeaders headers,
      @Valid @RequestBody DateCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, membershipId, request),
        send -> {
          send.apply(
              new CorrectMembershipEnd(
                  bodyId,
                  membershipId,
                  request.correctedEventId(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, membershipId.toString()));
        });
  }

  @PostMapping("/delegations/{delegationId}/terms-corrections")
  @Operation(
      summary = "Correct a delegation's scope, conditions or approval",
      description =
          "Replaces the terms recorded by the named event (the grant, a variation, or an earlier"
              + " correction of their terms), from the same date; a field left out keeps the value"
              + " recorded. Only the grant has a scope. The approval must come on or before the"
              + " date it governs (seeds/001 §24, §26).")
  ResponseEntity<?> correctDelegationTerms(
      @PathVariable BodyId bodyId,
      @PathVariable DelegationId delegationId,
      CommandHeaders headers,
      @Valid @RequestBody TermsCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, delegationId, request),
        send -> {
          send.apply(
              new CorrectDelegationTerms(
                  bodyId,
                  delegationId,
                  request.correctedEventId(),
                  request.scope(),
                  request.conditions() == null
                      ? null
                      : request.conditions().stream().map(String::strip).toList(),
                  request.approval() == null ? null : request.approval().toApproval(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, delegationId.toString()));
        });
  }

  @PostMapping("/delegations/{delegationId}/change-date-corrections")
  @Operation(
      summary = "Correct the date of a delegation's variation or revocation",
      description =
          "The variation or revocation recorded by the named event took effect on the corrected"
              + " date. It must still fall after the delegation's previous change and before its"
              + " next, after its approval, and leave every recorded decision inside the"
              + " delegation's period in force and its limits.")
  ResponseEntity<?> correctDelegationChangeDate(
      @PathVariable BodyId bodyId,
      @PathVariable DelegationId delegationId,
      CommandHeaders headers,
      @Valid @RequestBody DateCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, delegationId, request),
        send -> {
          send.apply(
              new CorrectDelegationChangeDate(
                  bodyId,
                  delegationId,
                  request.correctedEventId(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, delegationId.toString()));
        });
  }

  @PostMapping("/declarations/{declarationId}/corrections")
  @Operation(
      summary = "Correct a declaration of interest",
      description =
          "Gives the declaration's right matter, interest or date; a field left out keeps the"
              + " value recorded. The member must be in office on the date, and the members"
              + " recorded as abstaining from a decision must stay the same.")
  ResponseEntity<?> correctDeclaration(
      @PathVariable BodyId bodyId,
      @PathVariable DeclarationId declarationId,
      CommandHeaders headers,
      @Valid @RequestBody DeclarationCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, declarationId, request),
        send -> {
          send.apply(
              new CorrectDeclaration(
                  bodyId,
                  declarationId,
                  request.matter(),
                  request.interest(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, declarationId.toString()));
        });
  }

  @PostMapping("/recommendations/{recommendationId}/corrections")
  @Operation(
      summary = "Correct a recommendation",
      description =
          "Gives the recommendation's right subject, amount (with its limit kind), recipient or"
              + " date; a field left out keeps the value recorded. The body must be established and"
              + " not dissolved on a corrected date.")
  ResponseEntity<?> correctRecommendation(
      @PathVariable BodyId bodyId,
      @PathVariable DecisionId recommendationId,
      CommandHeaders headers,
      @Valid @RequestBody RecommendationCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, recommendationId, request),
        send -> {
          send.apply(
              new CorrectRecommendation(
                  bodyId,
                  recommendationId,
                  request.subject(),
                  request.limitKind(),
                  request.amount() == null
                      ? null
                      : request.amount().setScale(2, RoundingMode.UNNECESSARY),
                  request.recommendedTo(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, recommendationId.toString()));
        });
  }

  @PostMapping("/chair-arrangement-corrections")
  @Operation(
      summary = "Correct a chair arrangement",
      description =
          "Gives the right kind, turns or date of the chair arrangement recorded by the named event"
              + " (its setting or latest correction); a field left out keeps the value recorded (the"
              + " turns only while the chair stays rotating). A rotation's turns run in order from"
              + " the arrangement's date, which must fall on a day the body is open, between the"
              + " arrangements before and after it; every chair already appointed under it must"
              + " come from the organisation whose turn it was.")
  ResponseEntity<?> correctChairArrangement(
      @PathVariable BodyId bodyId,
      CommandHeaders headers,
      @Valid @RequestBody ChairArrangementCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, request),
        send -> {
          send.apply(
              new CorrectChairArrangement(
                  bodyId,
                  request.correctedEventId(),
                  request.arrangement(),
                  request.rotation() == null
                      ? null
                      : request.rotation().stream()
                          .map(turn -> new ChairTurn(turn.organisationId(), turn.from()))
                          .toList(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, request.correctedEventId()));
        });
  }

  @PostMapping("/replacement-corrections")
  @Operation(
      summary = "Correct the body this body was replaced by",
      description =
          "Names the right replacement in place of the one recorded by the named event (the"
              + " replacement or its latest correction). It must be another body of the same"
              + " partnership, established by the day of the replacement.")
  ResponseEntity<?> correctReplacement(
      @PathVariable BodyId bodyId,
      CommandHeaders headers,
      @Valid @RequestBody ReplacementCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, request),
        send -> {
          send.apply(
              new CorrectReplacement(
                  bodyId,
                  request.correctedEventId(),
                  request.replacementBodyId(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, request.correctedEventId()));
        });
  }

  @PostMapping("/members/{membershipId}/organisation-corrections")
  @Operation(
      summary = "Correct the organisation a member represents",
      description =
          "Names the organisation the member represents in place of the one the appointment"
              + " recorded. It must exist throughout the membership; for a voting role it must be a"
              + " partner for as long as the member holds the role, and a chair must come from the"
              + " organisation whose turn it is under a rotating chair.")
  ResponseEntity<?> correctAppointmentOrganisation(
      @PathVariable BodyId bodyId,
      @PathVariable MembershipId membershipId,
      CommandHeaders headers,
      @Valid @RequestBody OrganisationCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, membershipId, request),
        send -> {
          send.apply(
              new CorrectAppointmentOrganisation(
                  bodyId, membershipId, request.organisationId(), request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, membershipId.toString()));
        });
  }

  @PostMapping("/delegations/{delegationId}/grant-corrections")
  @Operation(
      summary = "Correct a delegation's function, delegator or grant date",
      description =
          "Gives the right function, delegator or date of the grant recorded by the named event"
              + " (the grant or its latest correction); a field left out keeps the value recorded."
              + " Judged as a grant so recorded: a delegable function, from a statutory partner,"
              + " approved by the date, on a day the body is open and before the delegation's next"
              + " change; every decision recorded under it must still be covered.")
  ResponseEntity<?> correctDelegationGrant(
      @PathVariable BodyId bodyId,
      @PathVariable DelegationId delegationId,
      CommandHeaders headers,
      @Valid @RequestBody GrantCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, delegationId, request),
        send -> {
          send.apply(
              new CorrectDelegationGrant(
                  bodyId,
                  delegationId,
                  request.correctedEventId(),
                  request.function(),
                  request.delegatorId(),
                  request.effectiveDate(),
                  request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, delegationId.toString()));
        });
  }

  @PostMapping("/decisions/{decisionId}/function-corrections")
  @Operation(
      summary = "Correct the function a decision was taken under",
      description =
          "Gives the decision's right function. The decision is judged again on its date: a"
              + " delegation of that function in force then must cover its amount, or it is"
              + " refused with the rule it would break.")
  ResponseEntity<?> correctDecisionFunction(
      @PathVariable BodyId bodyId,
      @PathVariable DecisionId decisionId,
      CommandHeaders headers,
      @Valid @RequestBody DecisionFunctionCorrectionRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, decisionId, request),
        send -> {
          send.apply(
              new CorrectDecisionFunction(
                  bodyId, decisionId, request.function(), request.reason()));
          return ResponseEntity.ok(new Corrected(bodyId, decisionId.toString()));
        });
  }

  /** The path is part of what was asked, for the idempotency fingerprint. */
  private record Keyed(Object... parts) {}

  @Schema(
      example =
          """
          {"amount": 40000.00, "limitKind": "NEW_SCHEME",
           "reason": "Minute of 12 July 2023 says £40,000; £400,000 was a keying error"}""")
  record DecisionCorrectionRequest(
      @Size(max = 500) String subject,
      LimitKind limitKind,
      @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal amount,
      @Schema(description = "The right date of the decision") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"personName": "Cllr Lucy Hovvels",
           "reason": "The appointment named the vice-chair by mistake"}""")
  record AppointmentCorrectionRequest(
      @Size(min = 1, max = 200) String personName,
      @Schema(description = "The right appointment date") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "limits": [{"kind": "NEW_SCHEME", "maximum": 500000.00,
                       "description": "Agree new schemes up to £500k"}],
           "reason": "Cabinet minute 2023/41 says £500k, not £5m"}""")
  record LimitsCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @NotEmpty List<@Valid @NotNull LimitRequest> limits,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "effectiveDate": "2022-10-03",
           "reason": "Shadow form began at the first meeting on 3 October 2022"}""")
  record StatusDateCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"reference": "JC-ToR-2023-01", "effectiveDate": "2023-04-03",
           "reason": "Adopted at the first meeting on 3 April 2023; the minute gives JC-ToR-2023-01"}""")
  record TermsOfReferenceCorrectionRequest(
      @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
      @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
          String reference,
      @Schema(description = "The right adoption date") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "name": "County Durham Health and Care Joint Committee", "type": "JOINT_COMMITTEE",
           "reason": "The Cabinet report of July 2022 names it a joint committee"}""")
  record EstablishmentCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
      BodyType type,
      OrganisationId hostOrganisationId,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a", "role": "VICE_CHAIR",
           "effectiveDate": "2023-06-14",
           "reason": "The minute of 14 June 2023 appoints her vice-chair, not chair"}""")
  record RoleChangeCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      MemberRole role,
      @Schema(description = "The right date of the role change") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "effectiveDate": "2024-05-01",
           "reason": "The resignation letter took effect on 1 May 2024"}""")
  record DateCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "conditions": ["Reports quarterly to Cabinet", "Annual report to the ICB Board"],
           "approval": {"approvedBy": "Durham County Council Cabinet",
                        "approvedOn": "2023-03-15", "reference": "Cabinet minute 2023/42"},
           "reason": "The minute reference was 2023/42 and a condition was left out"}""")
  record TermsCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @Size(max = 1000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
          String scope,
      List<@NotBlank @Size(max = 1000) String> conditions,
      @Valid DelegationController.ApprovalRequest approval,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"matter": "CMH-2023-07", "interest": "Spouse employed by a bidding provider",
           "reason": "The declaration was on item 7, not item 8"}""")
  record DeclarationCorrectionRequest(
      @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
          String matter,
      @Size(max = 1000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
          String interest,
      @Schema(description = "The right date of the declaration") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"amount": 40000.00, "limitKind": "NEW_SCHEME",
           "recommendedTo": "NHS North East and North Cumbria ICB",
           "reason": "The minute recommends £40,000 to the ICB"}""")
  record RecommendationCorrectionRequest(
      @Size(max = 500) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
          String subject,
      LimitKind limitKind,
      @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal amount,
      @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
          String recommendedTo,
      @Schema(description = "The right date of the recommendation") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a", "arrangement": "ROTATING",
           "rotation": [
             {"organisationId": "3f1c0a4e-8d0b-4a57-9d55-2a3c1b0e7f10", "from": "2023-04-01"},
             {"organisationId": "6a2d9c1e-4b7f-4e0a-8c3d-1f2e3d4c5b6a", "from": "2024-04-01"}],
           "reason": "The rotation agreed in March 2023 starts with the council"}""")
  record ChairArrangementCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      ChairArrangement arrangement,
      List<@NotNull @Valid ChairTurnRequest> rotation,
      @Schema(description = "The right date of the arrangement") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "replacementBodyId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
           "reason": "The MoU names the Partnership Executive as the replacement"}""")
  record ReplacementCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @NotNull BodyId replacementBodyId,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"organisationId": "3f1c0a4e-8d0b-4a57-9d55-2a3c1b0e7f10",
           "reason": "She represents the ICB, not the council"}""")
  record OrganisationCorrectionRequest(
      @NotNull OrganisationId organisationId, @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"correctedEventId": "5f0e8a3c-2b1d-4c6e-9f7a-8b9c0d1e2f3a",
           "function": "community-mental-health", "effectiveDate": "2023-04-03",
           "reason": "Cabinet minute 2023/41 delegates community mental health from 3 April"}""")
  record GrantCorrectionRequest(
      @NotBlank @Size(max = 100) String correctedEventId,
      @Size(max = 100) @Pattern(regexp = DelegationController.FUNCTION_CODE) String function,
      OrganisationId delegatorId,
      @Schema(description = "The right date of the grant") LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"function": "community-mental-health",
           "reason": "Item 7 was decided under the community mental health delegation"}""")
  record DecisionFunctionCorrectionRequest(
      @NotBlank @Size(max = 100) @Pattern(regexp = DelegationController.FUNCTION_CODE)
          String function,
      @NotBlank @Size(max = 1000) String reason) {}

  /**
   * @param correctedId the decision, membership, delegation, event or terms-of-reference version
   *     whose facts were corrected
   */
  record Corrected(BodyId bodyId, String correctedId) {}
}
