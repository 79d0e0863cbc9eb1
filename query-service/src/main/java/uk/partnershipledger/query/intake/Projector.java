package uk.partnershipledger.query.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import uk.partnershipledger.events.GovernanceEvent;

/**
 * Applies the events of one read model to its tables.
 *
 * <p>A subclass registers one handler per event class in its constructor. Handlers run inside the
 * intake's transaction, after the duplicate check, so they need not be idempotent themselves: a
 * handler is called at most once per event.
 */
public abstract class Projector {

  private final Map<Class<? extends GovernanceEvent>, BiConsumer<GovernanceEvent, RecordedEvent>>
      handlers = new LinkedHashMap<>();

  protected <E extends GovernanceEvent> void on(
      Class<E> eventClass, BiConsumer<E, RecordedEvent> handler) {
    if (handlers.put(
            eventClass, (event, recorded) -> handler.accept(eventClass.cast(event), recorded))
        != null) {
      throw new IllegalStateException(
          getClass().getSimpleName() + " handles " + eventClass + " twice");
    }
  }

  /** The event classes this projector applies. */
  public final Set<Class<? extends GovernanceEvent>> projects() {
    return Set.copyOf(handlers.keySet());
  }

  final void project(RecordedEvent recorded) {
    BiConsumer<GovernanceEvent, RecordedEvent> handler = handlers.get(recorded.event().getClass());
    if (handler == null) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + " does not project " + recorded.describe());
    }
    handler.accept(recorded.event(), recorded);
  }
}
