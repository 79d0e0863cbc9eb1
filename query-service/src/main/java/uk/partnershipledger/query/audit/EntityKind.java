package uk.partnershipledger.query.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * The things that have a history: each known by its typed id in the event contract, and by its
 * collection in the query API.
 */
public enum EntityKind {
  ORGANISATION("organisation", "organisations", OrganisationId.class),
  PARTNERSHIP("partnership", "partnerships", PartnershipId.class),
  BODY("body", "bodies", BodyId.class),
  MOU("mou", "mous", MouId.class),
  DELEGATION("delegation", "delegations", DelegationId.class);

  private final String code;
  private final String collection;
  private final Class<?> idType;

  EntityKind(String code, String collection, Class<?> idType) {
    this.code = code;
    this.collection = collection;
    this.idType = idType;
  }

  /** As stored and answered: {@code organisation}, {@code body}, ... */
  @JsonValue
  public String code() {
    return code;
  }

  /** The path segment of its resources: {@code organisations}, {@code bodies}, ... */
  String collection() {
    return collection;
  }

  static Optional<EntityKind> ofIdType(Class<?> type) {
    return Arrays.stream(values()).filter(kind -> kind.idType == type).findFirst();
  }

  static EntityKind ofCode(String code) {
    return Arrays.stream(values())
        .filter(kind -> kind.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no entity kind " + code));
  }

  static Optional<EntityKind> ofCollection(String collection) {
    return Arrays.stream(values()).filter(kind -> kind.collection.equals(collection)).findFirst();
  }
}
