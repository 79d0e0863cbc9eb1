package uk.partnershipledger.query.mou;

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
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.bitemporal.AsRecorded;
import uk.partnershipledger.query.bitemporal.RecordedTables;

/**
 * MoUs on a date: the version whose in-force interval holds it, with what held on that date.
 *
 * <p>Each query answers as the ledger stands now or, given asRecordedAt, as it stood at that
 * instant ({@link AsRecorded}, docs/adr/0010).
 */
@Repository
public class MouReadModel {

  private static final String MOU =
      "select mou_id, partnership_id, title, drafted_on, terminated_on from mou";

  private final RecordedTables tables;

  MouReadModel(RecordedTables tables) {
    this.tables = tables;
  }

  /** As {@link #find} answers, as the ledger stands now. */
  Optional<MouView> find(MouId mou, LocalDate on) {
    return find(mou, on, null);
  }

  Optional<MouView> find(MouId mou, LocalDate on, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    return jdbc
        .query(MOU + " where mou_id = ?", (rs, row) -> view(jdbc, rs, on), mou.value())
        .stream()
        .findFirst();
  }

  /** The partnership's MoUs drafted by the date, by title. Empty if the partnership is unknown. */
  Optional<PartnershipMous> ofPartnership(PartnershipId partnership, LocalDate on) {
    return ofPartnership(partnership, on, null);
  }

  public Optional<PartnershipMous> ofPartnership(
      PartnershipId partnership, LocalDate on, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    return jdbc
        .query(
            "select name from partnership where partnership_id = ?",
            (rs, row) -> rs.getString("name"),
            partnership.value())
        .stream()
        .findFirst()
        .map(
            name ->
                new PartnershipMous(
                    partnership,
                    name,
                    on,
                    jdbc
                        .query(
                            MOU + " where partnership_id = ? and drafted_on <= ?",
                            (rs, row) -> view(jdbc, rs, on),
                            partnership.value(),
                            on)
                        .stream()
                        .sorted(
                            Comparator.comparing(MouView::title, String.CASE_INSENSITIVE_ORDER)
                                .thenComparing(m -> m.mouId().value()))
                        .toList()));
  }

  private MouView view(AsRecorded jdbc, ResultSet rs, LocalDate on) throws SQLException {
    UUID mou = rs.getObject("mou_id", UUID.class);
    LocalDate draftedOn = rs.getObject("drafted_on", LocalDate.class);
    LocalDate terminatedOn = rs.getObject("terminated_on", LocalDate.class);
    MouStatus status;
    Optional<Integer> version;
    if (on.isBefore(draftedOn)) {
      status = null;
      version = Optional.empty();
    } else if (terminatedOn != null && !on.isBefore(terminatedOn)) {
      status = MouStatus.TERMINATED;
      version = Optional.empty();
    } else {
      version = versionInForce(jdbc, mou, on);
      status = version.isPresent() ? MouStatus.IN_FORCE : MouStatus.DRAFT;
      if (version.isEmpty()) {
        version = latestDrafted(jdbc, mou, on);
      }
    }
    Optional<MouView.Version> shown = version.map(v -> version(jdbc, mou, v, on));
    return new MouView(
        new MouId(mou),
        new PartnershipId(rs.getObject("partnership_id", UUID.class)),
        rs.getString("title"),
        on,
        status,
        draftedOn,
        status == MouStatus.TERMINATED ? terminatedOn : null,
        shown.orElse(null),
        shown.map(v -> notices(jdbc, mou, v, on)).orElse(List.of()),
        status == MouStatus.TERMINATED
            ? dateCorrections(jdbc, mou, "TERMINATION", null)
            : List.of());
  }

  /** The corrections of a notice's (by its party) or the termination's day, in order recorded. */
  private List<MouView.DateCorrection> dateCorrections(
      AsRecorded jdbc, UUID mou, String what, UUID party) {
    Object[] arguments = party == null ? new Object[] {mou, what} : new Object[] {mou, what, party};
    return jdbc.query(
        "select corrected_event_id, reason, recorded_at, previous_date from mou_date_correction"
            + " where mou_id = ? and what = ?"
            + (party == null ? "" : " and organisation_id = ?")
            + " order by recorded_at, event_id",
        (rs, row) ->
            new MouView.DateCorrection(
                rs.getObject("recorded_at", OffsetDateTime.class)
                    .withOffsetSameInstant(ZoneOffset.UTC),
                rs.getString("reason"),
                rs.getString("corrected_event_id"),
                rs.getObject("previous_date", LocalDate.class)),
        arguments);
  }

  private List<MouView.DraftingCorrection> draftingCorrections(
      AsRecorded jdbc, UUID mou, int version) {
    return jdbc.query(
        "select event_id, corrected_event_id, reason, recorded_at, previous_drafted_on"
            + " from mou_drafting_correction where mou_id = ? and version = ?"
            + " order by recorded_at, event_id",
        (rs, row) ->
            new MouView.DraftingCorrection(
                rs.getObject("recorded_at", OffsetDateTime.class)
                    .withOffsetSameInstant(ZoneOffset.UTC),
                rs.getString("reason"),
                rs.getString("corrected_event_id"),
                rs.getObject("previous_drafted_on", LocalDate.class),
                jdbc
                    .queryForList(
                        "select organisation_id from mou_drafting_correction_party"
                            + " where event_id = ? order by position",
                        UUID.class,
                        rs.getObject("event_id", UUID.class))
                    .stream()
                    .map(OrganisationId::new)
                    .toList()),
        mou,
        version);
  }

  private List<MouView.DraftCorrection> draftCorrections(AsRecorded jdbc, UUID mou, int version) {
    return jdbc.query(
        "select event_id, corrected_event_id, reason, recorded_at, previous_title,"
            + " previous_label, previous_initial_term_months, previous_review_period_months"
            + " from mou_draft_correction where mou_id = ? and version = ?"
            + " order by recorded_at, event_id",
        (rs, row) ->
            new MouView.DraftCorrection(
                rs.getObject("recorded_at", OffsetDateTime.class)
                    .withOffsetSameInstant(ZoneOffset.UTC),
                rs.getString("reason"),
                rs.getString("corrected_event_id"),
                new MouView.Draft(
                    rs.getString("previous_title"),
                    rs.getString("previous_label"),
                    jdbc.queryForList(
                        "select title from mou_draft_correction_schedule where event_id = ?"
                            + " order by position",
                        String.class,
                        rs.getObject("event_id", UUID.class)),
                    rs.getObject("previous_initial_term_months", Integer.class),
                    rs.getObject("previous_review_period_months", Integer.class))),
        mou,
        version);
  }

  /** The corrections of the version's reviews whose corrected day is by the date. */
  private List<MouView.ReviewCorrection> reviewCorrections(
      AsRecorded jdbc, UUID mou, int version, LocalDate on) {
    return jdbc.query(
        "select corrected_event_id, reason, recorded_at, previous_reviewed_on,"
            + " previous_review_due from mou_review_correction where mou_id = ? and version = ?"
            + " and reviewed_on <= ? order by recorded_at, event_id",
        (rs, row) ->
            new MouView.ReviewCorrection(
                rs.getObject("recorded_at", OffsetDateTime.class)
                    .withOffsetSameInstant(ZoneOffset.UTC),
                rs.getString("reason"),
                rs.getString("corrected_event_id"),
                rs.getObject("previous_reviewed_on", LocalDate.class),
                rs.getObject("previous_review_due", LocalDate.class)),
        mou,
        version,
        on);
  }

  private Optional<Integer> versionInForce(AsRecorded jdbc, UUID mou, LocalDate on) {
    return jdbc
        .queryForList(
            "select version from mou_version where mou_id = ? and valid_from <= ?"
                + " and (valid_to is null or ? < valid_to)",
            Integer.class,
            mou,
            on,
            on)
        .stream()
        .findFirst();
  }

  private Optional<Integer> latestDrafted(AsRecorded jdbc, UUID mou, LocalDate on) {
    return Optional.ofNullable(
        jdbc.queryForObject(
            "select max(version) from mou_version where mou_id = ? and drafted_on <= ?",
            Integer.class,
            mou,
            on));
  }

  private MouView.Version version(AsRecorded jdbc, UUID mou, int version, LocalDate on) {
    return jdbc.queryForObject(
        "select v.version, v.label, v.drafted_on, v.valid_from, v.leaving_organisation_id,"
            + " r.review_due,"
            + " (select max(x.reviewed_on) from mou_review x where x.mou_id = v.mou_id"
            + " and x.version = v.version and x.reviewed_on <= ?) as last_reviewed_on"
            + " from mou_version v"
            + " left join mou_review r on r.mou_id = v.mou_id and r.version = v.version"
            + " and r.valid_from <= ? and (r.valid_to is null or ? < r.valid_to)"
            + " where v.mou_id = ? and v.version = ?",
        (rs, row) -> {
          LocalDate inForceFrom = rs.getObject("valid_from", LocalDate.class);
          UUID leaving = rs.getObject("leaving_organisation_id", UUID.class);
          return new MouView.Version(
              rs.getInt("version"),
              rs.getString("label"),
              rs.getObject("drafted_on", LocalDate.class),
              inForceFrom != null && !inForceFrom.isAfter(on) ? inForceFrom : null,
              parties(jdbc, mou, version, on),
              jdbc.queryForList(
                  "select title from mou_schedule where mou_id = ? and version = ?"
                      + " order by position",
                  String.class,
                  mou,
                  version),
              signatures(jdbc, mou, version, on),
              rs.getObject("review_due", LocalDate.class),
              rs.getObject("last_reviewed_on", LocalDate.class),
              leaving == null ? null : new OrganisationId(leaving),
              draftCorrections(jdbc, mou, version),
              reviewCorrections(jdbc, mou, version, on),
              draftingCorrections(jdbc, mou, version));
        },
        on,
        on,
        on,
        mou,
        version);
  }

  private List<MouView.Party> parties(AsRecorded jdbc, UUID mou, int version, LocalDate on) {
    return jdbc.query(
        "select p.organisation_id, "
            + nameOn("p.organisation_id")
            + " as name"
            + " from mou_party p where p.mou_id = ? and p.version = ? order by p.position",
        (rs, row) ->
            new MouView.Party(
                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getString("name")),
        on,
        on,
        mou,
        version);
  }

  /**
   * The signatures held on the date, in the order of the parties they were given for (a successor's
   * in its predecessor's place), each with the corrections of the signature as given: for a copy
   * carried over or passed on, those of the version and party it was first given for.
   */
  private List<MouView.Signature> signatures(AsRecorded jdbc, UUID mou, int version, LocalDate on) {
    Map<Signed, List<MouView.SignatureCorrection>> corrections = corrections(jdbc, mou);
    return jdbc.query(
        "select s.organisation_id, "
            + nameOn("s.organisation_id")
            + " as name, s.signatory, s.signatory_post, s.signed_on, s.succeeded_from,"
            + " s.valid_from, s.signed_by,"
            + " coalesce(s.carried_over_from, s.version) as signed_version,"
            + " coalesce((select min(p.position) from mou_party p where p.mou_id = s.mou_id"
            + " and p.version = s.version"
            + " and p.organisation_id in (s.organisation_id, s.succeeded_from)), 2147483647)"
            + " as party_position"
            + " from mou_signature s where s.mou_id = ? and s.version = ?"
            + " and s.valid_from <= ? and (s.valid_to is null or ? < s.valid_to)"
            + " order by party_position, s.signed_on",
        (rs, row) -> {
          UUID succeededFrom = rs.getObject("succeeded_from", UUID.class);
          return new MouView.Signature(
              new OrganisationId(rs.getObject("organisation_id", UUID.class)),
              rs.getString("name"),
              rs.getString("signatory"),
              rs.getString("signatory_post"),
              rs.getObject("signed_on", LocalDate.class),
              succeededFrom == null ? null : new OrganisationId(succeededFrom),
              rs.getObject("valid_from", LocalDate.class),
              corrections.getOrDefault(
                  new Signed(rs.getInt("signed_version"), rs.getObject("signed_by", UUID.class)),
                  List.of()));
        },
        on,
        on,
        mou,
        version,
        on,
        on);
  }

  /** A signature as given: the version it was given for and the party that gave it. */
  private record Signed(int version, UUID party) {}

  /** The corrections of the MoU's signatures, each signature's in the order recorded. */
  private Map<Signed, List<MouView.SignatureCorrection>> corrections(AsRecorded jdbc, UUID mou) {
    return jdbc
        .query(
            "select version, organisation_id, corrected_event_id, reason, recorded_at,"
                + " previous_signatory, previous_signatory_post, previous_signed_on"
                + " from mou_signature_correction"
                + " where mou_id = ? order by recorded_at, event_id",
            (rs, row) ->
                Map.entry(
                    new Signed(rs.getInt("version"), rs.getObject("organisation_id", UUID.class)),
                    new MouView.SignatureCorrection(
                        rs.getObject("recorded_at", OffsetDateTime.class)
                            .withOffsetSameInstant(ZoneOffset.UTC),
                        rs.getString("reason"),
                        rs.getString("corrected_event_id"),
                        new MouView.Signing(
                            rs.getString("previous_signatory"),
                            rs.getString("previous_signatory_post"),
                            rs.getObject("previous_signed_on", LocalDate.class)))),
            mou)
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  private List<MouView.Notice> notices(
      AsRecorded jdbc, UUID mou, MouView.Version version, LocalDate on) {
    List<OrganisationId> parties =
        version.parties().stream().map(MouView.Party::organisationId).toList();
    return jdbc
        .query(
            "select n.organisation_id, "
                + nameOn("n.organisation_id")
                + " as name, n.given_on from mou_notice n where n.mou_id = ? and n.given_on <= ?"
                + " order by n.given_on",
            (rs, row) -> {
              UUID party = rs.getObject("organisation_id", UUID.class);
              return new MouView.Notice(
                  new OrganisationId(party),
                  rs.getString("name"),
                  rs.getObject("given_on", LocalDate.class),
                  dateCorrections(jdbc, mou, "NOTICE", party));
            },
            on,
            on,
            mou,
            on)
        .stream()
        .filter(notice -> parties.contains(notice.organisationId()))
        .toList();
  }

  /**
   * An organisation's name on the date (two parameters), or its latest name for a date before its
   * registration; null while its registration has not reached the read model.
   */
  private static String nameOn(String organisation) {
    return "(select coalesce(max(n.name), max(o.name)) from organisation o"
        + " left join organisation_name n on n.organisation_id = o.organisation_id"
        + " and n.valid_from <= ? and (n.valid_to is null or ? < n.valid_to)"
        + " where o.organisation_id = "
        + organisation
        + ")";
  }
}
