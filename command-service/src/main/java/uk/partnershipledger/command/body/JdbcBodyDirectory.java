package uk.partnershipledger.command.body;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.EstablishmentCorrected;
import uk.partnershipledger.events.body.BodyEvent.StatusDateCorrected;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.partnership.PartnershipId;

/** The directory as a table, written in the unit of work that establishes the body. */
@Component
@ProcessingGroup("body-directory")
class JdbcBodyDirectory implements BodyDirectory {

  private final JdbcTemplate jdbc;

  JdbcBodyDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(BodyEstablished event) {
    jdbc.update(
        "insert into body_directory (body_id, partnership_id, name, established_on)"
            + " values (?, ?, ?, ?)",
        event.bodyId().toString(),
        event.partnershipId().toString(),
        event.name(),
        Date.valueOf(event.effectiveDate()));
  }

  /** A body's name given wrongly at its establishment is the name other aggregates now use. */
  @EventHandler
  void on(EstablishmentCorrected event) {
    jdbc.update(
        "update body_directory set name = ? where body_id = ?",
        event.name(),
        event.bodyId().toString());
  }

  /**
   * A correction of the establishment's date (the date of the body's first status) moves the day
   * other aggregates see it established: a formation's date correction is judged by it. Later
   * statuses never share the establishment's day, so the day replaced tells which it was.
   */
  @EventHandler
  void on(StatusDateCorrected event) {
    jdbc.update(
        "update body_directory set established_on = ? where body_id = ? and established_on = ?",
        Date.valueOf(event.effectiveDate()),
        event.bodyId().toString(),
        Date.valueOf(event.previousDate()));
  }

  @Override
  public List<BodyId> inPartnership(PartnershipId partnershipId) {
    return jdbc.query(
        "select body_id from body_directory where partnership_id = ? order by body_id",
        (rs, i) -> BodyId.of(rs.getString(1)),
        partnershipId.toString());
  }

  @Override
  public Optional<KnownBody> find(BodyId bodyId) {
    return jdbc
        .query(
            "select partnership_id, name, established_on from body_directory where body_id = ?",
            (rs, i) ->
                new KnownBody(
                    bodyId,
                    PartnershipId.of(rs.getString(1)),
                    rs.getString(2),
                    rs.getDate(3).toLocalDate()),
            bodyId.toString())
        .stream()
        .findFirst();
  }
}
