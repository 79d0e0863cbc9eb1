package uk.partnershipledger.query.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.partnershipledger.query.History.justBefore;
import static uk.partnershipledger.query.History.recordingOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLimitsCorrected;
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
 * Given a delegation granted with a £500k limit and the limit later corrected to £50k, then the
 * delegation as recorded at instants around the correction (docs/adr/0010): the old limit as the
 * ledger stood before the correction was recorded, the new one from the instant it was, for the
 * same effective date.
 */
abstract class AsRecordedDelegationProjectionTest {

  private static final LocalDate GRANTED = LocalDate.of(2021, 4, 1);
  private static final FinancialLimit NEW_SCHEMES_500K =
      new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("500000.00"), "New schemes");
  private static final FinancialLimit NEW_SCHEMES_50K =
      new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("50000.00"), "New schemes");

  @Autowired EventIntake intake;
  @Autowired DelegationReadModel delegations;

  private final History history = new History();
  private final BodyId executive = BodyId.newId();
  private final OrganisationId ccg = OrganisationId.newId();
  private final DelegationId mentalHealth = DelegationId.newId();
  private RecordedEvent granted;
  private RecordedEvent correction;

  @BeforeEach
  void givenAGrantWhoseLimitWasCorrected() {
    given(
        new OrganisationRegistered(
            ccg,
            "NHS County Durham CCG",
            OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
            true,
            LocalDate.of(2013, 4, 1)));
    given(
        new BodyEstablished(
            executive,
            PartnershipId.newId(),
            "CDCP Executive",
            BodyType.PARTNERSHIP_EXECUTIVE,
            BodyStatus.OPERATIONAL,
            null,
            List.of(),
            GRANTED));
    granted =
        given(
            new DelegationGranted(
                executive,
                mentalHealth,
                ccg,
                "community-mental-health",
                "Community mental health services for adults",
                List.of(NEW_SCHEMES_500K),
                List.of(),
                null,
                GRANTED));
    correction =
        given(
            new DelegationLimitsCorrected(
                executive,
                mentalHealth,
                granted.eventId().toString(),
                List.of(NEW_SCHEMES_50K),
                "The report says £50k",
                GRANTED));
  }

  @Test
  void the_limit_is_the_old_one_as_recorded_before_the_correction_and_the_new_one_from_it() {
    assertThat(limitOn(GRANTED, justBefore(correction))).isEqualByComparingTo("500000");
    assertThat(limitOn(GRANTED, recordingOf(correction))).isEqualByComparingTo("50000");
    assertThat(limitOn(GRANTED, recordingOf(correction).plusSeconds(60)))
        .isEqualByComparingTo("50000");
    assertThat(limitOn(GRANTED, null)).isEqualByComparingTo("50000");
  }

  @Test
  void the_timeline_shows_the_correction_only_as_recorded_from_it() {
    DelegationHistory before =
        delegations.history(mentalHealth, GRANTED, justBefore(correction)).orElseThrow();
    assertThat(before.timeline()).extracting(DelegationHistory.Act::act).containsExactly("GRANTED");
    assertThat(before.onDate().limits())
        .extracting(DelegationOnDate.Limit::maximum)
        .containsExactly(new BigDecimal("500000.00"));

    assertThat(
            delegations
                .history(mentalHealth, GRANTED, recordingOf(correction))
                .orElseThrow()
                .timeline())
        .extracting(DelegationHistory.Act::act)
        .containsExactly("GRANTED", "LIMITS_CORRECTED");
  }

  @Test
  void the_delegation_is_unknown_as_recorded_before_its_grant() {
    assertThat(delegations.history(mentalHealth, GRANTED, justBefore(granted))).isEmpty();
    assertThat(
            delegations.ofBody(executive, GRANTED, justBefore(granted)).orElseThrow().delegations())
        .isEmpty();
    assertThat(delegations.history(mentalHealth, GRANTED, recordingOf(granted))).isPresent();
  }

  private BigDecimal limitOn(LocalDate on, Instant asRecordedAt) {
    List<DelegationOnDate> held =
        delegations.ofBody(executive, on, asRecordedAt).orElseThrow().delegations();
    assertThat(held).hasSize(1);
    assertThat(held.get(0).limits()).hasSize(1);
    return held.get(0).limits().get(0).maximum();
  }

  private RecordedEvent given(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
