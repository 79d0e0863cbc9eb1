package uk.partnershipledger.query.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.query.bitemporal.AsRecorded;
import uk.partnershipledger.query.bitemporal.RecordedTables;

/**
 * Organisations on a date: the name interval holding the date, and abolition if it came by then,
 * with the corrections of their registrations.
 *
 * <p>Each query answers as the ledger stands now or, given asRecordedAt, as it stood at that
 * instant ({@link AsRecorded}, docs/adr/0010).
 */
@Repository
class OrganisationReadModel {

  /**
   * Sorted here rather than by the database, whose collation differs between H2 and PostgreSQL
   * installations: "NHS County Durham CCG" sits among the Ns whatever the case of its letters.
   */
  static final Comparator<OrganisationView> BY_NAME =
      Comparator.comparing(OrganisationView::name, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(OrganisationView::name)
          .thenComparing(o -> o.organisationId().value());

  private static final String ON_DATE =
      "select o.organisation_id, coalesce(n.name, o.name) as name, o.kind, o.statutory_body,"
          + " o.established_on, o.abolished_on, o.successor_id,"
          + " coalesce(sn.name, s.name) as successor_name"
          + " from organisation o"
          + " left join organisation_name n on n.organisation_id = o.organisation_id"
          + " and n.valid_from <= ? and (n.valid_to is null or ? < n.valid_to)"
          + " left join organisation s on s.organisation_id = o.successor_id"
          + " left join organisation_name sn on sn.organisation_id = o.successor_id"
          + " and sn.valid_from <= ? and (sn.valid_to is null or ? < sn.valid_to)";

  private final RecordedTables tables;

  OrganisationReadModel(RecordedTables tables) {
    this.tables = tables;
  }

  /** As {@link #find} answers, as the ledger stands now. */
  Optional<OrganisationView> find(OrganisationId id, LocalDate on) {
    return find(id, on, null);
  }

  Optional<OrganisationView> find(OrganisationId id, LocalDate on, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    Map<UUID, List<OrganisationView.Name>> names = namesOf(jdbc, id.value());
    Map<UUID, List<OrganisationView.Correction>> corrections = correctionsOf(jdbc, id.value());
    return jdbc
        .query(
            ON_DATE + " where o.organisation_id = ?",
            (rs, row) -> organisation(rs, on, names, corrections),
            on,
            on,
            on,
            on,
            id.value())
        .stream()
        .findFirst();
  }

  /** As {@link #all} answers, as the ledger stands now. */
  List<OrganisationView> all(LocalDate on) {
    return all(on, null);
  }

  List<OrganisationView> all(LocalDate on, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    Map<UUID, List<OrganisationView.Name>> names = namesOf(jdbc, null);
    Map<UUID, List<OrganisationView.Correction>> corrections = correctionsOf(jdbc, null);
    return jdbc
        .query(ON_DATE, (rs, row) -> organisation(rs, on, names, corrections), on, on, on, on)
        .stream()
        .sorted(BY_NAME)
        .toList();
  }

  /**
   * The names of one organisation, or of all when {@code organisation} is null, oldest first, each
   * with the corrections of its renaming: the chain of corrections back from the one it holds.
   */
  private Map<UUID, List<OrganisationView.Name>> namesOf(AsRecorded jdbc, UUID organisation) {
    Map<UUID, RenamingCorrectionRow> corrections = renamingCorrectionsOf(jdbc, organisation);
    String sql =
        "select organisation_id, name, valid_from, valid_to, recorded_by from organisation_name"
            + (organisation == null ? "" : " where organisation_id = ?")
            + " order by organisation_id, valid_from";
    Object[] arguments = organisation == null ? new Object[0] : new Object[] {organisation};
    return jdbc
        .query(
            sql,
            (rs, row) ->
                Map.entry(
                    rs.getObject("organisation_id", UUID.class),
                    new OrganisationView.Name(
                        rs.getString("name"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        chain(rs.getObject("recorded_by", UUID.class), corrections))),
            arguments)
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /** A renaming correction and the event whose facts it replaced. */
  private record RenamingCorrectionRow(
      String correctedEventId, OrganisationView.RenamingCorrection correction) {}

  /** The renaming corrections of one organisation, or of all when null, by correcting event. */
  private Map<UUID, RenamingCorrectionRow> renamingCorrectionsOf(
      AsRecorded jdbc, UUID organisation) {
    String sql =
        "select event_id, corrected_event_id, reason, recorded_at, previous_name,"
            + " previous_valid_from from renaming_correction"
            + (organisation == null ? "" : " where organisation_id = ?");
    Object[] arguments = organisation == null ? new Object[0] : new Object[] {organisation};
    Map<UUID, RenamingCorrectionRow> byEvent = new HashMap<>();
    jdbc.query(
        sql,
        (RowCallbackHandler)
            rs ->
                byEvent.put(
                    rs.getObject("event_id", UUID.class),
                    new RenamingCorrectionRow(
                        rs.getString("corrected_event_id"),
                        new OrganisationView.RenamingCorrection(
                            rs.getObject("recorded_at", OffsetDateTime.class)
                                .withOffsetSameInstant(ZoneOffset.UTC),
                            rs.getString("reason"),
                            rs.getString("corrected_event_id"),
                            new OrganisationView.Name(
                                rs.getString("previous_name"),
                                rs.getObject("previous_valid_from", LocalDate.class),
                                null)))),
        arguments);
    return byEvent;
  }

  /**
   * The corrections behind a name, oldest first: the one whose facts it holds, the one that one
   * replaced, and so on back to the renaming.
   */
  private static List<OrganisationView.RenamingCorrection> chain(
      UUID recordedBy, Map<UUID, RenamingCorrectionRow> corrections) {
    List<OrganisationView.RenamingCorrection> chain = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    RenamingCorrectionRow link = recordedBy == null ? null : corrections.get(recordedBy);
    while (link != null && seen.add(recordedBy)) {
      chain.add(0, link.correction());
      recordedBy = OrganisationProjector.asUuid(link.correctedEventId());
      link = recordedBy == null ? null : corrections.get(recordedBy);
    }
    return List.copyOf(chain);
  }

  /**
   * The registration corrections of one organisation, or of all when {@code organisation} is null,
   * in the order recorded.
   */
  private Map<UUID, List<OrganisationView.Correction>> correctionsOf(
      AsRecorded jdbc, UUID organisation) {
    String sql =
        "select organisation_id, corrected_event_id, reason, recorded_at, previous_name,"
            + " previous_established_on from registration_correction"
            + (organisation == null ? "" : " where organisation_id = ?")
            + " order by organisation_id, recorded_at, event_id";
    Object[] arguments = organisation == null ? new Object[0] : new Object[] {organisation};
    return jdbc
        .query(
            sql,
            (rs, row) ->
                Map.entry(
                    rs.getObject("organisation_id", UUID.class),
                    new OrganisationView.Correction(
                        rs.getObject("recorded_at", OffsetDateTime.class)
                            .withOffsetSameInstant(ZoneOffset.UTC),
                        rs.getString("reason"),
                        rs.getString("corrected_event_id"),
                        new OrganisationView.Registration(
                            rs.getString("previous_name"),
                            rs.getObject("previous_established_on", LocalDate.class)))),
            arguments)
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /** An abolition dated after the date had not happened on it, so it is not shown. */
  private static OrganisationView organisation(
      ResultSet rs,
      LocalDate on,
      Map<UUID, List<OrganisationView.Name>> names,
      Map<UUID, List<OrganisationView.Correction>> corrections)
      throws SQLException {
    UUID id = rs.getObject("organisation_id", UUID.class);
    LocalDate abolishedOn = rs.getObject("abolished_on", LocalDate.class);
    boolean abolishedByThen = abolishedOn != null && !abolishedOn.isAfter(on);
    UUID successor = rs.getObject("successor_id", UUID.class);
    return new OrganisationView(
        new OrganisationId(id),
        rs.getString("name"),
        OrganisationKind.valueOf(rs.getString("kind")),
        rs.getBoolean("statutory_body"),
        rs.getObject("established_on", LocalDate.class),
        on,
        abolishedByThen ? abolishedOn : null,
        abolishedByThen && successor != null ? new OrganisationId(successor) : null,
        abolishedByThen ? rs.getString("successor_name") : null,
        names.getOrDefault(id, List.of()),
        corrections.getOrDefault(id, List.of()));
  }
}
