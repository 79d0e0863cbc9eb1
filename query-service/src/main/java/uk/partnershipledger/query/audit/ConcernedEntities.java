package uk.partnershipledger.query.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import uk.partnershipledger.events.GovernanceEvent;

/**
 * The entities an event concerns: every organisation, partnership, body, MoU and delegation it
 * names, its own aggregate among them.
 *
 * <p>Found by walking the event's record components (into lists and nested records such as a
 * rotating chair's turns) for the contract's typed ids, rather than from a list per event type: an
 * event added to the contract is indexed without a change here. A test holds every event of the
 * catalogue to naming at least its aggregate.
 */
final class ConcernedEntities {

  /** One entity an event names. */
  record Entity(EntityKind kind, UUID id) {}

  private ConcernedEntities() {}

  static Set<Entity> of(GovernanceEvent event) {
    Set<Entity> found = new LinkedHashSet<>();
    walk(event, found);
    return found;
  }

  private static void walk(Object value, Set<Entity> found) {
    if (value == null) {
      return;
    }
    var kind = EntityKind.ofIdType(value.getClass());
    if (kind.isPresent()) {
      // Every typed id writes itself as its UUID (its @JsonValue toString).
      found.add(new Entity(kind.get(), UUID.fromString(value.toString())));
    } else if (value instanceof Collection<?> values) {
      values.forEach(element -> walk(element, found));
    } else if (value instanceof Record) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        walk(read(component, value), found);
      }
    }
  }

  static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
    }
  }
}
