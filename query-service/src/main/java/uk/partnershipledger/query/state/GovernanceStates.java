package uk.partnershipledger.query.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.body.BodyReadModel;
import uk.partnershipledger.query.delegation.DelegationReadModel;
import uk.partnershipledger.query.mou.MouReadModel;
import uk.partnershipledger.query.mou.MouStatus;
import uk.partnershipledger.query.partnership.PartnershipReadModel;
import uk.partnershipledger.query.partnership.ReportingLinesOnDate;

/**
 * Puts a partnership's governance state together from the read models of each feature, each asked
 * for the same date and recording instant, so the parts answer one question consistently.
 */
@Component
class GovernanceStates {

  private final PartnershipReadModel partnerships;
  private final BodyReadModel bodies;
  private final DelegationReadModel delegations;
  private final MouReadModel mous;

  GovernanceStates(
      PartnershipReadModel partnerships,
      BodyReadModel bodies,
      DelegationReadModel delegations,
      MouReadModel mous) {
    this.partnerships = partnerships;
    this.bodies = bodies;
    this.delegations = delegations;
    this.mous = mous;
  }

  /** The state on the date; empty if the partnership was unknown (at the recording instant). */
  Optional<GovernanceState> of(PartnershipId id, LocalDate on, Instant asRecordedAt) {
    return partnerships
        .find(id, asRecordedAt)
        .map(
            partnership -> {
              List<GovernanceState.BodyState> inBeing = bodiesOn(id, on, asRecordedAt);
              return new GovernanceState(
                  partnership,
                  on,
                  asRecordedAt,
                  partnerships.partnersOn(id, on, asRecordedAt).orElseThrow(),
                  inBeing,
                  mous.ofPartnership(id, on, asRecordedAt).orElseThrow().mous().stream()
                      .filter(mou -> mou.status() == MouStatus.IN_FORCE)
                      .toList(),
                  linesBetween(
                      inBeing, partnerships.reportingLinesOn(id, on, asRecordedAt).orElseThrow()));
            });
  }

  /**
   * A line from or to a dissolved body went with the body, ended or not: the state shows the lines
   * between bodies in being, as the structure chart does.
   */
  private static ReportingLinesOnDate linesBetween(
      List<GovernanceState.BodyState> bodies, ReportingLinesOnDate lines) {
    Set<BodyId> inBeing =
        bodies.stream().map(body -> body.body().bodyId()).collect(Collectors.toSet());
    return new ReportingLinesOnDate(
        lines.partnershipId(),
        lines.name(),
        lines.on(),
        lines.lines().stream()
            .filter(
                line -> inBeing.contains(line.fromBodyId()) && inBeing.contains(line.toBodyId()))
            .toList());
  }

  private List<GovernanceState.BodyState> bodiesOn(
      PartnershipId id, LocalDate on, Instant asRecordedAt) {
    return bodies.ofPartnership(id, on, asRecordedAt).stream()
        .filter(body -> body.status() != null && body.status() != BodyStatus.DISSOLVED)
        .map(
            body ->
                new GovernanceState.BodyState(
                    body, delegations.ofBody(body.bodyId(), on, asRecordedAt).orElseThrow()))
        .toList();
  }
}
