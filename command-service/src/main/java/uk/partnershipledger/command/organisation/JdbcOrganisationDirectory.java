package uk.partnershipledger.command.organisation;

import java.sql.Date;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationAbolished;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
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

  /** Refusals name the organisation as it is called now. */
  @EventHandler
  void on(OrganisationRenamed event) {
    jdbc.update(
        "update organisation_directory set name = ? where organisation_id = ?",
        event.name(),
        event.organisationId().toString());
  }

  @EventHandler
  void on(OrganisationAbolished event) {
    jdbc.update(
        "update organisation_directory set abolished_on = ?, successor_id = ?"
            + " where organisation_id = ?",
        Date.valueOf(event.effectiveDate()),
        event.successorId() == null ? null : event.successorId().toString(),
        event.organisationId().toString());
  }

  @Override
  public Optional<KnownOrganisation> find(OrganisationId organisationId) {
    return jdbc
        .query(
            "select name, statutory_body, established_on, abolished_on, successor_id"
                + " from organisation_directory where organisation_id = ?",
            (rs, i) ->
                new KnownOrganisation(
                    organisationId,
                    rs.getString(1),
                    rs.getBoolean(2),
                    rs.getDate(3).toLocalDate(),
                    rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                    rs.getString(5) == null ? null : OrganisationId.of(rs.getString(5))),
            organisationId.toString())
        .stream()
        .findFirst();
  }
}
