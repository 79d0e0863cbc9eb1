package uk.partnershipledger.command.cascade;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import uk.partnershipledger.command.body.BodyCommands.CheckNoRelianceOnPartner;
import uk.partnershipledger.command.body.BodyDirectory;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectJoining;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordJoiningCorrection;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.events.body.BodyId;

/**
 * A joining's date is corrected (docs/adr/0009). Moved later, the partner gives up the days between
 * the two dates, so each body of the partnership is asked whether it recorded a voting member of
 * the organisation, or a delegation from it, on one of them; any that did refuses, and the whole
 * correction is rolled back with it.
 *
 * <p>The tenure's row in the directory is locked before the bodies are looked at, so an appointment
 * or a delegation relying on the tenure at the same moment either commits first and is seen here,
 * or waits and then sees the corrected tenure (docs/adr/0004).
 *
 * <p>Not checked, because nothing on the command side records them against a tenure: an MoU the
 * organisation is a party to (an MoU's parties need not be partners) and non-voting members.
 */
@Component
class JoiningCorrection {

  private final Cascade cascade;
  private final PartnershipDirectory partnerships;
  private final BodyDirectory bodies;

  JoiningCorrection(Cascade cascade, PartnershipDirectory partnerships, BodyDirectory bodies) {
    this.cascade = cascade;
    this.partnerships = partnerships;
    this.bodies = bodies;
  }

  @CommandHandler
  void handle(CorrectJoining command, MetaData issuer) {
    LocalDate was =
        cascade.sendForResult(
            new RecordJoiningCorrection(
                command.partnershipId(),
                command.organisationId(),
                command.correctedEventId(),
                command.effectiveDate(),
                command.reason()),
            issuer);
    if (!command.effectiveDate().isAfter(was)) {
      return;
    }
    partnerships.tenureOn(command.partnershipId(), command.organisationId(), was);
    for (BodyId body : bodies.inPartnership(command.partnershipId())) {
      cascade.send(
          new CheckNoRelianceOnPartner(
              body, command.organisationId(), was, command.effectiveDate()),
          issuer);
    }
  }
}
