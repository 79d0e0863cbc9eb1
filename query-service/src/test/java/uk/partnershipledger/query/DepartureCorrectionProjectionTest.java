package uk.partnershipledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.DelegationChangeDateCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLapsed;
import uk.partnershipledger.events.body.BodyEvent.DelegationPassedToSuccessor;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.mou.MouEvent.MouAmendedOnLeaving;
import uk.partnershipledger.events.mou.MouEvent.MouAmendmentOnLeavingCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouCameIntoForce;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureSucceeded;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureSuccessionCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouSigned;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationEvent.AbolitionCorrected;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationAbolished;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipEvent.LeavingCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerLeft;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerSucceeded;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.SuccessionCorrected;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given a departure and its consequences, then the corrections that move them (docs/adr/0009): the
 * read model's intervals move to the corrected day, and what each said before is kept.
 */
abstract class DepartureCorrectionProjectionTest {

  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate WAS = LocalDate.of(2022, 7, 1);
  private static final LocalDate NOW = LocalDate.of(2022, 9, 1);
  private static final String REASON = "The order dates it 1 September";

  @Autowired EventIntake intake;
  @Autowired JdbcTemplate jdbc;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final OrganisationId ccg = OrganisationId.newId();
  private final OrganisationId icb = OrganisationId.newId();
  private final OrganisationId dcc = OrganisationId.newId();
  private final BodyId body = BodyId.newId();
  private final DelegationId delegation = DelegationId.newId();
  private final MouId mou = MouId.newId();

  @Test
  void a_leaving_moved_later_ends_the_tenure_on_the_corrected_day_and_keeps_the_first() {
    accept(new PartnershipFormed(cdcp, "County Durham Care Partnership", "County Durham", FORMED));
    accept(new PartnerJoined(cdcp, dcc, FORMED));
    accept(new PartnerJoined(cdcp, ccg, FORMED));
    RecordedEvent left = accept(new PartnerLeft(cdcp, ccg, WAS));

    RecordedEvent corrected =
        accept(new LeavingCorrected(cdcp, ccg, left.eventId().toString(), WAS, REASON, NOW));

    assertThat(tenureEnd(ccg)).isEqualTo(NOW);
    Map<String, Object> kept =
        jdbc.queryForMap(
            "select what, previous_valid_to, valid_to, corrected_event_id, reason"
                + " from departure_correction where event_id = ?",
            corrected.eventId());
    assertThat(kept.get("what")).isEqualTo("LEAVING");
    assertThat(date(kept.get("previous_valid_to"))).isEqualTo(WAS);
    assertThat(date(kept.get("valid_to"))).isEqualTo(NOW);
    assertThat(kept.get("corrected_event_id")).isEqualTo(left.eventId().toString());
    assertThat(intake.accept(corrected)).isEqualTo(Outcome.SKIPPED);
    assertThat(tenureEnd(ccg)).isEqualTo(NOW);
  }

  @Test
  void an_abolition_moved_later_moves_the_succession_and_the_organisation_s_end() {
    accept(
        new OrganisationRegistered(
            ccg,
            "NHS County Durham CCG",
            OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
            true,
            LocalDate.of(2013, 4, 1)));
    RecordedEvent abolished = accept(new OrganisationAbolished(ccg, icb, WAS));
    accept(new PartnershipFormed(cdcp, "County Durham Care Partnership", "County Durham", FORMED));
    accept(new PartnerJoined(cdcp, dcc, FORMED));
    accept(new PartnerJoined(cdcp, ccg, FORMED));
    RecordedEvent succeeded = accept(new PartnerSucceeded(cdcp, ccg, icb, WAS));

    accept(new AbolitionCorrected(ccg, icb, abolished.eventId().toString(), WAS, REASON, NOW));
    accept(
        new SuccessionCorrected(cdcp, ccg, icb, succeeded.eventId().toString(), WAS, REASON, NOW));

    assertThat(
            jdbc.queryForObject(
                "select abolished_on from organisation where organisation_id = ?",
                LocalDate.class,
                ccg.value()))
        .isEqualTo(NOW);
    assertThat(
            jdbc.queryForObject(
                "select previous_abolished_on from abolition_correction where organisation_id = ?",
                LocalDate.class,
                ccg.value()))
        .isEqualTo(WAS);
    assertThat(tenureEnd(ccg)).isEqualTo(NOW);
    assertThat(
            jdbc.queryForObject(
                "select valid_from from partner_tenure where partnership_id = ?"
                    + " and organisation_id = ?",
                LocalDate.class,
                cdcp.value(),
                icb.value()))
        .isEqualTo(NOW);
    assertThat(
            jdbc.queryForObject(
                "select successor_tenure_id from departure_correction where partnership_id = ?",
                UUID.class,
                cdcp.value()))
        .isEqualTo(succeeded.eventId());
  }

  @Test
  void a_lapse_moved_earlier_ends_the_delegation_on_the_corrected_day() {
    granted(dcc);
    RecordedEvent lapsed =
        accept(new DelegationLapsed(body, delegation, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, NOW));

    accept(
        new DelegationChangeDateCorrected(
            body, delegation, lapsed.eventId().toString(), NOW, REASON, WAS));

    assertThat(
            jdbc.queryForObject(
                "select valid_to from delegation where delegation_id = ?",
                LocalDate.class,
                delegation.value()))
        .isEqualTo(WAS);
    assertThat(
            jdbc.queryForObject(
                "select valid_to from delegation_delegator where delegation_id = ?",
                LocalDate.class,
                delegation.value()))
        .isEqualTo(WAS);
    assertThat(acts()).contains("LAPSE_DATE_CORRECTED");
  }

  @Test
  void a_passing_moved_later_keeps_the_predecessor_delegator_until_the_corrected_day() {
    granted(ccg);
    RecordedEvent passed = accept(new DelegationPassedToSuccessor(body, delegation, ccg, icb, WAS));

    accept(
        new DelegationChangeDateCorrected(
            body, delegation, passed.eventId().toString(), WAS, REASON, NOW));

    List<Map<String, Object>> delegators =
        jdbc.queryForList(
            "select organisation_id, valid_from, valid_to from delegation_delegator"
                + " where delegation_id = ? order by valid_from",
            delegation.value());
    assertThat(delegators).hasSize(2);
    assertThat(date(delegators.get(0).get("valid_to"))).isEqualTo(NOW);
    assertThat(date(delegators.get(1).get("valid_from"))).isEqualTo(NOW);
    assertThat(delegators.get(1).get("organisation_id")).isEqualTo(icb.value());
    assertThat(acts()).contains("PASSING_DATE_CORRECTED");
  }

  @Test
  void an_amendment_on_leaving_moved_later_is_in_force_from_then_with_its_revised_review() {
    inForce();
    RecordedEvent amended =
        accept(
            new MouAmendedOnLeaving(
                mou, 2, "December 2020 (amended)", ccg, List.of(dcc), WAS.plusMonths(12), WAS));

    RecordedEvent corrected =
        accept(
            new MouAmendmentOnLeavingCorrected(
                mou, 2, ccg, amended.eventId().toString(), NOW.plusMonths(12), WAS, REASON, NOW));

    assertThat(versionFrom(2)).isEqualTo(NOW);
    assertThat(
            jdbc.queryForObject(
                "select valid_to from mou_version where mou_id = ? and version = 1",
                LocalDate.class,
                mou.value()))
        .isEqualTo(NOW);
    assertThat(
            jdbc.queryForObject(
                "select review_due from mou_review where mou_id = ? and version = 2",
                LocalDate.class,
                mou.value()))
        .isEqualTo(NOW.plusMonths(12));
    Map<String, Object> kept =
        jdbc.queryForMap(
            "select previous_date, corrected_date, previous_review_due, review_due"
                + " from mou_departure_correction where event_id = ?",
            corrected.eventId());
    assertThat(date(kept.get("previous_review_due"))).isEqualTo(WAS.plusMonths(12));
    assertThat(date(kept.get("previous_date"))).isEqualTo(WAS);
  }

  @Test
  void a_signature_succession_moved_later_keeps_the_predecessor_s_signature_until_then() {
    inForce();
    RecordedEvent succeeded = accept(new MouSignatureSucceeded(mou, 1, ccg, icb, WAS));

    accept(
        new MouSignatureSuccessionCorrected(
            mou, 1, ccg, icb, succeeded.eventId().toString(), WAS, REASON, NOW));

    assertThat(
            jdbc.queryForObject(
                "select valid_to from mou_signature where mou_id = ? and organisation_id = ?",
                LocalDate.class,
                mou.value(),
                ccg.value()))
        .isEqualTo(NOW);
    assertThat(
            jdbc.queryForObject(
                "select valid_from from mou_signature where mou_id = ? and organisation_id = ?",
                LocalDate.class,
                mou.value(),
                icb.value()))
        .isEqualTo(NOW);
  }

  private void granted(OrganisationId delegator) {
    accept(
        new DelegationGranted(
            body,
            delegation,
            delegator,
            "community-mental-health",
            "Community services",
            List.of(new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("500000"), "New")),
            List.of(),
            new Approval("Cabinet", LocalDate.of(2021, 3, 1), "2021/1"),
            LocalDate.of(2021, 4, 1)));
  }

  private void inForce() {
    accept(
        new MouDrafted(
            mou,
            cdcp,
            "County Durham Care Partnership MoU",
            1,
            "December 2020",
            List.of(dcc, ccg),
            List.of(),
            12,
            12,
            LocalDate.of(2020, 11, 1)));
    accept(
        new MouSigned(mou, 1, dcc, Signatory.named("Chief Executive"), LocalDate.of(2020, 12, 1)));
    accept(
        new MouSigned(
            mou, 1, ccg, Signatory.named("Accountable Officer"), LocalDate.of(2020, 12, 1)));
    accept(new MouCameIntoForce(mou, 1, LocalDate.of(2021, 12, 1), LocalDate.of(2020, 12, 1)));
  }

  private LocalDate tenureEnd(OrganisationId organisation) {
    return jdbc.queryForObject(
        "select valid_to from partner_tenure where partnership_id = ? and organisation_id = ?",
        LocalDate.class,
        cdcp.value(),
        organisation.value());
  }

  private LocalDate versionFrom(int version) {
    return jdbc.queryForObject(
        "select valid_from from mou_version where mou_id = ? and version = ?",
        LocalDate.class,
        mou.value(),
        version);
  }

  private List<String> acts() {
    return jdbc.queryForList(
        "select act from delegation_act where delegation_id = ?", String.class, delegation.value());
  }

  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
