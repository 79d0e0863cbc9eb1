package uk.partnershipledger.command.api;

import java.util.Map;

/**
 * Who issued a command, on behalf of which organisation, and why (DOMAIN.md, rule 8).
 *
 * <p>It travels as Axon metadata from the command onto every event the command causes, so the audit
 * trail can always say who recorded a fact and on what authority.
 *
 * @param actor the person or system that sent the command, such as {@code j.smith@durham.gov.uk}
 * @param onBehalfOf the organisation the actor acts for
 * @param reason a reason or a reference, such as "Cabinet 17 March 2021, item 7"
 */
public record CommandIssuer(String actor, String onBehalfOf, String reason) {

  public static final String ACTOR = "actor";
  public static final String ON_BEHALF_OF = "onBehalfOf";
  public static final String REASON = "reason";
  public static final String[] METADATA_KEYS = {ACTOR, ON_BEHALF_OF, REASON};

  static final int MAX_NAME_LENGTH = 200;
  static final int MAX_REASON_LENGTH = 1000;

  public CommandIssuer {
    require(actor, "X-Actor", MAX_NAME_LENGTH);
    require(onBehalfOf, "X-On-Behalf-Of", MAX_NAME_LENGTH);
    require(reason, "reason", MAX_REASON_LENGTH);
  }

  public Map<String, String> asMetaData() {
    return Map.of(ACTOR, actor, ON_BEHALF_OF, onBehalfOf, REASON, reason);
  }

  private static void require(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequest(field, "every command must say " + describe(field));
    }
    if (value.length() > maxLength) {
      throw new InvalidRequest(field, field + " is longer than " + maxLength + " characters");
    }
  }

  private static String describe(String field) {
    return switch (field) {
      case "X-Actor" -> "who issues it (header X-Actor)";
      case "X-On-Behalf-Of" -> "on behalf of which organisation (header X-On-Behalf-Of)";
      default -> "why: a reason or a reference such as a committee minute (field reason)";
    };
  }
}
