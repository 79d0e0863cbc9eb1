package uk.partnershipledger.query.body;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.partnershipledger.query.History.justBefore;
import static uk.partnershipledger.query.History.recordingOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.StatusDateCorrected;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given body events recorded one after another, then the body as recorded at instants between them
 * (DOMAIN.md question 2, docs/adr/0010): a back-dated appointment and a corrected status date
 * change the answer for the dates they cover only from the instant they were recorded. Each
 * boundary is tested: a microsecond before the recording, the instant itself, and after.
 */
abstract class AsRecordedBodyProjectionTest {

  private static final LocalDate PROPOSED = LocalDate.of(2022, 7, 13);
  private static final LocalDate OPERATIONAL = LocalDate.of(2023, 4, 1);
  private static final LocalDate OPERATIONAL_CORRECTED = LocalDate.of(2023, 5, 10);
  private static final LocalDate APPOINTED = LocalDate.of(2022, 10, 1);

  @Autowired EventIntake intake;
  @Autowired BodyReadModel bodies;
  @Autowired JdbcTemplate jdbc;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final BodyId jointCommittee = BodyId.newId();
  private final MembershipId councillor = MembershipId.newId();
  private RecordedEvent established;

  @BeforeEach
  void givenTheJointCommitteeProposed() {
    established =
        given(
            new BodyEstablished(
                jointCommittee,
                cdcp,
                "County Durham Health and Care Joint Committee",
                BodyType.JOINT_COMMITTEE,
                BodyStatus.PROPOSED,
                null,
                List.of(),
                PROPOSED));
  }

  @Test
  void a_body_is_unknown_as_recorded_before_its_establishment_was_recorded() {
    assertThat(bodies.find(jointCommittee, PROPOSED, justBefore(established))).isEmpty();
    assertThat(bodies.ofPartnership(cdcp, PROPOSED, justBefore(established))).isEmpty();

    assertThat(bodies.find(jointCommittee, PROPOSED, recordingOf(established))).isPresent();
    assertThat(bodies.ofPartnership(cdcp, PROPOSED, recordingOf(established))).hasSize(1);
  }

  @Test
  void a_back_dated_appointment_is_absent_as_recorded_before_it_and_present_from_its_recording() {
    RecordedEvent unrelated =
        given(
            new BodyStatusChanged(
                jointCommittee, BodyStatus.PROPOSED, BodyStatus.SHADOW, PROPOSED.plusMonths(3)));
    RecordedEvent appointment =
        given(
            new MemberAppointed(
                jointCommittee,
                councillor,
                "Cllr Lucy Hovvels",
                OrganisationId.newId(),
                MemberRole.MEMBER,
                APPOINTED));

    LocalDate covered = APPOINTED.plusMonths(1);
    assertThat(membersOn(covered, recordingOf(unrelated))).isEmpty();
    assertThat(membersOn(covered, justBefore(appointment))).isEmpty();
    assertThat(membersOn(covered, recordingOf(appointment))).containsExactly(councillor);
    assertThat(membersOn(covered, after(appointment))).containsExactly(councillor);
    assertThat(membersOn(covered, null)).containsExactly(councillor);
    // A date the appointment does not cover has no member however late one asks.
    assertThat(membersOn(APPOINTED.minusDays(1), after(appointment))).isEmpty();
  }

  @Test
  void a_corrected_status_date_holds_only_as_recorded_from_the_correction() {
    RecordedEvent operational =
        given(
            new BodyStatusChanged(
                jointCommittee, BodyStatus.PROPOSED, BodyStatus.OPERATIONAL, OPERATIONAL));
    RecordedEvent correction =
        given(
            new StatusDateCorrected(
                jointCommittee,
                operational.eventId().toString(),
                BodyStatus.OPERATIONAL,
                OPERATIONAL,
                "Operational from the May meeting",
                OPERATIONAL_CORRECTED));

    LocalDate between = OPERATIONAL.plusDays(14);
    assertThat(statusOn(between, justBefore(operational))).isEqualTo(BodyStatus.PROPOSED);
    assertThat(statusOn(between, recordingOf(operational))).isEqualTo(BodyStatus.OPERATIONAL);
    assertThat(statusOn(between, justBefore(correction))).isEqualTo(BodyStatus.OPERATIONAL);
    assertThat(statusOn(between, recordingOf(correction))).isEqualTo(BodyStatus.PROPOSED);
    assertThat(statusOn(between, after(correction))).isEqualTo(BodyStatus.PROPOSED);
    assertThat(statusOn(between, null)).isEqualTo(BodyStatus.PROPOSED);
    // The corrected day itself is operational on either side of the correction.
    assertThat(statusOn(OPERATIONAL_CORRECTED, justBefore(correction)))
        .isEqualTo(BodyStatus.OPERATIONAL);
    assertThat(statusOn(OPERATIONAL_CORRECTED, recordingOf(correction)))
        .isEqualTo(BodyStatus.OPERATIONAL);
  }

  @Test
  void a_redelivered_event_changes_no_answer_at_any_instant() {
    RecordedEvent operational =
        given(
            new BodyStatusChanged(
                jointCommittee, BodyStatus.PROPOSED, BodyStatus.OPERATIONAL, OPERATIONAL));
    Integer versions = versionsOfStatus();

    assertThat(intake.accept(operational)).isEqualTo(Outcome.SKIPPED);
    assertThat(intake.accept(established)).isEqualTo(Outcome.SKIPPED);

    assertThat(versionsOfStatus()).isEqualTo(versions);
    assertThat(statusOn(OPERATIONAL, justBefore(operational))).isEqualTo(BodyStatus.PROPOSED);
    assertThat(statusOn(OPERATIONAL, recordingOf(operational))).isEqualTo(BodyStatus.OPERATIONAL);
  }

  private Integer versionsOfStatus() {
    return jdbc.queryForObject(
        "select count(*) from body_status_history where body_id = ?",
        Integer.class,
        jointCommittee.value());
  }

  private List<MembershipId> membersOn(LocalDate on, Instant asRecordedAt) {
    return bodies.find(jointCommittee, on, asRecordedAt).orElseThrow().members().stream()
        .map(BodyView.Member::membershipId)
        .toList();
  }

  private BodyStatus statusOn(LocalDate on, Instant asRecordedAt) {
    return bodies.find(jointCommittee, on, asRecordedAt).orElseThrow().status();
  }

  private static Instant after(RecordedEvent event) {
    return recordingOf(event).plusMillis(500);
  }

  private RecordedEvent given(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
