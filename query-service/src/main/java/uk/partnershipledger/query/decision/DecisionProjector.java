package uk.partnershipledger.query.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DecisionRefused;
import uk.partnershipledger.events.body.BodyEvent.InterestDeclared;
import uk.partnershipledger.events.body.BodyEvent.RecommendationRecorded;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.query.intake.Projector;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Keeps the {@code decision}, {@code decision_abstention} and {@code interest_declaration} tables.
 *
 * <p>Decisions, refusals and recommendations share one table with an outcome column, because an
 * auditor reads them as one record of what the body did or tried to do; each is a single act on its
 * date, so nothing is ever closed or changed after it is written.
 */
@Component
class DecisionProjector extends Projector {

  private final JdbcTemplate jdbc;

  DecisionProjector(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    on(DecisionRecorded.class, this::decided);
    on(DecisionRefused.class, this::refused);
    on(RecommendationRecorded.class, this::recommended);
    on(InterestDeclared.class, this::declared);
  }

  private void decided(DecisionRecorded decided, RecordedEvent recorded) {
    UUID decision = recorded.require(decided.decisionId(), "decisionId").value();
    insert(
        recorded,
        new Row(
            decision,
            recorded.require(decided.bodyId(), "bodyId").value(),
            DecisionOutcome.DECIDED,
            decided.subject(),
            decided.matter(),
            decided.function(),
            decided.delegationId() == null ? null : decided.delegationId().value(),
            decided.delegatorId() == null ? null : decided.delegatorId().value(),
            decided.limitKind(),
            decided.amount(),
            null,
            null,
            null,
            recorded.require(decided.effectiveDate(), "effectiveDate")));
    List<MembershipId> abstaining =
        decided.abstainingMembershipIds() == null ? List.of() : decided.abstainingMembershipIds();
    for (int position = 0; position < abstaining.size(); position++) {
      jdbc.update(
          "insert into decision_abstention (decision_id, position, membership_id)"
              + " values (?, ?, ?)",
          decision,
          position,
          recorded.require(abstaining.get(position), "abstainingMembershipIds").value());
    }
  }

  private void refused(DecisionRefused refused, RecordedEvent recorded) {
    insert(
        recorded,
        new Row(
            recorded.require(refused.decisionId(), "decisionId").value(),
            recorded.require(refused.bodyId(), "bodyId").value(),
            DecisionOutcome.REFUSED,
            refused.subject(),
            refused.matter(),
            refused.function(),
            null,
            null,
            refused.limitKind(),
            refused.amount(),
            refused.rule(),
            refused.reason(),
            null,
            recorded.require(refused.effectiveDate(), "effectiveDate")));
  }

  private void recommended(RecommendationRecorded recommended, RecordedEvent recorded) {
    insert(
        recorded,
        new Row(
            recorded.require(recommended.decisionId(), "decisionId").value(),
            recorded.require(recommended.bodyId(), "bodyId").value(),
            DecisionOutcome.RECOMMENDED,
            recommended.subject(),
            recommended.matter(),
            recommended.function(),
            null,
            null,
            recommended.limitKind(),
            recommended.amount(),
            null,
            null,
            recommended.recommendedTo(),
            recorded.require(recommended.effectiveDate(), "effectiveDate")));
  }

  private void declared(InterestDeclared declared, RecordedEvent recorded) {
    jdbc.update(
        "insert into interest_declaration (declaration_id, body_id, membership_id, matter,"
            + " interest, declared_on, recorded_at) values (?, ?, ?, ?, ?, ?, ?)",
        recorded.require(declared.declarationId(), "declarationId").value(),
        recorded.require(declared.bodyId(), "bodyId").value(),
        recorded.require(declared.membershipId(), "membershipId").value(),
        declared.matter(),
        declared.interest(),
        recorded.require(declared.effectiveDate(), "effectiveDate"),
        recorded.recordedAt());
  }

  private void insert(RecordedEvent recorded, Row row) {
    jdbc.update(
        "insert into decision (decision_id, body_id, outcome, subject, matter, function_code,"
            + " delegation_id, delegator_id, limit_kind, amount, rule, reason, recommended_to,"
            + " decided_on, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        row.decision(),
        row.body(),
        row.outcome().name(),
        row.subject(),
        row.matter(),
        row.function(),
        row.delegation(),
        row.delegator(),
        row.limitKind() == null ? null : row.limitKind().name(),
        row.amount(),
        row.rule(),
        row.reason(),
        row.recommendedTo(),
        row.on(),
        recorded.recordedAt());
  }

  /** One row of the decision table, whatever the outcome. */
  private record Row(
      UUID decision,
      UUID body,
      DecisionOutcome outcome,
      String subject,
      String matter,
      String function,
      UUID delegation,
      UUID delegator,
      LimitKind limitKind,
      BigDecimal amount,
      String rule,
      String reason,
      String recommendedTo,
      LocalDate on) {}
}
