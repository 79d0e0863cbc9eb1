package uk.partnershipledger.query.decision;

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
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DecisionCorrected;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DecisionRefused;
import uk.partnershipledger.events.body.BodyEvent.InterestDeclared;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.RecommendationRecorded;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DeclarationId;
import uk.partnershipledger.events.body.DelegationId;
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
 * Given a body's decisions, refusals, recommendations and declarations, then what it did over a
 * period: the joint committee recommends in shadow form (seeds/000 §7), then decides a £400k scheme
 * with a conflicted member abstaining, and is refused a £600k one over its £500k limit (seeds/003
 * §4.6.3). Each end of a period is tested on the day before, the day of and the day after an act; a
 * corrected decision (DOMAIN.md rule 7) on those days around both its recorded and its corrected
 * date. Runs once per database.
 */
abstract class DecisionProjectionTest {

  private static final LocalDate RECOMMENDED = LocalDate.of(2022, 11, 1);
  private static final LocalDate DECIDED = LocalDate.of(2023, 5, 10);
  private static final LocalDate REFUSED = LocalDate.of(2023, 6, 14);
  private static final LocalDate CORRECTED = LocalDate.of(2023, 5, 24);

  @Autowired EventIntake intake;
  @Autowired DecisionReadModel decisions;

  private final History history = new History();
  private final BodyId jointCommittee = BodyId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private final MembershipId councillor = MembershipId.newId();
  private final MembershipId unknownMember = MembershipId.newId();
  private final DelegationId delegation = DelegationId.newId();
  private final DecisionId recommendation = DecisionId.newId();
  private final DecisionId decision = DecisionId.newId();
  private final DecisionId refusal = DecisionId.newId();
  private final DeclarationId declaration = DeclarationId.newId();
  private final DelegationId icbDelegation = DelegationId.newId();
  private final OrganisationId icb = OrganisationId.newId();
  private RecordedEvent decisionRecorded;

  @BeforeEach
  void givenAYearOfTheJointCommittee() {
    given(
        new OrganisationRegistered(
            council,
            "Durham County Council",
            OrganisationKind.LOCAL_AUTHORITY,
            true,
            LocalDate.of(1974, 4, 1)),
        new BodyEstablished(
            jointCommittee,
            PartnershipId.newId(),
            "County Durham Health and Care Joint Committee",
            BodyType.JOINT_COMMITTEE,
            BodyStatus.SHADOW,
            null,
            List.of(),
            LocalDate.of(2022, 10, 1)),
        new MemberAppointed(
            jointCommittee,
            councillor,
            "Cllr Lucy Hovvels",
            council,
            MemberRole.MEMBER,
            LocalDate.of(2022, 10, 1)),
        new RecommendationRecorded(
            jointCommittee,
            recommendation,
            "Community mental health investment plan",
            "CMH-2022-11",
            "community-mental-health",
            LimitKind.NEW_SCHEME,
            new BigDecimal("250000"),
            "NENC ICB Board",
            RECOMMENDED),
        new InterestDeclared(
            jointCommittee,
            declaration,
            councillor,
            "CMH-2023-05",
            "Trustee of a charity bidding for the crisis café",
            DECIDED));
    decisionRecorded =
        history.record(
            new DecisionRecorded(
                jointCommittee,
                decision,
                delegation,
                council,
                "Crisis café pilot in Durham city",
                "CMH-2023-05",
                "community-mental-health",
                LimitKind.NEW_SCHEME,
                new BigDecimal("400000.00"),
                List.of(councillor, unknownMember),
                DECIDED));
    assertThat(intake.accept(decisionRecorded)).isEqualTo(Outcome.PROJECTED);
    given(
        new DecisionRefused(
            jointCommittee,
            refusal,
            "Countywide crisis cafés",
            null,
            "community-mental-health",
            LimitKind.NEW_SCHEME,
            new BigDecimal("600000.00"),
            "amount-within-limit",
            "£600,000.00 exceeds the new-scheme limit of £500,000.00",
            REFUSED));
  }

  @Test
  void decisions_refusals_and_recommendations_are_listed_in_date_order_with_their_outcome() {
    assertThat(all())
        .extracting(DecisionView::decisionId, DecisionView::outcome, DecisionView::on)
        .containsExactly(
            tuple(recommendation, DecisionOutcome.RECOMMENDED, RECOMMENDED),
            tuple(decision, DecisionOutcome.DECIDED, DECIDED),
            tuple(refusal, DecisionOutcome.REFUSED, REFUSED));
  }

  @Test
  void a_decision_shows_its_delegation_amount_and_the_members_who_abstained() {
    DecisionView decided = all().get(1);

    assertThat(decided.subject()).isEqualTo("Crisis café pilot in Durham city");
    assertThat(decided.matter()).isEqualTo("CMH-2023-05");
    assertThat(decided.function()).isEqualTo("community-mental-health");
    assertThat(decided.limitKind()).isEqualTo(LimitKind.NEW_SCHEME);
    assertThat(decided.amount()).isEqualTo(new BigDecimal("400000.00"));
    assertThat(decided.delegationId()).isEqualTo(delegation);
    assertThat(decided.delegatorId()).isEqualTo(council);
    assertThat(decided.delegatorName()).isEqualTo("Durham County Council");
    assertThat(decided.abstainingMembers())
        .containsExactly(
            new DecisionView.Member(
                councillor, "Cllr Lucy Hovvels", council, "Durham County Council"),
            new DecisionView.Member(unknownMember, null, null, null));
    assertThat(decided.rule()).isNull();
    assertThat(decided.recommendedTo()).isNull();
  }

  @Test
  void a_refused_decision_shows_the_rule_and_the_reason_and_no_delegation() {
    DecisionView refused = all().get(2);

    assertThat(refused.rule()).isEqualTo("amount-within-limit");
    assertThat(refused.reason()).contains("exceeds the new-scheme limit");
    assertThat(refused.amount()).isEqualTo(new BigDecimal("600000.00"));
    assertThat(refused.delegationId()).isNull();
    assertThat(refused.abstainingMembers()).isEmpty();
  }

  @Test
  void a_recommendation_shows_to_whom_and_its_amount_in_pounds_and_pence() {
    DecisionView recommended = all().get(0);

    assertThat(recommended.recommendedTo()).isEqualTo("NENC ICB Board");
    assertThat(recommended.amount()).isEqualTo(new BigDecimal("250000.00"));
  }

  @Test
  void a_period_includes_acts_on_both_its_first_and_last_day_and_none_beyond() {
    assertThat(between(DECIDED.plusDays(1), null)).containsExactly(refusal);
    assertThat(between(DECIDED, null)).containsExactly(decision, refusal);
    assertThat(between(DECIDED.minusDays(1), null)).containsExactly(decision, refusal);
    assertThat(between(null, DECIDED.minusDays(1))).containsExactly(recommendation);
    assertThat(between(null, DECIDED)).containsExactly(recommendation, decision);
    assertThat(between(DECIDED, DECIDED)).containsExactly(decision);
    assertThat(between(DECIDED.plusDays(1), REFUSED.minusDays(1))).isEmpty();
  }

  @Test
  void declarations_show_the_member_and_their_organisation_within_the_period() {
    List<DeclarationView> declared =
        decisions.declarations(jointCommittee, null, null).orElseThrow().declarations();

    assertThat(declared).hasSize(1);
    DeclarationView made = declared.get(0);
    assertThat(made.declarationId()).isEqualTo(declaration);
    assertThat(made.on()).isEqualTo(DECIDED);
    assertThat(made.member().personName()).isEqualTo("Cllr Lucy Hovvels");
    assertThat(made.member().organisationName()).isEqualTo("Durham County Council");
    assertThat(made.matter()).isEqualTo("CMH-2023-05");
    assertThat(made.interest()).isEqualTo("Trustee of a charity bidding for the crisis café");
    assertThat(
            decisions
                .declarations(jointCommittee, DECIDED.plusDays(1), null)
                .orElseThrow()
                .declarations())
        .isEmpty();
    assertThat(
            decisions.declarations(jointCommittee, DECIDED, DECIDED).orElseThrow().declarations())
        .hasSize(1);
  }

  @Test
  void a_corrected_decision_is_listed_on_its_corrected_day_and_no_longer_on_the_recorded_one() {
    given(correction(decisionRecorded, CORRECTED, "450000.00", "The minutes date it 24 May"));

    assertThat(between(DECIDED.minusDays(1), DECIDED.minusDays(1))).isEmpty();
    assertThat(between(DECIDED, DECIDED)).isEmpty();
    assertThat(between(DECIDED.plusDays(1), DECIDED.plusDays(1))).isEmpty();
    assertThat(between(CORRECTED.minusDays(1), CORRECTED.minusDays(1))).isEmpty();
    assertThat(between(CORRECTED, CORRECTED)).containsExactly(decision);
    assertThat(between(CORRECTED.plusDays(1), CORRECTED.plusDays(1))).isEmpty();
    assertThat(between(null, CORRECTED.minusDays(1))).containsExactly(recommendation);
    assertThat(between(null, CORRECTED)).containsExactly(recommendation, decision);
    assertThat(between(DECIDED, null)).containsExactly(decision, refusal);
    assertThat(between(CORRECTED.plusDays(1), null)).containsExactly(refusal);
    assertThat(all())
        .extracting(DecisionView::decisionId)
        .containsExactly(recommendation, decision, refusal);
  }

  @Test
  void a_corrected_decision_shows_its_corrected_facts_and_what_it_said_before_and_why() {
    RecordedEvent correction =
        history.record(
            correction(decisionRecorded, CORRECTED, "450000.00", "The minutes date it 24 May"));
    assertThat(intake.accept(correction)).isEqualTo(Outcome.PROJECTED);

    DecisionView corrected = all().get(1);

    assertThat(corrected.on()).isEqualTo(CORRECTED);
    assertThat(corrected.subject()).isEqualTo("Crisis café pilot in Durham and Chester-le-Street");
    assertThat(corrected.amount()).isEqualTo(new BigDecimal("450000.00"));
    assertThat(corrected.delegationId()).isEqualTo(icbDelegation);
    assertThat(corrected.delegatorId()).isEqualTo(icb);
    assertThat(corrected.abstainingMembers())
        .containsExactly(new DecisionView.Member(unknownMember, null, null, null));
    assertThat(corrected.matter()).as("not correctable").isEqualTo("CMH-2023-05");
    assertThat(corrected.recordedAt().toInstant())
        .as("when the decision itself was recorded")
        .isEqualTo(decisionRecorded.recordedAt().toInstant());
    assertThat(corrected.corrections()).hasSize(1);
    DecisionView.Correction kept = corrected.corrections().get(0);
    assertThat(kept.correctedAt().toInstant()).isEqualTo(correction.recordedAt().toInstant());
    assertThat(kept.correctedAt().getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(kept.reason()).isEqualTo("The minutes date it 24 May");
    assertThat(kept.correctedEventId()).isEqualTo(decisionRecorded.eventId().toString());
    assertThat(kept.before())
        .isEqualTo(
            new DecisionView.Facts(
                DECIDED,
                "Crisis café pilot in Durham city",
                LimitKind.NEW_SCHEME,
                new BigDecimal("400000.00"),
                delegation,
                council,
                List.of(
                    new DecisionView.Member(
                        councillor, "Cllr Lucy Hovvels", council, "Durham County Council"),
                    new DecisionView.Member(unknownMember, null, null, null)),
                null,
                "community-mental-health"));
    assertThat(all().get(0).corrections()).isEmpty();
    assertThat(all().get(2).corrections()).isEmpty();
  }

  @Test
  void a_correction_of_a_correction_keeps_both_in_order_each_with_the_facts_it_replaced() {
    RecordedEvent first =
        history.record(correction(decisionRecorded, CORRECTED, "450000.00", "Wrong date"));
    RecordedEvent second =
        history.record(correction(first, CORRECTED.plusDays(1), "45000.00", "Wrong amount"));
    for (RecordedEvent event : List.of(first, second)) {
      assertThat(intake.accept(event)).isEqualTo(Outcome.PROJECTED);
    }

    DecisionView corrected = all().get(1);

    assertThat(corrected.on()).isEqualTo(CORRECTED.plusDays(1));
    assertThat(corrected.amount()).isEqualTo(new BigDecimal("45000.00"));
    assertThat(corrected.corrections())
        .extracting(
            DecisionView.Correction::reason,
            DecisionView.Correction::correctedEventId,
            c -> c.before().on(),
            c -> c.before().amount(),
            c -> c.before().abstainingMembers().size())
        .containsExactly(
            tuple(
                "Wrong date",
                decisionRecorded.eventId().toString(),
                DECIDED,
                new BigDecimal("400000.00"),
                2),
            tuple(
                "Wrong amount",
                first.eventId().toString(),
                CORRECTED,
                new BigDecimal("450000.00"),
                1));
    assertThat(between(CORRECTED, CORRECTED)).isEmpty();
    assertThat(between(CORRECTED.plusDays(1), CORRECTED.plusDays(1))).containsExactly(decision);
  }

  @Test
  void a_correction_delivered_twice_is_kept_once() {
    RecordedEvent correction =
        history.record(correction(decisionRecorded, CORRECTED, "450000.00", "Wrong date"));
    assertThat(intake.accept(correction)).isEqualTo(Outcome.PROJECTED);

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(all().get(1).corrections()).hasSize(1);
    assertThat(all().get(1).on()).isEqualTo(CORRECTED);
  }

  @Test
  void an_unknown_body_has_no_answer() {
    assertThat(decisions.decisions(BodyId.newId(), null, null)).isEmpty();
    assertThat(decisions.declarations(BodyId.newId(), null, null)).isEmpty();
  }

  /**
   * The decision moved to another day and under the ICB's delegation; the councillor no longer
   * abstains (their declaration was for the recorded day).
   */
  private DecisionCorrected correction(
      RecordedEvent corrects, LocalDate on, String amount, String reason) {
    return new DecisionCorrected(
        jointCommittee,
        decision,
        corrects.eventId().toString(),
        icbDelegation,
        icb,
        "Crisis café pilot in Durham and Chester-le-Street",
        LimitKind.NEW_SCHEME,
        new BigDecimal(amount),
        List.of(unknownMember),
        reason,
        on);
  }

  private List<DecisionView> all() {
    return decisions.decisions(jointCommittee, null, null).orElseThrow().decisions();
  }

  private List<DecisionId> between(LocalDate from, LocalDate to) {
    return decisions.decisions(jointCommittee, from, to).orElseThrow().decisions().stream()
        .map(DecisionView::decisionId)
        .toList();
  }

  private void given(GovernanceEvent... events) {
    for (GovernanceEvent event : events) {
      assertThat(intake.accept(history.record(event))).isEqualTo(Outcome.PROJECTED);
    }
  }
}
