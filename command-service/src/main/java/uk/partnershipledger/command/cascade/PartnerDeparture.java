package uk.partnershipledger.command.cascade;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import uk.partnershipledger.command.body.BodyCommands.EndRepresentation;
import uk.partnershipledger.command.body.BodyCommands.LapseDelegationsOf;
import uk.partnershipledger.command.body.BodyDirectory;
import uk.partnershipledger.command.mou.AmendMouOnPartyLeaving;
import uk.partnershipledger.command.mou.MouDirectory;
import uk.partnershipledger.command.partnership.PartnershipCommands.LeavePartnership;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordLeaving;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.mou.MouId;

/**
 * A partner leaves, and on the same date its people's memberships of the partnership's bodies end,
 * the delegations it made to them lapse, and each MoU of the partnership it is a party to is
 * amended without it with a revised review date, each as an explicit event (DOMAIN.md rule 6;
 * seeds/001 MoU §27).
 */
@Component
class PartnerDeparture {

  private final Cascade cascade;
  private final PartnershipDirectory partnerships;
  private final BodyDirectory bodies;
  private final MouDirectory mous;

  PartnerDeparture(
      Cascade cascade, PartnershipDirectory partnerships, BodyDirectory bodies, MouDirectory mous) {
    this.cascade = cascade;
    this.partnerships = partnerships;
    this.bodies = bodies;
    this.mous = mous;
  }

  @CommandHandler
  void handle(LeavePartnership command, MetaData issuer) {
    LocalDate date = command.effectiveDate();
    // Lock the tenure first: an appointment or a delegation that relies on it, recorded at the same
    // moment, either commits before this looks at the bodies, or waits and then sees the leaving.
    partnerships.tenureOn(command.partnershipId(), command.organisationId(), date);
    cascade.send(
        new RecordLeaving(command.partnershipId(), command.organisationId(), date), issuer);
    for (BodyId body : bodies.inPartnership(command.partnershipId())) {
      cascade.send(new EndRepresentation(body, command.organisationId(), date), issuer);
      cascade.send(
          new LapseDelegationsOf(
              body, command.organisationId(), LapseReason.DELEGATOR_LEFT_PARTNERSHIP, date),
          issuer);
    }
    for (MouId mou : mous.ofPartnership(command.partnershipId())) {
      cascade.send(new AmendMouOnPartyLeaving(mou, command.organisationId(), date), issuer);
    }
  }
}
