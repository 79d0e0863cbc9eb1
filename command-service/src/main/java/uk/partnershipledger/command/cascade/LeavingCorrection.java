package uk.partnershipledger.command.cascade;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import uk.partnershipledger.command.body.BodyCommands.MoveLapses;
import uk.partnershipledger.command.body.BodyCommands.MoveRepresentationEnd;
import uk.partnershipledger.command.body.BodyDirectory;
import uk.partnershipledger.command.mou.MouDirectory;
import uk.partnershipledger.command.mou.MoveAmendmentOnLeaving;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectLeaving;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordLeavingCorrection;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.mou.MouId;

/**
 * A leaving's date is corrected (docs/adr/0009), and everything {@link PartnerDeparture} recorded
 * on the old date moves to the new one, in the same unit of work: the leaver's people's memberships
 * end, its delegations lapse and each MoU of the partnership is amended without it on the corrected
 * date. Each body and MoU judges the move against what it recorded between the two dates; one
 * refusal refuses the whole correction, and nothing is stored.
 *
 * <p>The tenure's row in the directory is locked before the bodies are looked at, as the leaving
 * itself does (docs/adr/0008): an appointment or a delegation relying on the tenure at the same
 * moment either commits first and is seen here, or waits and then sees the corrected tenure.
 */
@Component
class LeavingCorrection {

  private final Cascade cascade;
  private final PartnershipDirectory partnerships;
  private final BodyDirectory bodies;
  private final MouDirectory mous;

  LeavingCorrection(
      Cascade cascade, PartnershipDirectory partnerships, BodyDirectory bodies, MouDirectory mous) {
    this.cascade = cascade;
    this.partnerships = partnerships;
    this.bodies = bodies;
    this.mous = mous;
  }

  @CommandHandler
  void handle(CorrectLeaving command, MetaData issuer) {
    LocalDate now = command.effectiveDate();
    LocalDate was =
        cascade.sendForResult(
            new RecordLeavingCorrection(
                command.partnershipId(),
                command.organisationId(),
                command.correctedEventId(),
                now,
                command.reason()),
            issuer);
    // The correction has just updated the tenure's row; lock it for the rest of the transaction.
    partnerships.tenureOn(command.partnershipId(), command.organisationId(), now.minusDays(1));
    for (BodyId body : bodies.inPartnership(command.partnershipId())) {
      cascade.send(
          new MoveRepresentationEnd(body, command.organisationId(), was, now, command.reason()),
          issuer);
      cascade.send(
          new MoveLapses(
              body,
              command.organisationId(),
              LapseReason.DELEGATOR_LEFT_PARTNERSHIP,
              was,
              now,
              command.reason()),
          issuer);
    }
    for (MouId mou : mous.ofPartnership(command.partnershipId())) {
      cascade.send(
          new MoveAmendmentOnLeaving(mou, command.organisationId(), was, now, command.reason()),
          issuer);
    }
  }
}
