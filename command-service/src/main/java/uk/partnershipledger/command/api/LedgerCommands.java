package uk.partnershipledger.command.api;

import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.partnershipledger.command.infrastructure.DurableCommits;

/**
 * The one way an endpoint sends commands: with the issuer attached as metadata, once per
 * idempotency key, and durably stored before it is answered.
 */
@Component
public class LedgerCommands {

  private static final int MAX_ATTEMPTS = 5;
  private static final Logger log = LoggerFactory.getLogger(LedgerCommands.class);

  private final CommandGateway gateway;
  private final Idempotency idempotency;
  private final DurableCommits durableCommits;

  LedgerCommands(CommandGateway gateway, Idempotency idempotency, DurableCommits durableCommits) {
    this.gateway = gateway;
    this.idempotency = idempotency;
    this.durableCommits = durableCommits;
  }

  /**
   * Runs {@code action}, which sends the command(s) through the {@code send} it is given (getting
   * each command handler's result back) and builds the answer.
   *
   * @param request what the client asked, path included, to tell a repeat from a different request
   *     under the same idempotency key
   */
  public ResponseEntity<?> handle(
      CommandHeaders headers,
      String reason,
      Object request,
      Function<Function<Object, Object>, ResponseEntity<?>> action) {
    CommandIssuer issuer = headers.issuer(reason);
    for (int attempt = 1; ; attempt++) {
      try {
        return idempotency.once(
            headers.idempotencyKey(),
            issuer,
            request,
            () -> action.apply(command -> send(command, issuer)));
      } catch (ConcurrencyException concurrentAppend) {
        // Another instance appended to the same aggregate first. Nothing of this attempt was
        // stored; running it again judges the rules against the state that now includes the
        // other command. Past the last attempt the client is told to retry (409).
        if (attempt == MAX_ATTEMPTS) {
          throw concurrentAppend;
        }
        log.atInfo()
            .addKeyValue("attempt", attempt)
            .log(
                "Running a command again after a concurrent append: {}",
                concurrentAppend.getMessage());
      }
    }
  }

  private Object send(Object command, CommandIssuer issuer) {
    Object result =
        gateway.sendAndWait(
            GenericCommandMessage.asCommandMessage(command).andMetaData(issuer.asMetaData()));
    durableCommits.flushAfterCommit();
    return result;
  }
}
