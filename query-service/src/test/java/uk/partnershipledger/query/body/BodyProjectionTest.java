package uk.partnershipledger.query.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipledger.events.body.BodyEvent.AppointmentCorrected;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyReplaced;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementSet;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.MembershipEnded;
import uk.partnershipledger.events.body.BodyEvent.StatusDateCorrected;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceAdopted;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceCorrected;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.ChairArrangement;
import uk.partnershipledger.events.body.ChairTurn;
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
 * Given body events, then the body on a date: the County Durham joint committee, proposed in July
 * 2022, in shadow form from October 2022, operational from April 2023 (seeds/000 §7), each change
 * tested on the day before, the day of and the day after. Corrected appointments, status dates and
 * terms of reference (DOMAIN.md rule 7) are tested on those days around both the recorded and the
 * corrected date. Runs once per database.
 */
abstract class BodyProjectionTest {

  private static final LocalDate PROPOSED = LocalDate.of(2022, 7, 13);
  private static final LocalDate SHADOW = LocalDate.of(2022, 10, 1);
  private static final LocalDate OPERATIONAL = LocalDate.of(2023, 4, 1);

  @Autowired EventIntake intake;
  @Autowired BodyReadModel bodies;
  @Autowired JdbcTemplate jdbc;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final BodyId executive = BodyId.newId();
  private final BodyId jointCommittee = BodyId.newId();
  private final OrganisationId durhamCouncil = OrganisationId.newId();
  private final OrganisationId icb = OrganisationId.newId();
  private final MembershipId councillor = MembershipId.newId();
  private final MembershipId icbDirector = MembershipId.newId();

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
        .isEqualTo(new BodyView.TermsOfReference(2, "Terms", "JC-2", OPERATIONAL, List.of()));
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

  @Test
  void a_member_appointed_sits_from_the_day_of_appointment_and_not_the_day_before() {
    given(
        new OrganisationRegistered(
            durhamCouncil,
            "Durham County Council",
            OrganisationKind.LOCAL_AUTHORITY,
            true,
            LocalDate.of(1974, 4, 1)),
        appointed(councillor, "Cllr Lucy Hovvels", durhamCouncil, MemberRole.MEMBER, SHADOW));

    assertThat(membersOn(SHADOW.minusDays(1))).isEmpty();
    assertThat(membersOn(SHADOW))
        .containsExactly(
            new BodyView.Member(
                councillor,
                "Cllr Lucy Hovvels",
                durhamCouncil,
                "Durham County Council",
                MemberRole.MEMBER,
                true,
                SHADOW));
    assertThat(bodies.ofPartnership(cdcp, SHADOW))
        .filteredOn(body -> body.bodyId().equals(jointCommittee))
        .singleElement()
        .satisfies(
            body ->
                assertThat(body.members())
                    .extracting(BodyView.Member::membershipId)
                    .containsExactly(councillor));
  }

  @Test
  void a_member_whose_organisation_has_not_arrived_shows_without_its_name() {
    given(appointed(icbDirector, "Jane Robinson", icb, MemberRole.PARTICIPANT, SHADOW));

    BodyView.Member member = membersOn(SHADOW).get(0);
    assertThat(member.organisationId()).isEqualTo(icb);
    assertThat(member.organisationName()).isNull();
    assertThat(member.votes()).isFalse();
  }

  @Test
  void a_role_change_to_chair_shows_the_old_role_the_day_before_and_the_chair_from_the_day_of() {
    given(
        appointed(councillor, "Cllr Lucy Hovvels", durhamCouncil, MemberRole.MEMBER, SHADOW),
        new MemberRoleChanged(
            jointCommittee, councillor, MemberRole.MEMBER, MemberRole.CHAIR, OPERATIONAL));

    BodyView dayBefore = bodies.find(jointCommittee, OPERATIONAL.minusDays(1)).orElseThrow();
    assertThat(dayBefore.chair()).isNull();
    assertThat(dayBefore.members())
        .extracting(BodyView.Member::role, BodyView.Member::since)
        .containsExactly(tuple(MemberRole.MEMBER, SHADOW));
    BodyView dayOf = bodies.find(jointCommittee, OPERATIONAL).orElseThrow();
    assertThat(dayOf.chair().membershipId()).isEqualTo(councillor);
    assertThat(dayOf.chair().since()).isEqualTo(OPERATIONAL);
    assertThat(dayOf.members()).extracting(BodyView.Member::role).containsExactly(MemberRole.CHAIR);
  }

  @Test
  void a_role_change_dated_the_day_of_appointment_replaces_the_appointed_role() {
    given(
        appointed(councillor, "Cllr Lucy Hovvels", durhamCouncil, MemberRole.MEMBER, SHADOW),
        new MemberRoleChanged(
            jointCommittee, councillor, MemberRole.MEMBER, MemberRole.CHAIR, SHADOW));

    assertThat(membersOn(SHADOW.minusDays(1))).isEmpty();
    assertThat(membersOn(SHADOW))
        .extracting(BodyView.Member::role, BodyView.Member::since)
        .containsExactly(tuple(MemberRole.CHAIR, SHADOW));
  }

  @Test
  void an_ended_membership_shows_on_the_day_before_the_end_and_not_on_the_day_of() {
    LocalDate ended = OPERATIONAL.plusMonths(6);
    given(
        appointed(councillor, "Cllr Lucy Hovvels", durhamCouncil, MemberRole.MEMBER, SHADOW),
        new MemberRoleChanged(
            jointCommittee, councillor, MemberRole.MEMBER, MemberRole.VICE_CHAIR, OPERATIONAL),
        new MembershipEnded(jointCommittee, councillor, ended));

    assertThat(membersOn(ended.minusDays(1)))
        .extracting(BodyView.Member::membershipId, BodyView.Member::role)
        .containsExactly(tuple(councillor, MemberRole.VICE_CHAIR));
    assertThat(membersOn(ended)).isEmpty();
  }

  /** A leaving's cascade ends a membership that was only to begin later on the day it begins. */
  @Test
  void a_membership_ended_on_the_day_it_was_to_begin_is_never_in_force() {
    LocalDate begins = OPERATIONAL.plusDays(14);
    given(
        appointed(councillor, "Cllr Lucy Hovvels", durhamCouncil, MemberRole.MEMBER, begins),
        new MembershipEnded(jointCommittee, councillor, begins));

    assertThat(membersOn(begins.minusDays(1))).isEmpty();
    assertThat(membersOn(begins)).isEmpty();
    assertThat(membersOn(begins.plusDays(1))).isEmpty();
  }

  /** A leaving's cascade may end a membership before a role change recorded for a later day. */
  @Test
  void a_membership_ended_before_a_later_role_change_is_cut_at_the_end() {
    LocalDate ended = OPERATIONAL.plusMonths(1);
    given(
        appointed(councillor, "Cllr Lucy Hovvels", durhamCouncil, MemberRole.MEMBER, SHADOW),
        new MemberRoleChanged(
            jointCommittee, councillor, MemberRole.MEMBER, MemberRole.CHAIR, ended.plusMonths(1)),
        new MembershipEnded(jointCommittee, councillor, ended));

    assertThat(membersOn(ended.minusDays(1)))
        .extracting(BodyView.Member::role)
        .containsExactly(MemberRole.MEMBER);
    assertThat(membersOn(ended)).isEmpty();
    assertThat(membersOn(ended.plusMonths(1))).isEmpty();
  }

  @Test
  void the_chair_on_a_date_heads_the_members_who_follow_by_role_then_name() {
    MembershipId attendee = MembershipId.newId();
    MembershipId alan = MembershipId.newId();
    given(
        appointed(attendee, "Aaron Attendee", null, MemberRole.ATTENDEE, SHADOW),
        appointed(councillor, "Cllr Lucy Hovvels", durhamCouncil, MemberRole.MEMBER, SHADOW),
        appointed(alan, "Alan Foster", durhamCouncil, MemberRole.MEMBER, SHADOW),
        appointed(icbDirector, "Jane Robinson", icb, MemberRole.CHAIR, SHADOW));

    BodyView body = bodies.find(jointCommittee, SHADOW).orElseThrow();

    assertThat(body.chair().personName()).isEqualTo("Jane Robinson");
    assertThat(body.members())
        .extracting(BodyView.Member::personName)
        .containsExactly("Jane Robinson", "Alan Foster", "Cllr Lucy Hovvels", "Aaron Attendee");
  }

  @Test
  void a_membership_event_delivered_twice_changes_nothing_the_second_time() {
    given(appointed(councillor, "Cllr Lucy Hovvels", durhamCouncil, MemberRole.MEMBER, SHADOW));
    RecordedEvent toChair =
        history.record(
            new MemberRoleChanged(
                jointCommittee, councillor, MemberRole.MEMBER, MemberRole.CHAIR, OPERATIONAL));
    assertThat(intake.accept(toChair)).isEqualTo(Outcome.PROJECTED);
    List<BodyView.Member> before = membersOn(OPERATIONAL);
    List<BodyView.Member> dayBefore = membersOn(OPERATIONAL.minusDays(1));

    assertThat(intake.accept(toChair)).isEqualTo(Outcome.SKIPPED);

    assertThat(membersOn(OPERATIONAL)).isEqualTo(before);
    assertThat(membersOn(OPERATIONAL.minusDays(1))).isEqualTo(dayBefore);
  }

  @Test
  void a_replaced_body_shows_its_replacement_from_the_day_of_and_not_the_day_before() {
    BodyId localIcb = BodyId.newId();
    BodyId advisoryGroup = BodyId.newId();
    LocalDate replaced = LocalDate.of(2021, 4, 1);
    given(
        new BodyEstablished(
            localIcb,
            cdcp,
            "Integrated Care Board (County Durham)",
            BodyType.PARTNERSHIP_BOARD,
            BodyStatus.OPERATIONAL,
            null,
            List.of(),
            LocalDate.of(2018, 4, 1)),
        new BodyEstablished(
            advisoryGroup,
            cdcp,
            "System Advisory Group",
            BodyType.FORUM,
            BodyStatus.OPERATIONAL,
            null,
            List.of(),
            LocalDate.of(2018, 4, 1)),
        new BodyStatusChanged(localIcb, BodyStatus.OPERATIONAL, BodyStatus.DISSOLVED, replaced),
        new BodyReplaced(localIcb, executive, replaced),
        new BodyStatusChanged(
            advisoryGroup, BodyStatus.OPERATIONAL, BodyStatus.DISSOLVED, replaced),
        new BodyReplaced(advisoryGroup, executive, replaced));

    BodyView dayBefore = bodies.find(localIcb, replaced.minusDays(1)).orElseThrow();
    assertThat(dayBefore.replacedBy()).isEmpty();
    assertThat(bodies.find(executive, replaced.minusDays(1)).orElseThrow().replaces()).isEmpty();
    for (LocalDate day : List.of(replaced, replaced.plusDays(1))) {
      BodyView old = bodies.find(localIcb, day).orElseThrow();
      assertThat(old.status()).isEqualTo(BodyStatus.DISSOLVED);
      assertThat(old.replacedBy())
          .containsExactly(new BodyView.Replacement(executive, "CDCP Executive", replaced));
      assertThat(bodies.find(executive, day).orElseThrow().replaces())
          .extracting(BodyView.Replacement::name)
          .containsExactly("Integrated Care Board (County Durham)", "System Advisory Group");
    }
  }

  @Test
  void a_rotating_chair_shows_the_turn_covering_the_date_each_turn_up_to_the_next() {
    LocalDate secondTurn = OPERATIONAL.plusYears(1);
    given(
        new OrganisationRegistered(
            icb,
            "NHS North East and North Cumbria ICB",
            OrganisationKind.INTEGRATED_CARE_BOARD,
            true,
            LocalDate.of(2022, 7, 1)),
        new ChairArrangementSet(
            jointCommittee,
            ChairArrangement.ROTATING,
            List.of(new ChairTurn(icb, secondTurn), new ChairTurn(durhamCouncil, OPERATIONAL)),
            OPERATIONAL));

    assertThat(
            bodies.find(jointCommittee, OPERATIONAL.minusDays(1)).orElseThrow().chairArrangement())
        .isNull();
    BodyView.ChairArrangementOnDate first =
        bodies.find(jointCommittee, OPERATIONAL).orElseThrow().chairArrangement();
    assertThat(first.arrangement()).isEqualTo(ChairArrangement.ROTATING);
    assertThat(first.since()).isEqualTo(OPERATIONAL);
    assertThat(first.chairFrom().organisationId()).isEqualTo(durhamCouncil);
    assertThat(first.rotation())
        .containsExactly(
            new BodyView.Turn(durhamCouncil, null, OPERATIONAL, secondTurn),
            new BodyView.Turn(icb, "NHS North East and North Cumbria ICB", secondTurn, null));
    assertThat(chairFromOn(OPERATIONAL.plusDays(1))).isEqualTo(durhamCouncil);
    assertThat(chairFromOn(secondTurn.minusDays(1))).isEqualTo(durhamCouncil);
    assertThat(chairFromOn(secondTurn)).isEqualTo(icb);
    assertThat(chairFromOn(secondTurn.plusDays(1))).isEqualTo(icb);
  }

  @Test
  void a_new_chair_arrangement_holds_from_its_day_and_the_old_one_up_to_it() {
    given(
        new ChairArrangementSet(jointCommittee, ChairArrangement.APPOINTED, List.of(), SHADOW),
        new ChairArrangementSet(
            jointCommittee, ChairArrangement.JOINTLY_APPOINTED_BY_MEMBERS, List.of(), OPERATIONAL));

    assertThat(arrangementOn(SHADOW)).isEqualTo(ChairArrangement.APPOINTED);
    assertThat(arrangementOn(OPERATIONAL.minusDays(1))).isEqualTo(ChairArrangement.APPOINTED);
    assertThat(arrangementOn(OPERATIONAL)).isEqualTo(ChairArrangement.JOINTLY_APPOINTED_BY_MEMBERS);
    BodyView.ChairArrangementOnDate appointed =
        bodies.find(jointCommittee, SHADOW).orElseThrow().chairArrangement();
    assertThat(appointed.chairFrom()).isNull();
    assertThat(appointed.rotation()).isEmpty();
  }

  @Test
  void a_chair_arrangement_set_again_on_the_same_day_replaces_the_earlier_one() {
    given(
        new ChairArrangementSet(
            jointCommittee,
            ChairArrangement.ROTATING,
            List.of(new ChairTurn(durhamCouncil, OPERATIONAL)),
            OPERATIONAL),
        new ChairArrangementSet(
            jointCommittee,
            ChairArrangement.ROTATING,
            List.of(new ChairTurn(icb, OPERATIONAL)),
            OPERATIONAL));

    assertThat(bodies.find(jointCommittee, OPERATIONAL).orElseThrow().chairArrangement().rotation())
        .extracting(BodyView.Turn::organisationId)
        .containsExactly(icb);
  }

  @Test
  void a_later_corrected_appointment_sits_from_the_corrected_day_under_the_corrected_name() {
    LocalDate corrected = SHADOW.plusDays(14);
    RecordedEvent appointment =
        history.record(
            appointed(councillor, "Cllr Lucy Hovels", durhamCouncil, MemberRole.MEMBER, SHADOW));
    assertThat(intake.accept(appointment)).isEqualTo(Outcome.PROJECTED);
    RecordedEvent correction =
        history.record(
            new AppointmentCorrected(
                jointCommittee,
                councillor,
                appointment.eventId().toString(),
                "Cllr Lucy Hovvels",
                "Misspelt, and appointed at the meeting of 15 October",
                corrected));
    assertThat(intake.accept(correction)).isEqualTo(Outcome.PROJECTED);

    for (LocalDate day :
        List.of(SHADOW.minusDays(1), SHADOW, SHADOW.plusDays(1), corrected.minusDays(1))) {
      assertThat(membersOn(day)).as("members on " + day).isEmpty();
    }
    for (LocalDate day : List.of(corrected, corrected.plusDays(1))) {
      assertThat(membersOn(day))
          .extracting(
              BodyView.Member::membershipId, BodyView.Member::personName, BodyView.Member::since)
          .containsExactly(tuple(councillor, "Cllr Lucy Hovvels", corrected));
    }
    assertThat(
            jdbc.queryForMap(
                "select corrected_event_id, reason, previous_person_name, previous_valid_from,"
                    + " person_name, valid_from from appointment_correction where event_id = ?",
                correction.eventId()))
        .containsEntry("corrected_event_id", appointment.eventId().toString())
        .containsEntry("reason", "Misspelt, and appointed at the meeting of 15 October")
        .containsEntry("previous_person_name", "Cllr Lucy Hovels")
        .containsEntry("person_name", "Cllr Lucy Hovvels");
  }

  @Test
  void an_earlier_corrected_appointment_sits_from_the_corrected_day_and_keeps_its_later_role() {
    LocalDate corrected = SHADOW.minusDays(14);
    given(
        appointed(councillor, "Cllr Lucy Hovels", durhamCouncil, MemberRole.MEMBER, SHADOW),
        new MemberRoleChanged(
            jointCommittee, councillor, MemberRole.MEMBER, MemberRole.CHAIR, OPERATIONAL),
        new AppointmentCorrected(
            jointCommittee,
            councillor,
            "5b1f3c2e-0000-4000-8000-000000000001",
            "Cllr Lucy Hovvels",
            "Appointed at the meeting of 17 September",
            corrected));

    assertThat(membersOn(corrected.minusDays(1))).isEmpty();
    for (LocalDate day :
        List.of(
            corrected, corrected.plusDays(1), SHADOW.minusDays(1), SHADOW, SHADOW.plusDays(1))) {
      assertThat(membersOn(day))
          .as("members on " + day)
          .extracting(BodyView.Member::personName, BodyView.Member::role, BodyView.Member::since)
          .containsExactly(tuple("Cllr Lucy Hovvels", MemberRole.MEMBER, corrected));
    }
    BodyView chaired = bodies.find(jointCommittee, OPERATIONAL).orElseThrow();
    assertThat(chaired.chair().personName()).isEqualTo("Cllr Lucy Hovvels");
    assertThat(chaired.chair().since()).isEqualTo(OPERATIONAL);
  }

  @Test
  void a_status_corrected_to_a_later_day_holds_from_it_and_the_status_before_runs_up_to_it() {
    LocalDate corrected = OPERATIONAL.plusMonths(1);
    given(new BodyStatusChanged(jointCommittee, BodyStatus.PROPOSED, BodyStatus.SHADOW, SHADOW));
    RecordedEvent operational =
        history.record(
            new BodyStatusChanged(
                jointCommittee, BodyStatus.SHADOW, BodyStatus.OPERATIONAL, OPERATIONAL));
    assertThat(intake.accept(operational)).isEqualTo(Outcome.PROJECTED);
    RecordedEvent correction =
        history.record(
            new StatusDateCorrected(
                jointCommittee,
                operational.eventId().toString(),
                BodyStatus.OPERATIONAL,
                OPERATIONAL,
                "Operational from the May meeting",
                corrected));
    assertThat(intake.accept(correction)).isEqualTo(Outcome.PROJECTED);

    for (LocalDate day :
        List.of(
            OPERATIONAL.minusDays(1),
            OPERATIONAL,
            OPERATIONAL.plusDays(1),
            corrected.minusDays(1))) {
      assertThat(statusOn(day)).as("status on " + day).isEqualTo(BodyStatus.SHADOW);
    }
    assertThat(statusOn(corrected)).isEqualTo(BodyStatus.OPERATIONAL);
    assertThat(statusOn(corrected.plusDays(1))).isEqualTo(BodyStatus.OPERATIONAL);
    assertThat(statusOn(SHADOW.minusDays(1))).isEqualTo(BodyStatus.PROPOSED);
    assertThat(bodies.find(jointCommittee, corrected).orElseThrow().establishedOn())
        .isEqualTo(PROPOSED);
    assertThat(
            jdbc.queryForMap(
                "select corrected_event_id, status, previous_date, corrected_date, reason"
                    + " from status_date_correction where event_id = ?",
                correction.eventId()))
        .containsEntry("corrected_event_id", operational.eventId().toString())
        .containsEntry("status", "OPERATIONAL")
        .containsEntry("reason", "Operational from the May meeting");
  }

  @Test
  void a_status_corrected_to_an_earlier_day_holds_from_it_up_to_the_next_status() {
    LocalDate corrected = SHADOW.minusDays(10);
    RecordedEvent shadow =
        history.record(
            new BodyStatusChanged(jointCommittee, BodyStatus.PROPOSED, BodyStatus.SHADOW, SHADOW));
    assertThat(intake.accept(shadow)).isEqualTo(Outcome.PROJECTED);
    given(
        new BodyStatusChanged(
            jointCommittee, BodyStatus.SHADOW, BodyStatus.OPERATIONAL, OPERATIONAL),
        new StatusDateCorrected(
            jointCommittee,
            shadow.eventId().toString(),
            BodyStatus.SHADOW,
            SHADOW,
            "In shadow form from 21 September",
            corrected));

    assertThat(statusOn(corrected.minusDays(1))).isEqualTo(BodyStatus.PROPOSED);
    for (LocalDate day :
        List.of(
            corrected,
            corrected.plusDays(1),
            SHADOW.minusDays(1),
            SHADOW,
            SHADOW.plusDays(1),
            OPERATIONAL.minusDays(1))) {
      assertThat(statusOn(day)).as("status on " + day).isEqualTo(BodyStatus.SHADOW);
    }
    assertThat(statusOn(OPERATIONAL)).isEqualTo(BodyStatus.OPERATIONAL);
  }

  @Test
  void a_corrected_establishment_moves_the_body_s_first_day_and_first_status() {
    LocalDate corrected = PROPOSED.plusDays(5);
    given(
        new StatusDateCorrected(
            jointCommittee,
            "5b1f3c2e-0000-4000-8000-000000000002",
            BodyStatus.PROPOSED,
            PROPOSED,
            "Proposed at the meeting of 18 July",
            corrected));

    for (LocalDate day :
        List.of(PROPOSED.minusDays(1), PROPOSED, PROPOSED.plusDays(1), corrected.minusDays(1))) {
      assertThat(statusOn(day)).as("status on " + day).isNull();
      assertThat(bodies.ofPartnership(cdcp, day))
          .extracting(BodyView::bodyId)
          .containsExactly(executive);
    }
    for (LocalDate day : List.of(corrected, corrected.plusDays(1))) {
      assertThat(statusOn(day)).isEqualTo(BodyStatus.PROPOSED);
      assertThat(bodies.ofPartnership(cdcp, day))
          .extracting(BodyView::bodyId)
          .containsExactly(executive, jointCommittee);
    }
    assertThat(bodies.find(jointCommittee, corrected).orElseThrow().establishedOn())
        .isEqualTo(corrected);
  }

  @Test
  void an_establishment_corrected_to_an_earlier_day_runs_up_to_the_next_status() {
    LocalDate corrected = PROPOSED.minusDays(5);
    given(
        new BodyStatusChanged(jointCommittee, BodyStatus.PROPOSED, BodyStatus.SHADOW, SHADOW),
        new StatusDateCorrected(
            jointCommittee,
            "5b1f3c2e-0000-4000-8000-000000000003",
            BodyStatus.PROPOSED,
            PROPOSED,
            "Proposed at the meeting of 8 July",
            corrected));

    assertThat(statusOn(corrected.minusDays(1))).isNull();
    for (LocalDate day :
        List.of(
            corrected,
            corrected.plusDays(1),
            PROPOSED.minusDays(1),
            PROPOSED,
            PROPOSED.plusDays(1),
            SHADOW.minusDays(1))) {
      assertThat(statusOn(day)).as("status on " + day).isEqualTo(BodyStatus.PROPOSED);
    }
    assertThat(statusOn(SHADOW)).isEqualTo(BodyStatus.SHADOW);
    assertThat(bodies.find(jointCommittee, SHADOW).orElseThrow().establishedOn())
        .isEqualTo(corrected);
  }

  @Test
  void terms_of_reference_corrected_to_a_later_day_hold_from_it_and_the_version_before_up_to_it() {
    LocalDate corrected = OPERATIONAL.plusDays(20);
    given(new TermsOfReferenceAdopted(jointCommittee, 1, "Shadow terms", "JC-1", SHADOW));
    RecordedEvent adoption =
        history.record(
            new TermsOfReferenceAdopted(jointCommittee, 2, "Terms", "JC-2", OPERATIONAL));
    assertThat(intake.accept(adoption)).isEqualTo(Outcome.PROJECTED);
    RecordedEvent correction =
        history.record(
            new TermsOfReferenceCorrected(
                jointCommittee,
                2,
                adoption.eventId().toString(),
                "Terms of Reference 2023",
                "JC-ToR-2023",
                "Adopted at the meeting of 21 April under its full title",
                corrected));
    assertThat(intake.accept(correction)).isEqualTo(Outcome.PROJECTED);

    for (LocalDate day :
        List.of(
            OPERATIONAL.minusDays(1),
            OPERATIONAL,
            OPERATIONAL.plusDays(1),
            corrected.minusDays(1))) {
      assertThat(termsOn(day)).as("version on " + day).isEqualTo(1);
    }
    for (LocalDate day : List.of(corrected, corrected.plusDays(1))) {
      assertThat(bodies.find(jointCommittee, day).orElseThrow().termsOfReference())
          .isEqualTo(
              new BodyView.TermsOfReference(
                  2,
                  "Terms of Reference 2023",
                  "JC-ToR-2023",
                  corrected,
                  List.of(
                      new BodyView.TermsCorrection(
                          correction.recordedAt(),
                          "Adopted at the meeting of 21 April under its full title",
                          adoption.eventId().toString(),
                          new BodyView.Terms("Terms", "JC-2", OPERATIONAL)))));
    }
    assertThat(bodies.find(jointCommittee, SHADOW).orElseThrow().termsOfReference().corrections())
        .isEmpty();
  }

  @Test
  void terms_of_reference_corrected_to_an_earlier_day_hold_from_it_up_to_the_next_version() {
    LocalDate corrected = SHADOW.minusDays(12);
    RecordedEvent adoption =
        history.record(
            new TermsOfReferenceAdopted(jointCommittee, 1, "Shadow terms", "JC-1", SHADOW));
    assertThat(intake.accept(adoption)).isEqualTo(Outcome.PROJECTED);
    given(
        new TermsOfReferenceAdopted(jointCommittee, 2, "Terms", "JC-2", OPERATIONAL),
        new TermsOfReferenceCorrected(
            jointCommittee,
            1,
            adoption.eventId().toString(),
            "Shadow terms",
            "JC-1",
            "Adopted at the proposal meeting of 19 September",
            corrected));

    assertThat(bodies.find(jointCommittee, corrected.minusDays(1)).orElseThrow().termsOfReference())
        .isNull();
    for (LocalDate day :
        List.of(
            corrected,
            corrected.plusDays(1),
            SHADOW.minusDays(1),
            SHADOW,
            SHADOW.plusDays(1),
            OPERATIONAL.minusDays(1))) {
      BodyView.TermsOfReference terms =
          bodies.find(jointCommittee, day).orElseThrow().termsOfReference();
      assertThat(terms.version()).as("version on " + day).isEqualTo(1);
      assertThat(terms.adoptedOn()).isEqualTo(corrected);
    }
    assertThat(termsOn(OPERATIONAL)).isEqualTo(2);
  }

  @Test
  void a_terms_of_reference_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent adoption =
        history.record(
            new TermsOfReferenceAdopted(jointCommittee, 1, "Shadow terms", "JC-1", SHADOW));
    assertThat(intake.accept(adoption)).isEqualTo(Outcome.PROJECTED);
    RecordedEvent correction =
        history.record(
            new TermsOfReferenceCorrected(
                jointCommittee,
                1,
                adoption.eventId().toString(),
                "Shadow terms of reference",
                "JC-1a",
                "Its title and reference as published",
                SHADOW));
    assertThat(intake.accept(correction)).isEqualTo(Outcome.PROJECTED);
    BodyView.TermsOfReference before =
        bodies.find(jointCommittee, SHADOW).orElseThrow().termsOfReference();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(bodies.find(jointCommittee, SHADOW).orElseThrow().termsOfReference())
        .isEqualTo(before);
    assertThat(before.title()).isEqualTo("Shadow terms of reference");
    assertThat(before.reference()).isEqualTo("JC-1a");
    assertThat(before.adoptedOn()).isEqualTo(SHADOW);
    assertThat(before.corrections()).hasSize(1);
  }

  @Test
  void a_second_terms_of_reference_correction_names_the_first_and_both_are_listed() {
    RecordedEvent adoption =
        history.record(
            new TermsOfReferenceAdopted(jointCommittee, 1, "Shadow terms", "JC-1", SHADOW));
    assertThat(intake.accept(adoption)).isEqualTo(Outcome.PROJECTED);
    RecordedEvent first =
        history.record(
            new TermsOfReferenceCorrected(
                jointCommittee,
                1,
                adoption.eventId().toString(),
                "Shadow terms",
                "JC-1",
                "Adopted a day later",
                SHADOW.plusDays(1)));
    RecordedEvent second =
        history.record(
            new TermsOfReferenceCorrected(
                jointCommittee,
                1,
                first.eventId().toString(),
                "Shadow terms",
                "JC-1b",
                "The reference as filed",
                SHADOW.plusDays(1)));
    assertThat(intake.accept(first)).isEqualTo(Outcome.PROJECTED);
    assertThat(intake.accept(second)).isEqualTo(Outcome.PROJECTED);

    assertThat(bodies.find(jointCommittee, SHADOW).orElseThrow().termsOfReference()).isNull();
    assertThat(
            bodies
                .find(jointCommittee, SHADOW.plusDays(1))
                .orElseThrow()
                .termsOfReference()
                .corrections())
        .extracting(BodyView.TermsCorrection::correctedEventId, BodyView.TermsCorrection::before)
        .containsExactly(
            tuple(
                adoption.eventId().toString(), new BodyView.Terms("Shadow terms", "JC-1", SHADOW)),
            tuple(
                first.eventId().toString(),
                new BodyView.Terms("Shadow terms", "JC-1", SHADOW.plusDays(1))));
  }

  private OrganisationId chairFromOn(LocalDate date) {
    return bodies
        .find(jointCommittee, date)
        .orElseThrow()
        .chairArrangement()
        .chairFrom()
        .organisationId();
  }

  private ChairArrangement arrangementOn(LocalDate date) {
    return bodies.find(jointCommittee, date).orElseThrow().chairArrangement().arrangement();
  }

  private MemberAppointed appointed(
      MembershipId membership,
      String person,
      OrganisationId organisation,
      MemberRole role,
      LocalDate from) {
    return new MemberAppointed(jointCommittee, membership, person, organisation, role, from);
  }

  private List<BodyView.Member> membersOn(LocalDate date) {
    return bodies.find(jointCommittee, date).orElseThrow().members();
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
