package uk.partnershipledger.query.organisation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.organisation.OrganisationEvent.AbolitionCorrected;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationAbolished;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationEvent.RegistrationCorrected;
import uk.partnershipledger.events.organisation.OrganisationEvent.RenamingCorrected;
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
    on(AbolitionCorrected.class, this::abolitionCorrected);
    on(RegistrationCorrected.class, this::registrationCorrected);
    on(RenamingCorrected.class, this::renamingCorrected);
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
    slotName(
        organisation,
        recorded.require(renamed.name(), "name"),
        recorded.require(renamed.effectiveDate(), "effectiveDate"),
        recorded.recordedAt(),
        recorded.eventId());
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

  /** Slots a name into the timeline from its day, as a renaming recorded by {@code recordedBy}. */
  private void slotName(
      UUID organisation, String name, LocalDate from, OffsetDateTime recordedAt, UUID recordedBy) {
    int replaced =
        jdbc.update(
            "update organisation_name set name = ?, recorded_at = ?, recorded_by = ?"
                + " where organisation_id = ? and valid_from = ?",
            name,
            recordedAt,
            recordedBy,
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
              + " recorded_at, recorded_by) values (?, ?, ?, (select min(n.valid_from) from"
              + " organisation_name n where n.organisation_id = ? and n.valid_from > ?), ?, ?)",
          organisation,
          name,
          from,
          organisation,
          from,
          recordedAt,
          recordedBy);
    }
  }

  /**
   * The renaming's interval is the one that holds the corrected event's facts, or, for an interval
   * written before it kept them (V12), the one that begins on the day the renaming was recorded
   * with. It is taken out of the timeline (the name before it runs on to where it ran) and slotted
   * in again with the corrected name and day, keeping when the renaming was first recorded. The
   * command side keeps the corrected day between the names either side.
   */
  private void renamingCorrected(RenamingCorrected corrected, RecordedEvent recorded) {
    UUID organisation = recorded.require(corrected.organisationId(), "organisationId").value();
    String correctedEventId = recorded.require(corrected.correctedEventId(), "correctedEventId");
    String name = recorded.require(corrected.name(), "name");
    LocalDate from = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<NameInterval> found =
        jdbc.query(
            "select name, valid_from, valid_to, recorded_at from organisation_name"
                + " where organisation_id = ? and (recorded_by = ? or (recorded_by is null"
                + " and valid_from = ? and valid_from > (select o.established_on from"
                + " organisation o where o.organisation_id = ?)))",
            (rs, row) ->
                new NameInterval(
                    rs.getString("name"),
                    rs.getObject("valid_from", LocalDate.class),
                    rs.getObject("valid_to", LocalDate.class),
                    rs.getObject("recorded_at", OffsetDateTime.class)),
            organisation,
            asUuid(correctedEventId),
            corrected.previousDate(),
            organisation);
    if (found.size() != 1) {
      warnNotFound(recorded, "renaming " + correctedEventId);
      return;
    }
    NameInterval was = found.get(0);
    jdbc.update(
        "insert into renaming_correction (event_id, organisation_id, corrected_event_id, reason,"
            + " recorded_at, previous_name, previous_valid_from, name, valid_from)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        organisation,
        correctedEventId,
        corrected.reason(),
        recorded.recordedAt(),
        was.name(),
        was.from(),
        name,
        from);
    jdbc.update(
        "delete from organisation_name where organisation_id = ? and valid_from = ?",
        organisation,
        was.from());
    jdbc.update(
        "update organisation_name set valid_to = ? where organisation_id = ? and valid_to = ?",
        was.to(),
        organisation,
        was.from());
    slotName(organisation, name, from, was.recordedAt(), recorded.eventId());
    jdbc.update(
        "update organisation set name = (select n.name from organisation_name n"
            + " where n.organisation_id = ? and n.valid_to is null) where organisation_id = ?",
        organisation,
        organisation);
  }

  /** A name interval about to move. */
  private record NameInterval(
      String name, LocalDate from, LocalDate to, OffsetDateTime recordedAt) {}

  /** An event id as the ledger gives it is a UUID; anything else names no row. */
  static UUID asUuid(String eventId) {
    try {
      return UUID.fromString(eventId);
    } catch (IllegalArgumentException notAUuid) {
      return null;
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

  /** The abolition moves to the corrected day; what it said is kept in abolition_correction. */
  private void abolitionCorrected(AbolitionCorrected corrected, RecordedEvent recorded) {
    UUID organisation = recorded.require(corrected.organisationId(), "organisationId").value();
    LocalDate on = recorded.require(corrected.effectiveDate(), "effectiveDate");
    int changed =
        jdbc.update(
            "update organisation set abolished_on = ? where organisation_id = ?", on, organisation);
    if (changed != 1) {
      warnNotRegistered(recorded);
      return;
    }
    jdbc.update(
        "insert into abolition_correction (event_id, organisation_id, successor_id,"
            + " corrected_event_id, reason, recorded_at, previous_abolished_on, abolished_on)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        organisation,
        corrected.successorId() == null ? null : corrected.successorId().value(),
        recorded.require(corrected.correctedEventId(), "correctedEventId"),
        corrected.reason(),
        recorded.recordedAt(),
        recorded.require(corrected.previousDate(), "previousDate"),
        on);
  }

  private static void warnNotFound(RecordedEvent recorded, String what) {
    log.atWarn()
        .addKeyValue("eventId", recorded.eventId())
        .addKeyValue("aggregateId", recorded.aggregateId())
        .addKeyValue("eventType", recorded.type())
        .log(
            "{} event {} of aggregate {} corrects the {}, which is not in the read model",
            recorded.type(),
            recorded.eventId(),
            recorded.aggregateId(),
            what);
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
