package uk.partnershipledger.query.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.body.BodyEvent.DecisionCorrected;
import uk.partnershipledger.events.body.BodyEvent.DecisionFunctionCorrected;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DecisionRefused;
import uk.partnershipledger.events.body.BodyEvent.DeclarationCorrected;
import uk.partnershipledger.events.body.BodyEvent.InterestDeclared;
import uk.partnershipledger.events.body.BodyEvent.RecommendationCorrected;
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
 * date, so nothing is ever closed after it is written.
 *
 * <p>A correction of a decision (DOMAIN.md rule 7) puts the corrected facts in its row, so every
 * query by date finds it where it now belongs, and first copies the facts it replaces, with the
 * correction's reason and recording time, into {@code decision_correction} and {@code
 * decision_correction_abstention}: nothing the ledger recorded is lost to an auditor.
 */
@Component
class DecisionProjector extends Projector {

  private static final Logger log = LoggerFactory.getLogger(DecisionProjector.class);

  private final JdbcTemplate jdbc;

  DecisionProjector(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    on(DecisionRecorded.class, this::decided);
    on(DecisionCorrected.class, this::corrected);
    on(DecisionRefused.class, this::refused);
    on(RecommendationRecorded.class, this::recommended);
    on(InterestDeclared.class, this::declared);
    on(RecommendationCorrected.class, this::recommendationCorrected);
    on(DeclarationCorrected.class, this::declarationCorrected);
    on(DecisionFunctionCorrected.class, this::functionCorrected);
  }

  /**
   * The decision takes the corrected function, with the delegation and delegator that cover it; its
   * other facts stand. What it said before is kept in decision_correction like any other correction
   * of the decision, so the decision's corrections list shows it.
   */
  private void functionCorrected(DecisionFunctionCorrected corrected, RecordedEvent recorded) {
    UUID decision = recorded.require(corrected.decisionId(), "decisionId").value();
    int kept =
        jdbc.update(
            "insert into decision_correction (event_id, decision_id, corrected_event_id, reason,"
                + " recorded_at, previous_subject, previous_delegation_id, previous_delegator_id,"
                + " previous_limit_kind, previous_amount, previous_decided_on, previous_function)"
                + " select ?, decision_id, ?, ?, ?, subject, delegation_id, delegator_id,"
                + " limit_kind, amount, decided_on, function_code from decision"
                + " where decision_id = ?",
            recorded.eventId(),
            recorded.require(corrected.correctedEventId(), "correctedEventId"),
            corrected.reason(),
            recorded.recordedAt(),
            decision);
    if (kept != 1) {
      log.atWarn()
          .addKeyValue("eventId", recorded.eventId())
          .addKeyValue("aggregateId", recorded.aggregateId())
          .addKeyValue("eventType", recorded.type())
          .log(
              "{} event {} of aggregate {} corrects decision {}, which is not in the read model",
              recorded.type(),
              recorded.eventId(),
              recorded.aggregateId(),
              decision);
      return;
    }
    jdbc.update(
        "insert into decision_correction_abstention (event_id, position, membership_id)"
            + " select ?, position, membership_id from decision_abstention where decision_id = ?",
        recorded.eventId(),
        decision);
    jdbc.update(
        "update decision set function_code = ?, delegation_id = ?, delegator_id = ?"
            + " where decision_id = ?",
        recorded.require(corrected.function(), "function"),
        corrected.delegationId() == null ? null : corrected.delegationId().value(),
        corrected.delegatorId() == null ? null : corrected.delegatorId().value(),
        decision);
  }

  /**
   * A recommendation's corrections are kept with a decision's, in {@code decision_correction}, with
   * whom it went to before; its row takes the corrected subject, amount, recipient and date.
   */
  private void recommendationCorrected(RecommendationCorrected corrected, RecordedEvent recorded) {
    UUID decision = recorded.require(corrected.decisionId(), "decisionId").value();
    int kept =
        jdbc.update(
            "insert into decision_correction (event_id, decision_id, corrected_event_id, reason,"
                + " recorded_at, previous_subject, previous_limit_kind, previous_amount,"
                + " previous_decided_on, previous_recommended_to)"
                + " select ?, decision_id, ?, ?, ?, subject, limit_kind, amount, decided_on,"
                + " recommended_to from decision where decision_id = ? and outcome = ?",
            recorded.eventId(),
            recorded.require(corrected.correctedEventId(), "correctedEventId"),
            corrected.reason(),
            recorded.recordedAt(),
            decision,
            DecisionOutcome.RECOMMENDED.name());
    if (kept != 1) {
      warnNotFound(recorded, "recommendation " + decision);
      return;
    }
    jdbc.update(
        "update decision set subject = ?, limit_kind = ?, amount = ?, recommended_to = ?,"
            + " decided_on = ? where decision_id = ?",
        corrected.subject(),
        corrected.limitKind() == null ? null : corrected.limitKind().name(),
        corrected.amount(),
        corrected.recommendedTo(),
        recorded.require(corrected.effectiveDate(), "effectiveDate"),
        decision);
  }

  /** The declaration takes the corrected matter, interest and date in place. */
  private void declarationCorrected(DeclarationCorrected corrected, RecordedEvent recorded) {
    UUID declaration = recorded.require(corrected.declarationId(), "declarationId").value();
    LocalDate on = recorded.require(corrected.effectiveDate(), "effectiveDate");
    int kept =
        jdbc.update(
            "insert into declaration_correction (event_id, declaration_id, body_id,"
                + " corrected_event_id, reason, recorded_at, previous_matter, previous_interest,"
                + " previous_declared_on, matter, interest, declared_on)"
                + " select ?, declaration_id, body_id, ?, ?, ?, matter, interest, declared_on,"
                + " ?, ?, ? from interest_declaration where declaration_id = ?",
            recorded.eventId(),
            recorded.require(corrected.correctedEventId(), "correctedEventId"),
            corrected.reason(),
            recorded.recordedAt(),
            corrected.matter(),
            corrected.interest(),
            on,
            declaration);
    if (kept != 1) {
      warnNotFound(recorded, "declaration " + declaration);
      return;
    }
    jdbc.update(
        "update interest_declaration set matter = ?, interest = ?, declared_on = ?"
            + " where declaration_id = ?",
        corrected.matter(),
        corrected.interest(),
        on,
        declaration);
  }

  /**
   * The command side corrects only what it recorded, so a miss means the record never reached the
   * read model (see the dead-letter topic); there is nothing here to correct.
   */
  private static void warnNotFound(RecordedEvent recorded, String what) {
    log.atWarn()
        .addKeyValue("eventId", recorded.eventId())
        .addKeyValue("aggregateId", recorded.aggregateId())
        .addKeyValue("eventType", recorded.type())
        .log(
            "{} event {} of aggregate {} corrects {}, which is not in the read model",
            recorded.type(),
            recorded.eventId(),
            recorded.aggregateId(),
            what);
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
    insertAbstentions(decision, decided.abstainingMembershipIds(), recorded);
  }

  private void corrected(DecisionCorrected corrected, RecordedEvent recorded) {
    UUID decision = recorded.require(corrected.decisionId(), "decisionId").value();
    int kept =
        jdbc.update(
            "insert into decision_correction (event_id, decision_id, corrected_event_id, reason,"
                + " recorded_at, previous_subject, previous_delegation_id, previous_delegator_id,"
                + " previous_limit_kind, previous_amount, previous_decided_on, previous_function)"
                + " select ?, decision_id, ?, ?, ?, subject, delegation_id, delegator_id,"
                + " limit_kind, amount, decided_on, function_code from decision"
                + " where decision_id = ?",
            recorded.eventId(),
            recorded.require(corrected.correctedEventId(), "correctedEventId"),
            corrected.reason(),
            recorded.recordedAt(),
            decision);
    if (kept != 1) {
      // The command side corrects only a decision it recorded, so its record never reached the
      // read model (see the dead-letter topic); there is nothing here to correct.
      log.atWarn()
          .addKeyValue("eventId", recorded.eventId())
          .addKeyValue("aggregateId", recorded.aggregateId())
          .addKeyValue("eventType", recorded.type())
          .log(
              "{} event {} of aggregate {} corrects decision {}, which is not in the read model",
              recorded.type(),
              recorded.eventId(),
              recorded.aggregateId(),
              decision);
      return;
    }
    jdbc.update(
        "insert into decision_correction_abstention (event_id, position, membership_id)"
            + " select ?, position, membership_id from decision_abstention where decision_id = ?",
        recorded.eventId(),
        decision);
    jdbc.update(
        "update decision set subject = ?, delegation_id = ?, delegator_id = ?, limit_kind = ?,"
            + " amount = ?, decided_on = ? where decision_id = ?",
        corrected.subject(),
        corrected.delegationId() == null ? null : corrected.delegationId().value(),
        corrected.delegatorId() == null ? null : corrected.delegatorId().value(),
        corrected.limitKind() == null ? null : corrected.limitKind().name(),
        corrected.amount(),
        recorded.require(corrected.effectiveDate(), "effectiveDate"),
        decision);
    jdbc.update("delete from decision_abstention where decision_id = ?", decision);
    insertAbstentions(decision, corrected.abstainingMembershipIds(), recorded);
  }

  private void insertAbstentions(
      UUID decision, List<MembershipId> membershipIds, RecordedEvent recorded) {
    List<MembershipId> abstaining = membershipIds == null ? List.of() : membershipIds;
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
