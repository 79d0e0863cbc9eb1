package uk.partnershipledger.query.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.query.intake.EventJournal;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Every projected event with its envelope, and the entities it names: written once per event by the
 * intake, read by the audit trail and the histories.
 */
@Repository
class EventLog implements EventJournal {

  /** Rows per {@code in (...)} list: far below any database's limit on parameters. */
  private static final int CHUNK = 500;

  private static final String SELECT =
      "select l.event_id, l.event_type, l.aggregate_type, l.aggregate_id, l.aggregate_sequence,"
          + " l.effective_date, l.recorded_at, l.actor, l.on_behalf_of, l.reason,"
          + " l.corrected_event_id, l.summary, l.payload from event_log l";

  private static final String ORDER_RECORDED = " order by l.recorded_at, l.event_id";

  private final JdbcTemplate jdbc;
  private final JsonMapper json;

  EventLog(JdbcTemplate jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public void keep(RecordedEvent recorded) {
    GovernanceEvent event = recorded.event();
    jdbc.update(
        "insert into event_log (event_id, event_type, aggregate_type, aggregate_id,"
            + " aggregate_sequence, effective_date, recorded_at, actor, on_behalf_of, reason,"
            + " corrected_event_id, summary, payload)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        recorded.type(),
        recorded.aggregateType(),
        recorded.aggregateId(),
        recorded.aggregateSequence(),
        recorded.require(event.effectiveDate(), "effectiveDate"),
        recorded.recordedAt(),
        recorded.actor(),
        recorded.onBehalfOf(),
        recorded.reason(),
        correctedEventIdOf(event),
        Summary.of(event),
        json.writeValueAsString(event));
    ConcernedEntities.of(event)
        .forEach(
            entity ->
                jdbc.update(
                    "insert into event_entity (event_id, entity_kind, entity_id) values (?, ?, ?)",
                    recorded.eventId(),
                    entity.kind().code(),
                    entity.id()));
  }

  /**
   * The event a correction names, by the contract's {@code correctedEventId}; null for an event
   * that corrects nothing. A UUID is kept in its canonical form, so it matches the event's id.
   */
  static String correctedEventIdOf(GovernanceEvent event) {
    return Arrays.stream(event.getClass().getRecordComponents())
        .filter(component -> component.getName().equals("correctedEventId"))
        .map(component -> ConcernedEntities.read(component, event))
        .filter(value -> value != null)
        .map(value -> canonical(value.toString()))
        .findFirst()
        .orElse(null);
  }

  private static String canonical(String eventId) {
    try {
      return UUID.fromString(eventId.strip()).toString();
    } catch (IllegalArgumentException notAUuid) {
      return eventId;
    }
  }

  /**
   * Every event naming the entity, recorded at or before {@code asRecordedAt} (all of them when
   * null), by effective date, then by when recorded.
   */
  List<LoggedEvent> history(EntityKind kind, UUID id, OffsetDateTime asRecordedAt) {
    List<Object> arguments = new ArrayList<>(List.of(kind.code(), id));
    String recordedBy = "";
    if (asRecordedAt != null) {
      recordedBy = " and l.recorded_at <= ?";
      arguments.add(asRecordedAt);
    }
    List<LoggedEvent> events =
        jdbc.query(
            SELECT
                + " join event_entity e on e.event_id = l.event_id"
                + " where e.entity_kind = ? and e.entity_id = ?"
                + recordedBy
                + " order by l.effective_date, l.recorded_at, l.event_id",
            EventLog::loggedEvent,
            arguments.toArray());
    return complete(events, asRecordedAt);
  }

  /**
   * What the audit trail is filtered by; null fields filter nothing.
   *
   * @param organisation events naming it, or recorded on behalf of it (by its id or any of its
   *     names, ignoring case)
   * @param body events naming it
   * @param actor events recorded by that actor, ignoring case
   * @param from recorded at or after
   * @param to recorded before
   * @param asRecordedAt recorded at or before; corrections recorded later are not shown either
   */
  record TrailFilter(
      UUID organisation,
      UUID body,
      String actor,
      OffsetDateTime from,
      OffsetDateTime to,
      OffsetDateTime asRecordedAt) {}

  /** One page of the filtered trail and how many events match in all. */
  record TrailPage(List<LoggedEvent> events, long total) {}

  TrailPage trail(TrailFilter filter, int page, int size) {
    List<String> conditions = new ArrayList<>();
    List<Object> arguments = new ArrayList<>();
    if (filter.organisation() != null) {
      conditions.add(
          "("
              + names("organisation")
              + " or lower(l.on_behalf_of) = ?"
              + " or lower(l.on_behalf_of) in (select lower(n.name) from organisation_name n"
              + " where n.organisation_id = ?)"
              + " or lower(l.on_behalf_of) in (select lower(o.name) from organisation o"
              + " where o.organisation_id = ?))");
      UUID organisation = filter.organisation();
      arguments.addAll(List.of(organisation, organisation.toString(), organisation, organisation));
    }
    if (filter.body() != null) {
      conditions.add(names("body"));
      arguments.add(filter.body());
    }
    if (filter.actor() != null) {
      conditions.add("lower(l.actor) = lower(?)");
      arguments.add(filter.actor());
    }
    if (filter.from() != null) {
      conditions.add("l.recorded_at >= ?");
      arguments.add(filter.from());
    }
    if (filter.to() != null) {
      conditions.add("l.recorded_at < ?");
      arguments.add(filter.to());
    }
    if (filter.asRecordedAt() != null) {
      conditions.add("l.recorded_at <= ?");
      arguments.add(filter.asRecordedAt());
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    Long total =
        jdbc.queryForObject(
            "select count(*) from event_log l" + where, Long.class, arguments.toArray());
    arguments.add(size);
    arguments.add((long) page * size);
    List<LoggedEvent> events =
        jdbc.query(
            SELECT + where + ORDER_RECORDED + " limit ? offset ?",
            EventLog::loggedEvent,
            arguments.toArray());
    return new TrailPage(complete(events, filter.asRecordedAt()), total == null ? 0 : total);
  }

  /** The condition that the event names the entity of the kind given, whose id is the argument. */
  private static String names(String kind) {
    return "exists (select 1 from event_entity e where e.event_id = l.event_id"
        + " and e.entity_kind = '"
        + kind
        + "' and e.entity_id = ?)";
  }

  /** Adds the entities each event names and the corrections naming it. */
  private List<LoggedEvent> complete(List<LoggedEvent> events, OffsetDateTime asRecordedAt) {
    Map<UUID, List<LoggedEvent.Concern>> concerns = new HashMap<>();
    inChunks(
        events.stream().map(LoggedEvent::eventId).toList(),
        ids ->
            jdbc.query(
                "select event_id, entity_kind, entity_id from event_entity where event_id in ("
                    + placeholders(ids)
                    + ")",
                (RowCallbackHandler)
                    rs ->
                        concerns
                            .computeIfAbsent(
                                rs.getObject("event_id", UUID.class), id -> new ArrayList<>())
                            .add(
                                new LoggedEvent.Concern(
                                    EntityKind.ofCode(rs.getString("entity_kind")),
                                    rs.getObject("entity_id", UUID.class))),
                ids.toArray()));
    Map<String, List<UUID>> corrections = new HashMap<>();
    inChunks(
        events.stream().map(event -> event.eventId().toString()).toList(),
        ids -> {
          List<Object> arguments = new ArrayList<>(ids);
          String recordedBy = "";
          if (asRecordedAt != null) {
            recordedBy = " and recorded_at <= ?";
            arguments.add(asRecordedAt);
          }
          jdbc.query(
              "select event_id, corrected_event_id from event_log where corrected_event_id in ("
                  + placeholders(ids)
                  + ")"
                  + recordedBy
                  + " order by recorded_at, event_id",
              (RowCallbackHandler)
                  rs ->
                      corrections
                          .computeIfAbsent(
                              rs.getString("corrected_event_id"), id -> new ArrayList<>())
                          .add(rs.getObject("event_id", UUID.class)),
              arguments.toArray());
        });
    Comparator<LoggedEvent.Concern> byKindThenId =
        Comparator.comparing(LoggedEvent.Concern::kind)
            .thenComparing(concern -> concern.id().toString());
    return events.stream()
        .map(
            event ->
                event.with(
                    concerns.getOrDefault(event.eventId(), List.of()).stream()
                        .sorted(byKindThenId)
                        .toList(),
                    corrections.getOrDefault(event.eventId().toString(), List.of())))
        .toList();
  }

  private static <T> void inChunks(List<T> ids, Consumer<List<T>> query) {
    for (int start = 0; start < ids.size(); start += CHUNK) {
      query.accept(ids.subList(start, Math.min(ids.size(), start + CHUNK)));
    }
  }

  private static String placeholders(Collection<?> ids) {
    return String.join(", ", Collections.nCopies(ids.size(), "?"));
  }

  private static LoggedEvent loggedEvent(ResultSet rs, int row) throws SQLException {
    return new LoggedEvent(
        rs.getObject("event_id", UUID.class),
        rs.getString("event_type"),
        rs.getObject("effective_date", LocalDate.class),
        rs.getString("summary"),
        rs.getObject("recorded_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
        rs.getString("actor"),
        rs.getString("on_behalf_of"),
        rs.getString("reason"),
        rs.getString("corrected_event_id"),
        List.of(),
        rs.getString("aggregate_type"),
        rs.getString("aggregate_id"),
        rs.getLong("aggregate_sequence"),
        List.of(),
        rs.getString("payload"));
  }
}
