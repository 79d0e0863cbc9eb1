package uk.partnershipledger.query.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DeclarationCorrected;
import uk.partnershipledger.events.body.BodyEvent.InterestDeclared;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.RecommendationCorrected;
import uk.partnershipledger.events.body.BodyEvent.RecommendationRecorded;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DeclarationId;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given a declaration of interest and a recommendation, and their corrections (DOMAIN.md rule 7),
 * then what the body declared and recommended over periods ending the day before, of and after both
 * the recorded and the corrected days, with what each correction replaced.
 */
abstract class DeclarationAndRecommendationCorrectionProjectionTest {

  private static final LocalDate DECLARED = LocalDate.of(2023, 5, 10);
  private static final LocalDate DECLARED_CORRECTED = LocalDate.of(2023, 6, 14);
  private static final LocalDate RECOMMENDED = LocalDate.of(2022, 11, 1);
  private static final LocalDate RECOMMENDED_CORRECTED = LocalDate.of(2022, 10, 18);

  @Autowired EventIntake intake;
  @Autowired DecisionReadModel decisions;

  private final History history = new History();
  private final BodyId committee = BodyId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private final MembershipId councillor = MembershipId.newId();
  private final DeclarationId declaration = DeclarationId.newId();
  private final DecisionId recommendation = DecisionId.newId();
  private RecordedEvent declared;
  private RecordedEvent recommended;

  @BeforeEach
  void givenADeclarationAndARecommendation() {
    accept(
        new OrganisationRegistered(
            council,
            "Durham County Council",
            OrganisationKind.LOCAL_AUTHORITY,
            true,
            LocalDate.of(1974, 4, 1)));
    accept(
        new BodyEstablished(
            committee,
            PartnershipId.newId(),
            "County Durham Health and Care Joint Committee",
            BodyType.JOINT_COMMITTEE,
            BodyStatus.SHADOW,
            null,
            List.of(),
            LocalDate.of(2022, 10, 1)));
    accept(
        new MemberAppointed(
            committee,
            councillor,
            "Cllr Lucy Hovvels",
            council,
            MemberRole.MEMBER,
            LocalDate.of(2022, 10, 1)));
    recommended =
        accept(
            new RecommendationRecorded(
                committee,
                recommendation,
                "Community mental health investment plan",
                "CMH-2022-11",
                "community-mental-health",
                LimitKind.NEW_SCHEME,
                new BigDecimal("250000.00"),
                "NENC ICB Board",
                RECOMMENDED));
    declared =
        accept(
            new InterestDeclared(
                committee,
                declaration,
                councillor,
                "CMH-2023-05",
                "Trustee of a charity bidding for the crisis café",
                DECLARED));
  }

  @Test
  void a_declaration_corrected_to_a_later_day_is_listed_on_it_with_what_it_said_before() {
    RecordedEvent correction =
        accept(
            new DeclarationCorrected(
                committee,
                declaration,
                declared.eventId().toString(),
                "CMH-2023-06",
                "Trustee of a charity bidding for the crisis café contract",
                "The minutes of the June meeting record it",
                DECLARED_CORRECTED));

    assertThat(declaredBetween(DECLARED.minusDays(1), DECLARED.minusDays(1))).isEmpty();
    assertThat(declaredBetween(DECLARED, DECLARED)).isEmpty();
    assertThat(declaredBetween(DECLARED.plusDays(1), DECLARED.plusDays(1))).isEmpty();
    assertThat(declaredBetween(DECLARED_CORRECTED.minusDays(1), DECLARED_CORRECTED.minusDays(1)))
        .isEmpty();
    assertThat(declaredBetween(DECLARED_CORRECTED, DECLARED_CORRECTED)).hasSize(1);
    assertThat(declaredBetween(DECLARED_CORRECTED.plusDays(1), DECLARED_CORRECTED.plusDays(1)))
        .isEmpty();
    DeclarationView made = declaredBetween(DECLARED_CORRECTED, DECLARED_CORRECTED).get(0);
    assertThat(made.on()).isEqualTo(DECLARED_CORRECTED);
    assertThat(made.matter()).isEqualTo("CMH-2023-06");
    assertThat(made.interest())
        .isEqualTo("Trustee of a charity bidding for the crisis café contract");
    assertThat(made.member().personName()).isEqualTo("Cllr Lucy Hovvels");
    assertThat(made.recordedAt()).isEqualTo(declared.recordedAt());
    assertThat(made.corrections())
        .containsExactly(
            new DeclarationView.Correction(
                correction.recordedAt(),
                "The minutes of the June meeting record it",
                declared.eventId().toString(),
                new DeclarationView.Facts(
                    DECLARED, "CMH-2023-05", "Trustee of a charity bidding for the crisis café")));
  }

  @Test
  void a_second_declaration_correction_names_the_first_and_moves_it_earlier_than_recorded() {
    RecordedEvent first =
        accept(
            new DeclarationCorrected(
                committee,
                declaration,
                declared.eventId().toString(),
                "CMH-2023-06",
                "Trustee of a charity bidding for the crisis café",
                "June meeting",
                DECLARED_CORRECTED));
    LocalDate earlier = DECLARED.minusDays(7);
    accept(
        new DeclarationCorrected(
            committee,
            declaration,
            first.eventId().toString(),
            "CMH-2023-05",
            "Trustee of a charity bidding for the crisis café",
            "Declared in writing before the May meeting",
            earlier));

    assertThat(declaredBetween(earlier.minusDays(1), earlier.minusDays(1))).isEmpty();
    assertThat(declaredBetween(earlier, earlier)).hasSize(1);
    assertThat(declaredBetween(earlier.plusDays(1), DECLARED_CORRECTED.plusDays(1))).isEmpty();
    assertThat(declaredBetween(earlier, earlier).get(0).corrections())
        .extracting(c -> c.correctedEventId(), c -> c.before().on(), c -> c.before().matter())
        .containsExactly(
            tuple(declared.eventId().toString(), DECLARED, "CMH-2023-05"),
            tuple(first.eventId().toString(), DECLARED_CORRECTED, "CMH-2023-06"));
  }

  @Test
  void a_declaration_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent correction =
        accept(
            new DeclarationCorrected(
                committee,
                declaration,
                declared.eventId().toString(),
                "CMH-2023-06",
                "Trustee of a charity bidding for the crisis café",
                "June meeting",
                DECLARED));
    List<DeclarationView> before = declaredBetween(null, null);

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(declaredBetween(null, null)).isEqualTo(before);
    assertThat(before).singleElement().extracting(DeclarationView::matter).isEqualTo("CMH-2023-06");
    assertThat(before.get(0).corrections()).hasSize(1);
  }

  @Test
  void a_recommendation_corrected_to_an_earlier_day_is_listed_on_it_with_what_it_said_before() {
    RecordedEvent correction =
        accept(
            new RecommendationCorrected(
                committee,
                recommendation,
                recommended.eventId().toString(),
                "Community mental health investment plan 2023/24",
                LimitKind.NEW_SCHEME,
                new BigDecimal("275000.00"),
                "NENC ICB Executive Committee",
                "The October meeting made it, to the executive committee",
                RECOMMENDED_CORRECTED));

    assertThat(recommendedBetween(RECOMMENDED_CORRECTED.minusDays(1))).isEmpty();
    assertThat(recommendedBetween(RECOMMENDED_CORRECTED)).hasSize(1);
    assertThat(recommendedBetween(RECOMMENDED_CORRECTED.plusDays(1))).isEmpty();
    assertThat(recommendedBetween(RECOMMENDED.minusDays(1))).isEmpty();
    assertThat(recommendedBetween(RECOMMENDED)).isEmpty();
    assertThat(recommendedBetween(RECOMMENDED.plusDays(1))).isEmpty();
    DecisionView made = recommendedBetween(RECOMMENDED_CORRECTED).get(0);
    assertThat(made.outcome()).isEqualTo(DecisionOutcome.RECOMMENDED);
    assertThat(made.subject()).isEqualTo("Community mental health investment plan 2023/24");
    assertThat(made.amount()).isEqualByComparingTo("275000");
    assertThat(made.recommendedTo()).isEqualTo("NENC ICB Executive Committee");
    assertThat(made.matter()).isEqualTo("CMH-2022-11");
    assertThat(made.corrections()).hasSize(1);
    DecisionView.Correction kept = made.corrections().get(0);
    assertThat(kept.correctedAt()).isEqualTo(correction.recordedAt());
    assertThat(kept.correctedEventId()).isEqualTo(recommended.eventId().toString());
    assertThat(kept.reason()).isEqualTo("The October meeting made it, to the executive committee");
    assertThat(kept.before().on()).isEqualTo(RECOMMENDED);
    assertThat(kept.before().subject()).isEqualTo("Community mental health investment plan");
    assertThat(kept.before().limitKind()).isEqualTo(LimitKind.NEW_SCHEME);
    assertThat(kept.before().amount()).isEqualByComparingTo("250000");
    assertThat(kept.before().recommendedTo()).isEqualTo("NENC ICB Board");
    assertThat(kept.before().delegationId()).isNull();
    assertThat(kept.before().abstainingMembers()).isEmpty();
  }

  @Test
  void a_second_recommendation_correction_names_the_first_and_may_drop_the_amount() {
    RecordedEvent first =
        accept(
            new RecommendationCorrected(
                committee,
                recommendation,
                recommended.eventId().toString(),
                "Community mental health investment plan",
                LimitKind.NEW_SCHEME,
                new BigDecimal("275000.00"),
                "NENC ICB Board",
                "Amount",
                RECOMMENDED_CORRECTED));
    LocalDate later = RECOMMENDED.plusDays(7);
    accept(
        new RecommendationCorrected(
            committee,
            recommendation,
            first.eventId().toString(),
            "Community mental health investment plan",
            null,
            null,
            "NENC ICB Board",
            "It recommended the plan, not a sum, on 8 November",
            later));

    assertThat(recommendedBetween(RECOMMENDED_CORRECTED)).isEmpty();
    assertThat(recommendedBetween(later.minusDays(1))).isEmpty();
    DecisionView made = recommendedBetween(later).get(0);
    assertThat(made.limitKind()).isNull();
    assertThat(made.amount()).isNull();
    assertThat(made.corrections())
        .extracting(c -> c.correctedEventId(), c -> c.before().on())
        .containsExactly(
            tuple(recommended.eventId().toString(), RECOMMENDED),
            tuple(first.eventId().toString(), RECOMMENDED_CORRECTED));
    assertThat(made.corrections().get(1).before().amount()).isEqualByComparingTo("275000");
  }

  @Test
  void a_recommendation_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent correction =
        accept(
            new RecommendationCorrected(
                committee,
                recommendation,
                recommended.eventId().toString(),
                "Community mental health investment plan",
                LimitKind.NEW_SCHEME,
                new BigDecimal("275000.00"),
                "NENC ICB Board",
                "Amount",
                RECOMMENDED));
    List<DecisionView> before =
        decisions.decisions(committee, null, null).orElseThrow().decisions();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(decisions.decisions(committee, null, null).orElseThrow().decisions())
        .isEqualTo(before);
    assertThat(before).singleElement().satisfies(d -> assertThat(d.corrections()).hasSize(1));
  }

  private List<DeclarationView> declaredBetween(LocalDate from, LocalDate to) {
    return decisions.declarations(committee, from, to).orElseThrow().declarations();
  }

  private List<DecisionView> recommendedBetween(LocalDate day) {
    return decisions.decisions(committee, day, day).orElseThrow().decisions();
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
