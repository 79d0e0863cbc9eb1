package uk.partnershipledger.query.delegation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.DelegationChangeDateCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationGrantCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLapsed;
import uk.partnershipledger.events.body.BodyEvent.DelegationLimitsCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationPassedToSuccessor;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyEvent.DelegationTermsCorrected;
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
    on(DelegationTermsCorrected.class, this::termsCorrected);
    on(DelegationChangeDateCorrected.class, this::changeDateCorrected);
    on(DelegationGrantCorrected.class, this::grantCorrected);
  }

  /**
   * A delegation has one grant, so its GRANTED act is the one corrected. The delegation takes the
   * corrected function and first day; the grant's terms and delegator periods (keyed by the grant
   * event's id) begin on the corrected day and the delegator period names the corrected delegator.
   * The command side keeps the corrected day before the delegation's first variation and end. What
   * the grant said is kept in delegation_correction (what = GRANT), and the timeline gains a
   * GRANT_CORRECTED act.
   */
  private void grantCorrected(DelegationGrantCorrected corrected, RecordedEvent recorded) {
    UUID delegation = recorded.require(corrected.delegationId(), "delegationId").value();
    String correctedEventId = recorded.require(corrected.correctedEventId(), "correctedEventId");
    String function = recorded.require(corrected.function(), "function");
    UUID delegator = recorded.require(corrected.delegatorId(), "delegatorId").value();
    LocalDate on = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<UUID> grants =
        jdbc.queryForList(
            "select event_id from delegation_act where delegation_id = ? and act = 'GRANTED'",
            UUID.class,
            delegation);
    if (grants.size() != 1) {
      warnMissing(recorded, "grant", grants.size());
      return;
    }
    UUID grant = grants.get(0);
    int kept =
        jdbc.update(
            "insert into delegation_correction (event_id, delegation_id, what,"
                + " corrected_event_id, reason, recorded_at, corrected_act_id, previous_date,"
                + " corrected_date, previous_function_code, previous_delegator_id,"
                + " function_code, delegator_id)"
                + " select ?, d.delegation_id, 'GRANT', ?, ?, ?, a.event_id, a.effective_date, ?,"
                + " d.function_code, a.delegator_id, ?, ? from delegation d"
                + " join delegation_act a on a.delegation_id = d.delegation_id"
                + " where a.event_id = ?",
            recorded.eventId(),
            correctedEventId,
            corrected.reason(),
            recorded.recordedAt(),
            on,
            function,
            delegator,
            grant);
    if (kept != 1) {
      warnMissing(recorded, "delegation", kept);
      return;
    }
    jdbc.update(
        "update delegation set function_code = ?, valid_from = ? where delegation_id = ?",
        function,
        on,
        delegation);
    jdbc.update("update delegation_terms set valid_from = ? where terms_id = ?", on, grant);
    jdbc.update(
        "update delegation_delegator set organisation_id = ?, valid_from = ? where id = ?",
        delegator,
        on,
        grant);
    jdbc.update(
        "update delegation_act set effective_date = ?, delegator_id = ?, dated_by = ?"
            + " where event_id = ?",
        on,
        delegator,
        recorded.eventId(),
        grant);
    jdbc.update(
        "insert into delegation_act (event_id, delegation_id, act, effective_date, recorded_at,"
            + " delegator_id, reason, corrected_event_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        delegation,
        "GRANT_CORRECTED",
        on,
        recorded.recordedAt(),
        delegator,
        corrected.reason(),
        correctedEventId);
  }

  /**
   * The terms version is the one whose scope, conditions and approval the corrected event recorded
   * (its grant or variation, or their latest correction), or else, as for limits, the one that
   * starts on the event's date. Its conditions and approval become the corrected ones, kept under
   * the correcting event as a grant's are under the grant, so that each act of the timeline still
   * shows what it recorded; the delegation's scope is corrected in place. What the version held
   * before is kept in {@code delegation_correction}.
   */
  private void termsCorrected(DelegationTermsCorrected corrected, RecordedEvent recorded) {
    UUID delegation = recorded.require(corrected.delegationId(), "delegationId").value();
    String correctedEventId = recorded.require(corrected.correctedEventId(), "correctedEventId");
    UUID named = asUuid(correctedEventId);
    LocalDate from = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<UUID> versions =
        jdbc.queryForList(
            "select terms_id from delegation_terms where delegation_id = ?"
                + " and coalesce(terms_recorded_by, terms_id) = ?",
            UUID.class,
            delegation,
            named);
    if (versions.isEmpty()) {
      versions =
          jdbc.queryForList(
              "select terms_id from delegation_terms where delegation_id = ? and valid_from = ?"
                  + " order by recorded_at desc",
              UUID.class,
              delegation,
              from);
    }
    if (versions.isEmpty()) {
      warnMissing(recorded, "terms version recorded by " + correctedEventId, 0);
      return;
    }
    UUID terms = versions.get(0);
    Approval approval = corrected.approval();
    jdbc.update(
        "insert into delegation_correction (event_id, delegation_id, what, corrected_event_id,"
            + " reason, recorded_at, terms_id, previous_scope, previous_terms_recorded_by, scope,"
            + " approved_by, approved_on, approval_reference)"
            + " select ?, d.delegation_id, 'TERMS', ?, ?, ?, t.terms_id, d.scope,"
            + " coalesce(t.terms_recorded_by, t.terms_id), ?, ?, ?, ?"
            + " from delegation d join delegation_terms t on t.delegation_id = d.delegation_id"
            + " where t.terms_id = ?",
        recorded.eventId(),
        correctedEventId,
        corrected.reason(),
        recorded.recordedAt(),
        corrected.scope(),
        approval == null ? null : approval.approvedBy(),
        approval == null ? null : approval.approvedOn(),
        approval == null ? null : approval.reference(),
        terms);
    insertConditions(recorded.eventId(), corrected.conditions(), recorded);
    jdbc.update(
        "update delegation_terms set terms_recorded_by = ? where terms_id = ?",
        recorded.eventId(),
        terms);
    jdbc.update(
        "update delegation set scope = ? where delegation_id = ?", corrected.scope(), delegation);
    jdbc.update(
        "insert into delegation_act (event_id, delegation_id, act, effective_date, recorded_at,"
            + " terms_id, reason, corrected_event_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        delegation,
        "TERMS_CORRECTED",
        from,
        recorded.recordedAt(),
        recorded.eventId(),
        corrected.reason(),
        correctedEventId);
  }

  /**
   * The act is the variation, revocation, lapse or passing the corrected event recorded (or last
   * re-dated), or, failing that, the one recorded with the previous date. It takes effect on the
   * corrected day: a variation's terms begin then and the terms before run up to it; a passing's
   * delegator likewise; a revocation or lapse ends the delegation, its delegator and its terms
   * then. The command side keeps the corrected day between the changes either side.
   */
  private void changeDateCorrected(
      DelegationChangeDateCorrected corrected, RecordedEvent recorded) {
    UUID delegation = recorded.require(corrected.delegationId(), "delegationId").value();
    String correctedEventId = recorded.require(corrected.correctedEventId(), "correctedEventId");
    UUID named = asUuid(correctedEventId);
    LocalDate on = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<ChangedAct> acts =
        jdbc.query(
            "select event_id, act, effective_date from delegation_act where delegation_id = ?"
                + " and act in ('VARIED', 'REVOKED', 'LAPSED', 'PASSED_TO_SUCCESSOR')"
                + " and coalesce(dated_by, event_id) = ?",
            (rs, row) ->
                new ChangedAct(
                    rs.getObject("event_id", UUID.class),
                    rs.getString("act"),
                    rs.getObject("effective_date", LocalDate.class)),
            delegation,
            named);
    if (acts.isEmpty()) {
      acts =
          jdbc.query(
              "select event_id, act, effective_date from delegation_act where delegation_id = ?"
                  + " and act in ('VARIED', 'REVOKED', 'LAPSED', 'PASSED_TO_SUCCESSOR')"
                  + " and effective_date = ?"
                  + " order by recorded_at desc",
              (rs, row) ->
                  new ChangedAct(
                      rs.getObject("event_id", UUID.class),
                      rs.getString("act"),
                      rs.getObject("effective_date", LocalDate.class)),
              delegation,
              corrected.previousDate());
    }
    if (acts.isEmpty()) {
      warnMissing(recorded, "variation or revocation recorded by " + correctedEventId, 0);
      return;
    }
    ChangedAct act = acts.get(0);
    LocalDate was = act.on();
    jdbc.update(
        "insert into delegation_correction (event_id, delegation_id, what, corrected_event_id,"
            + " reason, recorded_at, corrected_act_id, previous_date, corrected_date)"
            + " values (?, ?, 'CHANGE_DATE', ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        delegation,
        correctedEventId,
        corrected.reason(),
        recorded.recordedAt(),
        act.eventId(),
        was,
        on);
    if (act.act().equals("PASSED_TO_SUCCESSOR")) {
      jdbc.update(
          "update delegation_delegator set valid_to = ? where delegation_id = ? and valid_to = ?"
              + " and id <> ?",
          on,
          delegation,
          was,
          act.eventId());
      jdbc.update("update delegation_delegator set valid_from = ? where id = ?", on, act.eventId());
    } else if (act.act().equals("VARIED")) {
      jdbc.update(
          "update delegation_terms set valid_to = ? where delegation_id = ? and valid_to = ?"
              + " and terms_id <> ?",
          on,
          delegation,
          was,
          act.eventId());
      jdbc.update(
          "update delegation_terms set valid_from = ? where terms_id = ?", on, act.eventId());
    } else {
      jdbc.update(
          "update delegation set valid_to = ? where delegation_id = ? and valid_to = ?",
          on,
          delegation,
          was);
      // Only the row the revocation closed, the latest of each timeline, moves with it: an
      // earlier row ending on the same day was superseded then, not revoked.
      for (String table : List.of("delegation_terms", "delegation_delegator")) {
        jdbc.update(
            "update "
                + table
                + " set valid_to = ? where delegation_id = ? and valid_to = ?"
                + " and valid_from = (select max(l.valid_from) from "
                + table
                + " l where l.delegation_id = ?)",
            on,
            delegation,
            was,
            delegation);
      }
    }
    jdbc.update(
        "update delegation_act set effective_date = ?, dated_by = ? where event_id = ?",
        on,
        recorded.eventId(),
        act.eventId());
    jdbc.update(
        "insert into delegation_act (event_id, delegation_id, act, effective_date, recorded_at,"
            + " reason, corrected_event_id) values (?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        delegation,
        CHANGE_DATE_CORRECTED.get(act.act()),
        on,
        recorded.recordedAt(),
        corrected.reason(),
        correctedEventId);
  }

  /** The act that records each kind of change's re-dating, in the timeline. */
  private static final Map<String, String> CHANGE_DATE_CORRECTED =
      Map.of(
          "VARIED", "VARIATION_DATE_CORRECTED",
          "REVOKED", "REVOCATION_DATE_CORRECTED",
          "LAPSED", "LAPSE_DATE_CORRECTED",
          "PASSED_TO_SUCCESSOR", "PASSING_DATE_CORRECTED");

  /** A variation, revocation, lapse or passing to a successor about to be re-dated. */
  private record ChangedAct(UUID eventId, String act, LocalDate on) {}

  /** An event id as the ledger gives it is a UUID; anything else names no row. */
  private static UUID asUuid(String eventId) {
    try {
      return UUID.fromString(eventId);
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
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
    insertConditions(terms, conditions, recorded);
  }

  /** The conditions the event recorded, kept under its id. */
  private void insertConditions(UUID recordedBy, List<String> conditions, RecordedEvent recorded) {
    List<String> theConditions = conditions == null ? List.of() : conditions;
    for (int position = 0; position < theConditions.size(); position++) {
      jdbc.update(
          "insert into delegation_condition (terms_id, position, condition_text)"
              + " values (?, ?, ?)",
          recordedBy,
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
