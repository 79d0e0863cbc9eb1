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
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
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

  private static final String MEMBERS_ON_DATE =
      "select m.membership_id, m.person_name, m.organisation_id, o.name as organisation_name,"
          + " m.role, m.valid_from"
          + " from body_member_role m"
          + " left join organisation o on o.organisation_id = m.organisation_id"
          + " where m.body_id = ? and m.valid_from <= ? and (m.valid_to is null or ? < m.valid_to)";

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
    // Should two memberships hold the chair on the date (co-chairs), the first by name is the
    // chair.
    List<BodyView.Member> members = membersOn(body, on);
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
            : null,
        members.stream().filter(m -> m.role() == MemberRole.CHAIR).findFirst().orElse(null),
        members);
  }

  /** The members on the date: the role periods whose interval [valid_from, valid_to) holds it. */
  private List<BodyView.Member> membersOn(BodyId body, LocalDate on) {
    return jdbc
        .query(
            MEMBERS_ON_DATE,
            (rs, row) -> {
              UUID organisation = rs.getObject("organisation_id", UUID.class);
              MemberRole role = MemberRole.valueOf(rs.getString("role"));
              return new BodyView.Member(
                  new MembershipId(rs.getObject("membership_id", UUID.class)),
                  rs.getString("person_name"),
                  organisation == null ? null : new OrganisationId(organisation),
                  rs.getString("organisation_name"),
                  role,
                  role.votes(),
                  rs.getObject("valid_from", LocalDate.class));
            },
            body.value(),
            on,
            on)
        .stream()
        .sorted(BodyView.Member.ORDER)
        .toList();
  }

  private List<BodyId> parentsOf(BodyId body) {
    return jdbc.query(
        "select parent_body_id from body_parent where body_id = ? order by parent_body_id",
        (rs, row) -> new BodyId(rs.getObject(1, UUID.class)),
        body.value());
  }
}
