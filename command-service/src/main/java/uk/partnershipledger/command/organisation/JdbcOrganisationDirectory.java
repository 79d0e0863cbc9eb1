package uk.partnershipledger.command.organisation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.organisation.OrganisationEvent.AbolitionCorrected;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationAbolished;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationEvent.RegistrationCorrected;
import uk.partnershipledger.events.organisation.OrganisationEvent.RenamingCorrected;
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

  /**
   * The establishment date moves; the name does only while it is still the registered one; once
   * renamed, the directory keeps the current name. The organisation's own events tell which, since
   * the correction carries only the registration's facts.
   */
  @EventHandler
  void on(RegistrationCorrected event, EventStore events) {
    String id = event.organisationId().toString();
    boolean renamed =
        events
            .readEvents(id, 0)
            .asStream()
            .anyMatch(message -> OrganisationRenamed.class.equals(message.getPayloadType()));
    if (renamed) {
      jdbc.update(
          "update organisation_directory set established_on = ? where organisation_id = ?",
          Date.valueOf(event.effectiveDate()),
          id);
    } else {
      jdbc.update(
          "update organisation_directory set name = ?, established_on = ? where organisation_id = ?",
          event.name(),
          Date.valueOf(event.effectiveDate()),
          id);
    }
  }

  /**
   * The directory keeps the current name, so it follows a corrected renaming only if that renaming
   * is the latest. A correction keeps the renamings in date order, but the event carries only its
   * own renaming; the organisation's events tell the dates of the others.
   */
  @EventHandler
  void on(RenamingCorrected event, @MessageIdentifier String eventId, EventStore events) {
    String id = event.organisationId().toString();
    Map<String, LocalDate> renamings = new HashMap<>();
    events
        .readEvents(id, 0)
        .asStream()
        .forEach(
            message -> renamingOf(message).ifPresent(date -> replace(renamings, message, date)));
    renamings.remove(event.correctedEventId());
    renamings.remove(eventId);
    boolean latest =
        renamings.values().stream().noneMatch(date -> date.isAfter(event.effectiveDate()));
    if (latest) {
      jdbc.update(
          "update organisation_directory set name = ? where organisation_id = ?", event.name(), id);
    }
  }

  private static Optional<LocalDate> renamingOf(DomainEventMessage<?> message) {
    Object payload = message.getPayload();
    if (payload instanceof OrganisationRenamed renamed) {
      return Optional.of(renamed.effectiveDate());
    }
    if (payload instanceof RenamingCorrected corrected) {
      return Optional.of(corrected.effectiveDate());
    }
    return Optional.empty();
  }

  private static void replace(
      Map<String, LocalDate> renamings, DomainEventMessage<?> message, LocalDate date) {
    if (message.getPayload() instanceof RenamingCorrected corrected) {
      renamings.remove(corrected.correctedEventId());
    }
    renamings.put(message.getIdentifier(), date);
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

  /** The abolition moves; its successor stays. */
  @EventHandler
  void on(AbolitionCorrected event) {
    jdbc.update(
        "update organisation_directory set abolished_on = ? where organisation_id = ?",
        Date.valueOf(event.effectiveDate()),
        event.organisationId().toString());
  }

  @Override
  public Optional<LocalDate> earliestSuccessionTo(OrganisationId organisationId) {
    return succession("min", organisationId);
  }

  @Override
  public Optional<LocalDate> latestSuccessionTo(OrganisationId organisationId) {
    return succession("max", organisationId);
  }

  private Optional<LocalDate> succession(String aggregate, OrganisationId organisationId) {
    return Optional.ofNullable(
            jdbc.queryForObject(
                "select "
                    + aggregate
                    + "(abolished_on) from organisation_directory where successor_id = ?",
                Date.class,
                organisationId.toString()))
        .map(Date::toLocalDate);
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
