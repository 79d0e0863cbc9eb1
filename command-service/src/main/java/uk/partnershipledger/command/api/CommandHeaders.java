package uk.partnershipledger.command.api;

/**
 * The headers every command carries: who sends it, for which organisation, and an optional
 * idempotency key. Resolved from the request by {@link CommandHeadersResolver}, so an endpoint
 * declares one parameter instead of three.
 */
public record CommandHeaders(String actor, String onBehalfOf, String idempotencyKey) {

  public static final String ACTOR = "X-Actor";
  public static final String ON_BEHALF_OF = "X-On-Behalf-Of";
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  CommandIssuer issuer(String reason) {
    return new CommandIssuer(actor, onBehalfOf, reason);
  }
}
