package uk.partnershipledger.events.body;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a member's declaration of an interest in a matter. */
public record DeclarationId(UUID value) {

  public DeclarationId {
    Objects.requireNonNull(value, "a declaration id needs a value");
  }

  public static DeclarationId newId() {
    return new DeclarationId(UUID.randomUUID());
  }

  @JsonCreator
  public static DeclarationId of(String value) {
    return new DeclarationId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
