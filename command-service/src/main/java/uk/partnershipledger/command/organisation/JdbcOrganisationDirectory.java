package uk.partnershipledger.command.organisation;

import java.sql.Date;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * The directory as a table, written by a subscribing processor: the handler runs inside the unit of
 * work that appends the event, so the row and the event commit or roll back together.
 */
@Component
@ProcessingGroup(JdbcOrganisationDirectory.PROCESSING_GROUP)
class JdbcOrganisationDirectory implements OrganisationDirectory {

  static final String PROCESSING_GROUP = "organisation-directory";

  private final JdbcTemplate jdbc;

  JdbcOrganisationDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(OrganisationRegistered event) {
    jdbc.update(
        "insert into organisation_directory (organisation_id, name, statutory_body, established_on)"
            + " values (?, ?, ?, ?)",
        event.organisationId().toString(),
        event.name(),
        event.statutoryBody(),
        Date.valueOf(event.effectiveDate()));
  }

  @Override
  public Optional<KnownOrganisation> find(OrganisationId organisationId) {
    return jdbc
        .query(
            "select name, statutory_body, established_on from organisation_directory"
                + " where organisation_id = ?",
            (rs, i) ->
                new KnownOrganisation(
                    organisationId, rs.getString(1), rs.getBoolean(2), rs.getDate(3).toLocalDate()),
            organisationId.toString())
        .stream()
        .findFirst();
  }
}
