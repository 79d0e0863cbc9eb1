package uk.partnershipledger.events.partnership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a place-based partnership, such as the County Durham Care Partnership. */
public record PartnershipId(UUID value) {

  public PartnershipId {
    Objects.requireNonNull(value, "a partnership id needs a value");
  }

  public static PartnershipId newId() {
    return new PartnershipId(UUID.randomUUID());
  }

  @JsonCreator
  public static PartnershipId of(String value) {
    return new PartnershipId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
