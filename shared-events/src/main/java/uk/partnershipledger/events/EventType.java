package uk.partnershipledger.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable logical name and revision of a published event.
 *
 * <p>Consumers on Kafka see this name, never the Java class name, so a class can be moved or
 * renamed without breaking them. The revision changes only when the JSON form changes in a way that
 * is not purely additive; the old revision then gets an upcaster on the command side.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

  /** Dotted, lower-case, aggregate first: {@code partnership.partner-joined}. */
  String name();

  int revision() default 1;
}
