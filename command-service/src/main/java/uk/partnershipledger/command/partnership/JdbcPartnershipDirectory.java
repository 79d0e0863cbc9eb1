package uk.partnershipledger.command.partnership;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.FormationCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.FormationDateCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.JoiningCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.LeavingCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerLeft;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerSucceeded;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.SuccessionCorrected;
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

  /** Refusals and cascades name the partnership by its corrected name. */
  @EventHandler
  void on(FormationCorrected event) {
    jdbc.update(
        "update partnership_directory set name = ? where partnership_id = ?",
        event.name(),
        event.partnershipId().toString());
  }

  /**
   * The partnership was formed on another day: so were the founders whose joinings moved with it.
   * Each moved founder's tenure is the one that began on the day replaced.
   */
  @EventHandler
  void on(FormationDateCorrected event) {
    String partnership = event.partnershipId().toString();
    jdbc.update(
        "update partnership_directory set formed_on = ? where partnership_id = ?",
        Date.valueOf(event.effectiveDate()),
        partnership);
    event
        .movedFoundingPartners()
        .forEach(
            founder ->
                jdbc.update(
                    "update partner_directory set valid_from = ? where partnership_id = ?"
                        + " and organisation_id = ? and valid_from = ?",
                    Date.valueOf(event.effectiveDate()),
                    partnership,
                    founder.toString(),
                    Date.valueOf(event.previousDate())));
  }

  @EventHandler
  void on(PartnerJoined event) {
    jdbc.update(
        "insert into partner_directory (partnership_id, organisation_id, valid_from)"
            + " values (?, ?, ?)",
        event.partnershipId().toString(),
        event.organisationId().toString(),
        Date.valueOf(event.effectiveDate()));
  }

  /** The tenure that began on the date recorded begins on the corrected date instead. */
  @EventHandler
  void on(JoiningCorrected event) {
    jdbc.update(
        "update partner_directory set valid_from = ? where partnership_id = ?"
            + " and organisation_id = ? and valid_from = ?",
        Date.valueOf(event.effectiveDate()),
        event.partnershipId().toString(),
        event.organisationId().toString(),
        Date.valueOf(event.previousDate()));
  }

  /** The partnership closes only the open tenure (Partnership's rules), so this does too. */
  @EventHandler
  void on(PartnerLeft event) {
    jdbc.update(
        "update partner_directory set valid_to = ? where partnership_id = ?"
            + " and organisation_id = ? and valid_to is null",
        Date.valueOf(event.effectiveDate()),
        event.partnershipId().toString(),
        event.organisationId().toString());
  }

  /**
   * The predecessor's tenure ends; the successor's begins unless it already is a partner on the day
   * (the Partnership's rules).
   */
  @EventHandler
  void on(PartnerSucceeded event) {
    String partnership = event.partnershipId().toString();
    Date date = Date.valueOf(event.effectiveDate());
    jdbc.update(
        "update partner_directory set valid_to = ? where partnership_id = ?"
            + " and organisation_id = ? and valid_from <= ? and (valid_to is null or ? < valid_to)",
        date,
        partnership,
        event.predecessorId().toString(),
        date,
        date);
    if (tenureOn(event.partnershipId(), event.successorId(), event.effectiveDate()).isEmpty()) {
      jdbc.update(
          "insert into partner_directory (partnership_id, organisation_id, valid_from)"
              + " values (?, ?, ?)",
          partnership,
          event.successorId().toString(),
          date);
    }
  }

  @Override
  public Optional<KnownTenure> tenureOn(
      PartnershipId partnershipId, OrganisationId organisationId, LocalDate date) {
    return jdbc
        .query(
            "select valid_from, valid_to from partner_directory where partnership_id = ?"
                + " and organisation_id = ? and valid_from <= ? and (valid_to is null or ? <"
                + " valid_to) for update",
            (rs, i) ->
                new KnownTenure(
                    rs.getDate(1).toLocalDate(),
                    rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()),
            partnershipId.toString(),
            organisationId.toString(),
            Date.valueOf(date),
            Date.valueOf(date))
        .stream()
        .findFirst();
  }

  @Override
  public Optional<LocalDate> earliestTenureStart(OrganisationId organisationId) {
    return Optional.ofNullable(
            jdbc.queryForObject(
                "select min(valid_from) from partner_directory where organisation_id = ?",
                Date.class,
                organisationId.toString()))
        .map(Date::toLocalDate);
  }

  @Override
  public List<PartnershipId> lockPartnershipsOf(OrganisationId organisationId, LocalDate date) {
    return jdbc.query(
        "select partnership_id from partner_directory where organisation_id = ?"
            + " and valid_from <= ? and (valid_to is null or ? < valid_to)"
            + " order by partnership_id for update",
        (rs, i) -> PartnershipId.of(rs.getString(1)),
        organisationId.toString(),
        Date.valueOf(date),
        Date.valueOf(date));
  }

  @Override
  public void lockTenures(PartnershipId partnershipId) {
    jdbc.queryForList(
        "select organisation_id from partner_directory where partnership_id = ?"
            + " order by organisation_id, valid_from for update",
        String.class,
        partnershipId.toString());
  }

  @Override
  public List<PartnershipId> lockTenuresEndingOn(OrganisationId organisationId, LocalDate date) {
    return jdbc.query(
        "select partnership_id from partner_directory where organisation_id = ? and valid_to = ?"
            + " order by partnership_id for update",
        (rs, i) -> PartnershipId.of(rs.getString(1)),
        organisationId.toString(),
        Date.valueOf(date));
  }

  /** The tenure that ended on the date recorded ends on the corrected date instead. */
  @EventHandler
  void on(LeavingCorrected event) {
    moveEnd(
        event.partnershipId(), event.organisationId(), event.previousDate(), event.effectiveDate());
  }

  /**
   * The predecessor's tenure ends on the corrected date; the successor's, if the succession began
   * it, begins then.
   */
  @EventHandler
  void on(SuccessionCorrected event) {
    moveEnd(
        event.partnershipId(), event.predecessorId(), event.previousDate(), event.effectiveDate());
    jdbc.update(
        "update partner_directory set valid_from = ? where partnership_id = ?"
            + " and organisation_id = ? and valid_from = ?",
        Date.valueOf(event.effectiveDate()),
        event.partnershipId().toString(),
        event.successorId().toString(),
        Date.valueOf(event.previousDate()));
  }

  private void moveEnd(
      PartnershipId partnershipId, OrganisationId organisationId, LocalDate was, LocalDate now) {
    jdbc.update(
        "update partner_directory set valid_to = ? where partnership_id = ?"
            + " and organisation_id = ? and valid_to = ?",
        Date.valueOf(now),
        partnershipId.toString(),
        organisationId.toString(),
        Date.valueOf(was));
  }

  @Override
  public Optional<KnownPartnership> find(PartnershipId partnershipId) {
    return partnership(partnershipId, "");
  }

  @Override
  public Optional<KnownPartnership> lockFormation(PartnershipId partnershipId) {
    return partnership(partnershipId, " for update");
  }

  private Optional<KnownPartnership> partnership(PartnershipId partnershipId, String lock) {
    return jdbc
        .query(
            "select name, formed_on from partnership_directory where partnership_id = ?" + lock,
            (rs, i) ->
                new KnownPartnership(partnershipId, rs.getString(1), rs.getDate(2).toLocalDate()),
            partnershipId.toString())
        .stream()
        .findFirst();
  }
}
