package uk.partnershipledger.command.cascade;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import uk.partnershipledger.command.body.BodyCommands.EndRepresentation;
import uk.partnershipledger.command.body.BodyCommands.LapseDelegationsOf;
import uk.partnershipledger.command.body.BodyCommands.PassDelegationsToSuccessor;
import uk.partnershipledger.command.body.BodyDirectory;
import uk.partnershipledger.command.mou.AmendMouOnPartyLeaving;
import uk.partnershipledger.command.mou.MouDirectory;
import uk.partnershipledger.command.mou.SucceedMouSignature;
import uk.partnershipledger.command.organisation.OrganisationCommands.AbolishOrganisation;
import uk.partnershipledger.command.organisation.OrganisationCommands.RecordAbolition;
import uk.partnershipledger.command.partnership.PartnershipCommands.SucceedPartner;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * An organisation is abolished (a CCG on 1 July 2022) and on the same date its successor takes over
 * its places in partnerships, its delegations and its MoU signatures, each as an explicit event
 * (seeds/003 §2.1, §4.6.1; DOMAIN.md rule 6). Its people's memberships end: they represented a body
 * that no longer exists. With no successor, its delegations lapse instead.
 */
@Component
class OrganisationAbolition {

  private final Cascade cascade;
  private final PartnershipDirectory partnerships;
  private final BodyDirectory bodies;
  private final MouDirectory mous;

  OrganisationAbolition(
      Cascade cascade, PartnershipDirectory partnerships, BodyDirectory bodies, MouDirectory mous) {
    this.cascade = cascade;
    this.partnerships = partnerships;
    this.bodies = bodies;
    this.mous = mous;
  }

  @CommandHandler
  void handle(AbolishOrganisation command, MetaData issuer) {
    LocalDate date = command.effectiveDate();
    OrganisationId abolished = command.organisationId();
    OrganisationId successor = command.successorId();
    // Lock its tenures first, as a leaving does (PartnerDeparture).
    List<PartnershipId> held = partnerships.lockPartnershipsOf(abolished, date);
    cascade.send(new RecordAbolition(abolished, successor, date), issuer);
    for (PartnershipId partnership : held) {
      cascade.send(new SucceedPartner(partnership, abolished, successor, date), issuer);
      for (BodyId body : bodies.inPartnership(partnership)) {
        cascade.send(new EndRepresentation(body, abolished, date), issuer);
        cascade.send(
            successor == null
                ? new LapseDelegationsOf(body, abolished, LapseReason.DELEGATOR_ABOLISHED, date)
                : new PassDelegationsToSuccessor(body, abolished, successor, date),
            issuer);
      }
    }
    for (MouId mou : mous.withParty(abolished)) {
      cascade.send(
          successor == null
              ? new AmendMouOnPartyLeaving(mou, abolished, date)
              : new SucceedMouSignature(mou, abolished, successor, date),
          issuer);
    }
  }
}
