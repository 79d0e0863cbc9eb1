package uk.partnershipledger.events.body;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a decision a body took, or attempted and was refused, or a recommendation it made in
 * shadow form.
 */
public record DecisionId(UUID value) {

  public DecisionId {
    Objects.requireNonNull(value, "a decision id needs a value");
  }

  public static DecisionId newId() {
    return new DecisionId(UUID.randomUUID());
  }

  @JsonCreator
  public static DecisionId of(String value) {
    return new DecisionId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
