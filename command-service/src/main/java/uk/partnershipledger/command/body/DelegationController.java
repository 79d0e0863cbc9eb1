package uk.partnershipledger.command.body;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.partnershipledger.command.api.CommandHeaders;
import uk.partnershipledger.command.api.InvalidRequest;
import uk.partnershipledger.command.api.LedgerCommands;
import uk.partnershipledger.command.api.ProblemDetailsAdvice;
import uk.partnershipledger.command.body.BodyCommands.DecisionOutcome;
import uk.partnershipledger.command.body.BodyCommands.DeclareInterest;
import uk.partnershipledger.command.body.BodyCommands.GrantDelegation;
import uk.partnershipledger.command.body.BodyCommands.RecordDecision;
import uk.partnershipledger.command.body.BodyCommands.RecordRecommendation;
import uk.partnershipledger.command.body.BodyCommands.RevokeDelegation;
import uk.partnershipledger.command.body.BodyCommands.VaryDelegation;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DeclarationId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;

/** Delegations to a body, and what the body does with them: decisions and recommendations. */
@RestController
@RequestMapping("/bodies/{bodyId}")
@Tag(
    name = "Delegations and decisions",
    description = "Statutory functions delegated to a body, its decisions and recommendations")
class DelegationController {

  /**
   * A function travels as a code, so that a decision names the same function its delegation does.
   */
  static final String FUNCTION_CODE = "^[a-z0-9]+(-[a-z0-9]+)*$";

  private final LedgerCommands commands;

  DelegationController(LedgerCommands commands) {
    this.commands = commands;
  }

  @PostMapping("/delegations")
  @Operation(
      summary = "Delegate a statutory function to the body",
      description =
          "A statutory body that is a partner on the effective date delegates a function, with"
              + " financial limits and conditions, once its governing body has approved. Refused"
              + " for a non-delegable function (adult-safeguarding-lead, power-to-charge), for a"
              + " body that cannot decide (a consultative forum, a forum, a scrutiny committee), for"
              + " a body dissolved on the date, and for a delegator that is not a statutory body or"
              + " not a partner on the date.")
  ResponseEntity<?> grant(
      @PathVariable BodyId bodyId,
      CommandHeaders headers,
      @Valid @RequestBody GrantDelegationRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, request),
        send -> {
          DelegationId delegation = DelegationId.newId();
          send.apply(
              new GrantDelegation(
                  bodyId,
                  delegation,
                  request.delegatorId(),
                  request.function(),
                  request.scope(),
                  limits(request.limits()),
                  conditions(request.conditions()),
                  request.approval().toApproval(),
                  request.effectiveDate()));
          return ResponseEntity.created(
                  URI.create("/bodies/" + bodyId + "/delegations/" + delegation))
              .body(new DelegationChanged(bodyId, delegation, request.effectiveDate()));
        });
  }

  @PostMapping("/delegations/{delegationId}/variations")
  @Operation(
      summary = "Vary a delegation's limits",
      description =
          "New limits and conditions from the effective date, with the delegator's governing-body"
              + " approval (who, when, reference), given on or before that date (seeds/001 §24).")
  ResponseEntity<?> vary(
      @PathVariable BodyId bodyId,
      @PathVariable DelegationId delegationId,
      CommandHeaders headers,
      @Valid @RequestBody VaryDelegationRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, delegationId, request),
        send -> {
          send.apply(
              new VaryDelegation(
                  bodyId,
                  delegationId,
                  limits(request.limits()),
                  conditions(request.conditions()),
                  request.approval().toApproval(),
                  request.effectiveDate()));
          return ResponseEntity.ok(
              new DelegationChanged(bodyId, delegationId, request.effectiveDate()));
        });
  }

  @PostMapping("/delegations/{delegationId}/revocation")
  @Operation(
      summary = "Revoke a delegation",
      description =
          "The effective date is the first day the body no longer holds it. Refused while a"
              + " decision is recorded under it on or after that date.")
  ResponseEntity<?> revoke(
      @PathVariable BodyId bodyId,
      @PathVariable DelegationId delegationId,
      CommandHeaders headers,
      @Valid @RequestBody DatedRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, delegationId, request),
        send -> {
          send.apply(new RevokeDelegation(bodyId, delegationId, request.effectiveDate()));
          return ResponseEntity.ok(
              new DelegationChanged(bodyId, delegationId, request.effectiveDate()));
        });
  }

  @PostMapping("/declarations")
  @Operation(
      summary = "Declare a member's interest in a matter",
      description =
          "A member in office on the date declares an interest (seeds/001 MoU §23). A later"
              + " decision on the same matter records that the member did not vote.")
  ResponseEntity<?> declare(
      @PathVariable BodyId bodyId,
      CommandHeaders headers,
      @Valid @RequestBody DeclarationRequest request) {
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, request),
        send -> {
          DeclarationId declaration = DeclarationId.newId();
          send.apply(
              new DeclareInterest(
                  bodyId,
                  declaration,
                  request.membershipId(),
                  request.matter(),
                  request.interest(),
                  request.effectiveDate()));
          return ResponseEntity.created(
                  URI.create("/bodies/" + bodyId + "/declarations/" + declaration))
              .body(new DeclarationRecorded(bodyId, declaration, request.effectiveDate()));
        });
  }

  @PostMapping("/decisions")
  @Operation(
      summary = "Record a decision",
      description =
          "The body decides under a delegation in force on the date that covers the function, and"
              + " within its limit for the kind of spending, while operational. A refused decision"
              + " is still recorded, so that an auditor sees the attempt: the answer is then 409"
              + " with the rule, and the problem carries the recorded decisionId.")
  ResponseEntity<?> decide(
      @PathVariable BodyId bodyId,
      CommandHeaders headers,
      @Valid @RequestBody DecisionRequest request) {
    assertAmountWithKind(request.amount(), request.limitKind());
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, request),
        send -> {
          DecisionId decision = DecisionId.newId();
          DecisionOutcome outcome =
              (DecisionOutcome)
                  send.apply(
                      new RecordDecision(
                          bodyId,
                          decision,
                          request.subject(),
                          blankToNull(request.matter()),
                          request.function(),
                          request.limitKind(),
                          pence(request.amount()),
                          request.effectiveDate()));
          URI location = URI.create("/bodies/" + bodyId + "/decisions/" + decision);
          if (outcome instanceof DecisionOutcome.Refused refused) {
            ProblemDetail problem = ProblemDetailsAdvice.problemFor(refused.violation());
            problem.setProperty("decisionId", decision.toString());
            problem.setProperty("refusalRecorded", true);
            return ResponseEntity.status(HttpStatus.CONFLICT)
                .location(location)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
          }
          DecisionOutcome.Decided decided = (DecisionOutcome.Decided) outcome;
          return ResponseEntity.created(location)
              .body(
                  new DecisionTaken(
                      bodyId,
                      decision,
                      decided.delegationId(),
                      decided.delegatorId(),
                      decided.abstaining(),
                      request.effectiveDate()));
        });
  }

  @PostMapping("/recommendations")
  @Operation(
      summary = "Record a recommendation",
      description =
          "A body that cannot decide (in shadow form, say, or a forum) recommends to one that can"
              + " (seeds/000 §7). Refused only when the body is dissolved or not yet established.")
  ResponseEntity<?> recommend(
      @PathVariable BodyId bodyId,
      CommandHeaders headers,
      @Valid @RequestBody RecommendationRequest request) {
    assertAmountWithKind(request.amount(), request.limitKind());
    return commands.handle(
        headers,
        request.reason(),
        new Keyed(bodyId, request),
        send -> {
          DecisionId recommendation = DecisionId.newId();
          send.apply(
              new RecordRecommendation(
                  bodyId,
                  recommendation,
                  request.subject(),
                  blankToNull(request.matter()),
                  request.function(),
                  request.limitKind(),
                  pence(request.amount()),
                  request.recommendedTo(),
                  request.effectiveDate()));
          return ResponseEntity.created(
                  URI.create("/bodies/" + bodyId + "/recommendations/" + recommendation))
              .body(new RecommendationMade(bodyId, recommendation, request.effectiveDate()));
        });
  }

  private static void assertAmountWithKind(BigDecimal amount, LimitKind kind) {
    if ((amount == null) != (kind == null)) {
      throw new InvalidRequest(
          amount == null ? "amount" : "limitKind",
          "an amount needs the kind of limit it counts against (limitKind), and the kind needs an"
              + " amount; leave both out for a decision without money");
    }
  }

  /** Pounds with pence, so that 500000 and 500000.00 are the same amount on every side. */
  private static BigDecimal pence(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  private static List<FinancialLimit> limits(List<LimitRequest> limits) {
    return limits.stream()
        .map(limit -> new FinancialLimit(limit.kind(), pence(limit.maximum()), limit.description()))
        .toList();
  }

  private static List<String> conditions(List<String> conditions) {
    return conditions == null ? List.of() : conditions.stream().map(String::strip).toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The path is part of what was asked, for the idempotency fingerprint. */
  private record Keyed(Object... parts) {}

  @Schema(description = "The most the body may commit for one kind of spending")
  record LimitRequest(
      @NotNull LimitKind kind,
      @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal maximum,
      @NotBlank @Size(max = 500) String description) {}

  @Schema(description = "The delegator's governing-body approval (seeds/001 §24, §26)")
  record ApprovalRequest(
      @NotBlank @Size(max = 200) String approvedBy,
      @NotNull LocalDate approvedOn,
      @NotBlank @Size(max = 200) String reference) {

    Approval toApproval() {
      return new Approval(approvedBy.strip(), approvedOn, reference.strip());
    }
  }

  @Schema(
      example =
          """
          {"delegatorId": "3f1c0a4e-8d0b-4a57-9d55-2a3c1b0e7f10",
           "function": "community-mental-health",
           "scope": "Commissioning of community mental health services for County Durham",
           "limits": [
             {"kind": "BUDGET_MOVEMENT", "maximum": 1000000.00,
              "description": "Move up to £1m within the base budget"},
             {"kind": "NEW_SCHEME", "maximum": 500000.00,
              "description": "Agree new schemes up to £500k without further governance"}],
           "conditions": ["Reports quarterly to Cabinet"],
           "approval": {"approvedBy": "Durham County Council Cabinet",
                        "approvedOn": "2023-03-15", "reference": "Cabinet minute 2023/41"},
           "effectiveDate": "2023-04-01",
           "reason": "Delegation to the joint committee (seeds/003 §4.6.3)"}""")
  record GrantDelegationRequest(
      @NotNull OrganisationId delegatorId,
      @NotBlank @Size(max = 100) @Pattern(regexp = FUNCTION_CODE) String function,
      @NotBlank @Size(max = 1000) String scope,
      @NotNull List<@Valid @NotNull LimitRequest> limits,
      List<@NotBlank @Size(max = 1000) String> conditions,
      @NotNull @Valid ApprovalRequest approval,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"limits": [{"kind": "NEW_SCHEME", "maximum": 750000.00,
                       "description": "Agree new schemes up to £750k"}],
           "conditions": [],
           "approval": {"approvedBy": "Durham County Council Cabinet",
                        "approvedOn": "2024-03-13", "reference": "Cabinet minute 2024/17"},
           "effectiveDate": "2024-04-01", "reason": "Annual review of delegation levels"}""")
  record VaryDelegationRequest(
      @NotNull List<@Valid @NotNull LimitRequest> limits,
      List<@NotBlank @Size(max = 1000) String> conditions,
      @NotNull @Valid ApprovalRequest approval,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"effectiveDate": "2025-04-01", "reason": "Cabinet withdrew the delegation"}""")
  record DatedRequest(
      @NotNull LocalDate effectiveDate, @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"membershipId": "8e3b5a2c-1d4f-4e6a-9b7c-0a1b2c3d4e5f", "matter": "CMH-2023-07",
           "interest": "Spouse employed by a bidding provider", "effectiveDate": "2023-07-12",
           "reason": "Declared at the start of the meeting"}""")
  record DeclarationRequest(
      @NotNull MembershipId membershipId,
      @NotBlank @Size(max = 200) String matter,
      @NotBlank @Size(max = 1000) String interest,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"subject": "Community mental health crisis service", "matter": "CMH-2023-07",
           "function": "community-mental-health", "limitKind": "NEW_SCHEME",
           "amount": 400000.00, "effectiveDate": "2023-07-12",
           "reason": "Joint committee meeting 12 July 2023, item 7"}""")
  record DecisionRequest(
      @NotBlank @Size(max = 500) String subject,
      @Size(max = 200) String matter,
      @NotBlank @Size(max = 100) @Pattern(regexp = FUNCTION_CODE) String function,
      LimitKind limitKind,
      @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal amount,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  @Schema(
      example =
          """
          {"subject": "Community mental health crisis service", "function": "community-mental-health",
           "limitKind": "NEW_SCHEME", "amount": 400000.00,
           "recommendedTo": "NHS North East and North Cumbria ICB",
           "effectiveDate": "2022-11-09", "reason": "Joint committee in shadow form"}""")
  record RecommendationRequest(
      @NotBlank @Size(max = 500) String subject,
      @Size(max = 200) String matter,
      @NotBlank @Size(max = 100) @Pattern(regexp = FUNCTION_CODE) String function,
      LimitKind limitKind,
      @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal amount,
      @NotBlank @Size(max = 200) String recommendedTo,
      @NotNull LocalDate effectiveDate,
      @NotBlank @Size(max = 1000) String reason) {}

  record DelegationChanged(BodyId bodyId, DelegationId delegationId, LocalDate effectiveDate) {}

  record DeclarationRecorded(BodyId bodyId, DeclarationId declarationId, LocalDate effectiveDate) {}

  record DecisionTaken(
      BodyId bodyId,
      DecisionId decisionId,
      DelegationId delegationId,
      OrganisationId delegatorId,
      List<MembershipId> abstainingMembershipIds,
      LocalDate effectiveDate) {}

  record RecommendationMade(BodyId bodyId, DecisionId decisionId, LocalDate effectiveDate) {}
}
