package uk.partnershipledger.query.delegation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.query.bitemporal.AsRecorded;
import uk.partnershipledger.query.bitemporal.RecordedTables;

/**
 * Delegations on a date and their timelines: each look-up an indexed interval query.
 *
 * <p>Each query answers as the ledger stands now or, given asRecordedAt, as it stood at that
 * instant ({@link AsRecorded}, docs/adr/0010).
 */
@Repository
public class DelegationReadModel {

  private static final String DELEGATION =
      "select d.delegation_id, d.body_id, b.name as body_name, d.function_code, d.scope,"
          + " d.valid_from, d.valid_to, d.ended_by, d.lapse_reason"
          + " from delegation d left join body b on b.body_id = d.body_id";

  /**
   * An organisation's name on a date, or its latest name for a date before its registration; null
   * while its registration has not reached the read model.
   */
  private static String nameOn(String organisation, String date) {
    return "(select coalesce(max(n.name), max(o.name)) from organisation o"
        + " left join organisation_name n on n.organisation_id = o.organisation_id"
        + " and n.valid_from <= "
        + date
        + " and (n.valid_to is null or "
        + date
        + " < n.valid_to) where o.organisation_id = "
        + organisation
        + ")";
  }

  private final RecordedTables tables;

  DelegationReadModel(RecordedTables tables) {
    this.tables = tables;
  }

  /** As {@link #ofBody} answers, as the ledger stands now. */
  Optional<BodyDelegations> ofBody(BodyId body, LocalDate on) {
    return ofBody(body, on, null);
  }

  /** The delegations the body held on the date, by function. Empty if the body is unknown. */
  public Optional<BodyDelegations> ofBody(BodyId body, LocalDate on, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    return jdbc
        .query(
            "select name from body where body_id = ?",
            (rs, row) -> rs.getString("name"),
            body.value())
        .stream()
        .findFirst()
        .map(
            name ->
                new BodyDelegations(
                    body,
                    name,
                    on,
                    jdbc
                        .query(
                            DELEGATION
                                + " where d.body_id = ? and d.valid_from <= ?"
                                + " and (d.valid_to is null or ? < d.valid_to)",
                            (rs, row) -> onDate(jdbc, rs, on),
                            body.value(),
                            on,
                            on)
                        .stream()
                        .sorted(
                            Comparator.comparing(DelegationOnDate::function)
                                .thenComparing(DelegationOnDate::grantedOn)
                                .thenComparing(d -> d.delegationId().value()))
                        .toList()));
  }

  /** As {@link #history} answers, as the ledger stands now. */
  Optional<DelegationHistory> history(DelegationId delegation, LocalDate on) {
    return history(delegation, on, null);
  }

  /** The delegation's whole timeline, and how it stood on the date. Empty if it is unknown. */
  Optional<DelegationHistory> history(DelegationId delegation, LocalDate on, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    return jdbc
        .query(
            DELEGATION + " where d.delegation_id = ?",
            (rs, row) -> {
              LocalDate from = rs.getObject("valid_from", LocalDate.class);
              LocalDate to = rs.getObject("valid_to", LocalDate.class);
              boolean inForce = !from.isAfter(on) && (to == null || on.isBefore(to));
              String lapseReason = rs.getString("lapse_reason");
              return new DelegationHistory(
                  delegation,
                  new BodyId(rs.getObject("body_id", UUID.class)),
                  rs.getString("body_name"),
                  rs.getString("function_code"),
                  rs.getString("scope"),
                  from,
                  to,
                  rs.getString("ended_by"),
                  lapseReason == null ? null : LapseReason.valueOf(lapseReason),
                  on,
                  inForce ? onDate(jdbc, rs, on) : null,
                  timeline(jdbc, delegation.value()),
                  corrections(jdbc, delegation.value()));
            },
            delegation.value())
        .stream()
        .findFirst();
  }

  private DelegationOnDate onDate(AsRecorded jdbc, ResultSet rs, LocalDate on) throws SQLException {
    UUID delegation = rs.getObject("delegation_id", UUID.class);
    Optional<TermsInForce> terms =
        jdbc
            .query(
                "select terms_id, limits_recorded_by, coalesce(terms_recorded_by, terms_id)"
                    + " as terms_recorded_by, valid_from from delegation_terms"
                    + " where delegation_id = ? and valid_from <= ?"
                    + " and (valid_to is null or ? < valid_to)",
                (t, row) ->
                    new TermsInForce(
                        t.getObject("terms_id", UUID.class),
                        t.getObject("limits_recorded_by", UUID.class),
                        t.getObject("terms_recorded_by", UUID.class),
                        t.getObject("valid_from", LocalDate.class)),
                delegation,
                on,
                on)
            .stream()
            .findFirst();
    return new DelegationOnDate(
        new DelegationId(delegation),
        new BodyId(rs.getObject("body_id", UUID.class)),
        rs.getString("function_code"),
        rs.getString("scope"),
        rs.getObject("valid_from", LocalDate.class),
        delegatorOn(jdbc, delegation, on),
        terms.map(t -> limits(jdbc, t.limitsRecordedBy())).orElse(List.of()),
        terms.map(t -> conditions(jdbc, t.termsRecordedBy())).orElse(List.of()),
        terms.map(t -> approval(jdbc, t.termsRecordedBy())).orElse(null),
        terms.map(TermsInForce::since).orElse(null));
  }

  /**
   * The terms version in force on a date.
   *
   * @param limitsRecordedBy the event whose limits it has: its own, or the latest correction's
   * @param termsRecordedBy the event whose conditions and approval it has, likewise
   */
  private record TermsInForce(
      UUID id, UUID limitsRecordedBy, UUID termsRecordedBy, LocalDate since) {}

  private DelegationOnDate.Delegator delegatorOn(AsRecorded jdbc, UUID delegation, LocalDate on) {
    return jdbc
        .query(
            "select d.organisation_id, d.predecessor_id, d.valid_from, "
                + nameOn("d.organisation_id", "?")
                + " as name from delegation_delegator d where d.delegation_id = ?"
                + " and d.valid_from <= ? and (d.valid_to is null or ? < d.valid_to)",
            (rs, row) -> {
              UUID predecessor = rs.getObject("predecessor_id", UUID.class);
              return new DelegationOnDate.Delegator(
                  new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                  rs.getString("name"),
                  rs.getObject("valid_from", LocalDate.class),
                  predecessor == null ? null : new OrganisationId(predecessor));
            },
            on,
            on,
            delegation,
            on,
            on)
        .stream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Each act names its delegator as on the act's own date, and shows the limits its own event
   * recorded (a grant's, a variation's, a correction's), whatever was corrected since.
   */
  private List<DelegationHistory.Act> timeline(AsRecorded jdbc, UUID delegation) {
    return jdbc.query(
        "select a.event_id, a.act, a.effective_date, a.recorded_at, a.terms_id, a.delegator_id,"
            + " a.predecessor_id, a.lapse_reason, a.reason, a.corrected_event_id, "
            + nameOn("a.delegator_id", "a.effective_date")
            + " as delegator_name from delegation_act a where a.delegation_id = ?"
            + " order by a.effective_date, a.recorded_at",
        (rs, row) -> {
          UUID terms = rs.getObject("terms_id", UUID.class);
          UUID delegator = rs.getObject("delegator_id", UUID.class);
          UUID predecessor = rs.getObject("predecessor_id", UUID.class);
          String lapseReason = rs.getString("lapse_reason");
          return new DelegationHistory.Act(
              rs.getString("act"),
              rs.getObject("effective_date", LocalDate.class),
              rs.getObject("recorded_at", OffsetDateTime.class)
                  .withOffsetSameInstant(ZoneOffset.UTC),
              delegator == null ? null : new OrganisationId(delegator),
              delegator == null ? null : rs.getString("delegator_name"),
              predecessor == null ? null : new OrganisationId(predecessor),
              limits(jdbc, rs.getObject("event_id", UUID.class)),
              terms == null ? List.of() : conditions(jdbc, terms),
              terms == null ? null : approval(jdbc, terms),
              lapseReason == null ? null : LapseReason.valueOf(lapseReason),
              rs.getString("reason"),
              rs.getString("corrected_event_id"));
        },
        delegation);
  }

  /**
   * The corrections of the delegation's terms and of its changes' dates, in the order recorded,
   * each with what it replaced.
   */
  private List<DelegationHistory.Correction> corrections(AsRecorded jdbc, UUID delegation) {
    return jdbc.query(
        "select what, corrected_event_id, reason, recorded_at, previous_scope,"
            + " previous_terms_recorded_by, previous_date, previous_function_code,"
            + " previous_delegator_id from delegation_correction"
            + " where delegation_id = ? order by recorded_at, event_id",
        (rs, row) -> {
          UUID previousTerms = rs.getObject("previous_terms_recorded_by", UUID.class);
          boolean terms = rs.getString("what").equals("TERMS");
          UUID previousDelegator = rs.getObject("previous_delegator_id", UUID.class);
          return new DelegationHistory.Correction(
              rs.getObject("recorded_at", OffsetDateTime.class)
                  .withOffsetSameInstant(ZoneOffset.UTC),
              rs.getString("reason"),
              rs.getString("corrected_event_id"),
              rs.getString("what"),
              new DelegationHistory.Before(
                  terms ? rs.getString("previous_scope") : null,
                  terms ? conditions(jdbc, previousTerms) : List.of(),
                  terms ? approval(jdbc, previousTerms) : null,
                  rs.getObject("previous_date", LocalDate.class),
                  rs.getString("previous_function_code"),
                  previousDelegator == null ? null : new OrganisationId(previousDelegator)));
        },
        delegation);
  }

  /** The limits the event recorded: a grant, variation or correction of limits. */
  private List<DelegationOnDate.Limit> limits(AsRecorded jdbc, UUID recordedBy) {
    return jdbc.query(
        "select kind, maximum, description from delegation_limit where terms_id = ?"
            + " order by position",
        (rs, row) ->
            new DelegationOnDate.Limit(
                LimitKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("maximum"),
                rs.getString("description")),
        recordedBy);
  }

  private List<String> conditions(AsRecorded jdbc, UUID terms) {
    return jdbc.queryForList(
        "select condition_text from delegation_condition where terms_id = ? order by position",
        String.class,
        terms);
  }

  /** The approval the event recorded: a grant, a variation, or a correction of terms. */
  private DelegationOnDate.Approval approval(AsRecorded jdbc, UUID terms) {
    return jdbc.queryForObject(
        "select approved_by, approved_on, approval_reference from delegation_terms"
            + " where terms_id = ? union all select approved_by, approved_on, approval_reference"
            + " from delegation_correction where event_id = ? and what = 'TERMS'",
        (rs, row) -> {
          String approvedBy = rs.getString("approved_by");
          LocalDate approvedOn = rs.getObject("approved_on", LocalDate.class);
          String reference = rs.getString("approval_reference");
          return approvedBy == null && approvedOn == null && reference == null
              ? null
              : new DelegationOnDate.Approval(approvedBy, approvedOn, reference);
        },
        terms,
        terms);
  }
}
