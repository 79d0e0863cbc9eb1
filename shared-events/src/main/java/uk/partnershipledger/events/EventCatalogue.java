package uk.partnershipledger.events;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.partnershipledger.events.body.BodyEvent;
import uk.partnershipledger.events.mou.MouEvent;
import uk.partnershipledger.events.organisation.OrganisationEvent;
import uk.partnershipledger.events.partnership.PartnershipEvent;

/**
 * The one list of published events, with their logical names and revisions.
 *
 * <p>Both sides map names to classes through this catalogue, never through Java class names on the
 * wire (STACK.md, trap 10). A new aggregate's family is added to {@link #FAMILIES}; a test checks
 * that no {@link GovernanceEvent} exists outside a listed family.
 */
public final class EventCatalogue {

  /** The sealed event family of each aggregate, with the aggregate type consumers see. */
  public static final List<Family> FAMILIES =
      List.of(
          new Family(OrganisationEvent.class, "organisation"),
          new Family(PartnershipEvent.class, "partnership"),
          new Family(BodyEvent.class, "body"),
          new Family(MouEvent.class, "mou"));

  /** Every event schema's {@code $id} is this followed by the CloudEvents type. */
  public static final String SCHEMA_ID_PREFIX = "urn:partnership-ledger:event-schema:";

  private static final Map<String, Entry> BY_TYPE = new LinkedHashMap<>();
  private static final Map<Class<?>, Entry> BY_CLASS = new LinkedHashMap<>();
  private static final Map<String, Entry> BY_NAME = new LinkedHashMap<>();

  static {
    FAMILIES.forEach(
        family ->
            Arrays.stream(family.sealedInterface().getPermittedSubclasses())
                .forEach(
                    eventClass -> {
                      EventType type = eventClass.getAnnotation(EventType.class);
                      if (type == null) {
                        throw new IllegalStateException(eventClass + " has no @EventType");
                      }
                      @SuppressWarnings("unchecked")
                      Entry entry =
                          new Entry(
                              type.name(),
                              type.revision(),
                              family.aggregateType(),
                              (Class<? extends GovernanceEvent>) eventClass);
                      if (BY_TYPE.put(entry.qualifiedType(), entry) != null) {
                        throw new IllegalStateException(
                            "two events named " + entry.qualifiedType());
                      }
                      BY_CLASS.put(eventClass, entry);
                      BY_NAME.put(entry.name(), entry);
                    }));
  }

  private EventCatalogue() {}

  public static List<Entry> all() {
    return List.copyOf(BY_CLASS.values());
  }

  public static Entry of(Class<?> eventClass) {
    Entry entry = BY_CLASS.get(eventClass);
    if (entry == null) {
      throw new IllegalArgumentException(eventClass.getName() + " is not a published event");
    }
    return entry;
  }

  /** Looks an event up by the type consumers see, such as {@code partnership.partner-joined.v1}. */
  public static Optional<Entry> byQualifiedType(String qualifiedType) {
    return Optional.ofNullable(BY_TYPE.get(qualifiedType));
  }

  /**
   * The revision of an event the ledger writes now, by its logical name such as {@code mou.signed}.
   */
  public static Optional<Entry> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /**
   * The id of the aggregate an event belongs to, as the Kafka key and the CloudEvents subject carry
   * it.
   */
  public static String aggregateIdOf(GovernanceEvent event) {
    if (event instanceof OrganisationEvent organisationEvent) {
      return organisationEvent.organisationId().toString();
    }
    if (event instanceof PartnershipEvent partnershipEvent) {
      return partnershipEvent.partnershipId().toString();
    }
    if (event instanceof BodyEvent bodyEvent) {
      return bodyEvent.bodyId().toString();
    }
    if (event instanceof MouEvent mouEvent) {
      return mouEvent.mouId().toString();
    }
    throw new IllegalArgumentException("no aggregate for " + event);
  }

  /**
   * One published event.
   *
   * @param name the logical name, such as {@code partnership.partner-joined}
   * @param revision the revision of its JSON form
   * @param aggregateType the kind of aggregate it belongs to, such as {@code partnership}
   * @param eventClass the record that carries it
   */
  public record Entry(
      String name,
      int revision,
      String aggregateType,
      Class<? extends GovernanceEvent> eventClass) {

    /** The name with its revision: the CloudEvents {@code type} on Kafka. */
    public String qualifiedType() {
      return name + ".v" + revision;
    }

    /**
     * The {@code $id} of the body's checked-in JSON Schema (ADR 13), which each published message
     * names as its CloudEvents {@code dataschema}.
     */
    public URI schemaId() {
      return URI.create(SCHEMA_ID_PREFIX + qualifiedType());
    }
  }

  /** An aggregate's sealed event family and the aggregate type consumers see. */
  public record Family(Class<? extends GovernanceEvent> sealedInterface, String aggregateType) {}
}
