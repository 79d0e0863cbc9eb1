package uk.partnershipledger.events.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a partner organisation for its whole life, whatever it is called. */
public record OrganisationId(UUID value) {

  public OrganisationId {
    Objects.requireNonNull(value, "an organisation id needs a value");
  }

  public static OrganisationId newId() {
    return new OrganisationId(UUID.randomUUID());
  }

  @JsonCreator
  public static OrganisationId of(String value) {
    return new OrganisationId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
