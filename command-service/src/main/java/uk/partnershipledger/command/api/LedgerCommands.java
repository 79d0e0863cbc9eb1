package uk.partnershipledger.command.api;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import uk.partnershipledger.command.infrastructure.DurableCommits;

/** Sends a command with its issuer attached, and waits for the ledger's answer. */
@Component
public class LedgerCommands {

  private final CommandGateway gateway;
  private final DurableCommits durableCommits;

  LedgerCommands(CommandGateway gateway, DurableCommits durableCommits) {
    this.gateway = gateway;
    this.durableCommits = durableCommits;
  }

  public <R> R send(Object command, CommandIssuer issuer) {
    R result =
        gateway.sendAndWait(
            GenericCommandMessage.asCommandMessage(command).andMetaData(issuer.asMetaData()));
    durableCommits.flushAfterCommit();
    return result;
  }
}
