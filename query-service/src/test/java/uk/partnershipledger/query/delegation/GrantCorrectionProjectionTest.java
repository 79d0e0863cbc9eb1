package uk.partnershipledger.query.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DelegationGrantCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given a delegation granted under the wrong function, by the wrong delegator, on the wrong day,
 * then corrections of its grant (DOMAIN.md rule 7): the delegation on each side of the recorded and
 * the corrected days, its timeline and what each correction replaced.
 */
abstract class GrantCorrectionProjectionTest {

  private static final LocalDate GRANTED = LocalDate.of(2021, 4, 1);
  private static final LocalDate GRANT_CORRECTED = LocalDate.of(2021, 5, 1);

  @Autowired EventIntake intake;
  @Autowired DelegationReadModel delegations;

  private final History history = new History();
  private final BodyId executive = BodyId.newId();
  private final OrganisationId ccg = OrganisationId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private final DelegationId delegation = DelegationId.newId();
  private RecordedEvent granted;

  @BeforeEach
  void givenAGrant() {
    accept(
        new BodyEstablished(
            executive,
            PartnershipId.newId(),
            "CDCP Executive",
            BodyType.PARTNERSHIP_EXECUTIVE,
            BodyStatus.OPERATIONAL,
            null,
            List.of(),
            LocalDate.of(2021, 1, 1)));
    granted =
        accept(
            new DelegationGranted(
                executive,
                delegation,
                council,
                "public-health",
                "Services",
                List.of(
                    new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("500000.00"), null)),
                List.of(),
                null,
                GRANTED));
  }

  @Test
  void a_grant_corrected_to_a_later_day_function_and_delegator_holds_from_that_day() {
    accept(
        new DelegationGrantCorrected(
            executive,
            delegation,
            granted.eventId().toString(),
            "community-mental-health",
            ccg,
            GRANTED,
            "The CCG delegated mental health on 1 May",
            GRANT_CORRECTED));

    for (LocalDate day :
        List.of(GRANTED.minusDays(1), GRANTED, GRANTED.plusDays(1), GRANT_CORRECTED.minusDays(1))) {
      assertThat(delegations.history(delegation, day).orElseThrow().onDate()).isNull();
    }
    for (LocalDate day : List.of(GRANT_CORRECTED, GRANT_CORRECTED.plusDays(1))) {
      DelegationOnDate onDate = delegations.history(delegation, day).orElseThrow().onDate();
      assertThat(onDate.function()).isEqualTo("community-mental-health");
      assertThat(onDate.delegator().organisationId()).isEqualTo(ccg);
      assertThat(onDate.limits()).hasSize(1);
      assertThat(onDate.termsSince()).isEqualTo(GRANT_CORRECTED);
    }
    DelegationHistory history = delegations.history(delegation, GRANT_CORRECTED).orElseThrow();
    assertThat(history.function()).isEqualTo("community-mental-health");
    assertThat(history.grantedOn()).isEqualTo(GRANT_CORRECTED);
    assertThat(history.timeline())
        .extracting(DelegationHistory.Act::act, DelegationHistory.Act::delegatorId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GRANTED", ccg),
            org.assertj.core.groups.Tuple.tuple("GRANT_CORRECTED", ccg));
    assertThat(history.corrections()).hasSize(1);
    DelegationHistory.Correction correction = history.corrections().get(0);
    assertThat(correction.corrects()).isEqualTo("GRANT");
    assertThat(correction.correctedEventId()).isEqualTo(granted.eventId().toString());
    assertThat(correction.before())
        .isEqualTo(
            new DelegationHistory.Before(null, List.of(), null, GRANTED, "public-health", council));
  }

  @Test
  void a_second_grant_correction_names_the_first_and_moves_it_earlier_and_twice_is_once() {
    RecordedEvent first =
        accept(
            new DelegationGrantCorrected(
                executive,
                delegation,
                granted.eventId().toString(),
                "community-mental-health",
                ccg,
                GRANTED,
                "Mental health, from the CCG",
                GRANTED));
    LocalDate earlier = GRANTED.minusDays(1);
    RecordedEvent second =
        accept(
            new DelegationGrantCorrected(
                executive,
                delegation,
                first.eventId().toString(),
                "community-mental-health",
                ccg,
                GRANTED,
                "A day earlier",
                earlier));
    DelegationHistory before = delegations.history(delegation, earlier).orElseThrow();

    assertThat(intake.accept(second)).isEqualTo(Outcome.SKIPPED);

    assertThat(delegations.history(delegation, earlier).orElseThrow()).isEqualTo(before);
    assertThat(delegations.history(delegation, earlier.minusDays(1)).orElseThrow().onDate())
        .isNull();
    assertThat(before.onDate().delegator().organisationId()).isEqualTo(ccg);
    assertThat(before.grantedOn()).isEqualTo(earlier);
    assertThat(before.corrections())
        .extracting(c -> c.correctedEventId(), c -> c.before().function())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(granted.eventId().toString(), "public-health"),
            org.assertj.core.groups.Tuple.tuple(
                first.eventId().toString(), "community-mental-health"));
    assertThat(before.corrections().get(1).before().effectiveDate()).isEqualTo(GRANTED);
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
