package uk.partnershipledger.events.mou;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a memorandum of understanding through all its versions. */
public record MouId(UUID value) {

  public MouId {
    Objects.requireNonNull(value, "an MoU id needs a value");
  }

  public static MouId newId() {
    return new MouId(UUID.randomUUID());
  }

  @JsonCreator
  public static MouId of(String value) {
    return new MouId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
