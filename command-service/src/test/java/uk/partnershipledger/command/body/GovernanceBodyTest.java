package uk.partnershipledger.command.body;

import static uk.partnershipledger.command.body.BodyFixtures.CDCP;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP_EXECUTIVE;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP_FORMED;
import static uk.partnershipledger.command.body.BodyFixtures.DCC;
import static uk.partnershipledger.command.body.BodyFixtures.HEALTHWATCH;
import static uk.partnershipledger.command.body.BodyFixtures.ICB;
import static uk.partnershipledger.command.body.BodyFixtures.JOINT_COMMITTEE;
import static uk.partnershipledger.command.body.BodyFixtures.KENT_BOARD;
import static uk.partnershipledger.command.body.BodyFixtures.NAME;
import static uk.partnershipledger.command.body.BodyFixtures.OPERATIONAL;
import static uk.partnershipledger.command.body.BodyFixtures.PROPOSED;
import static uk.partnershipledger.command.body.BodyFixtures.SHADOW;
import static uk.partnershipledger.command.body.BodyFixtures.operational;
import static uk.partnershipledger.command.body.BodyFixtures.proposed;
import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.body.BodyCommands.AdoptTermsOfReference;
import uk.partnershipledger.command.body.BodyCommands.AppointMember;
import uk.partnershipledger.command.body.BodyCommands.ChangeBodyStatus;
import uk.partnershipledger.command.body.BodyCommands.ChangeMemberRole;
import uk.partnershipledger.command.body.BodyCommands.EndMembership;
import uk.partnershipledger.command.body.BodyCommands.EstablishBody;
import uk.partnershipledger.command.body.BodyFixtures.Bodies;
import uk.partnershipledger.command.body.BodyFixtures.Organisations;
import uk.partnershipledger.command.body.BodyFixtures.Partnerships;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.MembershipEnded;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceAdopted;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * The County Durham joint committee: proposed in July 2022, in shadow form from October 2022,
 * operational from April 2023 (seeds/000 §7).
 */
class GovernanceBodyTest {

  private static final MembershipId HOVVELS = MembershipId.newId();
  private static final MembershipId CHAPMAN = MembershipId.newId();

  /** In these tests the ICB joins the partnership when the joint committee becomes operational. */
  private static final LocalDate ICB_JOINS = LocalDate.of(2023, 4, 1);

  private final Organisations organisations = new Organisations();
  private final Partnerships partnerships =
      new Partnerships().tenure(CDCP, DCC, CDCP_FORMED, null).tenure(CDCP, ICB, ICB_JOINS, null);
  private final Bodies bodies = new Bodies();
  private FixtureConfiguration<GovernanceBody> fixture;

  @BeforeEach
  void setUp() {
    fixture = BodyFixtures.fixture(organisations, partnerships, bodies);
  }

  private static EstablishBody establish(BodyStatus status, LocalDate date, List<BodyId> parents) {
    return new EstablishBody(
        JOINT_COMMITTEE, CDCP, NAME, BodyType.JOINT_COMMITTEE, status, DCC, parents, date);
  }

  @Nested
  class Establishing {

    @Test
    void a_joint_committee_is_established_in_shadow_form_under_its_parent_body() {
      fixture
          .givenNoPriorActivity()
          .when(establish(BodyStatus.SHADOW, SHADOW, List.of(CDCP_EXECUTIVE)))
          .expectEvents(
              new BodyEstablished(
                  JOINT_COMMITTEE,
                  CDCP,
                  NAME,
                  BodyType.JOINT_COMMITTEE,
                  BodyStatus.SHADOW,
                  DCC,
                  List.of(CDCP_EXECUTIVE),
                  SHADOW));
    }

    @Test
    void a_body_cannot_be_established_dissolved() {
      fixture
          .givenNoPriorActivity()
          .when(establish(BodyStatus.DISSOLVED, SHADOW, List.of()))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_ESTABLISHED_AS_DISSOLVED));
    }

    @Test
    void a_body_in_an_unknown_partnership_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(
              new EstablishBody(
                  JOINT_COMMITTEE,
                  PartnershipId.newId(),
                  NAME,
                  BodyType.JOINT_COMMITTEE,
                  BodyStatus.SHADOW,
                  null,
                  List.of(),
                  SHADOW))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_PARTNERSHIP));
    }

    @Test
    void a_body_dated_before_its_partnership_was_formed_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(establish(BodyStatus.PROPOSED, LocalDate.of(2018, 3, 31), List.of()))
          .expectNoEvents()
          .expectException(violates(Rule.PARTNERSHIP_NOT_YET_FORMED));
    }

    @Test
    void a_host_organisation_that_did_not_yet_exist_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(
              new EstablishBody(
                  JOINT_COMMITTEE,
                  CDCP,
                  NAME,
                  BodyType.JOINT_COMMITTEE,
                  BodyStatus.PROPOSED,
                  ICB,
                  List.of(),
                  LocalDate.of(2022, 6, 30)))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    }

    @Test
    void a_parent_body_of_another_partnership_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(establish(BodyStatus.SHADOW, SHADOW, List.of(KENT_BOARD)))
          .expectNoEvents()
          .expectException(violates(Rule.PARENT_BODY_IN_ANOTHER_PARTNERSHIP));
    }

    @Test
    void an_unknown_parent_body_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(establish(BodyStatus.SHADOW, SHADOW, List.of(BodyId.newId())))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_BODY));
    }

    @Test
    void a_parent_body_established_after_the_date_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(establish(BodyStatus.SHADOW, LocalDate.of(2021, 3, 31), List.of(CDCP_EXECUTIVE)))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_NOT_YET_ESTABLISHED));
    }
  }

  @Nested
  class Lifecycle {

    @Test
    void a_proposed_body_moves_into_shadow_form() {
      fixture
          .given(proposed())
          .when(new ChangeBodyStatus(JOINT_COMMITTEE, BodyStatus.SHADOW, SHADOW))
          .expectEvents(
              new BodyStatusChanged(
                  JOINT_COMMITTEE, BodyStatus.PROPOSED, BodyStatus.SHADOW, SHADOW));
    }

    @Test
    void a_shadow_period_recorded_after_the_operational_start_fits_between() {
      fixture
          .given(
              proposed(),
              new BodyStatusChanged(
                  JOINT_COMMITTEE, BodyStatus.PROPOSED, BodyStatus.OPERATIONAL, OPERATIONAL))
          .when(new ChangeBodyStatus(JOINT_COMMITTEE, BodyStatus.SHADOW, SHADOW))
          .expectEvents(
              new BodyStatusChanged(
                  JOINT_COMMITTEE, BodyStatus.PROPOSED, BodyStatus.SHADOW, SHADOW));
    }

    @Test
    void an_operational_body_cannot_go_back_into_shadow_form() {
      fixture
          .given(
              proposed(),
              new BodyStatusChanged(
                  JOINT_COMMITTEE, BodyStatus.PROPOSED, BodyStatus.OPERATIONAL, SHADOW))
          .when(new ChangeBodyStatus(JOINT_COMMITTEE, BodyStatus.SHADOW, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_STATUS_MUST_MOVE_FORWARD))
          .expectExceptionMessage(
              NAME
                  + " cannot become in shadow form on 2023-04-01: its lifecycle is proposed from"
                  + " 2022-07-13, operational from 2022-10-01");
    }

    @Test
    void a_back_dated_status_that_would_not_fit_the_timeline_is_refused() {
      fixture
          .given(
              proposed(),
              new BodyStatusChanged(
                  JOINT_COMMITTEE, BodyStatus.PROPOSED, BodyStatus.SHADOW, OPERATIONAL))
          .when(new ChangeBodyStatus(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, SHADOW))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_STATUS_MUST_MOVE_FORWARD));
    }

    @Test
    void two_status_changes_on_one_day_are_refused() {
      fixture
          .given(
              proposed(),
              new BodyStatusChanged(
                  JOINT_COMMITTEE, BodyStatus.PROPOSED, BodyStatus.SHADOW, SHADOW))
          .when(new ChangeBodyStatus(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, SHADOW))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_STATUS_MUST_MOVE_FORWARD));
    }

    @Test
    void a_status_change_before_the_body_was_established_is_refused() {
      fixture
          .given(proposed())
          .when(new ChangeBodyStatus(JOINT_COMMITTEE, BodyStatus.SHADOW, PROPOSED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_NOT_YET_ESTABLISHED));
    }

    @Test
    void a_dissolved_body_stays_dissolved() {
      fixture
          .given(
              proposed(),
              new BodyStatusChanged(
                  JOINT_COMMITTEE, BodyStatus.PROPOSED, BodyStatus.DISSOLVED, OPERATIONAL))
          .when(
              new ChangeBodyStatus(
                  JOINT_COMMITTEE, BodyStatus.OPERATIONAL, OPERATIONAL.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_STATUS_MUST_MOVE_FORWARD));
    }
  }

  @Nested
  class TermsOfReference {

    @Test
    void versions_are_numbered_in_order_of_adoption() {
      fixture
          .given(
              proposed(),
              new TermsOfReferenceAdopted(JOINT_COMMITTEE, 1, "Draft terms", "JC-1", SHADOW))
          .when(new AdoptTermsOfReference(JOINT_COMMITTEE, " Terms ", " JC-2 ", OPERATIONAL))
          .expectEvents(
              new TermsOfReferenceAdopted(JOINT_COMMITTEE, 2, "Terms", "JC-2", OPERATIONAL))
          .expectResultMessagePayload(2);
    }

    @Test
    void a_new_version_dated_before_the_current_one_is_refused() {
      fixture
          .given(
              proposed(),
              new TermsOfReferenceAdopted(JOINT_COMMITTEE, 1, "Terms", "JC-1", OPERATIONAL))
          .when(new AdoptTermsOfReference(JOINT_COMMITTEE, "Terms", "JC-2", SHADOW))
          .expectNoEvents()
          .expectException(violates(Rule.TERMS_OF_REFERENCE_OUT_OF_ORDER));
    }

    @Test
    void a_dissolved_body_adopts_nothing() {
      fixture
          .given(
              proposed(),
              new BodyStatusChanged(
                  JOINT_COMMITTEE, BodyStatus.PROPOSED, BodyStatus.DISSOLVED, SHADOW))
          .when(new AdoptTermsOfReference(JOINT_COMMITTEE, "Terms", "JC-1", OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_DISSOLVED));
    }

    @Test
    void terms_adopted_the_day_before_dissolution_are_accepted() {
      fixture
          .given(
              proposed(),
              new BodyStatusChanged(
                  JOINT_COMMITTEE, BodyStatus.PROPOSED, BodyStatus.DISSOLVED, OPERATIONAL))
          .when(
              new AdoptTermsOfReference(JOINT_COMMITTEE, "Terms", "JC-1", OPERATIONAL.minusDays(1)))
          .expectEvents(
              new TermsOfReferenceAdopted(
                  JOINT_COMMITTEE, 1, "Terms", "JC-1", OPERATIONAL.minusDays(1)));
    }
  }

  /**
   * Members of the joint committee once operational: Durham County Council is a partner throughout;
   * the ICB joins the partnership on 1 April 2023; Healthwatch is never a partner.
   */
  @Nested
  class Memberships {

    private BodyStatusChanged operational() {
      return new BodyStatusChanged(
          JOINT_COMMITTEE, BodyStatus.PROPOSED, BodyStatus.OPERATIONAL, OPERATIONAL);
    }

    private MemberAppointed hovvelsChairs(LocalDate from) {
      return new MemberAppointed(
          JOINT_COMMITTEE, HOVVELS, "Cllr Lucy Hovvels", DCC, MemberRole.CHAIR, from);
    }

    @Test
    void a_councillor_is_appointed_chair_for_a_partner() {
      fixture
          .given(proposed(), operational())
          .when(
              new AppointMember(
                  JOINT_COMMITTEE,
                  HOVVELS,
                  " Cllr Lucy Hovvels ",
                  DCC,
                  MemberRole.CHAIR,
                  OPERATIONAL))
          .expectEvents(hovvelsChairs(OPERATIONAL));
    }

    @Test
    void a_second_chair_on_an_overlapping_date_is_refused() {
      fixture
          .given(proposed(), operational(), hovvelsChairs(OPERATIONAL))
          .when(
              new AppointMember(
                  JOINT_COMMITTEE,
                  CHAPMAN,
                  "Dr Stewart Findlay",
                  ICB,
                  MemberRole.CHAIR,
                  OPERATIONAL.plusMonths(6)))
          .expectNoEvents()
          .expectException(violates(Rule.CHAIR_ALREADY_APPOINTED))
          .expectExceptionMessage(
              "Cllr Lucy Hovvels chairs "
                  + NAME
                  + " from 2023-04-01; a body has one chair at a time");
    }

    @Test
    void a_new_chair_may_take_over_on_the_day_the_old_chair_s_membership_ends() {
      LocalDate handover = OPERATIONAL.plusYears(1);
      fixture
          .given(
              proposed(),
              operational(),
              hovvelsChairs(OPERATIONAL),
              new MembershipEnded(JOINT_COMMITTEE, HOVVELS, handover))
          .when(
              new AppointMember(
                  JOINT_COMMITTEE, CHAPMAN, "Dr Stewart Findlay", ICB, MemberRole.CHAIR, handover))
          .expectEvents(
              new MemberAppointed(
                  JOINT_COMMITTEE, CHAPMAN, "Dr Stewart Findlay", ICB, MemberRole.CHAIR, handover));
    }

    @Test
    void a_chair_appointed_the_day_before_the_old_chair_leaves_is_refused() {
      LocalDate handover = OPERATIONAL.plusYears(1);
      fixture
          .given(
              proposed(),
              operational(),
              hovvelsChairs(OPERATIONAL),
              new MembershipEnded(JOINT_COMMITTEE, HOVVELS, handover))
          .when(
              new AppointMember(
                  JOINT_COMMITTEE,
                  CHAPMAN,
                  "Dr Stewart Findlay",
                  ICB,
                  MemberRole.CHAIR,
                  handover.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.CHAIR_ALREADY_APPOINTED));
    }

    @Test
    void a_voting_member_for_an_organisation_that_is_not_a_partner_is_refused() {
      fixture
          .given(proposed(), operational())
          .when(
              new AppointMember(
                  JOINT_COMMITTEE,
                  CHAPMAN,
                  "A. Member",
                  HEALTHWATCH,
                  MemberRole.MEMBER,
                  OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.MEMBER_ORGANISATION_NOT_A_PARTNER));
    }

    @Test
    void a_voting_member_for_the_icb_the_day_before_it_joined_the_partnership_is_refused() {
      fixture
          .given(proposed())
          .when(
              new AppointMember(
                  JOINT_COMMITTEE,
                  CHAPMAN,
                  "Dr Stewart Findlay",
                  ICB,
                  MemberRole.MEMBER,
                  ICB_JOINS.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.MEMBER_ORGANISATION_NOT_A_PARTNER));
    }

    @Test
    void a_voting_member_for_the_icb_on_the_day_it_joined_the_partnership_is_appointed() {
      fixture
          .given(proposed())
          .when(
              new AppointMember(
                  JOINT_COMMITTEE,
                  CHAPMAN,
                  "Dr Stewart Findlay",
                  ICB,
                  MemberRole.MEMBER,
                  ICB_JOINS))
          .expectEvents(
              new MemberAppointed(
                  JOINT_COMMITTEE,
                  CHAPMAN,
                  "Dr Stewart Findlay",
                  ICB,
                  MemberRole.MEMBER,
                  ICB_JOINS));
    }

    @Test
    void a_participant_without_a_vote_may_come_from_a_non_partner() {
      fixture
          .given(proposed(), operational())
          .when(
              new AppointMember(
                  JOINT_COMMITTEE,
                  CHAPMAN,
                  "Healthwatch representative",
                  HEALTHWATCH,
                  MemberRole.PARTICIPANT,
                  OPERATIONAL))
          .expectEvents(
              new MemberAppointed(
                  JOINT_COMMITTEE,
                  CHAPMAN,
                  "Healthwatch representative",
                  HEALTHWATCH,
                  MemberRole.PARTICIPANT,
                  OPERATIONAL));
    }

    @Test
    void a_dissolved_body_takes_no_members() {
      fixture
          .given(
              proposed(),
              new BodyStatusChanged(
                  JOINT_COMMITTEE, BodyStatus.PROPOSED, BodyStatus.DISSOLVED, OPERATIONAL))
          .when(
              new AppointMember(
                  JOINT_COMMITTEE,
                  HOVVELS,
                  "Cllr Lucy Hovvels",
                  DCC,
                  MemberRole.MEMBER,
                  OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_DISSOLVED));
    }

    @Test
    void a_member_becomes_chair_when_no_one_else_chairs() {
      fixture
          .given(
              proposed(),
              operational(),
              new MemberAppointed(
                  JOINT_COMMITTEE,
                  HOVVELS,
                  "Cllr Lucy Hovvels",
                  DCC,
                  MemberRole.MEMBER,
                  OPERATIONAL))
          .when(
              new ChangeMemberRole(
                  JOINT_COMMITTEE, HOVVELS, MemberRole.CHAIR, OPERATIONAL.plusMonths(1)))
          .expectEvents(
              new MemberRoleChanged(
                  JOINT_COMMITTEE,
                  HOVVELS,
                  MemberRole.MEMBER,
                  MemberRole.CHAIR,
                  OPERATIONAL.plusMonths(1)));
    }

    @Test
    void a_role_change_on_or_before_the_current_role_began_is_refused() {
      fixture
          .given(proposed(), operational(), hovvelsChairs(OPERATIONAL))
          .when(new ChangeMemberRole(JOINT_COMMITTEE, HOVVELS, MemberRole.MEMBER, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.ROLE_CHANGE_OUT_OF_ORDER));
    }

    @Test
    void a_role_change_to_the_same_role_is_refused() {
      fixture
          .given(proposed(), operational(), hovvelsChairs(OPERATIONAL))
          .when(
              new ChangeMemberRole(
                  JOINT_COMMITTEE, HOVVELS, MemberRole.CHAIR, OPERATIONAL.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ROLE_UNCHANGED));
    }

    @Test
    void a_role_change_after_the_membership_ended_is_refused() {
      fixture
          .given(
              proposed(),
              operational(),
              hovvelsChairs(OPERATIONAL),
              new MembershipEnded(JOINT_COMMITTEE, HOVVELS, OPERATIONAL.plusYears(1)))
          .when(
              new ChangeMemberRole(
                  JOINT_COMMITTEE, HOVVELS, MemberRole.MEMBER, OPERATIONAL.plusYears(1)))
          .expectNoEvents()
          .expectException(violates(Rule.MEMBERSHIP_NOT_IN_FORCE));
    }

    @Test
    void a_membership_ends_after_its_current_role_began() {
      fixture
          .given(proposed(), operational(), hovvelsChairs(OPERATIONAL))
          .when(new EndMembership(JOINT_COMMITTEE, HOVVELS, OPERATIONAL.plusDays(1)))
          .expectEvents(new MembershipEnded(JOINT_COMMITTEE, HOVVELS, OPERATIONAL.plusDays(1)));
    }

    @Test
    void a_membership_cannot_end_on_the_day_it_began_or_twice() {
      fixture
          .given(proposed(), operational(), hovvelsChairs(OPERATIONAL))
          .when(new EndMembership(JOINT_COMMITTEE, HOVVELS, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.MEMBERSHIP_NOT_IN_FORCE));
      fixture
          .given(
              proposed(),
              operational(),
              hovvelsChairs(OPERATIONAL),
              new MembershipEnded(JOINT_COMMITTEE, HOVVELS, OPERATIONAL.plusDays(1)))
          .when(new EndMembership(JOINT_COMMITTEE, HOVVELS, OPERATIONAL.plusDays(2)))
          .expectNoEvents()
          .expectException(violates(Rule.MEMBERSHIP_NOT_IN_FORCE));
    }

    @Test
    void an_unknown_membership_is_refused() {
      fixture
          .given(proposed(), operational())
          .when(new EndMembership(JOINT_COMMITTEE, MembershipId.newId(), OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_MEMBERSHIP));
    }
  }
}
