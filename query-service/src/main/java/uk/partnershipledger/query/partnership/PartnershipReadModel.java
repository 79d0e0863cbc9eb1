package uk.partnershipledger.query.partnership;

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
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;
import uk.partnershipledger.query.bitemporal.AsRecorded;
import uk.partnershipledger.query.bitemporal.RecordedTables;
import uk.partnershipledger.query.partnership.PartnersOnDate.Partner;

/**
 * Partnerships, their partners and reporting lines on a date: each look-up an indexed interval
 * query.
 *
 * <p>Each query answers as the ledger stands now or, given asRecordedAt, as it stood at that
 * instant ({@link AsRecorded}, docs/adr/0010).
 */
@Repository
public class PartnershipReadModel {

  /**
   * Sorted here rather than by the database, whose collation differs between installations;
   * partners whose registration has not arrived yet (no name) come last.
   */
  private static final Comparator<Partner> BY_NAME =
      Comparator.comparing(Partner::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
          .thenComparing(Partner::name, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(p -> p.organisationId().value());

  private final RecordedTables tables;

  PartnershipReadModel(RecordedTables tables) {
    this.tables = tables;
  }

  /** As {@link #find} answers, as the ledger stands now. */
  Optional<PartnershipView> find(PartnershipId id) {
    return find(id, null);
  }

  public Optional<PartnershipView> find(PartnershipId id, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    return jdbc
        .query(
            "select partnership_id, name, place, formed_on from partnership"
                + " where partnership_id = ?",
            (rs, row) ->
                new PartnershipView(
                    new PartnershipId(rs.getObject("partnership_id", UUID.class)),
                    rs.getString("name"),
                    rs.getString("place"),
                    rs.getObject("formed_on", LocalDate.class),
                    formationCorrections(jdbc, id),
                    formationDateCorrections(jdbc, id)),
            id.value())
        .stream()
        .findFirst();
  }

  /**
   * The reporting lines in force on a date, with their bodies' names. Empty if the partnership is
   * unknown.
   */
  Optional<ReportingLinesOnDate> reportingLinesOn(PartnershipId id, LocalDate on) {
    return reportingLinesOn(id, on, null);
  }

  public Optional<ReportingLinesOnDate> reportingLinesOn(
      PartnershipId id, LocalDate on, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    Map<UUID, List<ReportingLinesOnDate.Correction>> corrections = lineCorrections(jdbc, id);
    Map<UUID, List<ReportingLinesOnDate.EndCorrection>> endCorrections =
        lineEndCorrections(jdbc, id);
    return find(id, asRecordedAt)
        .map(
            partnership ->
                new ReportingLinesOnDate(
                    partnership.partnershipId(),
                    partnership.name(),
                    on,
                    jdbc
                        .query(
                            "select l.id, l.from_body_id, f.name as from_name, l.to_body_id,"
                                + " t.name as to_name, l.kind, l.valid_from"
                                + " from reporting_line l"
                                + " left join body f on f.body_id = l.from_body_id"
                                + " left join body t on t.body_id = l.to_body_id"
                                + " where l.partnership_id = ? and l.valid_from <= ?"
                                + " and (l.valid_to is null or ? < l.valid_to)",
                            (rs, row) ->
                                new ReportingLinesOnDate.Line(
                                    new BodyId(rs.getObject("from_body_id", UUID.class)),
                                    rs.getString("from_name"),
                                    new BodyId(rs.getObject("to_body_id", UUID.class)),
                                    rs.getString("to_name"),
                                    ReportingLineKind.valueOf(rs.getString("kind")),
                                    rs.getObject("valid_from", LocalDate.class),
                                    corrections.getOrDefault(
                                        rs.getObject("id", UUID.class), List.of()),
                                    endCorrections.getOrDefault(
                                        rs.getObject("id", UUID.class), List.of())),
                            id.value(),
                            on,
                            on)
                        .stream()
                        .sorted(ReportingLinesOnDate.Line.ORDER)
                        .toList()));
  }

  /** As {@link #partnersOn} answers, as the ledger stands now. */
  Optional<PartnersOnDate> partnersOn(PartnershipId id, LocalDate on) {
    return partnersOn(id, on, null);
  }

  /**
   * The partners on a date: the tenures whose half-open interval [valid_from, valid_to) contains
   * it. Empty if the partnership is unknown.
   */
  public Optional<PartnersOnDate> partnersOn(PartnershipId id, LocalDate on, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    return find(id, asRecordedAt)
        .map(
            partnership -> {
              Map<UUID, List<PartnersOnDate.JoiningCorrection>> corrections =
                  joiningCorrections(jdbc, id);
              Map<UUID, List<PartnersOnDate.NoticeCorrection>> noticeCorrections =
                  noticeCorrections(jdbc, id);
              return new PartnersOnDate(
                  partnership.partnershipId(),
                  partnership.name(),
                  on,
                  jdbc
                      .query(
                          "select t.id, t.organisation_id, coalesce(n.name, o.name) as name,"
                              + " o.kind,"
                              + " o.statutory_body, t.valid_from, t.notice_given_on,"
                              + " t.intended_leaving_date, t.predecessor_id"
                              + " from partner_tenure t"
                              + " left join organisation o"
                              + " on o.organisation_id = t.organisation_id"
                              + " left join organisation_name n"
                              + " on n.organisation_id = t.organisation_id"
                              + " and n.valid_from <= ? and (n.valid_to is null or ? < n.valid_to)"
                              + " where t.partnership_id = ? and t.valid_from <= ?"
                              + " and (t.valid_to is null or ? < t.valid_to)",
                          (rs, row) -> partner(rs, on, corrections, noticeCorrections),
                          on,
                          on,
                          id.value(),
                          on,
                          on)
                      .stream()
                      .sorted(BY_NAME)
                      .toList());
            });
  }

  /** The corrections of the partnership's formation, in the order recorded. */
  private List<PartnershipView.FormationCorrection> formationCorrections(
      AsRecorded jdbc, PartnershipId id) {
    return jdbc.query(
        "select corrected_event_id, reason, recorded_at, previous_name, previous_place"
            + " from formation_correction where partnership_id = ? order by recorded_at, event_id",
        (rs, row) ->
            new PartnershipView.FormationCorrection(
                rs.getObject("recorded_at", OffsetDateTime.class)
                    .withOffsetSameInstant(ZoneOffset.UTC),
                rs.getString("reason"),
                rs.getString("corrected_event_id"),
                new PartnershipView.Formation(
                    rs.getString("previous_name"), rs.getString("previous_place"))),
        id.value());
  }

  /** The corrections of the partnership's formation date, in the order recorded. */
  private List<PartnershipView.FormationDateCorrection> formationDateCorrections(
      AsRecorded jdbc, PartnershipId id) {
    Map<UUID, List<OrganisationId>> moved =
        jdbc
            .query(
                "select t.event_id, t.organisation_id from formation_date_correction_tenure t"
                    + " join formation_date_correction c on c.event_id = t.event_id"
                    + " where c.partnership_id = ? order by t.event_id, t.position",
                (rs, row) ->
                    Map.entry(
                        rs.getObject("event_id", UUID.class),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class))),
                id.value())
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    return jdbc.query(
        "select event_id, corrected_event_id, reason, recorded_at, previous_formed_on, formed_on"
            + " from formation_date_correction where partnership_id = ?"
            + " order by recorded_at, event_id",
        (rs, row) ->
            new PartnershipView.FormationDateCorrection(
                rs.getObject("recorded_at", OffsetDateTime.class)
                    .withOffsetSameInstant(ZoneOffset.UTC),
                rs.getString("reason"),
                rs.getString("corrected_event_id"),
                rs.getObject("previous_formed_on", LocalDate.class),
                rs.getObject("formed_on", LocalDate.class),
                moved.getOrDefault(rs.getObject("event_id", UUID.class), List.of())),
        id.value());
  }

  /** The partnership's reporting line end corrections by line, in the order recorded. */
  private Map<UUID, List<ReportingLinesOnDate.EndCorrection>> lineEndCorrections(
      AsRecorded jdbc, PartnershipId id) {
    return jdbc
        .query(
            "select line_id, corrected_event_id, reason, recorded_at, previous_valid_to, valid_to"
                + " from reporting_line_end_correction where partnership_id = ?"
                + " order by line_id, recorded_at, event_id",
            (rs, row) ->
                Map.entry(
                    rs.getObject("line_id", UUID.class),
                    new ReportingLinesOnDate.EndCorrection(
                        rs.getObject("recorded_at", OffsetDateTime.class)
                            .withOffsetSameInstant(ZoneOffset.UTC),
                        rs.getString("reason"),
                        rs.getString("corrected_event_id"),
                        rs.getObject("previous_valid_to", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class))),
            id.value())
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /** The partnership's joining corrections by tenure, each tenure's in the order recorded. */
  private Map<UUID, List<PartnersOnDate.JoiningCorrection>> joiningCorrections(
      AsRecorded jdbc, PartnershipId id) {
    return jdbc
        .query(
            "select tenure_id, event_id, corrected_event_id, reason, recorded_at,"
                + " previous_valid_from from joining_correction where partnership_id = ?"
                // A founder's joining moved by a correction of the formation date.
                + " union all select t.tenure_id, t.event_id, c.corrected_event_id, c.reason,"
                + " c.recorded_at, t.previous_valid_from from formation_date_correction_tenure t"
                + " join formation_date_correction c on c.event_id = t.event_id"
                + " where c.partnership_id = ?"
                + " order by tenure_id, recorded_at, event_id",
            (rs, row) ->
                Map.entry(
                    rs.getObject("tenure_id", UUID.class),
                    new PartnersOnDate.JoiningCorrection(
                        rs.getObject("recorded_at", OffsetDateTime.class)
                            .withOffsetSameInstant(ZoneOffset.UTC),
                        rs.getString("reason"),
                        rs.getString("corrected_event_id"),
                        new PartnersOnDate.Joining(
                            rs.getObject("previous_valid_from", LocalDate.class)))),
            id.value(),
            id.value())
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /** The partnership's notice corrections by tenure, each tenure's in the order recorded. */
  private Map<UUID, List<PartnersOnDate.NoticeCorrection>> noticeCorrections(
      AsRecorded jdbc, PartnershipId id) {
    return jdbc
        .query(
            "select tenure_id, corrected_event_id, reason, recorded_at, previous_given_on,"
                + " previous_intended_leaving_date from notice_correction"
                + " where partnership_id = ? order by tenure_id, recorded_at, event_id",
            (rs, row) ->
                Map.entry(
                    rs.getObject("tenure_id", UUID.class),
                    new PartnersOnDate.NoticeCorrection(
                        rs.getObject("recorded_at", OffsetDateTime.class)
                            .withOffsetSameInstant(ZoneOffset.UTC),
                        rs.getString("reason"),
                        rs.getString("corrected_event_id"),
                        new PartnersOnDate.Notice(
                            rs.getObject("previous_given_on", LocalDate.class),
                            rs.getObject("previous_intended_leaving_date", LocalDate.class)))),
            id.value())
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /** The partnership's reporting line corrections by line, each line's in the order recorded. */
  private Map<UUID, List<ReportingLinesOnDate.Correction>> lineCorrections(
      AsRecorded jdbc, PartnershipId id) {
    return jdbc
        .query(
            "select line_id, corrected_event_id, reason, recorded_at, previous_kind,"
                + " previous_valid_from from reporting_line_correction"
                + " where partnership_id = ? order by line_id, recorded_at, event_id",
            (rs, row) ->
                Map.entry(
                    rs.getObject("line_id", UUID.class),
                    new ReportingLinesOnDate.Correction(
                        rs.getObject("recorded_at", OffsetDateTime.class)
                            .withOffsetSameInstant(ZoneOffset.UTC),
                        rs.getString("reason"),
                        rs.getString("corrected_event_id"),
                        new ReportingLinesOnDate.Drawn(
                            ReportingLineKind.valueOf(rs.getString("previous_kind")),
                            rs.getObject("previous_valid_from", LocalDate.class)))),
            id.value())
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /**
   * A notice given after the date was not known on it, so it is not shown, nor are its corrections.
   */
  private static Partner partner(
      ResultSet rs,
      LocalDate on,
      Map<UUID, List<PartnersOnDate.JoiningCorrection>> corrections,
      Map<UUID, List<PartnersOnDate.NoticeCorrection>> noticeCorrections)
      throws SQLException {
    UUID tenure = rs.getObject("id", UUID.class);
    LocalDate noticeGivenOn = rs.getObject("notice_given_on", LocalDate.class);
    boolean noticeGivenByThen = noticeGivenOn != null && !noticeGivenOn.isAfter(on);
    String kind = rs.getString("kind");
    Object statutoryBody = rs.getObject("statutory_body");
    UUID predecessor = rs.getObject("predecessor_id", UUID.class);
    return new Partner(
        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
        rs.getString("name"),
        kind == null ? null : OrganisationKind.valueOf(kind),
        statutoryBody == null ? null : rs.getBoolean("statutory_body"),
        rs.getObject("valid_from", LocalDate.class),
        noticeGivenByThen ? noticeGivenOn : null,
        noticeGivenByThen ? rs.getObject("intended_leaving_date", LocalDate.class) : null,
        predecessor == null ? null : new OrganisationId(predecessor),
        corrections.getOrDefault(tenure, List.of()),
        noticeGivenByThen ? noticeCorrections.getOrDefault(tenure, List.of()) : List.of());
  }
}
