package uk.partnershipledger.query.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceAdopted;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;

/**
 * Given body events, then the body on a date: the County Durham joint committee, proposed in July
 * 2022, in shadow form from October 2022, operational from April 2023 (seeds/000 §7), each change
 * tested on the day before, the day of and the day after. Runs once per database.
 */
abstract class BodyProjectionTest {

  private static final LocalDate PROPOSED = LocalDate.of(2022, 7, 13);
  private static final LocalDate SHADOW = LocalDate.of(2022, 10, 1);
  private static final LocalDate OPERATIONAL = LocalDate.of(2023, 4, 1);

  @Autowired EventIntake intake;
  @Autowired BodyReadModel bodies;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final BodyId executive = BodyId.newId();
  private final BodyId jointCommittee = BodyId.newId();

  @BeforeEach
  void givenTheJointCommitteeUnderTheExecutive() {
    given(
        new BodyEstablished(
            executive,
            cdcp,
            "CDCP Executive",
            BodyType.PARTNERSHIP_EXECUTIVE,
            BodyStatus.OPERATIONAL,
            null,
            List.of(),
            LocalDate.of(2021, 4, 1)),
        new BodyEstablished(
            jointCommittee,
            cdcp,
            "County Durham Health and Care Joint Committee",
            BodyType.JOINT_COMMITTEE,
            BodyStatus.PROPOSED,
            null,
            List.of(executive),
            PROPOSED));
  }

  @Test
  void a_body_has_no_status_before_it_was_established_and_its_first_from_that_day() {
    assertThat(statusOn(PROPOSED.minusDays(1))).isNull();
    assertThat(statusOn(PROPOSED)).isEqualTo(BodyStatus.PROPOSED);
    assertThat(bodies.find(jointCommittee, PROPOSED).orElseThrow().parentBodyIds())
        .containsExactly(executive);
  }

  @Test
  void each_status_holds_from_its_day_up_to_the_next() {
    given(
        new BodyStatusChanged(jointCommittee, BodyStatus.PROPOSED, BodyStatus.SHADOW, SHADOW),
        new BodyStatusChanged(
            jointCommittee, BodyStatus.SHADOW, BodyStatus.OPERATIONAL, OPERATIONAL));

    assertThat(statusOn(SHADOW.minusDays(1))).isEqualTo(BodyStatus.PROPOSED);
    assertThat(statusOn(SHADOW)).isEqualTo(BodyStatus.SHADOW);
    assertThat(statusOn(OPERATIONAL.minusDays(1))).isEqualTo(BodyStatus.SHADOW);
    assertThat(statusOn(OPERATIONAL)).isEqualTo(BodyStatus.OPERATIONAL);
    assertThat(statusOn(OPERATIONAL.plusDays(1))).isEqualTo(BodyStatus.OPERATIONAL);
  }

  @Test
  void a_shadow_period_recorded_after_the_operational_start_is_slotted_in_between() {
    given(
        new BodyStatusChanged(
            jointCommittee, BodyStatus.PROPOSED, BodyStatus.OPERATIONAL, OPERATIONAL),
        new BodyStatusChanged(jointCommittee, BodyStatus.PROPOSED, BodyStatus.SHADOW, SHADOW));

    assertThat(statusOn(SHADOW.minusDays(1))).isEqualTo(BodyStatus.PROPOSED);
    assertThat(statusOn(SHADOW)).isEqualTo(BodyStatus.SHADOW);
    assertThat(statusOn(OPERATIONAL.minusDays(1))).isEqualTo(BodyStatus.SHADOW);
    assertThat(statusOn(OPERATIONAL)).isEqualTo(BodyStatus.OPERATIONAL);
  }

  @Test
  void each_version_of_the_terms_of_reference_is_in_force_until_the_next() {
    given(
        new TermsOfReferenceAdopted(jointCommittee, 1, "Shadow terms", "JC-1", SHADOW),
        new TermsOfReferenceAdopted(jointCommittee, 2, "Terms", "JC-2", OPERATIONAL));

    assertThat(bodies.find(jointCommittee, SHADOW.minusDays(1)).orElseThrow().termsOfReference())
        .isNull();
    assertThat(termsOn(SHADOW)).isEqualTo(1);
    assertThat(termsOn(OPERATIONAL.minusDays(1))).isEqualTo(1);
    assertThat(termsOn(OPERATIONAL)).isEqualTo(2);
    assertThat(bodies.find(jointCommittee, OPERATIONAL).orElseThrow().termsOfReference())
        .isEqualTo(new BodyView.TermsOfReference(2, "Terms", "JC-2", OPERATIONAL));
  }

  @Test
  void a_partnership_s_bodies_on_a_date_are_those_established_by_then() {
    assertThat(bodies.ofPartnership(cdcp, PROPOSED.minusDays(1)))
        .extracting(BodyView::name)
        .containsExactly("CDCP Executive");
    assertThat(bodies.ofPartnership(cdcp, PROPOSED))
        .extracting(BodyView::name)
        .containsExactly("CDCP Executive", "County Durham Health and Care Joint Committee");
  }

  private BodyStatus statusOn(LocalDate date) {
    return bodies.find(jointCommittee, date).orElseThrow().status();
  }

  private int termsOn(LocalDate date) {
    return bodies.find(jointCommittee, date).orElseThrow().termsOfReference().version();
  }

  private void given(uk.partnershipledger.events.GovernanceEvent... events) {
    for (var event : events) {
      assertThat(intake.accept(history.record(event))).isEqualTo(Outcome.PROJECTED);
    }
  }
}
