package uk.partnershipledger.query.delegation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLapsed;
import uk.partnershipledger.events.body.BodyEvent.DelegationLimitsCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationPassedToSuccessor;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyEvent.DelegationVaried;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.query.intake.Projector;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Keeps the delegation tables: {@code delegation}, {@code delegation_delegator}, {@code
 * delegation_terms} with its limits and conditions, and the timeline {@code delegation_act}.
 *
 * <p>A delegation's events are its body's, in order, and the command side dates each change on or
 * after the one before: a variation closes the open terms on its date and opens new ones, a
 * succession does the same for the delegator, and a revocation or lapse closes the delegation and
 * both. A change dated the first day of what it supersedes leaves that an empty interval rather
 * than deleting it, so the timeline still shows what was recorded.
 *
 * <p>A correction of limits (DOMAIN.md rule 7) points the terms version at the corrected limits,
 * which are kept under the correcting event, as a grant's or variation's are under theirs: the
 * version in force shows the corrected limits, and each act of the timeline the limits it recorded.
 */
@Component
class DelegationProjector extends Projector {

  private static final Logger log = LoggerFactory.getLogger(DelegationProjector.class);

  private final JdbcTemplate jdbc;

  DelegationProjector(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    on(DelegationGranted.class, this::granted);
    on(DelegationVaried.class, this::varied);
    on(DelegationRevoked.class, this::revoked);
    on(DelegationLapsed.class, this::lapsed);
    on(DelegationPassedToSuccessor.class, this::passed);
    on(DelegationLimitsCorrected.class, this::limitsCorrected);
  }

  private void granted(DelegationGranted granted, RecordedEvent recorded) {
    UUID delegation = recorded.require(granted.delegationId(), "delegationId").value();
    UUID delegator = recorded.require(granted.delegatorId(), "delegatorId").value();
    LocalDate from = recorded.require(granted.effectiveDate(), "effectiveDate");
    jdbc.update(
        "insert into delegation (delegation_id, body_id, function_code, scope, valid_from,"
            + " recorded_at) values (?, ?, ?, ?, ?, ?)",
        delegation,
        recorded.require(granted.bodyId(), "bodyId").value(),
        recorded.require(granted.function(), "function"),
        granted.scope(),
        from,
        recorded.recordedAt());
    jdbc.update(
        "insert into delegation_delegator (id, delegation_id, organisation_id, valid_from,"
            + " recorded_at) values (?, ?, ?, ?, ?)",
        recorded.eventId(),
        delegation,
        delegator,
        from,
        recorded.recordedAt());
    insertTerms(
        delegation, granted.limits(), granted.conditions(), granted.approval(), from, recorded);
    act(delegation, "GRANTED", from, recorded, recorded.eventId(), delegator, null, null);
  }

  private void varied(DelegationVaried varied, RecordedEvent recorded) {
    UUID delegation = recorded.require(varied.delegationId(), "delegationId").value();
    LocalDate from = recorded.require(varied.effectiveDate(), "effectiveDate");
    closeOpen("delegation_terms", delegation, from, recorded);
    insertTerms(
        delegation, varied.limits(), varied.conditions(), varied.approval(), from, recorded);
    act(delegation, "VARIED", from, recorded, recorded.eventId(), null, null, null);
  }

  private void revoked(DelegationRevoked revoked, RecordedEvent recorded) {
    UUID delegation = recorded.require(revoked.delegationId(), "delegationId").value();
    LocalDate on = recorded.require(revoked.effectiveDate(), "effectiveDate");
    end(delegation, on, "REVOKED", null, recorded);
    act(delegation, "REVOKED", on, recorded, null, null, null, null);
  }

  private void lapsed(DelegationLapsed lapsed, RecordedEvent recorded) {
    UUID delegation = recorded.require(lapsed.delegationId(), "delegationId").value();
    LocalDate on = recorded.require(lapsed.effectiveDate(), "effectiveDate");
    String reason = lapsed.reason() == null ? null : lapsed.reason().name();
    end(delegation, on, "LAPSED", reason, recorded);
    act(delegation, "LAPSED", on, recorded, null, null, null, reason);
  }

  private void passed(DelegationPassedToSuccessor passed, RecordedEvent recorded) {
    UUID delegation = recorded.require(passed.delegationId(), "delegationId").value();
    UUID successor = recorded.require(passed.successorId(), "successorId").value();
    UUID predecessor = passed.predecessorId() == null ? null : passed.predecessorId().value();
    LocalDate from = recorded.require(passed.effectiveDate(), "effectiveDate");
    closeOpen("delegation_delegator", delegation, from, recorded);
    jdbc.update(
        "insert into delegation_delegator (id, delegation_id, organisation_id, predecessor_id,"
            + " valid_from, recorded_at) values (?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        delegation,
        successor,
        predecessor,
        from,
        recorded.recordedAt());
    act(delegation, "PASSED_TO_SUCCESSOR", from, recorded, null, successor, predecessor, null);
  }

  /**
   * The command side corrects only the limits version in force from the event's date, so the
   * version that starts then is the one corrected: of two starting the same day (a variation on the
   * day of the grant), the later recorded, which superseded the other.
   */
  private void limitsCorrected(DelegationLimitsCorrected corrected, RecordedEvent recorded) {
    UUID delegation = recorded.require(corrected.delegationId(), "delegationId").value();
    LocalDate from = recorded.require(corrected.effectiveDate(), "effectiveDate");
    insertLimits(recorded.eventId(), corrected.limits(), recorded);
    List<UUID> versions =
        jdbc.queryForList(
            "select terms_id from delegation_terms where delegation_id = ? and valid_from = ?"
                + " order by recorded_at desc",
            UUID.class,
            delegation,
            from);
    if (versions.isEmpty()) {
      warnMissing(recorded, "terms version from " + from, 0);
    } else {
      jdbc.update(
          "update delegation_terms set limits_recorded_by = ? where terms_id = ?",
          recorded.eventId(),
          versions.get(0));
    }
    jdbc.update(
        "insert into delegation_act (event_id, delegation_id, act, effective_date, recorded_at,"
            + " reason, corrected_event_id) values (?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        delegation,
        "LIMITS_CORRECTED",
        from,
        recorded.recordedAt(),
        corrected.reason(),
        corrected.correctedEventId());
  }

  private void end(
      UUID delegation, LocalDate on, String endedBy, String lapseReason, RecordedEvent recorded) {
    int ended =
        jdbc.update(
            "update delegation set valid_to = ?, ended_by = ?, lapse_reason = ?,"
                + " ended_recorded_at = ? where delegation_id = ? and valid_to is null",
            on,
            endedBy,
            lapseReason,
            recorded.recordedAt(),
            delegation);
    if (ended != 1) {
      warnMissing(recorded, "open delegation", ended);
    }
    closeOpen("delegation_delegator", delegation, on, recorded);
    closeOpen("delegation_terms", delegation, on, recorded);
  }

  /** Ends the open row of one of the delegation's timelines on the date. */
  private void closeOpen(String table, UUID delegation, LocalDate on, RecordedEvent recorded) {
    int closed =
        jdbc.update(
            "update "
                + table
                + " set valid_to = ? where delegation_id = ? and valid_to is null"
                + " and valid_from <= ?",
            on,
            delegation,
            on);
    if (closed != 1) {
      warnMissing(recorded, "open " + table + " row", closed);
    }
  }

  private void insertTerms(
      UUID delegation,
      List<FinancialLimit> limits,
      List<String> conditions,
      Approval approval,
      LocalDate from,
      RecordedEvent recorded) {
    UUID terms = recorded.eventId();
    jdbc.update(
        "insert into delegation_terms (terms_id, delegation_id, approved_by, approved_on,"
            + " approval_reference, valid_from, recorded_at, limits_recorded_by)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
        terms,
        delegation,
        approval == null ? null : approval.approvedBy(),
        approval == null ? null : approval.approvedOn(),
        approval == null ? null : approval.reference(),
        from,
        recorded.recordedAt(),
        terms);
    insertLimits(terms, limits, recorded);
    List<String> theConditions = conditions == null ? List.of() : conditions;
    for (int position = 0; position < theConditions.size(); position++) {
      jdbc.update(
          "insert into delegation_condition (terms_id, position, condition_text)"
              + " values (?, ?, ?)",
          terms,
          position,
          recorded.require(theConditions.get(position), "conditions"));
    }
  }

  /** The limits the event recorded, kept under its id. */
  private void insertLimits(UUID recordedBy, List<FinancialLimit> limits, RecordedEvent recorded) {
    List<FinancialLimit> theLimits = limits == null ? List.of() : limits;
    for (int position = 0; position < theLimits.size(); position++) {
      FinancialLimit limit = theLimits.get(position);
      jdbc.update(
          "insert into delegation_limit (terms_id, position, kind, maximum, description)"
              + " values (?, ?, ?, ?, ?)",
          recordedBy,
          position,
          recorded.require(limit.kind(), "limits.kind").name(),
          recorded.require(limit.maximum(), "limits.maximum"),
          limit.description());
    }
  }

  private void act(
      UUID delegation,
      String act,
      LocalDate on,
      RecordedEvent recorded,
      UUID terms,
      UUID delegator,
      UUID predecessor,
      String lapseReason) {
    jdbc.update(
        "insert into delegation_act (event_id, delegation_id, act, effective_date, recorded_at,"
            + " terms_id, delegator_id, predecessor_id, lapse_reason)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        delegation,
        act,
        on,
        recorded.recordedAt(),
        terms,
        delegator,
        predecessor,
        lapseReason);
  }

  /**
   * The command side only varies, passes or ends a delegation in force, so a miss means an earlier
   * event of this body never reached the read model (see the dead-letter topic). The event still
   * counts as applied, and is kept on the delegation's timeline.
   */
  private static void warnMissing(RecordedEvent recorded, String what, int found) {
    log.atWarn()
        .addKeyValue("eventId", recorded.eventId())
        .addKeyValue("aggregateId", recorded.aggregateId())
        .addKeyValue("eventType", recorded.type())
        .log(
            "{} event {} of aggregate {} found {} {}s instead of one",
            recorded.type(),
            recorded.eventId(),
            recorded.aggregateId(),
            found,
            what);
  }
}
