package uk.partnershipledger.query.audit;

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

/**
 * An instance of any event of the contract, every field filled (a list with one element, fresh
 * ids), built from the record's components: so a test can cover every event, including those added
 * after it was written.
 */
final class SampleEvents {

  private SampleEvents() {}

  static GovernanceEvent of(Class<? extends GovernanceEvent> eventClass) {
    return (GovernanceEvent) sample(eventClass, eventClass);
  }

  private static Object sample(Class<?> type, Type generic) {
    if (type == String.class) {
      return "text";
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2022, 7, 1);
    }
    if (type == int.class || type == Integer.class) {
      return 12;
    }
    if (type == long.class || type == Long.class) {
      return 12L;
    }
    if (type == boolean.class || type == Boolean.class) {
      return true;
    }
    if (type == BigDecimal.class) {
      return new BigDecimal("400000.00");
    }
    if (type == UUID.class) {
      return UUID.randomUUID();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == List.class) {
      Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
      Class<?> elementClass =
          element instanceof ParameterizedType parameterized
              ? (Class<?>) parameterized.getRawType()
              : (Class<?>) element;
      return List.of(sample(elementClass, element));
    }
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      Object[] values =
          Arrays.stream(components).map(c -> sample(c.getType(), c.getGenericType())).toArray();
      try {
        Constructor<?> canonical =
            type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
        return canonical.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build a sample " + type.getSimpleName(), e);
      }
    }
    throw new IllegalArgumentException("no sample of " + type + " yet: add one here");
  }
}
