package uk.partnershipledger.query.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DeclarationId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.query.bitemporal.AsRecorded;
import uk.partnershipledger.query.bitemporal.RecordedTables;

/**
 * A body's decisions and declarations over a period: indexed range queries on their date.
 *
 * <p>Each query answers as the ledger stands now or, given asRecordedAt, as it stood at that
 * instant ({@link AsRecorded}, docs/adr/0010).
 */
@Repository
class DecisionReadModel {

  private static final String DECISIONS =
      "select d.decision_id, d.outcome, d.decided_on, d.recorded_at, d.subject, d.matter,"
          + " d.function_code, d.limit_kind, d.amount, d.delegation_id, d.delegator_id,"
          + " (select coalesce(max(n.name), max(o.name)) from organisation o"
          + " left join organisation_name n on n.organisation_id = o.organisation_id"
          + " and n.valid_from <= d.decided_on"
          + " and (n.valid_to is null or d.decided_on < n.valid_to)"
          + " where o.organisation_id = d.delegator_id) as delegator_name,"
          + " d.rule, d.reason, d.recommended_to"
          + " from decision d where d.body_id = ?";

  private static final String DECLARATIONS =
      "select declaration_id, membership_id, matter, interest, declared_on, recorded_at"
          + " from interest_declaration where body_id = ?";

  private final RecordedTables tables;

  DecisionReadModel(RecordedTables tables) {
    this.tables = tables;
  }

  /** As {@link #decisions} answers, as the ledger stands now. */
  Optional<BodyDecisions> decisions(BodyId body, LocalDate from, LocalDate to) {
    return decisions(body, from, to, null);
  }

  /**
   * The body's decisions, refusals and recommendations dated within [from, to], both inclusive and
   * either left open when null, by date and then by when they were recorded. Empty if the body is
   * unknown.
   */
  Optional<BodyDecisions> decisions(
      BodyId body, LocalDate from, LocalDate to, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    return nameOf(jdbc, body)
        .map(
            name -> {
              List<Object> arguments = new ArrayList<>(List.of(body.value()));
              String sql = DECISIONS + period("d.decided_on", from, to, arguments);
              return new BodyDecisions(
                  body,
                  name,
                  from,
                  to,
                  jdbc.query(
                      sql + " order by d.decided_on, d.recorded_at, d.decision_id",
                      (rs, row) -> {
                        UUID decision = rs.getObject("decision_id", UUID.class);
                        LocalDate on = rs.getObject("decided_on", LocalDate.class);
                        String limitKind = rs.getString("limit_kind");
                        UUID delegation = rs.getObject("delegation_id", UUID.class);
                        UUID delegator = rs.getObject("delegator_id", UUID.class);
                        return new DecisionView(
                            new DecisionId(decision),
                            DecisionOutcome.valueOf(rs.getString("outcome")),
                            on,
                            utc(rs.getObject("recorded_at", OffsetDateTime.class)),
                            rs.getString("subject"),
                            rs.getString("matter"),
                            rs.getString("function_code"),
                            limitKind == null ? null : LimitKind.valueOf(limitKind),
                            rs.getBigDecimal("amount"),
                            delegation == null ? null : new DelegationId(delegation),
                            delegator == null ? null : new OrganisationId(delegator),
                            rs.getString("delegator_name"),
                            abstaining(jdbc, decision, on),
                            rs.getString("rule"),
                            rs.getString("reason"),
                            rs.getString("recommended_to"),
                            corrections(jdbc, decision));
                      },
                      arguments.toArray()));
            });
  }

  /** As {@link #declarations} answers, as the ledger stands now. */
  Optional<BodyDeclarations> declarations(BodyId body, LocalDate from, LocalDate to) {
    return declarations(body, from, to, null);
  }

  /** The declarations of interest made at the body within [from, to], as for decisions. */
  Optional<BodyDeclarations> declarations(
      BodyId body, LocalDate from, LocalDate to, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    return nameOf(jdbc, body)
        .map(
            name -> {
              List<Object> arguments = new ArrayList<>(List.of(body.value()));
              String sql = DECLARATIONS + period("declared_on", from, to, arguments);
              return new BodyDeclarations(
                  body,
                  name,
                  from,
                  to,
                  jdbc.query(
                      sql + " order by declared_on, recorded_at, declaration_id",
                      (rs, row) -> {
                        LocalDate on = rs.getObject("declared_on", LocalDate.class);
                        return new DeclarationView(
                            new DeclarationId(rs.getObject("declaration_id", UUID.class)),
                            on,
                            utc(rs.getObject("recorded_at", OffsetDateTime.class)),
                            member(
                                jdbc,
                                new MembershipId(rs.getObject("membership_id", UUID.class)),
                                on),
                            rs.getString("matter"),
                            rs.getString("interest"),
                            declarationCorrections(
                                jdbc, rs.getObject("declaration_id", UUID.class)));
                      },
                      arguments.toArray()));
            });
  }

  /** The declaration's corrections in the order recorded, each with the facts it replaced. */
  private List<DeclarationView.Correction> declarationCorrections(
      AsRecorded jdbc, UUID declaration) {
    return jdbc.query(
        "select corrected_event_id, reason, recorded_at, previous_matter, previous_interest,"
            + " previous_declared_on from declaration_correction where declaration_id = ?"
            + " order by recorded_at, event_id",
        (rs, row) ->
            new DeclarationView.Correction(
                utc(rs.getObject("recorded_at", OffsetDateTime.class)),
                rs.getString("reason"),
                rs.getString("corrected_event_id"),
                new DeclarationView.Facts(
                    rs.getObject("previous_declared_on", LocalDate.class),
                    rs.getString("previous_matter"),
                    rs.getString("previous_interest"))),
        declaration);
  }

  private Optional<String> nameOf(AsRecorded jdbc, BodyId body) {
    return jdbc
        .query(
            "select name from body where body_id = ?",
            (rs, row) -> rs.getString("name"),
            body.value())
        .stream()
        .findFirst();
  }

  private List<DecisionView.Member> abstaining(AsRecorded jdbc, UUID decision, LocalDate on) {
    return members(
        jdbc,
        "select membership_id from decision_abstention where decision_id = ? order by position",
        decision,
        on);
  }

  /** The decision's corrections in the order recorded, each with the facts it replaced. */
  private List<DecisionView.Correction> corrections(AsRecorded jdbc, UUID decision) {
    return jdbc.query(
        "select event_id, corrected_event_id, reason, recorded_at, previous_subject,"
            + " previous_delegation_id, previous_delegator_id, previous_limit_kind,"
            + " previous_amount, previous_decided_on, previous_recommended_to, previous_function"
            + " from decision_correction"
            + " where decision_id = ? order by recorded_at, event_id",
        (rs, row) -> {
          LocalDate on = rs.getObject("previous_decided_on", LocalDate.class);
          String limitKind = rs.getString("previous_limit_kind");
          UUID delegation = rs.getObject("previous_delegation_id", UUID.class);
          UUID delegator = rs.getObject("previous_delegator_id", UUID.class);
          return new DecisionView.Correction(
              utc(rs.getObject("recorded_at", OffsetDateTime.class)),
              rs.getString("reason"),
              rs.getString("corrected_event_id"),
              new DecisionView.Facts(
                  on,
                  rs.getString("previous_subject"),
                  limitKind == null ? null : LimitKind.valueOf(limitKind),
                  rs.getBigDecimal("previous_amount"),
                  delegation == null ? null : new DelegationId(delegation),
                  delegator == null ? null : new OrganisationId(delegator),
                  members(
                      jdbc,
                      "select membership_id from decision_correction_abstention"
                          + " where event_id = ? order by position",
                      rs.getObject("event_id", UUID.class),
                      on),
                  rs.getString("previous_recommended_to"),
                  rs.getString("previous_function")));
        },
        decision);
  }

  private List<DecisionView.Member> members(
      AsRecorded jdbc, String membershipIds, UUID key, LocalDate on) {
    return jdbc.queryForList(membershipIds, UUID.class, key).stream()
        .map(membership -> member(jdbc, new MembershipId(membership), on))
        .toList();
  }

  /**
   * The member as appointed, with the organisation named as on the date. A membership whose
   * appointment has not reached the read model is shown by its id alone.
   */
  private DecisionView.Member member(AsRecorded jdbc, MembershipId membership, LocalDate on) {
    return jdbc
        .query(
            "select m.person_name, m.organisation_id, coalesce(n.name, o.name) as organisation_name"
                + " from body_member_role m"
                + " left join organisation o on o.organisation_id = m.organisation_id"
                + " left join organisation_name n on n.organisation_id = m.organisation_id"
                + " and n.valid_from <= ? and (n.valid_to is null or ? < n.valid_to)"
                + " where m.membership_id = ? order by m.valid_from",
            (rs, row) -> {
              UUID organisation = rs.getObject("organisation_id", UUID.class);
              return new DecisionView.Member(
                  membership,
                  rs.getString("person_name"),
                  organisation == null ? null : new OrganisationId(organisation),
                  rs.getString("organisation_name"));
            },
            on,
            on,
            membership.value())
        .stream()
        .findFirst()
        .orElse(new DecisionView.Member(membership, null, null, null));
  }

  private static String period(
      String column, LocalDate from, LocalDate to, List<Object> arguments) {
    StringBuilder sql = new StringBuilder();
    if (from != null) {
      sql.append(" and ").append(column).append(" >= ?");
      arguments.add(from);
    }
    if (to != null) {
      sql.append(" and ").append(column).append(" <= ?");
      arguments.add(to);
    }
    return sql.toString();
  }

  private static OffsetDateTime utc(OffsetDateTime recordedAt) {
    return recordedAt.withOffsetSameInstant(ZoneOffset.UTC);
  }
}
