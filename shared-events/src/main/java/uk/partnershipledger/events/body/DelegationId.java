package uk.partnershipledger.events.body;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one delegation of a statutory function to a body, through its variations, until it is
 * revoked or lapses.
 */
public record DelegationId(UUID value) {

  public DelegationId {
    Objects.requireNonNull(value, "a delegation id needs a value");
  }

  public static DelegationId newId() {
    return new DelegationId(UUID.randomUUID());
  }

  @JsonCreator
  public static DelegationId of(String value) {
    return new DelegationId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
