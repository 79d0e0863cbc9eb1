package uk.partnershipledger.events.body;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one person's membership of one body, from appointment to its end. */
public record MembershipId(UUID value) {

  public MembershipId {
    Objects.requireNonNull(value, "a membership id needs a value");
  }

  public static MembershipId newId() {
    return new MembershipId(UUID.randomUUID());
  }

  @JsonCreator
  public static MembershipId of(String value) {
    return new MembershipId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
