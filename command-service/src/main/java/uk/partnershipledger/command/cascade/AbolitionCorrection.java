package uk.partnershipledger.command.cascade;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import uk.partnershipledger.command.body.BodyCommands.CheckNoRelianceOnPartner;
import uk.partnershipledger.command.body.BodyCommands.MoveLapses;
import uk.partnershipledger.command.body.BodyCommands.MovePassingsToSuccessor;
import uk.partnershipledger.command.body.BodyCommands.MoveRepresentationEnd;
import uk.partnershipledger.command.body.BodyDirectory;
import uk.partnershipledger.command.mou.MouDirectory;
import uk.partnershipledger.command.mou.MoveAmendmentOnLeaving;
import uk.partnershipledger.command.mou.MoveSignatureSuccession;
import uk.partnershipledger.command.organisation.OrganisationCommands.AbolitionMoved;
import uk.partnershipledger.command.organisation.OrganisationCommands.CorrectAbolition;
import uk.partnershipledger.command.organisation.OrganisationCommands.RecordAbolitionCorrection;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.command.partnership.PartnershipCommands.MoveSuccession;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * An abolition's date is corrected (docs/adr/0009), and everything {@link OrganisationAbolition}
 * recorded on the old date moves to the new one, in the same unit of work: the succession in each
 * partnership (the predecessor's tenure, the successor's place), its people's memberships, its
 * delegations (passed to the successor, with their decisions' delegator re-recorded, or lapsed) and
 * its MoU signatures (passed on, or amended out). Each aggregate judges the move against what it
 * recorded between the two dates; one refusal refuses the whole correction, and nothing is stored.
 *
 * <p>Moved later, a successor whose place in a partnership began with the succession was no partner
 * in between: each body of the partnership is asked, as for a joining moved later ({@link
 * JoiningCorrection}), whether it relied on the successor then.
 */
@Component
class AbolitionCorrection {

  private final Cascade cascade;
  private final OrganisationDirectory organisations;
  private final PartnershipDirectory partnerships;
  private final BodyDirectory bodies;
  private final MouDirectory mous;

  AbolitionCorrection(
      Cascade cascade,
      OrganisationDirectory organisations,
      PartnershipDirectory partnerships,
      BodyDirectory bodies,
      MouDirectory mous) {
    this.cascade = cascade;
    this.organisations = organisations;
    this.partnerships = partnerships;
    this.bodies = bodies;
    this.mous = mous;
  }

  @CommandHandler
  void handle(CorrectAbolition command, MetaData issuer) {
    OrganisationId abolished = command.organisationId();
    LocalDate now = command.effectiveDate();
    String reason = command.reason();
    // Lock the tenures the abolition ended first, as the abolition itself did.
    List<PartnershipId> held =
        organisations
            .find(abolished)
            .map(known -> known.abolishedOn())
            .map(abolishedOn -> partnerships.lockTenuresEndingOn(abolished, abolishedOn))
            .orElse(List.of());
    AbolitionMoved moved =
        cascade.sendForResult(
            new RecordAbolitionCorrection(abolished, command.correctedEventId(), now, reason),
            issuer);
    LocalDate was = moved.was();
    OrganisationId successor = moved.successorId();
    for (PartnershipId partnership : held) {
      boolean successorJoinedThen =
          cascade.sendForResult(
              new MoveSuccession(partnership, abolished, successor, was, now, reason), issuer);
      for (BodyId body : bodies.inPartnership(partnership)) {
        cascade.send(new MoveRepresentationEnd(body, abolished, was, now, reason), issuer);
        cascade.send(
            successor == null
                ? new MoveLapses(body, abolished, LapseReason.DELEGATOR_ABOLISHED, was, now, reason)
                : new MovePassingsToSuccessor(body, abolished, successor, was, now, reason),
            issuer);
        if (successorJoinedThen && now.isAfter(was)) {
          cascade.send(new CheckNoRelianceOnPartner(body, successor, was, now), issuer);
        }
      }
    }
    for (MouId mou : mous.withParty(abolished)) {
      cascade.send(
          successor == null
              ? new MoveAmendmentOnLeaving(mou, abolished, was, now, reason)
              : new MoveSignatureSuccession(mou, abolished, successor, was, now, reason),
          issuer);
    }
  }
}
