package uk.partnershipledger.query.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DecisionFunctionCorrected;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given a decision recorded under the wrong function, then corrections of its function (DOMAIN.md
 * rule 7): the decision keeps its day and takes the corrected function, delegation and delegator;
 * what it said before is kept in its corrections.
 */
abstract class FunctionCorrectionProjectionTest {

  private static final LocalDate DECIDED = LocalDate.of(2023, 5, 10);

  @Autowired EventIntake intake;
  @Autowired DecisionReadModel decisions;

  private final History history = new History();
  private final BodyId committee = BodyId.newId();
  private final DecisionId decision = DecisionId.newId();
  private final DelegationId publicHealth = DelegationId.newId();
  private final DelegationId mentalHealth = DelegationId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private final OrganisationId icb = OrganisationId.newId();
  private RecordedEvent recorded;

  @BeforeEach
  void givenADecision() {
    accept(
        new BodyEstablished(
            committee,
            PartnershipId.newId(),
            "Joint Committee",
            BodyType.JOINT_COMMITTEE,
            BodyStatus.OPERATIONAL,
            null,
            List.of(),
            LocalDate.of(2022, 10, 1)));
    recorded =
        accept(
            new DecisionRecorded(
                committee,
                decision,
                publicHealth,
                council,
                "Crisis café pilot",
                "CMH-2023-05",
                "public-health",
                LimitKind.NEW_SCHEME,
                new BigDecimal("400000.00"),
                List.of(),
                DECIDED));
  }

  @Test
  void a_corrected_function_is_the_decisions_on_its_day_with_what_it_said_before() {
    accept(
        new DecisionFunctionCorrected(
            committee,
            decision,
            recorded.eventId().toString(),
            "community-mental-health",
            mentalHealth,
            icb,
            "The minutes record mental health",
            DECIDED));

    assertThat(decisions(DECIDED.minusDays(1), DECIDED.minusDays(1))).isEmpty();
    assertThat(decisions(DECIDED.plusDays(1), DECIDED.plusDays(1))).isEmpty();
    DecisionView view = decisions(DECIDED, DECIDED).get(0);
    assertThat(view.on()).isEqualTo(DECIDED);
    assertThat(view.function()).isEqualTo("community-mental-health");
    assertThat(view.delegationId()).isEqualTo(mentalHealth);
    assertThat(view.delegatorId()).isEqualTo(icb);
    assertThat(view.amount()).isEqualByComparingTo("400000.00");
    assertThat(view.corrections()).hasSize(1);
    DecisionView.Correction correction = view.corrections().get(0);
    assertThat(correction.correctedEventId()).isEqualTo(recorded.eventId().toString());
    assertThat(correction.before().function()).isEqualTo("public-health");
    assertThat(correction.before().delegationId()).isEqualTo(publicHealth);
    assertThat(correction.before().delegatorId()).isEqualTo(council);
    assertThat(correction.before().on()).isEqualTo(DECIDED);
  }

  @Test
  void a_second_function_correction_names_the_first_and_twice_is_once() {
    RecordedEvent first =
        accept(
            new DecisionFunctionCorrected(
                committee,
                decision,
                recorded.eventId().toString(),
                "community-mental-health",
                mentalHealth,
                icb,
                "Mental health",
                DECIDED));
    RecordedEvent second =
        accept(
            new DecisionFunctionCorrected(
                committee,
                decision,
                first.eventId().toString(),
                "learning-disabilities",
                publicHealth,
                council,
                "Learning disabilities",
                DECIDED));
    DecisionView before = decisions(DECIDED, DECIDED).get(0);

    assertThat(intake.accept(second)).isEqualTo(Outcome.SKIPPED);

    assertThat(decisions(DECIDED, DECIDED).get(0)).isEqualTo(before);
    assertThat(before.function()).isEqualTo("learning-disabilities");
    assertThat(before.corrections())
        .extracting(c -> c.correctedEventId(), c -> c.before().function())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(recorded.eventId().toString(), "public-health"),
            org.assertj.core.groups.Tuple.tuple(
                first.eventId().toString(), "community-mental-health"));
  }

  private List<DecisionView> decisions(LocalDate from, LocalDate to) {
    return decisions.decisions(committee, from, to).orElseThrow().decisions();
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
