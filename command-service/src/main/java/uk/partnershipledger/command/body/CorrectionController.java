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
import uk.partnershipledger.command.body.BodyCommands.CorrectDecision;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationLimits;
import uk.partnershipledger.command.body.BodyCommands.CorrectStatusDate;
import uk.partnershipledger.command.body.BodyCommands.CorrectTermsOfReference;
import uk.partnershipledger.command.body.DelegationController.LimitRequest;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MembershipId;

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

  /**
   * @param correctedId the decision, membership, delegation, event or terms-of-reference version
   *     whose facts were corrected
   */
  record Corrected(BodyId bodyId, String correctedId) {}
}
