package uk.partnershipledger.query.delegation;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.query.bitemporal.RecordedTables;
import uk.partnershipledger.query.delegation.AuthorityCheck.FailedRule;

/**
 * Answers "could body B decide on function F for amount A on date D?" from the read model, in the
 * order the command side judges a decision (GovernanceBody's judgeDecision), so that the answer
 * predicts what recording the decision would have done, and names the same rule when it would have
 * been refused.
 */
@Component
class Authority {

  private final DelegationReadModel delegations;
  private final RecordedTables tables;

  Authority(DelegationReadModel delegations, RecordedTables tables) {
    this.delegations = delegations;
    this.tables = tables;
  }

  /** The answer for one body; empty when the body is unknown. */
  Optional<AuthorityCheck> check(BodyId body, AuthorityQuestion question, LocalDate on) {
    Instant asRecordedAt = question.asRecordedAt();
    return delegations
        .ofBody(body, on, asRecordedAt)
        .map(
            held ->
                judge(
                    held,
                    statusOn(body, on, asRecordedAt),
                    question.function(),
                    question.limitKind(),
                    question.amount(),
                    on));
  }

  /**
   * The answer for every body that held a delegation of the function on the date: who could decide,
   * and why the others could not. Authorised bodies first.
   */
  List<AuthorityCheck> whoCould(AuthorityQuestion question, LocalDate on) {
    return tables
        .at(question.asRecordedAt())
        .query(
            "select distinct body_id from delegation where function_code = ? and valid_from <= ?"
                + " and (valid_to is null or ? < valid_to)",
            (rs, row) -> new BodyId(rs.getObject("body_id", UUID.class)),
            question.function(),
            on,
            on)
        .stream()
        .flatMap(body -> check(body, question, on).stream())
        .sorted(
            Comparator.comparing((AuthorityCheck check) -> !check.authorised())
                .thenComparing(AuthorityCheck::bodyName, Comparator.nullsLast(String::compareTo)))
        .toList();
  }

  private AuthorityCheck judge(
      BodyDelegations held,
      String status,
      String function,
      LimitKind kind,
      BigDecimal amount,
      LocalDate on) {
    List<DelegationOnDate> ofFunction =
        held.delegations().stream().filter(d -> d.function().equals(function)).toList();
    Answer answer = new Answer(held, function, kind, amount, on, status, ofFunction);
    if (status == null) {
      return answer.refused(
          null,
          "body-not-yet-established",
          held.name() + " was not yet established on " + on + " and could not decide");
    }
    if (!"OPERATIONAL".equals(status)) {
      return answer.refused(
          null,
          "body-not-operational",
          held.name()
              + " was "
              + describe(status)
              + " on "
              + on
              + " and could not decide"
              + ("DISSOLVED".equals(status) ? "" : "; it could record a recommendation"));
    }
    if (ofFunction.isEmpty()) {
      List<String> functions =
          held.delegations().stream().map(DelegationOnDate::function).distinct().toList();
      return answer.refused(
          null,
          "no-delegation-for-function",
          held.name()
              + " held no delegation of "
              + function
              + " in force on "
              + on
              + (functions.isEmpty()
                  ? "; it held none at all then"
                  : "; it held " + String.join(", ", functions)));
    }
    if (kind == null) {
      DelegationOnDate chosen = ofFunction.get(0);
      return answer.authorised(
          chosen,
          null,
          "Yes: "
              + held.name()
              + " held the delegation of "
              + function
              + " from "
              + delegatorOf(chosen)
              + " on "
              + on
              + "; no limit applies to a decision without an amount");
    }
    for (DelegationOnDate delegation : ofFunction) {
      Optional<DelegationOnDate.Limit> covering =
          limitOf(delegation, kind).filter(limit -> limit.maximum().compareTo(amount) >= 0);
      if (covering.isPresent()) {
        return answer.authorised(
            delegation,
            covering.get(),
            "Yes: "
                + pounds(amount)
                + " is within the "
                + pounds(covering.get().maximum())
                + " "
                + kindOf(kind)
                + " limit of the delegation of "
                + function
                + " from "
                + delegatorOf(delegation));
      }
    }
    DelegationOnDate widest =
        ofFunction.stream()
            .max(
                Comparator.comparing(
                    (DelegationOnDate d) ->
                        limitOf(d, kind)
                            .map(DelegationOnDate.Limit::maximum)
                            .orElse(BigDecimal.valueOf(-1))))
            .orElseThrow();
    return answer.refused(
        widest,
        "amount-over-limit",
        pounds(amount)
            + " is more than "
            + held.name()
            + " could commit under the delegation of "
            + function
            + " from "
            + delegatorOf(widest)
            + " on "
            + on
            + ": "
            + limitOf(widest, kind)
                .map(limit -> "its " + kindOf(kind) + " limit was " + pounds(limit.maximum()))
                .orElse("it had no " + kindOf(kind) + " limit"));
  }

  /** What is known of the question, to which an outcome is added. */
  private record Answer(
      BodyDelegations held,
      String function,
      LimitKind kind,
      BigDecimal amount,
      LocalDate on,
      String status,
      List<DelegationOnDate> ofFunction) {

    AuthorityCheck authorised(
        DelegationOnDate delegation, DelegationOnDate.Limit limit, String words) {
      return answered(true, words, delegation, limit, null);
    }

    AuthorityCheck refused(DelegationOnDate delegation, String rule, String detail) {
      return answered(false, "No: " + detail, delegation, null, new FailedRule(rule, detail));
    }

    private AuthorityCheck answered(
        boolean authorised,
        String words,
        DelegationOnDate delegation,
        DelegationOnDate.Limit limit,
        FailedRule failed) {
      return new AuthorityCheck(
          held.bodyId(),
          held.name(),
          function,
          kind,
          amount,
          on,
          status,
          authorised,
          words,
          delegation,
          limit,
          failed,
          ofFunction);
    }
  }

  private String statusOn(BodyId body, LocalDate on, Instant asRecordedAt) {
    return tables
        .at(asRecordedAt)
        .query(
            "select status from body_status where body_id = ? and valid_from <= ?"
                + " and (valid_to is null or ? < valid_to)",
            (rs, row) -> rs.getString("status"),
            body.value(),
            on,
            on)
        .stream()
        .findFirst()
        .orElse(null);
  }

  private static Optional<DelegationOnDate.Limit> limitOf(
      DelegationOnDate delegation, LimitKind kind) {
    return delegation.limits().stream().filter(limit -> limit.kind() == kind).findFirst();
  }

  private static String delegatorOf(DelegationOnDate delegation) {
    DelegationOnDate.Delegator delegator = delegation.delegator();
    if (delegator == null) {
      return "an unknown delegator";
    }
    return delegator.name() != null
        ? delegator.name()
        : delegator.organisationId().value().toString();
  }

  private static String describe(String status) {
    return switch (status) {
      case "SHADOW" -> "in shadow form";
      default -> status.toLowerCase(Locale.UK);
    };
  }

  private static String kindOf(LimitKind kind) {
    return kind.name().toLowerCase(Locale.UK).replace('_', ' ');
  }

  private static String pounds(BigDecimal amount) {
    return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
  }
}
