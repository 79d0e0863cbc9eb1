package uk.partnershipledger.events.body;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a governance body for its whole life. Names are not identities: Durham's local
 * "Integrated Care Board" of 2018 (seeds/001 §3) and the statutory NHS ICBs of 2022 are different
 * things with one name.
 */
public record BodyId(UUID value) {

  public BodyId {
    Objects.requireNonNull(value, "a body id needs a value");
  }

  public static BodyId newId() {
    return new BodyId(UUID.randomUUID());
  }

  @JsonCreator
  public static BodyId of(String value) {
    return new BodyId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
