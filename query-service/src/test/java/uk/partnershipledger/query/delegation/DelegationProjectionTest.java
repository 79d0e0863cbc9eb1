package uk.partnershipledger.query.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLapsed;
import uk.partnershipledger.events.body.BodyEvent.DelegationLimitsCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationPassedToSuccessor;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyEvent.DelegationVaried;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given delegation events, then the delegations on a date and their timelines: the CCG delegates
 * community mental health to the partnership executive with a £500k new-scheme limit (seeds/003
 * §4.6.3), varies it to £750k, is abolished and succeeded by the ICB (seeds/003 §2.1), and the ICB
 * revokes it; each change tested on the day before, the day of and the day after. Limits recorded
 * wrongly are corrected (DOMAIN.md rule 7) from the day of the grant or variation they belong to.
 * Runs once per database.
 */
abstract class DelegationProjectionTest {

  private static final LocalDate GRANTED = LocalDate.of(2021, 4, 1);
  private static final LocalDate VARIED = LocalDate.of(2022, 4, 1);
  private static final LocalDate SUCCEEDED = LocalDate.of(2022, 7, 1);
  private static final LocalDate REVOKED = LocalDate.of(2024, 4, 1);

  private static final FinancialLimit NEW_SCHEMES_500K =
      new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("500000"), "New schemes up to £500k");
  private static final FinancialLimit BUDGET_1M =
      new FinancialLimit(
          LimitKind.BUDGET_MOVEMENT, new BigDecimal("1000000.00"), "Moves within base budget");
  private static final FinancialLimit NEW_SCHEMES_750K =
      new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("750000.00"), "New schemes to £750k");
  private static final FinancialLimit NEW_SCHEMES_50K =
      new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("50000.00"), "New schemes to £50k");
  private static final FinancialLimit NEW_SCHEMES_700K =
      new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("700000.00"), "New schemes to £700k");
  private static final Approval GOVERNING_BODY_2021 =
      new Approval("NHS County Durham CCG Governing Body", LocalDate.of(2021, 3, 10), "GB-21-03-5");
  private static final Approval GOVERNING_BODY_2022 =
      new Approval("NHS County Durham CCG Governing Body", LocalDate.of(2022, 3, 9), "GB-22-03-4");

  @Autowired EventIntake intake;
  @Autowired DelegationReadModel delegations;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final BodyId executive = BodyId.newId();
  private final OrganisationId ccg = OrganisationId.newId();
  private final OrganisationId icb = OrganisationId.newId();
  private final DelegationId mentalHealth = DelegationId.newId();
  private RecordedEvent granted;

  @BeforeEach
  void givenTheCcgDelegatesCommunityMentalHealthToTheExecutive() {
    given(
        new OrganisationRegistered(
            ccg,
            "NHS County Durham CCG",
            OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
            true,
            LocalDate.of(2013, 4, 1)),
        new OrganisationRegistered(
            icb,
            "NHS North East and North Cumbria ICB",
            OrganisationKind.INTEGRATED_CARE_BOARD,
            true,
            SUCCEEDED),
        new BodyEstablished(
            executive,
            cdcp,
            "CDCP Executive",
            BodyType.PARTNERSHIP_EXECUTIVE,
            BodyStatus.OPERATIONAL,
            null,
            List.of(),
            GRANTED));
    granted =
        history.record(
            new DelegationGranted(
                executive,
                mentalHealth,
                ccg,
                "community-mental-health",
                "Community mental health services for adults",
                List.of(NEW_SCHEMES_500K, BUDGET_1M),
                List.of("Reports quarterly to the CCG Governing Body"),
                GOVERNING_BODY_2021,
                GRANTED));
    assertThat(intake.accept(granted)).isEqualTo(Outcome.PROJECTED);
  }

  @Test
  void a_delegation_is_in_force_from_the_day_of_its_grant_and_not_the_day_before() {
    assertThat(delegations.ofBody(executive, GRANTED.minusDays(1)).orElseThrow().delegations())
        .isEmpty();

    for (LocalDate day : List.of(GRANTED, GRANTED.plusDays(1))) {
      DelegationOnDate delegation = only(day);
      assertThat(delegation.delegationId()).isEqualTo(mentalHealth);
      assertThat(delegation.function()).isEqualTo("community-mental-health");
      assertThat(delegation.scope()).isEqualTo("Community mental health services for adults");
      assertThat(delegation.grantedOn()).isEqualTo(GRANTED);
      assertThat(delegation.delegator())
          .isEqualTo(new DelegationOnDate.Delegator(ccg, "NHS County Durham CCG", GRANTED, null));
      assertThat(delegation.limits())
          .containsExactly(
              new DelegationOnDate.Limit(
                  LimitKind.NEW_SCHEME, new BigDecimal("500000.00"), "New schemes up to £500k"),
              new DelegationOnDate.Limit(
                  LimitKind.BUDGET_MOVEMENT,
                  new BigDecimal("1000000.00"),
                  "Moves within base budget"));
      assertThat(delegation.conditions())
          .containsExactly("Reports quarterly to the CCG Governing Body");
      assertThat(delegation.approval())
          .isEqualTo(
              new DelegationOnDate.Approval(
                  "NHS County Durham CCG Governing Body", LocalDate.of(2021, 3, 10), "GB-21-03-5"));
      assertThat(delegation.termsSince()).isEqualTo(GRANTED);
    }
  }

  @Test
  void a_variation_s_limits_and_approval_hold_from_its_day_and_the_granted_ones_up_to_it() {
    given(varied(VARIED));

    assertThat(only(VARIED.minusDays(1)).limits())
        .extracting(DelegationOnDate.Limit::kind, DelegationOnDate.Limit::maximum)
        .containsExactly(
            tuple(LimitKind.NEW_SCHEME, new BigDecimal("500000.00")),
            tuple(LimitKind.BUDGET_MOVEMENT, new BigDecimal("1000000.00")));
    for (LocalDate day : List.of(VARIED, VARIED.plusDays(1))) {
      DelegationOnDate delegation = only(day);
      assertThat(delegation.limits())
          .extracting(DelegationOnDate.Limit::kind, DelegationOnDate.Limit::maximum)
          .containsExactly(tuple(LimitKind.NEW_SCHEME, new BigDecimal("750000.00")));
      assertThat(delegation.conditions()).isEmpty();
      assertThat(delegation.approval().reference()).isEqualTo("GB-22-03-4");
      assertThat(delegation.termsSince()).isEqualTo(VARIED);
      assertThat(delegation.grantedOn()).isEqualTo(GRANTED);
    }
  }

  @Test
  void after_the_delegator_s_succession_the_successor_is_the_delegator_from_the_day_of() {
    given(new DelegationPassedToSuccessor(executive, mentalHealth, ccg, icb, SUCCEEDED));

    assertThat(only(SUCCEEDED.minusDays(1)).delegator().organisationId()).isEqualTo(ccg);
    for (LocalDate day : List.of(SUCCEEDED, SUCCEEDED.plusDays(1))) {
      assertThat(only(day).delegator())
          .isEqualTo(
              new DelegationOnDate.Delegator(
                  icb, "NHS North East and North Cumbria ICB", SUCCEEDED, ccg));
      assertThat(only(day).limits()).as("the terms carry on").hasSize(2);
    }
  }

  @Test
  void a_revoked_delegation_is_in_force_the_day_before_and_not_from_the_day_of() {
    given(new DelegationRevoked(executive, mentalHealth, REVOKED));

    assertThat(only(REVOKED.minusDays(1)).delegationId()).isEqualTo(mentalHealth);
    assertThat(delegations.ofBody(executive, REVOKED).orElseThrow().delegations()).isEmpty();
    assertThat(delegations.ofBody(executive, REVOKED.plusDays(1)).orElseThrow().delegations())
        .isEmpty();
  }

  @Test
  void a_lapsed_delegation_ends_on_its_day_with_the_reason_on_its_timeline() {
    given(
        new DelegationLapsed(executive, mentalHealth, LapseReason.DELEGATOR_ABOLISHED, SUCCEEDED));

    assertThat(only(SUCCEEDED.minusDays(1)).delegationId()).isEqualTo(mentalHealth);
    assertThat(delegations.ofBody(executive, SUCCEEDED).orElseThrow().delegations()).isEmpty();
    DelegationHistory life = delegations.history(mentalHealth, SUCCEEDED).orElseThrow();
    assertThat(life.endedOn()).isEqualTo(SUCCEEDED);
    assertThat(life.endedBy()).isEqualTo("LAPSED");
    assertThat(life.lapseReason()).isEqualTo(LapseReason.DELEGATOR_ABOLISHED);
    assertThat(life.onDate()).isNull();
    assertThat(life.timeline())
        .extracting(DelegationHistory.Act::act, DelegationHistory.Act::lapseReason)
        .containsExactly(tuple("GRANTED", null), tuple("LAPSED", LapseReason.DELEGATOR_ABOLISHED));
  }

  @Test
  void the_timeline_shows_every_act_with_its_effective_date_and_recorded_time() {
    RecordedEvent variation = history.record(varied(VARIED));
    RecordedEvent succession =
        history.record(
            new DelegationPassedToSuccessor(executive, mentalHealth, ccg, icb, SUCCEEDED));
    RecordedEvent revocation =
        history.record(new DelegationRevoked(executive, mentalHealth, REVOKED));
    for (RecordedEvent event : List.of(variation, succession, revocation)) {
      assertThat(intake.accept(event)).isEqualTo(Outcome.PROJECTED);
    }

    DelegationHistory life = delegations.history(mentalHealth, SUCCEEDED).orElseThrow();

    assertThat(life.bodyId()).isEqualTo(executive);
    assertThat(life.bodyName()).isEqualTo("CDCP Executive");
    assertThat(life.grantedOn()).isEqualTo(GRANTED);
    assertThat(life.endedOn()).isEqualTo(REVOKED);
    assertThat(life.endedBy()).isEqualTo("REVOKED");
    assertThat(life.onDate().delegator().organisationId()).isEqualTo(icb);
    assertThat(life.timeline())
        .extracting(
            DelegationHistory.Act::act,
            DelegationHistory.Act::effectiveDate,
            a -> a.recordedAt().toInstant())
        .containsExactly(
            tuple("GRANTED", GRANTED, granted.recordedAt().toInstant()),
            tuple("VARIED", VARIED, variation.recordedAt().toInstant()),
            tuple("PASSED_TO_SUCCESSOR", SUCCEEDED, succession.recordedAt().toInstant()),
            tuple("REVOKED", REVOKED, revocation.recordedAt().toInstant()));
    DelegationHistory.Act grant = life.timeline().get(0);
    assertThat(grant.delegatorId()).isEqualTo(ccg);
    assertThat(grant.delegatorName()).isEqualTo("NHS County Durham CCG");
    assertThat(grant.limits()).hasSize(2);
    assertThat(grant.approval().approvedBy()).isEqualTo("NHS County Durham CCG Governing Body");
    assertThat(grant.recordedAt().getOffset()).isEqualTo(ZoneOffset.UTC);
    DelegationHistory.Act variationAct = life.timeline().get(1);
    assertThat(variationAct.limits())
        .extracting(DelegationOnDate.Limit::maximum)
        .containsExactly(new BigDecimal("750000.00"));
    assertThat(variationAct.approval().reference()).isEqualTo("GB-22-03-4");
    DelegationHistory.Act passed = life.timeline().get(2);
    assertThat(passed.delegatorId()).isEqualTo(icb);
    assertThat(passed.predecessorId()).isEqualTo(ccg);
    assertThat(passed.limits()).isEmpty();
    assertThat(delegations.history(mentalHealth, REVOKED).orElseThrow().onDate()).isNull();
  }

  @Test
  void a_variation_dated_the_day_of_the_grant_supersedes_the_granted_terms_but_both_are_kept() {
    given(varied(GRANTED));

    assertThat(only(GRANTED).limits())
        .extracting(DelegationOnDate.Limit::maximum)
        .containsExactly(new BigDecimal("750000.00"));
    assertThat(delegations.history(mentalHealth, GRANTED).orElseThrow().timeline())
        .extracting(DelegationHistory.Act::act)
        .containsExactly("GRANTED", "VARIED");
  }

  @Test
  void corrected_grant_limits_hold_from_the_day_of_the_grant_with_its_other_terms() {
    RecordedEvent correction =
        history.record(
            new DelegationLimitsCorrected(
                executive,
                mentalHealth,
                granted.eventId().toString(),
                List.of(NEW_SCHEMES_50K),
                "The report says £50k",
                GRANTED));
    assertThat(intake.accept(correction)).isEqualTo(Outcome.PROJECTED);

    assertThat(delegations.ofBody(executive, GRANTED.minusDays(1)).orElseThrow().delegations())
        .isEmpty();
    for (LocalDate day : List.of(GRANTED, GRANTED.plusDays(1))) {
      DelegationOnDate delegation = only(day);
      assertThat(delegation.limits())
          .containsExactly(
              new DelegationOnDate.Limit(
                  LimitKind.NEW_SCHEME, new BigDecimal("50000.00"), "New schemes to £50k"));
      assertThat(delegation.conditions())
          .containsExactly("Reports quarterly to the CCG Governing Body");
      assertThat(delegation.approval().reference()).isEqualTo("GB-21-03-5");
      assertThat(delegation.termsSince()).isEqualTo(GRANTED);
    }
    assertThat(delegations.history(mentalHealth, GRANTED).orElseThrow().timeline())
        .extracting(
            DelegationHistory.Act::act,
            DelegationHistory.Act::effectiveDate,
            a -> a.recordedAt().toInstant(),
            a -> a.limits().stream().map(DelegationOnDate.Limit::maximum).toList(),
            DelegationHistory.Act::reason,
            DelegationHistory.Act::correctedEventId)
        .containsExactly(
            tuple(
                "GRANTED",
                GRANTED,
                granted.recordedAt().toInstant(),
                List.of(new BigDecimal("500000.00"), new BigDecimal("1000000.00")),
                null,
                null),
            tuple(
                "LIMITS_CORRECTED",
                GRANTED,
                correction.recordedAt().toInstant(),
                List.of(new BigDecimal("50000.00")),
                "The report says £50k",
                granted.eventId().toString()));
    DelegationHistory.Act correctionAct =
        delegations.history(mentalHealth, GRANTED).orElseThrow().timeline().get(1);
    assertThat(correctionAct.conditions()).isEmpty();
    assertThat(correctionAct.approval()).isNull();
  }

  @Test
  void corrected_variation_limits_hold_from_its_day_and_the_granted_ones_up_to_it() {
    RecordedEvent variation = history.record(varied(VARIED));
    RecordedEvent correction =
        history.record(
            new DelegationLimitsCorrected(
                executive,
                mentalHealth,
                variation.eventId().toString(),
                List.of(NEW_SCHEMES_700K),
                "Varied to £700k, not £750k",
                VARIED));
    for (RecordedEvent event : List.of(variation, correction)) {
      assertThat(intake.accept(event)).isEqualTo(Outcome.PROJECTED);
    }

    assertThat(only(VARIED.minusDays(1)).limits())
        .extracting(DelegationOnDate.Limit::maximum)
        .containsExactly(new BigDecimal("500000.00"), new BigDecimal("1000000.00"));
    for (LocalDate day : List.of(VARIED, VARIED.plusDays(1))) {
      assertThat(only(day).limits())
          .extracting(DelegationOnDate.Limit::maximum)
          .containsExactly(new BigDecimal("700000.00"));
      assertThat(only(day).approval().reference()).isEqualTo("GB-22-03-4");
    }
    assertThat(delegations.history(mentalHealth, VARIED).orElseThrow().timeline())
        .extracting(
            DelegationHistory.Act::act,
            a -> a.limits().stream().map(DelegationOnDate.Limit::maximum).toList())
        .containsExactly(
            tuple("GRANTED", List.of(new BigDecimal("500000.00"), new BigDecimal("1000000.00"))),
            tuple("VARIED", List.of(new BigDecimal("750000.00"))),
            tuple("LIMITS_CORRECTED", List.of(new BigDecimal("700000.00"))));
  }

  @Test
  void a_correction_of_a_correction_replaces_the_corrected_limits_and_both_stay_on_the_timeline() {
    RecordedEvent first =
        history.record(
            new DelegationLimitsCorrected(
                executive,
                mentalHealth,
                granted.eventId().toString(),
                List.of(NEW_SCHEMES_50K),
                "First try",
                GRANTED));
    RecordedEvent second =
        history.record(
            new DelegationLimitsCorrected(
                executive,
                mentalHealth,
                first.eventId().toString(),
                List.of(NEW_SCHEMES_700K, BUDGET_1M),
                "Second try",
                GRANTED));
    for (RecordedEvent event : List.of(first, second)) {
      assertThat(intake.accept(event)).isEqualTo(Outcome.PROJECTED);
    }

    assertThat(only(GRANTED).limits())
        .extracting(DelegationOnDate.Limit::maximum)
        .containsExactly(new BigDecimal("700000.00"), new BigDecimal("1000000.00"));
    assertThat(delegations.history(mentalHealth, GRANTED).orElseThrow().timeline())
        .extracting(DelegationHistory.Act::act, DelegationHistory.Act::reason)
        .containsExactly(
            tuple("GRANTED", null),
            tuple("LIMITS_CORRECTED", "First try"),
            tuple("LIMITS_CORRECTED", "Second try"));
  }

  @Test
  void a_correction_on_the_day_of_a_grant_varied_that_day_corrects_the_variation() {
    RecordedEvent variation = history.record(varied(GRANTED));
    assertThat(intake.accept(variation)).isEqualTo(Outcome.PROJECTED);
    given(
        new DelegationLimitsCorrected(
            executive,
            mentalHealth,
            variation.eventId().toString(),
            List.of(NEW_SCHEMES_700K),
            "Varied to £700k",
            GRANTED));

    assertThat(only(GRANTED).limits())
        .extracting(DelegationOnDate.Limit::maximum)
        .containsExactly(new BigDecimal("700000.00"));
    assertThat(only(GRANTED).approval().reference()).isEqualTo("GB-22-03-4");
  }

  @Test
  void an_unknown_body_or_delegation_has_no_answer() {
    assertThat(delegations.ofBody(BodyId.newId(), GRANTED)).isEmpty();
    assertThat(delegations.history(DelegationId.newId(), GRANTED)).isEmpty();
  }

  private DelegationVaried varied(LocalDate on) {
    return new DelegationVaried(
        executive, mentalHealth, List.of(NEW_SCHEMES_750K), List.of(), GOVERNING_BODY_2022, on);
  }

  private DelegationOnDate only(LocalDate date) {
    List<DelegationOnDate> held = delegations.ofBody(executive, date).orElseThrow().delegations();
    assertThat(held).as("delegations on " + date).hasSize(1);
    return held.get(0);
  }

  private void given(GovernanceEvent... events) {
    for (GovernanceEvent event : events) {
      assertThat(intake.accept(history.record(event))).isEqualTo(Outcome.PROJECTED);
    }
  }
}
