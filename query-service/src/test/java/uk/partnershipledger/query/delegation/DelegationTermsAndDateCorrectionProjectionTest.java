package uk.partnershipledger.query.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DelegationChangeDateCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyEvent.DelegationTermsCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationVaried;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
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
 * Given a delegation granted, varied and revoked, and corrections of its terms (scope, conditions,
 * approval) and of its variation's and revocation's dates (DOMAIN.md rule 7), then the delegation
 * on each side of the old and the corrected days, its timeline and what each correction replaced.
 */
abstract class DelegationTermsAndDateCorrectionProjectionTest {

  private static final LocalDate GRANTED = LocalDate.of(2021, 4, 1);
  private static final LocalDate VARIED = LocalDate.of(2022, 4, 1);
  private static final LocalDate VARIED_CORRECTED = LocalDate.of(2022, 6, 1);
  private static final LocalDate REVOKED = LocalDate.of(2024, 4, 1);
  private static final LocalDate REVOKED_CORRECTED = LocalDate.of(2024, 3, 1);

  private static final FinancialLimit NEW_SCHEMES_500K =
      new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("500000.00"), "New schemes");
  private static final FinancialLimit NEW_SCHEMES_750K =
      new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("750000.00"), "New schemes");
  private static final Approval GOVERNING_BODY_2021 =
      new Approval("NHS County Durham CCG Governing Body", LocalDate.of(2021, 3, 10), "GB-21-03-5");
  private static final Approval GOVERNING_BODY_2021_CORRECTED =
      new Approval("NHS County Durham CCG Governing Body", LocalDate.of(2021, 3, 17), "GB-21-03-9");
  private static final Approval GOVERNING_BODY_2022 =
      new Approval("NHS County Durham CCG Governing Body", LocalDate.of(2022, 3, 9), "GB-22-03-4");

  @Autowired EventIntake intake;
  @Autowired DelegationReadModel delegations;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final BodyId executive = BodyId.newId();
  private final OrganisationId ccg = OrganisationId.newId();
  private final DelegationId mentalHealth = DelegationId.newId();
  private RecordedEvent granted;

  @BeforeEach
  void givenTheCcgDelegatesCommunityMentalHealthToTheExecutive() {
    accept(
        new OrganisationRegistered(
            ccg,
            "NHS County Durham CCG",
            OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
            true,
            LocalDate.of(2013, 4, 1)));
    accept(
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
        accept(
            new DelegationGranted(
                executive,
                mentalHealth,
                ccg,
                "community-mental-health",
                "Community mental health services",
                List.of(NEW_SCHEMES_500K),
                List.of("Reports quarterly"),
                GOVERNING_BODY_2021,
                GRANTED));
  }

  @Test
  void corrected_terms_of_the_grant_are_in_force_from_its_day_and_keep_what_they_replaced() {
    RecordedEvent correction = correctGrantTerms(granted.eventId().toString());

    assertThat(inForceOn(GRANTED.minusDays(1))).isFalse();
    for (LocalDate day : List.of(GRANTED, GRANTED.plusDays(1))) {
      DelegationOnDate onDate = delegations.history(mentalHealth, day).orElseThrow().onDate();
      assertThat(onDate.scope()).isEqualTo("Community mental health services for adults");
      assertThat(onDate.conditions())
          .containsExactly("Reports quarterly to the CCG Governing Body", "Annual audit");
      assertThat(onDate.approval()).isEqualTo(approval(GOVERNING_BODY_2021_CORRECTED));
      assertThat(onDate.limits())
          .extracting(DelegationOnDate.Limit::maximum)
          .containsExactly(new BigDecimal("500000.00"));
      assertThat(onDate.termsSince()).isEqualTo(GRANTED);
    }
    DelegationHistory history = delegations.history(mentalHealth, GRANTED).orElseThrow();
    assertThat(history.scope()).isEqualTo("Community mental health services for adults");
    assertThat(history.timeline())
        .extracting(
            DelegationHistory.Act::act,
            DelegationHistory.Act::effectiveDate,
            DelegationHistory.Act::reason,
            DelegationHistory.Act::correctedEventId)
        .containsExactly(
            tuple("GRANTED", GRANTED, null, null),
            tuple(
                "TERMS_CORRECTED",
                GRANTED,
                "The report says adults, and the audit condition",
                granted.eventId().toString()));
    assertThat(history.timeline().get(0).conditions()).containsExactly("Reports quarterly");
    assertThat(history.timeline().get(0).approval()).isEqualTo(approval(GOVERNING_BODY_2021));
    assertThat(history.timeline().get(1).conditions())
        .containsExactly("Reports quarterly to the CCG Governing Body", "Annual audit");
    assertThat(history.timeline().get(1).approval())
        .isEqualTo(approval(GOVERNING_BODY_2021_CORRECTED));
    assertThat(history.corrections()).hasSize(1);
    DelegationHistory.Correction kept = history.corrections().get(0);
    assertThat(kept.corrects()).isEqualTo("TERMS");
    assertThat(kept.correctedEventId()).isEqualTo(granted.eventId().toString());
    assertThat(kept.correctedAt()).isEqualTo(correction.recordedAt());
    assertThat(kept.before())
        .isEqualTo(
            new DelegationHistory.Before(
                "Community mental health services",
                List.of("Reports quarterly"),
                approval(GOVERNING_BODY_2021),
                null));
  }

  @Test
  void a_second_terms_correction_names_the_first_and_keeps_what_the_first_put_in() {
    RecordedEvent first = correctGrantTerms(granted.eventId().toString());
    accept(
        new DelegationTermsCorrected(
            executive,
            mentalHealth,
            first.eventId().toString(),
            "Community mental health services for adults in County Durham",
            List.of(),
            null,
            "No conditions and no approval in the final report",
            GRANTED));

    DelegationOnDate onDate = delegations.history(mentalHealth, GRANTED).orElseThrow().onDate();
    assertThat(onDate.scope())
        .isEqualTo("Community mental health services for adults in County Durham");
    assertThat(onDate.conditions()).isEmpty();
    assertThat(onDate.approval()).isNull();
    DelegationHistory history = delegations.history(mentalHealth, GRANTED).orElseThrow();
    assertThat(history.corrections())
        .extracting(DelegationHistory.Correction::correctedEventId)
        .containsExactly(granted.eventId().toString(), first.eventId().toString());
    assertThat(history.corrections().get(1).before())
        .isEqualTo(
            new DelegationHistory.Before(
                "Community mental health services for adults",
                List.of("Reports quarterly to the CCG Governing Body", "Annual audit"),
                approval(GOVERNING_BODY_2021_CORRECTED),
                null));
  }

  @Test
  void a_terms_correction_of_a_variation_leaves_the_grants_terms_before_it() {
    RecordedEvent varied = vary();
    accept(
        new DelegationTermsCorrected(
            executive,
            mentalHealth,
            varied.eventId().toString(),
            "Community mental health services",
            List.of("Reports monthly"),
            GOVERNING_BODY_2022,
            "The variation asked for monthly reports",
            VARIED));

    assertThat(conditionsOn(VARIED.minusDays(1))).containsExactly("Reports quarterly");
    assertThat(conditionsOn(VARIED)).containsExactly("Reports monthly");
    assertThat(conditionsOn(VARIED.plusDays(1))).containsExactly("Reports monthly");
    assertThat(delegations.history(mentalHealth, VARIED).orElseThrow().onDate().limits())
        .extracting(DelegationOnDate.Limit::maximum)
        .containsExactly(new BigDecimal("750000.00"));
  }

  @Test
  void a_terms_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent correction = correctGrantTerms(granted.eventId().toString());
    DelegationHistory before = delegations.history(mentalHealth, GRANTED).orElseThrow();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(delegations.history(mentalHealth, GRANTED)).contains(before);
    assertThat(before.corrections()).hasSize(1);
    assertThat(before.onDate().conditions()).hasSize(2);
  }

  @Test
  void a_variation_moved_later_starts_its_terms_on_the_corrected_day_and_not_before() {
    RecordedEvent varied = vary();
    RecordedEvent correction = correctVariationDate(varied.eventId().toString(), VARIED);

    assertThat(limitOn(VARIED.minusDays(1))).isEqualTo("500000.00");
    assertThat(limitOn(VARIED)).isEqualTo("500000.00");
    assertThat(limitOn(VARIED.plusDays(1))).isEqualTo("500000.00");
    assertThat(limitOn(VARIED_CORRECTED.minusDays(1))).isEqualTo("500000.00");
    assertThat(limitOn(VARIED_CORRECTED)).isEqualTo("750000.00");
    assertThat(limitOn(VARIED_CORRECTED.plusDays(1))).isEqualTo("750000.00");
    assertThat(delegations.history(mentalHealth, VARIED_CORRECTED).orElseThrow().onDate())
        .extracting(DelegationOnDate::termsSince, DelegationOnDate::approval)
        .containsExactly(VARIED_CORRECTED, approval(GOVERNING_BODY_2022));
    DelegationHistory history = delegations.history(mentalHealth, VARIED).orElseThrow();
    assertThat(history.timeline())
        .extracting(
            DelegationHistory.Act::act,
            DelegationHistory.Act::effectiveDate,
            DelegationHistory.Act::correctedEventId)
        .containsExactly(
            tuple("GRANTED", GRANTED, null),
            tuple("VARIED", VARIED_CORRECTED, null),
            tuple("VARIATION_DATE_CORRECTED", VARIED_CORRECTED, varied.eventId().toString()));
    assertThat(history.corrections()).hasSize(1);
    DelegationHistory.Correction kept = history.corrections().get(0);
    assertThat(kept.corrects()).isEqualTo("CHANGE_DATE");
    assertThat(kept.correctedAt()).isEqualTo(correction.recordedAt());
    assertThat(kept.before())
        .isEqualTo(new DelegationHistory.Before(null, List.of(), null, VARIED));
  }

  @Test
  void a_second_variation_date_correction_names_the_first_and_moves_it_earlier_than_recorded() {
    RecordedEvent varied = vary();
    RecordedEvent first = correctVariationDate(varied.eventId().toString(), VARIED);
    LocalDate earlier = VARIED.minusDays(10);
    accept(
        new DelegationChangeDateCorrected(
            executive,
            mentalHealth,
            first.eventId().toString(),
            VARIED_CORRECTED,
            "The variation took effect before the report was noted",
            earlier));

    assertThat(limitOn(earlier.minusDays(1))).isEqualTo("500000.00");
    assertThat(limitOn(earlier)).isEqualTo("750000.00");
    assertThat(limitOn(VARIED)).isEqualTo("750000.00");
    assertThat(limitOn(VARIED_CORRECTED)).isEqualTo("750000.00");
    DelegationHistory history = delegations.history(mentalHealth, VARIED).orElseThrow();
    assertThat(history.corrections())
        .extracting(c -> c.before().effectiveDate())
        .containsExactly(VARIED, VARIED_CORRECTED);
    assertThat(history.timeline())
        .filteredOn(act -> act.act().equals("VARIED"))
        .extracting(DelegationHistory.Act::effectiveDate)
        .containsExactly(earlier);
  }

  @Test
  void a_variation_date_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent varied = vary();
    RecordedEvent correction = correctVariationDate(varied.eventId().toString(), VARIED);
    DelegationHistory before = delegations.history(mentalHealth, VARIED_CORRECTED).orElseThrow();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(delegations.history(mentalHealth, VARIED_CORRECTED)).contains(before);
    assertThat(before.timeline()).hasSize(3);
  }

  @Test
  void a_revocation_moved_earlier_ends_the_delegation_on_the_corrected_day() {
    vary();
    RecordedEvent revoked = accept(new DelegationRevoked(executive, mentalHealth, REVOKED));
    accept(
        new DelegationChangeDateCorrected(
            executive,
            mentalHealth,
            revoked.eventId().toString(),
            REVOKED,
            "The revocation letter is dated 1 March",
            REVOKED_CORRECTED));

    assertThat(inForceOn(REVOKED_CORRECTED.minusDays(1))).isTrue();
    assertThat(inForceOn(REVOKED_CORRECTED)).isFalse();
    assertThat(inForceOn(REVOKED_CORRECTED.plusDays(1))).isFalse();
    assertThat(inForceOn(REVOKED.minusDays(1))).isFalse();
    assertThat(inForceOn(REVOKED)).isFalse();
    assertThat(inForceOn(REVOKED.plusDays(1))).isFalse();
    assertThat(
            delegations
                .ofBody(executive, REVOKED_CORRECTED.minusDays(1))
                .orElseThrow()
                .delegations())
        .hasSize(1);
    assertThat(delegations.ofBody(executive, REVOKED_CORRECTED).orElseThrow().delegations())
        .isEmpty();
    DelegationHistory history = delegations.history(mentalHealth, REVOKED).orElseThrow();
    assertThat(history.endedOn()).isEqualTo(REVOKED_CORRECTED);
    assertThat(history.endedBy()).isEqualTo("REVOKED");
    assertThat(history.timeline())
        .extracting(DelegationHistory.Act::act, DelegationHistory.Act::effectiveDate)
        .containsExactly(
            tuple("GRANTED", GRANTED),
            tuple("VARIED", VARIED),
            tuple("REVOKED", REVOKED_CORRECTED),
            tuple("REVOCATION_DATE_CORRECTED", REVOKED_CORRECTED));
    // The grant's terms, superseded by the variation, still end on the variation's day.
    assertThat(limitOn(VARIED.minusDays(1))).isEqualTo("500000.00");
    assertThat(limitOn(VARIED)).isEqualTo("750000.00");
    assertThat(history.corrections())
        .extracting(c -> c.correctedEventId(), c -> c.before().effectiveDate())
        .containsExactly(tuple(revoked.eventId().toString(), REVOKED));
  }

  @Test
  void a_second_revocation_date_correction_names_the_first_and_moves_it_later_than_recorded() {
    RecordedEvent revoked = accept(new DelegationRevoked(executive, mentalHealth, REVOKED));
    RecordedEvent first =
        accept(
            new DelegationChangeDateCorrected(
                executive,
                mentalHealth,
                revoked.eventId().toString(),
                REVOKED,
                "The letter is dated 1 March",
                REVOKED_CORRECTED));
    LocalDate later = REVOKED.plusDays(14);
    accept(
        new DelegationChangeDateCorrected(
            executive,
            mentalHealth,
            first.eventId().toString(),
            REVOKED_CORRECTED,
            "The letter gave a month's notice",
            later));

    assertThat(inForceOn(REVOKED)).isTrue();
    assertThat(inForceOn(later.minusDays(1))).isTrue();
    assertThat(inForceOn(later)).isFalse();
    assertThat(limitOn(later.minusDays(1))).isEqualTo("500000.00");
    DelegationHistory history = delegations.history(mentalHealth, later).orElseThrow();
    assertThat(history.endedOn()).isEqualTo(later);
    assertThat(history.corrections())
        .extracting(c -> c.before().effectiveDate())
        .containsExactly(REVOKED, REVOKED_CORRECTED);
  }

  @Test
  void a_revocation_date_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent revoked = accept(new DelegationRevoked(executive, mentalHealth, REVOKED));
    RecordedEvent correction =
        accept(
            new DelegationChangeDateCorrected(
                executive,
                mentalHealth,
                revoked.eventId().toString(),
                REVOKED,
                "The letter is dated 1 March",
                REVOKED_CORRECTED));
    DelegationHistory before = delegations.history(mentalHealth, REVOKED).orElseThrow();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(delegations.history(mentalHealth, REVOKED)).contains(before);
    assertThat(before.endedOn()).isEqualTo(REVOKED_CORRECTED);
  }

  private RecordedEvent correctGrantTerms(String correctedEventId) {
    return accept(
        new DelegationTermsCorrected(
            executive,
            mentalHealth,
            correctedEventId,
            "Community mental health services for adults",
            List.of("Reports quarterly to the CCG Governing Body", "Annual audit"),
            GOVERNING_BODY_2021_CORRECTED,
            "The report says adults, and the audit condition",
            GRANTED));
  }

  private RecordedEvent vary() {
    return accept(
        new DelegationVaried(
            executive,
            mentalHealth,
            List.of(NEW_SCHEMES_750K),
            List.of("Reports quarterly"),
            GOVERNING_BODY_2022,
            VARIED));
  }

  private RecordedEvent correctVariationDate(String correctedEventId, LocalDate previous) {
    return accept(
        new DelegationChangeDateCorrected(
            executive,
            mentalHealth,
            correctedEventId,
            previous,
            "The variation took effect on 1 June",
            VARIED_CORRECTED));
  }

  private boolean inForceOn(LocalDate day) {
    return delegations.history(mentalHealth, day).orElseThrow().onDate() != null;
  }

  private String limitOn(LocalDate day) {
    return delegations
        .history(mentalHealth, day)
        .orElseThrow()
        .onDate()
        .limits()
        .get(0)
        .maximum()
        .toPlainString();
  }

  private List<String> conditionsOn(LocalDate day) {
    return delegations.history(mentalHealth, day).orElseThrow().onDate().conditions();
  }

  private static DelegationOnDate.Approval approval(Approval approval) {
    return new DelegationOnDate.Approval(
        approval.approvedBy(), approval.approvedOn(), approval.reference());
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
