package uk.partnershipledger.query.body;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Repository;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.ChairArrangement;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.bitemporal.AsRecorded;
import uk.partnershipledger.query.bitemporal.RecordedTables;

/**
 * Bodies on a date: each look-up an indexed interval query, never a replay.
 *
 * <p>Each query answers as the ledger stands now or, given asRecordedAt, as it stood at that
 * instant ({@link AsRecorded}, docs/adr/0010).
 */
@Repository
public class BodyReadModel {

  private static final String ON_DATE =
      "select b.body_id, b.partnership_id, b.name, b.type, b.host_organisation_id,"
          + " b.established_on, s.status, t.version, t.title, t.reference, t.valid_from as adopted_on"
          + " from body b"
          + " left join body_status s on s.body_id = b.body_id and s.valid_from <= ?"
          + " and (s.valid_to is null or ? < s.valid_to)"
          + " left join terms_of_reference t on t.body_id = b.body_id and t.valid_from <= ?"
          + " and (t.valid_to is null or ? < t.valid_to)";

  private static final String MEMBERS_ON_DATE =
      "select m.membership_id, m.person_name, m.organisation_id,"
          + " coalesce(n.name, o.name) as organisation_name, m.role, m.valid_from"
          + " from body_member_role m"
          + " left join organisation o on o.organisation_id = m.organisation_id"
          + " left join organisation_name n on n.organisation_id = m.organisation_id"
          + " and n.valid_from <= ? and (n.valid_to is null or ? < n.valid_to)"
          + " where m.body_id = ? and m.valid_from <= ? and (m.valid_to is null or ? < m.valid_to)";

  private static final String CHAIR_TURNS =
      "select t.organisation_id, coalesce(n.name, o.name) as organisation_name, t.valid_from,"
          + " t.valid_to"
          + " from chair_turn t"
          + " left join organisation o on o.organisation_id = t.organisation_id"
          + " left join organisation_name n on n.organisation_id = t.organisation_id"
          + " and n.valid_from <= ? and (n.valid_to is null or ? < n.valid_to)"
          + " where t.body_id = ? and t.arrangement_from = ? order by t.position";

  private final RecordedTables tables;

  BodyReadModel(RecordedTables tables) {
    this.tables = tables;
  }

  /** As {@link #find} answers, as the ledger stands now. */
  Optional<BodyView> find(BodyId id, LocalDate on) {
    return find(id, on, null);
  }

  Optional<BodyView> find(BodyId id, LocalDate on, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    return jdbc
        .query(
            ON_DATE + " where b.body_id = ?",
            (rs, row) -> view(jdbc, rs, on),
            on,
            on,
            on,
            on,
            id.value())
        .stream()
        .findFirst();
  }

  /** As {@link #ofPartnership} answers, as the ledger stands now. */
  List<BodyView> ofPartnership(PartnershipId partnership, LocalDate on) {
    return ofPartnership(partnership, on, null);
  }

  /** The partnership's bodies established by the date, with their status on it, by name. */
  public List<BodyView> ofPartnership(
      PartnershipId partnership, LocalDate on, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    return jdbc
        .query(
            ON_DATE + " where b.partnership_id = ? and b.established_on <= ?",
            (rs, row) -> view(jdbc, rs, on),
            on,
            on,
            on,
            on,
            partnership.value(),
            on)
        .stream()
        .sorted(Comparator.comparing(BodyView::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private BodyView view(AsRecorded jdbc, ResultSet rs, LocalDate on) throws SQLException {
    BodyId body = new BodyId(rs.getObject("body_id", UUID.class));
    UUID host = rs.getObject("host_organisation_id", UUID.class);
    String status = rs.getString("status");
    int version = rs.getInt("version");
    boolean hasTerms = !rs.wasNull();
    // Should two memberships hold the chair on the date (co-chairs), the first by name is the
    // chair.
    List<BodyView.Member> members = membersOn(jdbc, body, on);
    return new BodyView(
        body,
        new PartnershipId(rs.getObject("partnership_id", UUID.class)),
        rs.getString("name"),
        BodyType.valueOf(rs.getString("type")),
        host == null ? null : new OrganisationId(host),
        parentsOf(jdbc, body),
        rs.getObject("established_on", LocalDate.class),
        on,
        status == null ? null : BodyStatus.valueOf(status),
        hasTerms
            ? new BodyView.TermsOfReference(
                version,
                rs.getString("title"),
                rs.getString("reference"),
                rs.getObject("adopted_on", LocalDate.class),
                termsCorrections(jdbc, body, version))
            : null,
        members.stream().filter(m -> m.role() == MemberRole.CHAIR).findFirst().orElse(null),
        members,
        chairArrangementOn(jdbc, body, on),
        replacements(
            jdbc,
            "select r.body_id as replaced_id, r.replacement_body_id as other_id, b.name,"
                + " r.replaced_on"
                + " from body_replacement r left join body b on b.body_id = r.replacement_body_id"
                + " where r.body_id = ? and r.replaced_on <= ?",
            body,
            on),
        replacements(
            jdbc,
            "select r.body_id as replaced_id, r.body_id as other_id, b.name, r.replaced_on"
                + " from body_replacement r left join body b on b.body_id = r.body_id"
                + " where r.replacement_body_id = ? and r.replaced_on <= ?",
            body,
            on),
        establishmentCorrections(jdbc, body));
  }

  /** The corrections of the body's establishment, in the order recorded. */
  private List<BodyView.EstablishmentCorrection> establishmentCorrections(
      AsRecorded jdbc, BodyId body) {
    return jdbc.query(
        "select corrected_event_id, reason, recorded_at, previous_name, previous_type,"
            + " previous_host_organisation_id from establishment_correction"
            + " where body_id = ? order by recorded_at, event_id",
        (rs, row) -> {
          UUID host = rs.getObject("previous_host_organisation_id", UUID.class);
          return new BodyView.EstablishmentCorrection(
              rs.getObject("recorded_at", OffsetDateTime.class)
                  .withOffsetSameInstant(ZoneOffset.UTC),
              rs.getString("reason"),
              rs.getString("corrected_event_id"),
              new BodyView.Establishment(
                  rs.getString("previous_name"),
                  BodyType.valueOf(rs.getString("previous_type")),
                  host == null ? null : new OrganisationId(host)));
        },
        body.value());
  }

  /** The corrections of which body replaced the body given, in the order recorded. */
  private List<BodyView.ReplacementCorrection> replacementCorrections(
      AsRecorded jdbc, UUID replaced) {
    return jdbc.query(
        "select corrected_event_id, reason, recorded_at, previous_replacement_body_id"
            + " from replacement_correction where body_id = ? order by recorded_at, event_id",
        (rs, row) ->
            new BodyView.ReplacementCorrection(
                rs.getObject("recorded_at", OffsetDateTime.class)
                    .withOffsetSameInstant(ZoneOffset.UTC),
                rs.getString("reason"),
                rs.getString("corrected_event_id"),
                new BodyId(rs.getObject("previous_replacement_body_id", UUID.class))),
        replaced);
  }

  /** The corrections of one chair arrangement, in the order recorded. */
  private List<BodyView.ChairArrangementCorrection> chairArrangementCorrections(
      AsRecorded jdbc, BodyId body, UUID arrangement) {
    if (arrangement == null) {
      return List.of();
    }
    return jdbc.query(
        "select event_id, corrected_event_id, reason, recorded_at, previous_arrangement,"
            + " previous_valid_from from chair_arrangement_correction"
            + " where body_id = ? and arrangement_id = ? order by recorded_at, event_id",
        (rs, row) ->
            new BodyView.ChairArrangementCorrection(
                rs.getObject("recorded_at", OffsetDateTime.class)
                    .withOffsetSameInstant(ZoneOffset.UTC),
                rs.getString("reason"),
                rs.getString("corrected_event_id"),
                ChairArrangement.valueOf(rs.getString("previous_arrangement")),
                rs.getObject("previous_valid_from", LocalDate.class),
                jdbc.query(
                    "select organisation_id, valid_from from chair_arrangement_correction_turn"
                        + " where event_id = ? order by position",
                    (turns, turn) ->
                        new BodyView.PreviousTurn(
                            new OrganisationId(turns.getObject("organisation_id", UUID.class)),
                            turns.getObject("valid_from", LocalDate.class)),
                    rs.getObject("event_id", UUID.class))),
        body.value(),
        arrangement);
  }

  /** The corrections of the organisations the body's members represent, by membership. */
  private Map<UUID, List<BodyView.OrganisationCorrection>> organisationCorrections(
      AsRecorded jdbc, BodyId body) {
    return jdbc
        .query(
            "select membership_id, corrected_event_id, reason, recorded_at,"
                + " previous_organisation_id from appointment_organisation_correction"
                + " where body_id = ? order by membership_id, recorded_at, event_id",
            (rs, row) -> {
              UUID previous = rs.getObject("previous_organisation_id", UUID.class);
              return Map.entry(
                  rs.getObject("membership_id", UUID.class),
                  new BodyView.OrganisationCorrection(
                      rs.getObject("recorded_at", OffsetDateTime.class)
                          .withOffsetSameInstant(ZoneOffset.UTC),
                      rs.getString("reason"),
                      rs.getString("corrected_event_id"),
                      previous == null ? null : new OrganisationId(previous)));
            },
            body.value())
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /** The corrections of the body's memberships, each membership's in the order recorded. */
  private Map<UUID, List<BodyView.MembershipCorrection>> membershipCorrections(
      AsRecorded jdbc, BodyId body) {
    return jdbc
        .query(
            "select membership_id, what, corrected_event_id, reason, recorded_at, previous_role,"
                + " previous_date, role, corrected_date from membership_correction"
                + " where body_id = ? order by membership_id, recorded_at, event_id",
            (rs, row) -> {
              String previousRole = rs.getString("previous_role");
              String role = rs.getString("role");
              return Map.entry(
                  rs.getObject("membership_id", UUID.class),
                  new BodyView.MembershipCorrection(
                      rs.getObject("recorded_at", OffsetDateTime.class)
                          .withOffsetSameInstant(ZoneOffset.UTC),
                      rs.getString("reason"),
                      rs.getString("corrected_event_id"),
                      rs.getString("what"),
                      previousRole == null ? null : MemberRole.valueOf(previousRole),
                      rs.getObject("previous_date", LocalDate.class),
                      role == null ? null : MemberRole.valueOf(role),
                      rs.getObject("corrected_date", LocalDate.class)));
            },
            body.value())
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /** The corrections of a version of the terms of reference, in the order recorded. */
  private List<BodyView.TermsCorrection> termsCorrections(
      AsRecorded jdbc, BodyId body, int version) {
    return jdbc.query(
        "select corrected_event_id, reason, recorded_at, previous_title, previous_reference,"
            + " previous_adopted_on from terms_of_reference_correction"
            + " where body_id = ? and version = ? order by recorded_at, event_id",
        (rs, row) ->
            new BodyView.TermsCorrection(
                rs.getObject("recorded_at", OffsetDateTime.class)
                    .withOffsetSameInstant(ZoneOffset.UTC),
                rs.getString("reason"),
                rs.getString("corrected_event_id"),
                new BodyView.Terms(
                    rs.getString("previous_title"),
                    rs.getString("previous_reference"),
                    rs.getObject("previous_adopted_on", LocalDate.class))),
        body.value(),
        version);
  }

  /** A replacement dated after the date had not happened on it, so it is not shown. */
  private List<BodyView.Replacement> replacements(
      AsRecorded jdbc, String sql, BodyId body, LocalDate on) {
    return jdbc
        .query(
            sql,
            (rs, row) ->
                new BodyView.Replacement(
                    new BodyId(rs.getObject("other_id", UUID.class)),
                    rs.getString("name"),
                    rs.getObject("replaced_on", LocalDate.class),
                    replacementCorrections(jdbc, rs.getObject("replaced_id", UUID.class))),
            body.value(),
            on)
        .stream()
        .sorted(
            Comparator.comparing(
                    BodyView.Replacement::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(r -> r.bodyId().value()))
        .toList();
  }

  private BodyView.ChairArrangementOnDate chairArrangementOn(
      AsRecorded jdbc, BodyId body, LocalDate on) {
    return jdbc
        .query(
            "select arrangement, valid_from, arrangement_id from chair_arrangement"
                + " where body_id = ?"
                + " and valid_from <= ? and (valid_to is null or ? < valid_to)",
            (rs, row) -> {
              LocalDate since = rs.getObject("valid_from", LocalDate.class);
              List<BodyView.Turn> rotation =
                  jdbc.query(
                      CHAIR_TURNS,
                      (turns, turn) -> {
                        UUID organisation = turns.getObject("organisation_id", UUID.class);
                        return new BodyView.Turn(
                            new OrganisationId(organisation),
                            turns.getString("organisation_name"),
                            turns.getObject("valid_from", LocalDate.class),
                            turns.getObject("valid_to", LocalDate.class));
                      },
                      on,
                      on,
                      body.value(),
                      since);
              return new BodyView.ChairArrangementOnDate(
                  ChairArrangement.valueOf(rs.getString("arrangement")),
                  since,
                  rotation.stream()
                      .filter(t -> !t.from().isAfter(on) && (t.to() == null || on.isBefore(t.to())))
                      .findFirst()
                      .orElse(null),
                  rotation,
                  chairArrangementCorrections(
                      jdbc, body, rs.getObject("arrangement_id", UUID.class)));
            },
            body.value(),
            on,
            on)
        .stream()
        .findFirst()
        .orElse(null);
  }

  /** The members on the date: the role periods whose interval [valid_from, valid_to) holds it. */
  private List<BodyView.Member> membersOn(AsRecorded jdbc, BodyId body, LocalDate on) {
    Map<UUID, List<BodyView.MembershipCorrection>> corrections = membershipCorrections(jdbc, body);
    Map<UUID, List<BodyView.OrganisationCorrection>> organisationCorrections =
        organisationCorrections(jdbc, body);
    return jdbc
        .query(
            MEMBERS_ON_DATE,
            (rs, row) -> {
              UUID organisation = rs.getObject("organisation_id", UUID.class);
              MemberRole role = MemberRole.valueOf(rs.getString("role"));
              UUID membership = rs.getObject("membership_id", UUID.class);
              return new BodyView.Member(
                  new MembershipId(membership),
                  rs.getString("person_name"),
                  organisation == null ? null : new OrganisationId(organisation),
                  rs.getString("organisation_name"),
                  role,
                  role.votes(),
                  rs.getObject("valid_from", LocalDate.class),
                  corrections.getOrDefault(membership, List.of()),
                  organisationCorrections.getOrDefault(membership, List.of()));
            },
            on,
            on,
            body.value(),
            on,
            on)
        .stream()
        .sorted(BodyView.Member.ORDER)
        .toList();
  }

  private List<BodyId> parentsOf(AsRecorded jdbc, BodyId body) {
    return jdbc.query(
        "select parent_body_id from body_parent where body_id = ? order by parent_body_id",
        (rs, row) -> new BodyId(rs.getObject(1, UUID.class)),
        body.value());
  }
}
