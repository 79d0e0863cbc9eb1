package uk.partnershipledger.command.api;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends a command with its issuer attached, and waits for the ledger's answer. */
@Component
public class LedgerCommands {

  private final CommandGateway gateway;

  LedgerCommands(CommandGateway gateway) {
    this.gateway = gateway;
  }

  public <R> R send(Object command, CommandIssuer issuer) {
    return gateway.sendAndWait(
        GenericCommandMessage.asCommandMessage(command).andMetaData(issuer.asMetaData()));
  }
}
