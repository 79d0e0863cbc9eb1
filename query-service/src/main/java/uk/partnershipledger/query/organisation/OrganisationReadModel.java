package uk.partnershipledger.query.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;

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

  private static final String COLUMNS =
      "select organisation_id, name, kind, statutory_body, established_on from organisation";

  private final JdbcTemplate jdbc;

  OrganisationReadModel(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<OrganisationView> find(OrganisationId id) {
    return jdbc
        .query(
            COLUMNS + " where organisation_id = ?", OrganisationReadModel::organisation, id.value())
        .stream()
        .findFirst();
  }

  List<OrganisationView> all() {
    return jdbc.query(COLUMNS, OrganisationReadModel::organisation).stream()
        .sorted(BY_NAME)
        .toList();
  }

  private static OrganisationView organisation(ResultSet rs, int row) throws SQLException {
    return new OrganisationView(
        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
        rs.getString("name"),
        OrganisationKind.valueOf(rs.getString("kind")),
        rs.getBoolean("statutory_body"),
        rs.getObject("established_on", LocalDate.class));
  }
}
