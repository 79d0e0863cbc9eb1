package uk.partnershipledger.query.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.query.bitemporal.RecordingTime;
import uk.partnershipledger.query.infrastructure.DurableCommits;

/**
 * Applies each event once to the read models, whatever Kafka delivers.
 *
 * <p>Kafka delivers at least once: an event is delivered again when the service stops between
 * projecting it and committing its offset, and the command side may publish it twice. The position
 * check and the projection share one database transaction, so an event is either applied and
 * remembered, or neither; together with at-least-once delivery that gives exactly-once effect.
 */
@Service
public class EventIntake {

  /** What became of one delivered event. */
  public enum Outcome {
    /** Applied to the read models and remembered as the aggregate's last event. */
    PROJECTED,
    /** Already applied, or older than what was applied: a redelivery, changing nothing. */
    SKIPPED
  }

  private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

  private final Map<Class<? extends GovernanceEvent>, Projector> projectors = new HashMap<>();
  private final List<EventJournal> journals;
  private final ProjectionPositions positions;
  private final TransactionTemplate transaction;
  private final DurableCommits durableCommits;
  private final RecordingTime recordingTime;
  private final Clock clock;

  EventIntake(
      List<Projector> projectors,
      List<EventJournal> journals,
      ProjectionPositions positions,
      TransactionTemplate transaction,
      DurableCommits durableCommits,
      RecordingTime recordingTime,
      Clock clock) {
    projectors.forEach(
        projector ->
            projector
                .projects()
                .forEach(
                    eventClass -> {
                      Projector other = this.projectors.put(eventClass, projector);
                      if (other != null) {
                        throw new IllegalStateException(
                            eventClass.getSimpleName()
                                + " is projected by both "
                                + other.getClass().getSimpleName()
                                + " and "
                                + projector.getClass().getSimpleName());
                      }
                    }));
    this.journals = List.copyOf(journals);
    this.positions = positions;
    this.transaction = transaction;
    this.durableCommits = durableCommits;
    this.recordingTime = recordingTime;
    this.clock = clock;
  }

  /**
   * Projects the event unless its aggregate has already reached its sequence number. Returns only
   * once the projection is durable, so the caller may then commit the event's offset; logs only
   * after the commit, so a "projected" line is never followed by a rollback.
   */
  public Outcome accept(RecordedEvent recorded) {
    Projector projector = projectors.get(recorded.event().getClass());
    if (projector == null) {
      // A published event no read model uses yet: kept on the dead-letter topic, to be replayed
      // once a projector exists, rather than lost.
      throw new UnreadableEvent("no read model projects " + recorded.describe());
    }
    Outcome outcome = transaction.execute(status -> apply(recorded, projector));
    if (outcome == Outcome.PROJECTED) {
      durableCommits.flush();
    }
    log.atInfo()
        .addKeyValue("eventId", recorded.eventId())
        .addKeyValue("aggregateId", recorded.aggregateId())
        .addKeyValue("eventType", recorded.type())
        .addKeyValue("aggregateSequence", recorded.aggregateSequence())
        .addKeyValue("outcome", outcome)
        .log(
            outcome == Outcome.PROJECTED
                ? "Projected {} event {} of aggregate {} (sequence {})"
                : "Skipped {} event {} of aggregate {} (sequence {}): already applied",
            recorded.type(),
            recorded.eventId(),
            recorded.aggregateId(),
            recorded.aggregateSequence());
    return outcome;
  }

  private Outcome apply(RecordedEvent recorded, Projector projector) {
    Optional<Long> last = positions.lastSequenceOf(recorded.aggregateId());
    long expected = last.map(sequence -> sequence + 1).orElse(0L);
    if (recorded.aggregateSequence() < expected) {
      return Outcome.SKIPPED;
    }
    if (recorded.aggregateSequence() > expected) {
      // Applied all the same: refusing would block the aggregate for good. A gap means an earlier
      // event was dead-lettered or never published, and someone should look.
      log.atWarn()
          .addKeyValue("eventId", recorded.eventId())
          .addKeyValue("aggregateId", recorded.aggregateId())
          .addKeyValue("eventType", recorded.type())
          .addKeyValue("expectedSequence", expected)
          .addKeyValue("aggregateSequence", recorded.aggregateSequence())
          .log(
              "Sequence gap before {} event {} of aggregate {}: expected sequence {}, got {}",
              recorded.type(),
              recorded.eventId(),
              recorded.aggregateId(),
              expected,
              recorded.aggregateSequence());
    }
    // Every row the projector writes is versioned as recorded when the ledger recorded the event.
    recordingTime.during(recorded.recordedAt(), () -> projector.project(recorded));
    journals.forEach(journal -> journal.keep(recorded));
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (last.isPresent()) {
      positions.advance(recorded, now);
    } else {
      positions.start(recorded, now);
    }
    return Outcome.PROJECTED;
  }
}
