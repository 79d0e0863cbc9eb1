package uk.partnershipledger.query.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.EstablishmentCorrected;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.MembershipEndCorrected;
import uk.partnershipledger.events.body.BodyEvent.MembershipEnded;
import uk.partnershipledger.events.body.BodyEvent.RoleChangeCorrected;
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
 * Given a body's establishment, a member's role change and the end of a membership, and their
 * corrections (DOMAIN.md rule 7), then the body and its members on the day before, of and after
 * both the recorded and the corrected days, with what each correction replaced.
 */
abstract class EstablishmentAndMembershipCorrectionProjectionTest {

  private static final LocalDate ESTABLISHED = LocalDate.of(2023, 4, 1);
  private static final LocalDate APPOINTED = LocalDate.of(2023, 4, 1);
  private static final LocalDate CHANGED = LocalDate.of(2023, 6, 1);
  private static final LocalDate CHANGE_CORRECTED = LocalDate.of(2023, 5, 1);
  private static final LocalDate ENDED = LocalDate.of(2024, 4, 1);
  private static final LocalDate END_CORRECTED = LocalDate.of(2024, 3, 1);

  @Autowired EventIntake intake;
  @Autowired BodyReadModel bodies;
  @Autowired JdbcTemplate jdbc;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final BodyId committee = BodyId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private final OrganisationId icb = OrganisationId.newId();
  private final MembershipId councillor = MembershipId.newId();
  private RecordedEvent established;

  @BeforeEach
  void givenAJointCommitteeWithACouncillor() {
    established =
        accept(
            new BodyEstablished(
                committee,
                cdcp,
                "County Durham Health and Care Joint Comittee",
                BodyType.PARTNERSHIP_BOARD,
                BodyStatus.OPERATIONAL,
                council,
                List.of(),
                ESTABLISHED));
    accept(
        new MemberAppointed(
            committee, councillor, "Cllr Lucy Hovvels", council, MemberRole.MEMBER, APPOINTED));
  }

  @Test
  void a_corrected_establishment_gives_the_body_its_right_name_type_and_host_and_keeps_the_old() {
    RecordedEvent correction =
        accept(
            new EstablishmentCorrected(
                committee,
                established.eventId().toString(),
                "County Durham Health and Care Joint Committee",
                BodyType.JOINT_COMMITTEE,
                icb,
                "The establishing report names a joint committee hosted by the ICB",
                ESTABLISHED));

    for (LocalDate day : List.of(ESTABLISHED.minusDays(1), ESTABLISHED, ESTABLISHED.plusDays(1))) {
      BodyView body = bodies.find(committee, day).orElseThrow();
      assertThat(body.name()).isEqualTo("County Durham Health and Care Joint Committee");
      assertThat(body.type()).isEqualTo(BodyType.JOINT_COMMITTEE);
      assertThat(body.hostOrganisationId()).isEqualTo(icb);
    }
    BodyView body = bodies.find(committee, ESTABLISHED).orElseThrow();
    assertThat(body.establishedOn()).isEqualTo(ESTABLISHED);
    assertThat(body.status()).isEqualTo(BodyStatus.OPERATIONAL);
    assertThat(body.corrections())
        .containsExactly(
            new BodyView.EstablishmentCorrection(
                correction.recordedAt(),
                "The establishing report names a joint committee hosted by the ICB",
                established.eventId().toString(),
                new BodyView.Establishment(
                    "County Durham Health and Care Joint Comittee",
                    BodyType.PARTNERSHIP_BOARD,
                    council)));
    assertThat(bodies.ofPartnership(cdcp, ESTABLISHED))
        .extracting(BodyView::name)
        .containsExactly("County Durham Health and Care Joint Committee");
  }

  @Test
  void a_second_establishment_correction_names_the_first_and_keeps_what_the_first_put_in() {
    RecordedEvent first =
        accept(
            new EstablishmentCorrected(
                committee,
                established.eventId().toString(),
                "County Durham Health and Care Joint Committee",
                BodyType.JOINT_COMMITTEE,
                icb,
                "Name and host",
                ESTABLISHED));
    accept(
        new EstablishmentCorrected(
            committee,
            first.eventId().toString(),
            "County Durham Health and Care Joint Committee",
            BodyType.JOINT_COMMITTEE,
            null,
            "It has no host: the partners share its secretariat",
            ESTABLISHED));

    BodyView body = bodies.find(committee, ESTABLISHED).orElseThrow();
    assertThat(body.hostOrganisationId()).isNull();
    assertThat(body.corrections())
        .extracting(
            BodyView.EstablishmentCorrection::correctedEventId,
            BodyView.EstablishmentCorrection::before)
        .containsExactly(
            tuple(
                established.eventId().toString(),
                new BodyView.Establishment(
                    "County Durham Health and Care Joint Comittee",
                    BodyType.PARTNERSHIP_BOARD,
                    council)),
            tuple(
                first.eventId().toString(),
                new BodyView.Establishment(
                    "County Durham Health and Care Joint Committee",
                    BodyType.JOINT_COMMITTEE,
                    icb)));
  }

  @Test
  void an_establishment_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent correction =
        accept(
            new EstablishmentCorrected(
                committee,
                established.eventId().toString(),
                "County Durham Health and Care Joint Committee",
                BodyType.JOINT_COMMITTEE,
                council,
                "Spelling and type",
                ESTABLISHED));
    BodyView before = bodies.find(committee, ESTABLISHED).orElseThrow();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(bodies.find(committee, ESTABLISHED)).contains(before);
    assertThat(before.corrections()).hasSize(1);
  }

  @Test
  void a_role_change_corrected_to_an_earlier_day_and_role_holds_from_it() {
    RecordedEvent changed = changeRole();
    RecordedEvent correction =
        accept(
            new RoleChangeCorrected(
                committee,
                councillor,
                changed.eventId().toString(),
                MemberRole.VICE_CHAIR,
                CHANGED,
                "She became vice-chair at the May meeting",
                CHANGE_CORRECTED));

    assertThat(roleOn(CHANGE_CORRECTED.minusDays(1))).isEqualTo(MemberRole.MEMBER);
    assertThat(roleOn(CHANGE_CORRECTED)).isEqualTo(MemberRole.VICE_CHAIR);
    assertThat(roleOn(CHANGE_CORRECTED.plusDays(1))).isEqualTo(MemberRole.VICE_CHAIR);
    assertThat(roleOn(CHANGED.minusDays(1))).isEqualTo(MemberRole.VICE_CHAIR);
    assertThat(roleOn(CHANGED)).isEqualTo(MemberRole.VICE_CHAIR);
    assertThat(roleOn(CHANGED.plusDays(1))).isEqualTo(MemberRole.VICE_CHAIR);
    BodyView.Member member = memberOn(CHANGED);
    assertThat(member.since()).isEqualTo(CHANGE_CORRECTED);
    assertThat(bodies.find(committee, CHANGED).orElseThrow().chair()).isNull();
    assertThat(member.corrections())
        .containsExactly(
            new BodyView.MembershipCorrection(
                correction.recordedAt(),
                "She became vice-chair at the May meeting",
                changed.eventId().toString(),
                "ROLE_CHANGE",
                MemberRole.CHAIR,
                CHANGED,
                MemberRole.VICE_CHAIR,
                CHANGE_CORRECTED));
    assertThat(memberOn(APPOINTED).corrections()).hasSize(1);
  }

  @Test
  void a_second_role_change_correction_names_the_first_and_moves_it_later_than_recorded() {
    RecordedEvent changed = changeRole();
    RecordedEvent first =
        accept(
            new RoleChangeCorrected(
                committee,
                councillor,
                changed.eventId().toString(),
                MemberRole.VICE_CHAIR,
                CHANGED,
                "Vice-chair from May",
                CHANGE_CORRECTED));
    LocalDate later = CHANGED.plusMonths(1);
    accept(
        new RoleChangeCorrected(
            committee,
            councillor,
            first.eventId().toString(),
            MemberRole.CHAIR,
            CHANGE_CORRECTED,
            "Chair from July after all, as the minutes were approved",
            later));

    assertThat(roleOn(CHANGE_CORRECTED)).isEqualTo(MemberRole.MEMBER);
    assertThat(roleOn(CHANGED)).isEqualTo(MemberRole.MEMBER);
    assertThat(roleOn(later.minusDays(1))).isEqualTo(MemberRole.MEMBER);
    assertThat(roleOn(later)).isEqualTo(MemberRole.CHAIR);
    assertThat(bodies.find(committee, later).orElseThrow().chair().membershipId())
        .isEqualTo(councillor);
    assertThat(memberOn(later).corrections())
        .extracting(
            BodyView.MembershipCorrection::correctedEventId,
            BodyView.MembershipCorrection::previousRole,
            BodyView.MembershipCorrection::previousDate)
        .containsExactly(
            tuple(changed.eventId().toString(), MemberRole.CHAIR, CHANGED),
            tuple(first.eventId().toString(), MemberRole.VICE_CHAIR, CHANGE_CORRECTED));
  }

  @Test
  void a_role_change_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent changed = changeRole();
    RecordedEvent correction =
        accept(
            new RoleChangeCorrected(
                committee,
                councillor,
                changed.eventId().toString(),
                MemberRole.VICE_CHAIR,
                CHANGED,
                "Vice-chair from May",
                CHANGE_CORRECTED));
    BodyView before = bodies.find(committee, CHANGED).orElseThrow();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(bodies.find(committee, CHANGED)).contains(before);
    assertThat(roleOn(CHANGE_CORRECTED.minusDays(1))).isEqualTo(MemberRole.MEMBER);
  }

  @Test
  void a_role_change_recorded_before_its_event_id_was_kept_is_found_by_its_recorded_day() {
    RecordedEvent changed = changeRole();
    jdbc.update(
        "update body_member_role set recorded_by = null where membership_id = ?",
        councillor.value());
    accept(
        new RoleChangeCorrected(
            committee,
            councillor,
            changed.eventId().toString(),
            MemberRole.VICE_CHAIR,
            CHANGED,
            "Vice-chair from May",
            CHANGE_CORRECTED));

    assertThat(roleOn(CHANGE_CORRECTED.minusDays(1))).isEqualTo(MemberRole.MEMBER);
    assertThat(roleOn(CHANGE_CORRECTED)).isEqualTo(MemberRole.VICE_CHAIR);
  }

  @Test
  void a_membership_end_corrected_to_an_earlier_day_ends_it_then() {
    RecordedEvent ended = accept(new MembershipEnded(committee, councillor, ENDED));
    RecordedEvent correction =
        accept(
            new MembershipEndCorrected(
                committee,
                councillor,
                ended.eventId().toString(),
                ENDED,
                "Her resignation took effect on 1 March",
                END_CORRECTED));

    assertThat(isMemberOn(END_CORRECTED.minusDays(1))).isTrue();
    assertThat(isMemberOn(END_CORRECTED)).isFalse();
    assertThat(isMemberOn(END_CORRECTED.plusDays(1))).isFalse();
    assertThat(isMemberOn(ENDED.minusDays(1))).isFalse();
    assertThat(isMemberOn(ENDED)).isFalse();
    assertThat(isMemberOn(ENDED.plusDays(1))).isFalse();
    assertThat(memberOn(END_CORRECTED.minusDays(1)).corrections())
        .containsExactly(
            new BodyView.MembershipCorrection(
                correction.recordedAt(),
                "Her resignation took effect on 1 March",
                ended.eventId().toString(),
                "MEMBERSHIP_END",
                null,
                ENDED,
                null,
                END_CORRECTED));
  }

  @Test
  void a_membership_end_correction_moves_only_the_last_role_period() {
    changeRole();
    RecordedEvent ended = accept(new MembershipEnded(committee, councillor, ENDED));
    accept(
        new MembershipEndCorrected(
            committee,
            councillor,
            ended.eventId().toString(),
            ENDED,
            "She stayed until May",
            ENDED.plusMonths(1)));

    assertThat(roleOn(CHANGED.minusDays(1))).isEqualTo(MemberRole.MEMBER);
    assertThat(roleOn(CHANGED)).isEqualTo(MemberRole.CHAIR);
    assertThat(roleOn(ENDED)).isEqualTo(MemberRole.CHAIR);
    assertThat(roleOn(ENDED.plusMonths(1).minusDays(1))).isEqualTo(MemberRole.CHAIR);
    assertThat(isMemberOn(ENDED.plusMonths(1))).isFalse();
  }

  @Test
  void a_second_membership_end_correction_names_the_first_and_moves_it_later_than_recorded() {
    RecordedEvent ended = accept(new MembershipEnded(committee, councillor, ENDED));
    RecordedEvent first =
        accept(
            new MembershipEndCorrected(
                committee,
                councillor,
                ended.eventId().toString(),
                ENDED,
                "Resigned on 1 March",
                END_CORRECTED));
    LocalDate later = ENDED.plusDays(14);
    accept(
        new MembershipEndCorrected(
            committee,
            councillor,
            first.eventId().toString(),
            END_CORRECTED,
            "Her resignation gave a month's notice",
            later));

    assertThat(isMemberOn(END_CORRECTED)).isTrue();
    assertThat(isMemberOn(ENDED)).isTrue();
    assertThat(isMemberOn(later.minusDays(1))).isTrue();
    assertThat(isMemberOn(later)).isFalse();
    assertThat(memberOn(later.minusDays(1)).corrections())
        .extracting(
            BodyView.MembershipCorrection::correctedEventId,
            BodyView.MembershipCorrection::previousDate,
            BodyView.MembershipCorrection::date)
        .containsExactly(
            tuple(ended.eventId().toString(), ENDED, END_CORRECTED),
            tuple(first.eventId().toString(), END_CORRECTED, later));
  }

  @Test
  void a_membership_end_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent ended = accept(new MembershipEnded(committee, councillor, ENDED));
    RecordedEvent correction =
        accept(
            new MembershipEndCorrected(
                committee,
                councillor,
                ended.eventId().toString(),
                ENDED,
                "Resigned on 1 March",
                END_CORRECTED));
    BodyView before = bodies.find(committee, APPOINTED).orElseThrow();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(bodies.find(committee, APPOINTED)).contains(before);
    assertThat(isMemberOn(END_CORRECTED)).isFalse();
  }

  private RecordedEvent changeRole() {
    return accept(
        new MemberRoleChanged(committee, councillor, MemberRole.MEMBER, MemberRole.CHAIR, CHANGED));
  }

  private boolean isMemberOn(LocalDate day) {
    return bodies.find(committee, day).orElseThrow().members().stream()
        .anyMatch(member -> member.membershipId().equals(councillor));
  }

  private BodyView.Member memberOn(LocalDate day) {
    return bodies.find(committee, day).orElseThrow().members().stream()
        .filter(member -> member.membershipId().equals(councillor))
        .findFirst()
        .orElseThrow();
  }

  private MemberRole roleOn(LocalDate day) {
    return memberOn(day).role();
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
