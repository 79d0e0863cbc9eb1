package uk.partnershipledger.events.contract;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.MayBeNull;

/**
 * Builds a representative instance of any event from its record components alone, so a new event
 * gets its pinned form and its schema check without anyone writing a sample for it. Values are
 * fixed (ids and dates count up in component order), so the same event always gives the same JSON.
 */
final class SampleEvents {

  private static final LocalDate FIRST_DATE = LocalDate.of(2024, 4, 1);

  private final boolean withNullables;
  private int counter;

  private SampleEvents(boolean withNullables) {
    this.withNullables = withNullables;
  }

  /** Every component filled in, those that may be null too: the form that is pinned. */
  static <E extends GovernanceEvent> E full(Class<E> eventClass) {
    return eventClass.cast(new SampleEvents(true).record(eventClass));
  }

  /** The components marked {@link MayBeNull} left null: the least an event may carry. */
  static <E extends GovernanceEvent> E minimal(Class<E> eventClass) {
    return eventClass.cast(new SampleEvents(false).record(eventClass));
  }

  /** A typed id is a record around one UUID, written as a bare string (ADR 0002). */
  static boolean isTypedId(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    return components != null && components.length == 1 && components[0].getType() == UUID.class;
  }

  private Object record(Class<?> recordClass) {
    RecordComponent[] components = recordClass.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      boolean leftNull = !withNullables && component.isAnnotationPresent(MayBeNull.class);
      values[i] = leftNull ? null : value(component.getGenericType(), component.getName());
    }
    try {
      Constructor<?> canonical =
          recordClass.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build a sample " + recordClass.getSimpleName(), e);
    }
  }

  private Object value(Type type, String name) {
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      Type element = list.getActualTypeArguments()[0];
      return List.of(value(element, name), value(element, name));
    }
    Class<?> raw = (Class<?>) type;
    int n = ++counter;
    if (raw == String.class) {
      // Corrections name the corrected event by its id, a UUID in practice.
      return name.endsWith("EventId") ? uuid(n).toString() : "sample " + name + " " + n;
    }
    if (raw == LocalDate.class) {
      return FIRST_DATE.plusDays(n);
    }
    if (raw == int.class || raw == Integer.class) {
      return n;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return true;
    }
    if (raw == BigDecimal.class) {
      return new BigDecimal(n + "000.00");
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[n % constants.length];
    }
    if (isTypedId(raw)) {
      try {
        Constructor<?> constructor = raw.getDeclaredConstructor(UUID.class);
        return constructor.newInstance(uuid(n));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    if (raw.isRecord()) {
      return record(raw);
    }
    throw new IllegalStateException(
        "no sample value for a " + type + " (" + name + "): teach SampleEvents this type");
  }

  private static UUID uuid(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
  }
}
