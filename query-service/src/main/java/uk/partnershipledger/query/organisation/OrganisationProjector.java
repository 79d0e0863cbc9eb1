package uk.partnershipledger.query.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationAbolished;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationEvent.RegistrationCorrected;
import uk.partnershipledger.query.intake.Projector;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Keeps the {@code organisation} table (one row per registered partner organisation) and its names
 * over time in {@code organisation_name}.
 *
 * <p>A renaming is slotted into the name timeline by its date, as a body's status is: it runs until
 * the next later name, and the name before it now ends on its date. A renaming dated the day an
 * interval began replaces that interval's name, so no interval is ever empty.
 *
 * <p>A correction of the registration (DOMAIN.md rule 7) changes the first name interval and the
 * establishment date in place, so every as-of look-up follows it, and keeps what it replaced, why
 * and when in {@code registration_correction}.
 */
@Component
class OrganisationProjector extends Projector {

  private static final Logger log = LoggerFactory.getLogger(OrganisationProjector.class);

  private final JdbcTemplate jdbc;

  OrganisationProjector(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    on(OrganisationRegistered.class, this::registered);
    on(OrganisationRenamed.class, this::renamed);
    on(OrganisationAbolished.class, this::abolished);
    on(RegistrationCorrected.class, this::registrationCorrected);
  }

  private void registered(OrganisationRegistered registered, RecordedEvent recorded) {
    UUID organisation = recorded.require(registered.organisationId(), "organisationId").value();
    String name = recorded.require(registered.name(), "name");
    LocalDate established = recorded.require(registered.effectiveDate(), "effectiveDate");
    jdbc.update(
        "insert into organisation"
            + " (organisation_id, name, kind, statutory_body, established_on, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        organisation,
        name,
        recorded.require(registered.kind(), "kind").name(),
        registered.statutoryBody(),
        established,
        recorded.recordedAt());
    jdbc.update(
        "insert into organisation_name (organisation_id, name, valid_from, recorded_at)"
            + " values (?, ?, ?, ?)",
        organisation,
        name,
        established,
        recorded.recordedAt());
  }

  private void renamed(OrganisationRenamed renamed, RecordedEvent recorded) {
    UUID organisation = recorded.require(renamed.organisationId(), "organisationId").value();
    String name = recorded.require(renamed.name(), "name");
    LocalDate from = recorded.require(renamed.effectiveDate(), "effectiveDate");
    int replaced =
        jdbc.update(
            "update organisation_name set name = ?, recorded_at = ?"
                + " where organisation_id = ? and valid_from = ?",
            name,
            recorded.recordedAt(),
            organisation,
            from);
    if (replaced == 0) {
      jdbc.update(
          "update organisation_name set valid_to = ? where organisation_id = ? and valid_from ="
              + " (select max(valid_from) from organisation_name where organisation_id = ?"
              + " and valid_from < ?)",
          from,
          organisation,
          organisation,
          from);
      jdbc.update(
          "insert into organisation_name (organisation_id, name, valid_from, valid_to,"
              + " recorded_at) values (?, ?, ?, (select min(n.valid_from) from organisation_name n"
              + " where n.organisation_id = ? and n.valid_from > ?), ?)",
          organisation,
          name,
          from,
          organisation,
          from,
          recorded.recordedAt());
    }
    int latest =
        jdbc.update(
            "update organisation set name = (select n.name from organisation_name n"
                + " where n.organisation_id = ? and n.valid_to is null)"
                + " where organisation_id = ?",
            organisation,
            organisation);
    if (latest != 1) {
      warnNotRegistered(recorded);
    }
  }

  /**
   * The name interval that begins on the day of establishment is the registration's (the command
   * side takes a renaming only after the latest name's first day): it takes the corrected name and
   * begins on the corrected day, where the organisation's existence now begins. Later names keep
   * their days, as the event's contract says; the command side keeps the corrected day before the
   * first of them, so the interval stays non-empty.
   */
  private void registrationCorrected(RegistrationCorrected corrected, RecordedEvent recorded) {
    UUID organisation = recorded.require(corrected.organisationId(), "organisationId").value();
    String name = recorded.require(corrected.name(), "name");
    LocalDate from = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<LocalDate> establishedOn =
        jdbc.queryForList(
            "select established_on from organisation where organisation_id = ?",
            LocalDate.class,
            organisation);
    if (establishedOn.isEmpty()) {
      warnNotRegistered(recorded);
      return;
    }
    LocalDate was = establishedOn.get(0);
    jdbc.update(
        "insert into registration_correction (event_id, organisation_id, corrected_event_id,"
            + " reason, recorded_at, previous_name, previous_established_on, name,"
            + " established_on)"
            + " select ?, organisation_id, ?, ?, ?, name, valid_from, ?, ? from organisation_name"
            + " where organisation_id = ? and valid_from = ?",
        recorded.eventId(),
        recorded.require(corrected.correctedEventId(), "correctedEventId"),
        corrected.reason(),
        recorded.recordedAt(),
        name,
        from,
        organisation,
        was);
    jdbc.update(
        "update organisation_name set name = ?, valid_from = ?"
            + " where organisation_id = ? and valid_from = ?",
        name,
        from,
        organisation,
        was);
    jdbc.update(
        "update organisation set established_on = ?, name = (select n.name from organisation_name"
            + " n where n.organisation_id = ? and n.valid_to is null) where organisation_id = ?",
        from,
        organisation,
        organisation);
  }

  private void abolished(OrganisationAbolished abolished, RecordedEvent recorded) {
    int changed =
        jdbc.update(
            "update organisation set abolished_on = ?, successor_id = ?, abolished_recorded_at = ?"
                + " where organisation_id = ?",
            recorded.require(abolished.effectiveDate(), "effectiveDate"),
            abolished.successorId() == null ? null : abolished.successorId().value(),
            recorded.recordedAt(),
            recorded.require(abolished.organisationId(), "organisationId").value());
    if (changed != 1) {
      warnNotRegistered(recorded);
    }
  }

  /**
   * An organisation's events share its partition, so a renaming or an abolition without its
   * registration means the registration never reached the read model (see the dead-letter topic).
   * The event still counts as applied: blocking the organisation would not bring it back.
   */
  private static void warnNotRegistered(RecordedEvent recorded) {
    log.atWarn()
        .addKeyValue("eventId", recorded.eventId())
        .addKeyValue("aggregateId", recorded.aggregateId())
        .addKeyValue("eventType", recorded.type())
        .log(
            "{} event {} of aggregate {} found no registered organisation",
            recorded.type(),
            recorded.eventId(),
            recorded.aggregateId());
  }
}
