package uk.partnershipledger.query.body;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/** Bodies on a date: each look-up an indexed interval query, never a replay. */
@Repository
class BodyReadModel {

  private static final String ON_DATE =
      "select b.body_id, b.partnership_id, b.name, b.type, b.host_organisation_id,"
          + " b.established_on, s.status, t.version, t.title, t.reference, t.valid_from as adopted_on"
          + " from body b"
          + " left join body_status s on s.body_id = b.body_id and s.valid_from <= ?"
          + " and (s.valid_to is null or ? < s.valid_to)"
          + " left join terms_of_reference t on t.body_id = b.body_id and t.valid_from <= ?"
          + " and (t.valid_to is null or ? < t.valid_to)";

  private final JdbcTemplate jdbc;

  BodyReadModel(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<BodyView> find(BodyId id, LocalDate on) {
    return jdbc
        .query(
            ON_DATE + " where b.body_id = ?", (rs, row) -> view(rs, on), on, on, on, on, id.value())
        .stream()
        .findFirst();
  }

  /** The partnership's bodies established by the date, with their status on it, by name. */
  List<BodyView> ofPartnership(PartnershipId partnership, LocalDate on) {
    return jdbc
        .query(
            ON_DATE + " where b.partnership_id = ? and b.established_on <= ?",
            (rs, row) -> view(rs, on),
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

  private BodyView view(ResultSet rs, LocalDate on) throws SQLException {
    BodyId body = new BodyId(rs.getObject("body_id", UUID.class));
    UUID host = rs.getObject("host_organisation_id", UUID.class);
    String status = rs.getString("status");
    int version = rs.getInt("version");
    boolean hasTerms = !rs.wasNull();
    return new BodyView(
        body,
        new PartnershipId(rs.getObject("partnership_id", UUID.class)),
        rs.getString("name"),
        BodyType.valueOf(rs.getString("type")),
        host == null ? null : new OrganisationId(host),
        parentsOf(body),
        rs.getObject("established_on", LocalDate.class),
        on,
        status == null ? null : BodyStatus.valueOf(status),
        hasTerms
            ? new BodyView.TermsOfReference(
                version,
                rs.getString("title"),
                rs.getString("reference"),
                rs.getObject("adopted_on", LocalDate.class))
            : null);
  }

  private List<BodyId> parentsOf(BodyId body) {
    return jdbc.query(
        "select parent_body_id from body_parent where body_id = ? order by parent_body_id",
        (rs, row) -> new BodyId(rs.getObject(1, UUID.class)),
        body.value());
  }
}
