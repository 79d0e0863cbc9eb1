package uk.partnershipledger.example.consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The example's effect: a line per event with its type, aggregate, effective date and actor, and,
 * for the few types it knows, what the body says.
 *
 * <p>Written for forward compatibility, as every consumer of the ledger must be: a type it does not
 * know (a new event, or a new revision {@code .v2}) is ignored rather than refused, and a property
 * it does not know in a body is ignored, because a revision may gain properties.
 */
public final class GovernanceEventPrinter implements LedgerEventHandler {

  private final ObjectMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private final PrintStream out;

  public GovernanceEventPrinter(PrintStream out) {
    this.out = out;
  }

  /** Only the properties this consumer uses; the body has more. */
  record OrganisationRegistered(String name, String kind) {}

  record PartnershipFormed(String name, String place) {}

  record PartnerChange(String partnershipId, String organisationId) {}

  @Override
  public void handle(LedgerEvent event) {
    out.printf(
        "%s %s effective %s by %s: %s%n",
        event.type(), event.subject(), event.effectiveDate(), event.actor(), describe(event));
  }

  /** Switch on the full type, revision included: a new revision's body may differ. */
  private String describe(LedgerEvent event) {
    return switch (event.type()) {
      case "organisation.registered.v1" -> {
        OrganisationRegistered registered = read(event, OrganisationRegistered.class);
        yield registered.name() + " registered (" + registered.kind() + ")";
      }
      case "partnership.formed.v1" -> {
        PartnershipFormed formed = read(event, PartnershipFormed.class);
        yield formed.name() + " formed in " + formed.place();
      }
      case "partnership.partner-joined.v1" ->
          "organisation " + read(event, PartnerChange.class).organisationId() + " joined";
      case "partnership.partner-left.v1" ->
          "organisation " + read(event, PartnerChange.class).organisationId() + " left";
      default -> "not used by this consumer";
    };
  }

  private <T> T read(LedgerEvent event, Class<T> type) {
    try {
      return json.readValue(event.data(), type);
    } catch (IOException e) {
      throw new UnreadableEvent(event.type() + " event " + event.id() + ": " + e.getMessage(), e);
    }
  }
}
