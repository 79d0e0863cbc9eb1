package uk.partnershipledger.query.audit;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.GovernanceEvent;

/**
 * An event in words: its name and its key facts, such as "Partner gave notice: intended leaving
 * date 2022-07-01".
 *
 * <p>Written from the record's components, like {@link ConcernedEntities}, so every event of the
 * contract has one. Ids are left out (the entry names the entities it concerns), and so are the
 * effective date and the corrected event, which the entry shows in fields of their own.
 */
final class Summary {

  static final int MAX_LENGTH = 4000;

  private static final List<String> SHOWN_APART = List.of("effectiveDate", "correctedEventId");

  private Summary() {}

  static String of(GovernanceEvent event) {
    String name = EventCatalogue.of(event.getClass()).name();
    String action = name.substring(name.indexOf('.') + 1).replace('-', ' ');
    String title = Character.toUpperCase(action.charAt(0)) + action.substring(1);
    List<String> facts = new ArrayList<>();
    for (RecordComponent component : event.getClass().getRecordComponents()) {
      if (!SHOWN_APART.contains(component.getName())) {
        String value = words(ConcernedEntities.read(component, event));
        if (value != null) {
          facts.add(label(component.getName()) + " " + value);
        }
      }
    }
    String summary = facts.isEmpty() ? title : title + ": " + String.join("; ", facts);
    return summary.length() <= MAX_LENGTH ? summary : summary.substring(0, MAX_LENGTH - 1) + "…";
  }

  /** The value in words, or null when there is nothing worth saying (an id, nothing at all). */
  private static String words(Object value) {
    if (value == null || isId(value)) {
      return null;
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    if (value instanceof Collection<?> values) {
      List<String> elements = values.stream().map(Summary::words).filter(Objects::nonNull).toList();
      return elements.isEmpty() ? null : "[" + String.join(", ", elements) + "]";
    }
    if (value instanceof Record) {
      List<String> parts = new ArrayList<>();
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        String part = words(ConcernedEntities.read(component, value));
        if (part != null) {
          parts.add(part);
        }
      }
      return parts.isEmpty() ? null : String.join(" ", parts);
    }
    return value.toString();
  }

  /**
   * The contract's ids, typed or not, are records of one UUID (OrganisationId, MembershipId...).
   */
  private static boolean isId(Object value) {
    if (value instanceof UUID) {
      return true;
    }
    RecordComponent[] components = value.getClass().getRecordComponents();
    return components != null && components.length == 1 && components[0].getType() == UUID.class;
  }

  /** {@code intendedLeavingDate} as "intended leaving date". */
  private static String label(String componentName) {
    return componentName.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
  }
}
