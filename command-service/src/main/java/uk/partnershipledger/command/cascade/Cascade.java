package uk.partnershipledger.command.cascade;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends the commands that record an act's consequences, each to its own aggregate, inside the unit
 * of work (and so the transaction) of the act itself: the act and every consequence are stored
 * together or not at all (docs/adr/0008).
 *
 * <p>Each consequence carries the issuer of the act that caused it, so an auditor sees who left or
 * abolished, and why, on every event that followed.
 */
@Component
class Cascade {

  private final CommandGateway gateway;

  Cascade(CommandGateway gateway) {
    this.gateway = gateway;
  }

  void send(Object command, MetaData issuer) {
    sendForResult(command, issuer);
  }

  /** Sends the command as {@link #send} does, and answers what its handler returned. */
  <R> R sendForResult(Object command, MetaData issuer) {
    return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(issuer));
  }
}
