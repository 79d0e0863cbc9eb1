package uk.partnershipledger.command.cascade;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import uk.partnershipledger.command.body.BodyDirectory;
import uk.partnershipledger.command.mou.MouDirectory;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectFormation;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordFormationCorrection;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.command.partnership.RecordedBeforeFormation;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * A partnership's formation is corrected (docs/adr/0009). The partnership judges its own record
 * (its founders, partners, notices, reporting lines); moved later, the formation must also not
 * leave a body of the partnership established, or an MoU of it drafted, before the new date. Those
 * live in their own aggregates, and everything else they record follows their establishment or
 * drafting, so the directories' first days are enough.
 *
 * <p>The partnership's directory row is locked before anything is recorded or looked at. A body's
 * establishment, an MoU's drafting, and the corrections moving either earlier take the same lock
 * ({@link PartnershipDirectory#requireFormed}): one that commits first is seen here; one that waits
 * then reads the corrected formation date and is judged by it (docs/adr/0008). The partnership's
 * tenures are locked next, before the partnership is loaded: a leaving or an abolition takes its
 * tenure before it writes to the partnership, so it finishes first and is judged here, and the two
 * never wait for each other in a circle (the correction moves founders' tenures in the directory).
 */
@Component
class FormationDateCorrection {

  private final Cascade cascade;
  private final PartnershipDirectory partnerships;
  private final BodyDirectory bodies;
  private final MouDirectory mous;

  FormationDateCorrection(
      Cascade cascade, PartnershipDirectory partnerships, BodyDirectory bodies, MouDirectory mous) {
    this.cascade = cascade;
    this.partnerships = partnerships;
    this.bodies = bodies;
    this.mous = mous;
  }

  @CommandHandler
  void handle(CorrectFormation command, MetaData issuer) {
    LocalDate date = command.effectiveDate();
    if (date != null) {
      partnerships.lockFormation(command.partnershipId());
      partnerships.lockTenures(command.partnershipId());
    }
    LocalDate was =
        cascade.sendForResult(
            new RecordFormationCorrection(
                command.partnershipId(),
                command.correctedEventId(),
                command.name(),
                command.place(),
                date,
                command.reason()),
            issuer);
    if (date != null && date.isAfter(was)) {
      assertNoBodyOrMouBefore(command.partnershipId(), date);
    }
  }

  private void assertNoBodyOrMouBefore(PartnershipId partnershipId, LocalDate date) {
    Stream<RecordedBeforeFormation> established =
        bodies.inPartnership(partnershipId).stream()
            .map(bodies::require)
            .map(
                body ->
                    new RecordedBeforeFormation(
                        body.establishedOn(), body.name() + " was established"));
    Stream<RecordedBeforeFormation> drafted =
        mous.ofPartnership(partnershipId).stream()
            .map(mous::require)
            .map(mou -> new RecordedBeforeFormation(mou.draftedOn(), mou.title() + " was drafted"));
    RecordedBeforeFormation.refuseAnyBefore(
        partnerships.find(partnershipId).orElseThrow().name(),
        date,
        Stream.concat(established, drafted));
  }
}
