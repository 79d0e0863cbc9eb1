package uk.partnershipledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationEvent.RegistrationCorrected;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given events through the intake, then the event log, the histories and the audit trail. Runs once
 * per database ({@code H2EventLogTest}, {@code PostgresEventLogTest}). The context is shared, so
 * every trail query is narrowed to a fresh actor of its own.
 */
abstract class EventLogTest {

  @Autowired EventIntake intake;
  @Autowired EventLog log;
  @Autowired JdbcTemplate jdbc;

  private final History history = new History();
  private final String actor = "officer-" + UUID.randomUUID() + "@durham.gov.uk";

  @Test
  void a_projected_event_is_logged_with_its_envelope_and_the_entities_it_names() {
    PartnershipId cdcp = PartnershipId.newId();
    OrganisationId hdft = OrganisationId.newId();
    RecordedEvent joined =
        history
            .by(actor, "Durham County Council", "Partnership Board, 1 December 2020")
            .record(new PartnerJoined(cdcp, hdft, LocalDate.of(2020, 12, 1)));

    assertThat(intake.accept(joined)).isEqualTo(Outcome.PROJECTED);

    Map<String, Object> row =
        jdbc.queryForMap("select * from event_log where event_id = ?", joined.eventId());
    assertThat(row)
        .containsEntry("EVENT_TYPE", "partnership.partner-joined.v1")
        .containsEntry("AGGREGATE_TYPE", "partnership")
        .containsEntry("AGGREGATE_ID", cdcp.toString())
        .containsEntry("ACTOR", actor)
        .containsEntry("ON_BEHALF_OF", "Durham County Council")
        .containsEntry("REASON", "Partnership Board, 1 December 2020")
        .containsEntry("SUMMARY", "Partner joined");
    assertThat(row.get("CORRECTED_EVENT_ID")).isNull();
    assertThat(((Number) row.get("AGGREGATE_SEQUENCE")).longValue()).isZero();
    assertThat(row.get("PAYLOAD").toString())
        .contains("\"organisationId\":\"" + hdft + "\"")
        .contains("\"effectiveDate\":\"2020-12-01\"");
    assertThat(
            jdbc.query(
                "select entity_kind, entity_id from event_entity where event_id = ?",
                (rs, n) -> tuple(rs.getString(1), rs.getObject(2, UUID.class)),
                joined.eventId()))
        .containsExactlyInAnyOrder(
            tuple("partnership", cdcp.value()), tuple("organisation", hdft.value()));
  }

  @Test
  void a_redelivered_or_stale_event_adds_nothing_to_the_log() {
    OrganisationId ccg = OrganisationId.newId();
    RecordedEvent registered = history.record(registration(ccg, "NHS Durham Dales CCG"));
    RecordedEvent renamed =
        history.record(
            new OrganisationRenamed(
                ccg, "NHS Durham Dales CCG", "NHS County Durham CCG", LocalDate.of(2020, 4, 1)));
    intake.accept(registered);

    assertThat(intake.accept(registered)).isEqualTo(Outcome.SKIPPED);
    intake.accept(renamed);
    assertThat(intake.accept(registered)).isEqualTo(Outcome.SKIPPED);
    assertThat(intake.accept(renamed)).isEqualTo(Outcome.SKIPPED);

    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_log where aggregate_id = ?",
                Long.class,
                ccg.toString()))
        .isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_entity where entity_id = ?", Long.class, ccg.value()))
        .isEqualTo(2);
  }

  @Test
  void a_history_is_in_effective_date_order_and_has_the_events_of_others_that_name_it() {
    OrganisationId hdft = OrganisationId.newId();
    PartnershipId cdcp = PartnershipId.newId();
    accept(registration(hdft, "Harrogate and District NHS FT"));
    accept(
        new PartnershipFormed(
            cdcp, "County Durham Care Partnership", "County Durham", LocalDate.of(2018, 4, 1)));
    accept(new PartnerJoined(cdcp, hdft, LocalDate.of(2020, 12, 1)));
    // recorded last, effective in between
    accept(
        new OrganisationRenamed(
            hdft,
            "Harrogate and District NHS FT",
            "Harrogate and District NHS Foundation Trust",
            LocalDate.of(2016, 4, 1)));

    assertThat(log.history(EntityKind.ORGANISATION, hdft.value(), null))
        .extracting(LoggedEvent::type, LoggedEvent::effectiveDate)
        .containsExactly(
            tuple("organisation.registered.v1", LocalDate.of(2013, 4, 1)),
            tuple("organisation.renamed.v1", LocalDate.of(2016, 4, 1)),
            tuple("partnership.partner-joined.v1", LocalDate.of(2020, 12, 1)));
    assertThat(log.history(EntityKind.PARTNERSHIP, cdcp.value(), null))
        .extracting(LoggedEvent::type)
        .containsExactly("partnership.formed.v1", "partnership.partner-joined.v1");
    assertThat(log.history(EntityKind.BODY, hdft.value(), null))
        .as("an organisation's id is not a body's")
        .isEmpty();
  }

  @Test
  void a_history_as_recorded_before_a_correction_knows_nothing_of_it_and_at_or_after_it_does() {
    OrganisationId ccg = OrganisationId.newId();
    RecordedEvent registered = accept(registration(ccg, "NHS Durham Dale CCG"));
    RecordedEvent corrected =
        accept(
            new RegistrationCorrected(
                ccg,
                registered.eventId().toString(),
                "NHS Durham Dales CCG",
                "Misspelt",
                LocalDate.of(2013, 4, 15)));
    OffsetDateTime correctedAt = corrected.recordedAt();

    assertThat(
            log.history(
                EntityKind.ORGANISATION, ccg.value(), registered.recordedAt().minusNanos(1000)))
        .as("before anything was recorded")
        .isEmpty();
    List<LoggedEvent> before =
        log.history(EntityKind.ORGANISATION, ccg.value(), correctedAt.minusNanos(1000));
    assertThat(before).extracting(LoggedEvent::eventId).containsExactly(registered.eventId());
    assertThat(before.get(0).correctedBy()).isEmpty();
    for (OffsetDateTime atOrAfter : List.of(correctedAt, correctedAt.plusDays(1))) {
      List<LoggedEvent> known = log.history(EntityKind.ORGANISATION, ccg.value(), atOrAfter);
      assertThat(known)
          .extracting(LoggedEvent::eventId, LoggedEvent::corrects, LoggedEvent::correctedBy)
          .containsExactly(
              tuple(registered.eventId(), null, List.of(corrected.eventId())),
              tuple(corrected.eventId(), registered.eventId().toString(), List.of()));
    }
    assertThat(log.history(EntityKind.ORGANISATION, ccg.value(), null))
        .extracting(LoggedEvent::correctedBy)
        .containsExactly(List.of(corrected.eventId()), List.of());
  }

  @Test
  void the_trail_is_filtered_by_organisation_body_actor_and_recording_time() {
    OrganisationId council = OrganisationId.newId();
    String name = "Durham County Council " + UUID.randomUUID();
    PartnershipId cdcp = PartnershipId.newId();
    BodyId committee = BodyId.newId();
    history.by(actor, "someone else", "Set-up");
    RecordedEvent registered = accept(registration(council, name));
    history.by(actor, name.toUpperCase(), "Set-up");
    RecordedEvent established =
        accept(
            new BodyEstablished(
                committee,
                cdcp,
                "Joint Committee",
                BodyType.JOINT_COMMITTEE,
                BodyStatus.SHADOW,
                null,
                List.of(),
                LocalDate.of(2022, 10, 1)));
    history.by(actor, council.toString(), "April 2023");
    RecordedEvent operational =
        accept(
            new BodyStatusChanged(
                committee, BodyStatus.SHADOW, BodyStatus.OPERATIONAL, LocalDate.of(2023, 4, 1)));
    history.by(actor, "someone else", "Set-up");
    RecordedEvent formed =
        accept(new PartnershipFormed(cdcp, "CDCP", "County Durham", LocalDate.of(2018, 4, 1)));
    RecordedEvent joined = accept(new PartnerJoined(cdcp, council, LocalDate.of(2018, 4, 1)));

    assertThat(ids(trail(null, null, actor.toUpperCase(), null, null, null), 0, 200))
        .as("every event of the actor, oldest recorded first")
        .containsExactly(
            registered.eventId(),
            established.eventId(),
            operational.eventId(),
            formed.eventId(),
            joined.eventId());
    assertThat(ids(trail(council.value(), null, actor, null, null, null), 0, 200))
        .as("naming the council, or on its behalf by its name or id")
        .containsExactly(
            registered.eventId(), established.eventId(), operational.eventId(), joined.eventId());
    assertThat(ids(trail(null, committee.value(), actor, null, null, null), 0, 200))
        .containsExactly(established.eventId(), operational.eventId());
    assertThat(
            ids(
                trail(null, null, actor, established.recordedAt(), formed.recordedAt(), null),
                0,
                200))
        .as("from inclusive, to exclusive")
        .containsExactly(established.eventId(), operational.eventId());
    assertThat(ids(trail(null, null, actor, null, null, operational.recordedAt()), 0, 200))
        .as("as recorded at")
        .containsExactly(registered.eventId(), established.eventId(), operational.eventId());
    assertThat(ids(trail(null, null, "nobody-" + UUID.randomUUID(), null, null, null), 0, 200))
        .isEmpty();
  }

  @Test
  void the_trail_is_paged_with_the_total_on_every_page() {
    OrganisationId council = OrganisationId.newId();
    history.by(actor, "Durham County Council", "Renamings");
    RecordedEvent first = accept(registration(council, "Name 0"));
    RecordedEvent second = accept(renaming(council, 1));
    RecordedEvent third = accept(renaming(council, 2));
    RecordedEvent fourth = accept(renaming(council, 3));
    RecordedEvent fifth = accept(renaming(council, 4));
    EventLog.TrailFilter filter = trail(null, null, actor, null, null, null);

    assertThat(ids(filter, 0, 2)).containsExactly(first.eventId(), second.eventId());
    assertThat(ids(filter, 1, 2)).containsExactly(third.eventId(), fourth.eventId());
    assertThat(ids(filter, 2, 2)).containsExactly(fifth.eventId());
    assertThat(ids(filter, 3, 2)).isEmpty();
    assertThat(List.of(0, 1, 2, 3))
        .allSatisfy(page -> assertThat(log.trail(filter, page, 2).total()).isEqualTo(5));
  }

  private RecordedEvent accept(uk.partnershipledger.events.GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    intake.accept(recorded);
    return recorded;
  }

  private List<UUID> ids(EventLog.TrailFilter filter, int page, int size) {
    return log.trail(filter, page, size).events().stream().map(LoggedEvent::eventId).toList();
  }

  private static EventLog.TrailFilter trail(
      UUID organisation,
      UUID body,
      String actor,
      OffsetDateTime from,
      OffsetDateTime to,
      OffsetDateTime asRecordedAt) {
    return new EventLog.TrailFilter(organisation, body, actor, from, to, asRecordedAt);
  }

  private static OrganisationRegistered registration(OrganisationId id, String name) {
    return new OrganisationRegistered(
        id, name, OrganisationKind.NHS_FOUNDATION_TRUST, false, LocalDate.of(2013, 4, 1));
  }

  private static OrganisationRenamed renaming(OrganisationId id, int version) {
    return new OrganisationRenamed(
        id, "Name " + (version - 1), "Name " + version, LocalDate.of(2013 + version, 4, 1));
  }
}
