package uk.partnershipledger.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component of a published event that may be null: it is written as {@code null} and its event's
 * JSON Schema neither requires it nor forbids null for it. Every other component is required and
 * never null (ADR 0013). A consumer reads an absent field as it reads a null one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.RECORD_COMPONENT,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER
})
public @interface MayBeNull {}
