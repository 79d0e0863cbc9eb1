package uk.partnershipledger.command.api;

import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.partnershipledger.command.infrastructure.DurableCommits;

/**
 * The one way an endpoint sends commands: with the issuer attached as metadata, once per
 * idempotency key, and durably stored before it is answered.
 */
@Component
public class LedgerCommands {

  private final CommandGateway gateway;
  private final Idempotency idempotency;
  private final DurableCommits durableCommits;

  LedgerCommands(CommandGateway gateway, Idempotency idempotency, DurableCommits durableCommits) {
    this.gateway = gateway;
    this.idempotency = idempotency;
    this.durableCommits = durableCommits;
  }

  /**
   * Runs {@code action}, which sends the command(s) through the {@code send} it is given and builds
   * the answer.
   *
   * @param request what the client asked, path included, to tell a repeat from a different request
   *     under the same idempotency key
   */
  public ResponseEntity<?> handle(
      CommandHeaders headers,
      String reason,
      Object request,
      Function<Consumer<Object>, ResponseEntity<?>> action) {
    CommandIssuer issuer = headers.issuer(reason);
    return idempotency.once(
        headers.idempotencyKey(),
        issuer,
        request,
        () -> action.apply(command -> send(command, issuer)));
  }

  private void send(Object command, CommandIssuer issuer) {
    gateway.sendAndWait(
        GenericCommandMessage.asCommandMessage(command).andMetaData(issuer.asMetaData()));
    durableCommits.flushAfterCommit();
  }
}
