package uk.partnershipledger.command.partnership;

import java.sql.Date;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipId;

/** The directory as a table, written in the unit of work that forms the partnership. */
@Component
@ProcessingGroup("partnership-directory")
class JdbcPartnershipDirectory implements PartnershipDirectory {

  private final JdbcTemplate jdbc;

  JdbcPartnershipDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(PartnershipFormed event) {
    jdbc.update(
        "insert into partnership_directory (partnership_id, name, formed_on) values (?, ?, ?)",
        event.partnershipId().toString(),
        event.name(),
        Date.valueOf(event.effectiveDate()));
  }

  @Override
  public Optional<KnownPartnership> find(PartnershipId partnershipId) {
    return jdbc
        .query(
            "select name, formed_on from partnership_directory where partnership_id = ?",
            (rs, i) ->
                new KnownPartnership(partnershipId, rs.getString(1), rs.getDate(2).toLocalDate()),
            partnershipId.toString())
        .stream()
        .findFirst();
  }
}
