package uk.partnershipledger.command.body;

import static uk.partnershipledger.command.body.BodyFixtures.CCG;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP_EXECUTIVE;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP_FORMED;
import static uk.partnershipledger.command.body.BodyFixtures.DCC;
import static uk.partnershipledger.command.body.BodyFixtures.EXECUTIVE;
import static uk.partnershipledger.command.body.BodyFixtures.EXECUTIVE_ESTABLISHED;
import static uk.partnershipledger.command.body.BodyFixtures.HEALTHWATCH;
import static uk.partnershipledger.command.body.BodyFixtures.ICB;
import static uk.partnershipledger.command.body.BodyFixtures.JOINT_COMMITTEE;
import static uk.partnershipledger.command.body.BodyFixtures.KENT_BOARD;
import static uk.partnershipledger.command.body.BodyFixtures.NAME;
import static uk.partnershipledger.command.body.BodyFixtures.OPERATIONAL;
import static uk.partnershipledger.command.body.BodyFixtures.PROPOSED;
import static uk.partnershipledger.command.body.BodyFixtures.SHADOW;
import static uk.partnershipledger.command.body.BodyFixtures.UNREGISTERED;
import static uk.partnershipledger.command.body.BodyFixtures.dissolved;
import static uk.partnershipledger.command.body.BodyFixtures.operational;
import static uk.partnershipledger.command.body.BodyFixtures.proposed;
import static uk.partnershipledger.command.ledger.Violations.violates;

import java.math.BigDecimal;
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
import uk.partnershipledger.command.body.BodyCommands.EndRepresentation;
import uk.partnershipledger.command.body.BodyCommands.EstablishBody;
import uk.partnershipledger.command.body.BodyCommands.ReplaceBody;
import uk.partnershipledger.command.body.BodyCommands.SetChairArrangement;
import uk.partnershipledger.command.body.BodyFixtures.Bodies;
import uk.partnershipledger.command.body.BodyFixtures.Organisations;
import uk.partnershipledger.command.body.BodyFixtures.Partnerships;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyReplaced;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementSet;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLapsed;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.MembershipEnded;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceAdopted;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.ChairArrangement;
import uk.partnershipledger.events.body.ChairTurn;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;
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

    private final MemberAppointed appointedOperational =
        new MemberAppointed(
            JOINT_COMMITTEE,
            MembershipId.newId(),
            "Cllr Lucy Hovvels",
            DCC,
            MemberRole.MEMBER,
            OPERATIONAL.plusMonths(2));

    @Test
    void a_body_cannot_be_dissolved_from_the_day_a_member_was_appointed_by_the_record() {
      fixture
          .given(proposed(), operational(), appointedOperational)
          .when(
              new ChangeBodyStatus(
                  JOINT_COMMITTEE, BodyStatus.DISSOLVED, OPERATIONAL.plusMonths(2)))
          .expectNoEvents()
          .expectException(violates(Rule.DISSOLUTION_BEFORE_RECORDED_ACTS));
    }

    @Test
    void a_body_is_dissolved_from_the_day_after_its_last_recorded_act() {
      fixture
          .given(proposed(), operational(), appointedOperational)
          .when(
              new ChangeBodyStatus(
                  JOINT_COMMITTEE, BodyStatus.DISSOLVED, OPERATIONAL.plusMonths(2).plusDays(1)))
          .expectEvents(
              new BodyStatusChanged(
                  JOINT_COMMITTEE,
                  BodyStatus.OPERATIONAL,
                  BodyStatus.DISSOLVED,
                  OPERATIONAL.plusMonths(2).plusDays(1)));
    }

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

  /** Voting members of a partner whose leaving the ledger already knows (DOMAIN.md rule 6). */
  @Nested
  class AppointmentsOfAPartnerThatLeaves {

    private final LocalDate dccLeaves = LocalDate.of(2025, 4, 1);

    @BeforeEach
    void dccHasGivenNotice() {
      partnerships.leaves(CDCP, DCC, dccLeaves);
    }

    @Test
    void a_voting_member_s_membership_ends_when_the_organisation_leaves() {
      LocalDate appointed = OPERATIONAL.plusMonths(6);
      fixture
          .given(proposed())
          .when(
              new AppointMember(
                  JOINT_COMMITTEE, HOVVELS, "Cllr Lucy Hovvels", DCC, MemberRole.MEMBER, appointed))
          .expectEvents(
              new MemberAppointed(
                  JOINT_COMMITTEE, HOVVELS, "Cllr Lucy Hovvels", DCC, MemberRole.MEMBER, appointed),
              new MembershipEnded(JOINT_COMMITTEE, HOVVELS, dccLeaves));
    }

    @Test
    void a_voting_member_appointed_the_day_before_the_leaving_serves_one_day() {
      fixture
          .given(proposed())
          .when(
              new AppointMember(
                  JOINT_COMMITTEE,
                  HOVVELS,
                  "Cllr Lucy Hovvels",
                  DCC,
                  MemberRole.CHAIR,
                  dccLeaves.minusDays(1)))
          .expectEvents(
              new MemberAppointed(
                  JOINT_COMMITTEE,
                  HOVVELS,
                  "Cllr Lucy Hovvels",
                  DCC,
                  MemberRole.CHAIR,
                  dccLeaves.minusDays(1)),
              new MembershipEnded(JOINT_COMMITTEE, HOVVELS, dccLeaves));
    }

    @Test
    void a_voting_member_appointed_on_the_day_of_the_leaving_is_refused() {
      fixture
          .given(proposed())
          .when(
              new AppointMember(
                  JOINT_COMMITTEE, HOVVELS, "Cllr Lucy Hovvels", DCC, MemberRole.MEMBER, dccLeaves))
          .expectNoEvents()
          .expectException(violates(Rule.MEMBER_ORGANISATION_NOT_A_PARTNER));
    }

    @Test
    void a_participant_without_a_vote_is_not_bound_by_the_partner_s_tenure() {
      fixture
          .given(proposed())
          .when(
              new AppointMember(
                  JOINT_COMMITTEE,
                  HOVVELS,
                  "Cllr Lucy Hovvels",
                  DCC,
                  MemberRole.PARTICIPANT,
                  OPERATIONAL))
          .expectEvents(
              new MemberAppointed(
                  JOINT_COMMITTEE,
                  HOVVELS,
                  "Cllr Lucy Hovvels",
                  DCC,
                  MemberRole.PARTICIPANT,
                  OPERATIONAL));
    }

    @Test
    void a_voting_member_of_an_abolished_organisation_is_refused() {
      fixture
          .given(proposed())
          .when(
              new AppointMember(
                  JOINT_COMMITTEE, CHAPMAN, "CCG member", CCG, MemberRole.MEMBER, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_ABOLISHED));
    }
  }

  /**
   * The Partnership Executive replaces the local Integrated Care Board of 2018 and the System
   * Advisory Group on 1 April 2021 (seeds/001 MoU §9). The local board is not the statutory ICB of
   * 2022: names are not identities.
   */
  @Nested
  class Replacement {

    private final BodyId localBoard = BodyId.newId();
    private final LocalDate replaced = EXECUTIVE_ESTABLISHED;
    private final DelegationId delegation = DelegationId.newId();

    private BodyEstablished localBoardEstablished() {
      return new BodyEstablished(
          localBoard,
          CDCP,
          "Integrated Care Board",
          BodyType.PARTNERSHIP_BOARD,
          BodyStatus.OPERATIONAL,
          null,
          List.of(),
          CDCP_FORMED);
    }

    private DelegationGranted delegationGranted() {
      return new DelegationGranted(
          localBoard,
          delegation,
          DCC,
          "integrated-community-services",
          "Integrated community services",
          List.of(new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("500000.00"), "£500k")),
          List.of(),
          new Approval("Durham County Council Cabinet", CDCP_FORMED, "Cabinet 2018/12"),
          CDCP_FORMED);
    }

    private DecisionRecorded decidedOn(LocalDate date) {
      return new DecisionRecorded(
          localBoard,
          DecisionId.newId(),
          delegation,
          DCC,
          "Community nursing scheme",
          null,
          "integrated-community-services",
          LimitKind.NEW_SCHEME,
          new BigDecimal("250000.00"),
          List.of(),
          date);
    }

    @Test
    void the_replaced_body_is_dissolved_and_its_replacement_recorded() {
      fixture
          .given(localBoardEstablished())
          .when(new ReplaceBody(localBoard, CDCP_EXECUTIVE, replaced))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              new BodyStatusChanged(
                  localBoard, BodyStatus.OPERATIONAL, BodyStatus.DISSOLVED, replaced),
              new BodyReplaced(localBoard, CDCP_EXECUTIVE, replaced));
    }

    @Test
    void the_delegations_the_replaced_body_held_lapse_on_the_date() {
      fixture
          .given(localBoardEstablished(), delegationGranted())
          .when(new ReplaceBody(localBoard, CDCP_EXECUTIVE, replaced))
          .expectEvents(
              new BodyStatusChanged(
                  localBoard, BodyStatus.OPERATIONAL, BodyStatus.DISSOLVED, replaced),
              new DelegationLapsed(localBoard, delegation, LapseReason.BODY_DISSOLVED, replaced),
              new BodyReplaced(localBoard, CDCP_EXECUTIVE, replaced));
    }

    @Test
    void a_delegation_already_revoked_does_not_lapse_again() {
      fixture
          .given(
              localBoardEstablished(),
              delegationGranted(),
              new DelegationRevoked(localBoard, delegation, replaced))
          .when(new ReplaceBody(localBoard, CDCP_EXECUTIVE, replaced))
          .expectEvents(
              new BodyStatusChanged(
                  localBoard, BodyStatus.OPERATIONAL, BodyStatus.DISSOLVED, replaced),
              new BodyReplaced(localBoard, CDCP_EXECUTIVE, replaced));
    }

    @Test
    void a_replacement_with_a_decision_recorded_on_its_date_is_refused() {
      fixture
          .given(localBoardEstablished(), delegationGranted(), decidedOn(replaced))
          .when(new ReplaceBody(localBoard, CDCP_EXECUTIVE, replaced))
          .expectNoEvents()
          .expectException(violates(Rule.DISSOLUTION_BEFORE_RECORDED_ACTS));
    }

    @Test
    void a_replacement_the_day_after_the_last_decision_is_accepted() {
      fixture
          .given(localBoardEstablished(), delegationGranted(), decidedOn(replaced.minusDays(1)))
          .when(new ReplaceBody(localBoard, CDCP_EXECUTIVE, replaced))
          .expectEvents(
              new BodyStatusChanged(
                  localBoard, BodyStatus.OPERATIONAL, BodyStatus.DISSOLVED, replaced),
              new DelegationLapsed(localBoard, delegation, LapseReason.BODY_DISSOLVED, replaced),
              new BodyReplaced(localBoard, CDCP_EXECUTIVE, replaced));
    }

    @Test
    void a_replacement_established_the_day_after_is_refused() {
      fixture
          .given(localBoardEstablished())
          .when(new ReplaceBody(localBoard, CDCP_EXECUTIVE, replaced.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_NOT_YET_ESTABLISHED))
          .expectExceptionMessage(
              EXECUTIVE
                  + " was established on 2021-04-01 and cannot replace Integrated Care Board on"
                  + " 2021-03-31");
    }

    @Test
    void a_body_cannot_replace_itself() {
      fixture
          .given(localBoardEstablished())
          .when(new ReplaceBody(localBoard, localBoard, replaced))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_REPLACES_ITSELF));
    }

    @Test
    void an_unknown_replacement_is_refused() {
      fixture
          .given(localBoardEstablished())
          .when(new ReplaceBody(localBoard, BodyId.newId(), replaced))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_BODY));
    }

    @Test
    void a_replacement_from_another_partnership_is_refused() {
      fixture
          .given(localBoardEstablished())
          .when(new ReplaceBody(localBoard, KENT_BOARD, replaced))
          .expectNoEvents()
          .expectException(violates(Rule.REPLACEMENT_IN_ANOTHER_PARTNERSHIP));
    }

    @Test
    void a_body_already_dissolved_cannot_be_replaced() {
      fixture
          .given(
              localBoardEstablished(),
              dissolved(localBoard, BodyStatus.OPERATIONAL, replaced.minusMonths(1)))
          .when(new ReplaceBody(localBoard, CDCP_EXECUTIVE, replaced))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_STATUS_MUST_MOVE_FORWARD));
    }

    @Test
    void a_body_cannot_be_replaced_before_it_was_established() {
      fixture
          .given(proposed())
          .when(new ReplaceBody(JOINT_COMMITTEE, CDCP_EXECUTIVE, PROPOSED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_NOT_YET_ESTABLISHED));
    }
  }

  /**
   * The chair of the joint committee rotates between the council and the ICB (seeds/003 §4.5.3):
   * the council's turn from 1 April 2023, the ICB's from 1 April 2024.
   */
  @Nested
  class ChairArrangements {

    private final LocalDate icbTurn = OPERATIONAL.plusYears(1);
    private final List<ChairTurn> rotation =
        List.of(new ChairTurn(DCC, OPERATIONAL), new ChairTurn(ICB, icbTurn));

    private ChairArrangementSet rotating() {
      return new ChairArrangementSet(
          JOINT_COMMITTEE, ChairArrangement.ROTATING, rotation, OPERATIONAL);
    }

    private AppointMember chair(MembershipId id, OrganisationId organisation, LocalDate date) {
      return new AppointMember(JOINT_COMMITTEE, id, "Chair", organisation, MemberRole.CHAIR, date);
    }

    private MemberAppointed chairAppointed(
        MembershipId id, OrganisationId organisation, LocalDate date) {
      return new MemberAppointed(
          JOINT_COMMITTEE, id, "Chair", organisation, MemberRole.CHAIR, date);
    }

    @Test
    void a_rotating_chair_is_set_with_its_turns() {
      fixture
          .given(proposed())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE, ChairArrangement.ROTATING, rotation, OPERATIONAL))
          .expectSuccessfulHandlerExecution()
          .expectEvents(rotating());
    }

    @Test
    void a_chair_jointly_appointed_by_the_members_has_no_turns() {
      fixture
          .given(proposed())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE,
                  ChairArrangement.JOINTLY_APPOINTED_BY_MEMBERS,
                  null,
                  OPERATIONAL))
          .expectEvents(
              new ChairArrangementSet(
                  JOINT_COMMITTEE,
                  ChairArrangement.JOINTLY_APPOINTED_BY_MEMBERS,
                  List.of(),
                  OPERATIONAL));
    }

    @Test
    void an_appointed_chair_with_turns_is_refused() {
      fixture
          .given(proposed())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE, ChairArrangement.APPOINTED, rotation, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.ROTATION_INVALID))
          .expectExceptionMessage("only a rotating chair has turns; this one is APPOINTED");
    }

    @Test
    void a_rotating_chair_without_turns_is_refused() {
      fixture
          .given(proposed())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE, ChairArrangement.ROTATING, List.of(), OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.ROTATION_INVALID));
      fixture
          .given(proposed())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE, ChairArrangement.ROTATING, null, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.ROTATION_INVALID));
    }

    @Test
    void a_rotation_whose_first_turn_starts_the_day_after_the_arrangement_is_refused() {
      fixture
          .given(proposed())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE, ChairArrangement.ROTATING, rotation, OPERATIONAL.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ROTATION_INVALID))
          .expectExceptionMessage(
              "a rotating chair needs its turns, the first from the arrangement's date"
                  + " 2023-03-31");
    }

    @Test
    void turns_starting_on_the_same_day_are_refused() {
      fixture
          .given(proposed())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE,
                  ChairArrangement.ROTATING,
                  List.of(new ChairTurn(DCC, OPERATIONAL), new ChairTurn(ICB, OPERATIONAL)),
                  OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.ROTATION_INVALID))
          .expectExceptionMessage("turn 2 of the rotation must start after turn 1");
    }

    @Test
    void turns_out_of_date_order_are_refused() {
      fixture
          .given(proposed())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE,
                  ChairArrangement.ROTATING,
                  List.of(
                      new ChairTurn(DCC, OPERATIONAL),
                      new ChairTurn(ICB, icbTurn),
                      new ChairTurn(DCC, icbTurn.minusDays(1))),
                  OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.ROTATION_INVALID))
          .expectExceptionMessage("turn 3 of the rotation must start after turn 2");
    }

    @Test
    void a_turn_for_an_unregistered_organisation_is_refused() {
      fixture
          .given(proposed())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE,
                  ChairArrangement.ROTATING,
                  List.of(new ChairTurn(DCC, OPERATIONAL), new ChairTurn(UNREGISTERED, icbTurn)),
                  OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_ORGANISATION));
    }

    @Test
    void a_turn_for_an_abolished_organisation_is_refused() {
      fixture
          .given(proposed())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE,
                  ChairArrangement.ROTATING,
                  List.of(new ChairTurn(DCC, OPERATIONAL), new ChairTurn(CCG, icbTurn)),
                  OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_ABOLISHED));
    }

    @Test
    void a_turn_that_starts_before_its_organisation_exists_is_refused() {
      OrganisationId collaborative = OrganisationId.newId();
      organisations.register(
          new OrganisationDirectory.KnownOrganisation(
              collaborative, "Durham Provider Collaborative", false, icbTurn.plusDays(1)));
      fixture
          .given(proposed())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE,
                  ChairArrangement.ROTATING,
                  List.of(new ChairTurn(DCC, OPERATIONAL), new ChairTurn(collaborative, icbTurn)),
                  OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    }

    @Test
    void a_new_arrangement_on_the_day_of_the_last_is_refused() {
      fixture
          .given(proposed(), rotating())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE, ChairArrangement.APPOINTED, null, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.ROTATION_INVALID));
    }

    @Test
    void a_new_arrangement_the_day_after_the_last_is_set() {
      fixture
          .given(proposed(), rotating())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE, ChairArrangement.APPOINTED, null, OPERATIONAL.plusDays(1)))
          .expectEvents(
              new ChairArrangementSet(
                  JOINT_COMMITTEE, ChairArrangement.APPOINTED, List.of(), OPERATIONAL.plusDays(1)));
    }

    @Test
    void a_dissolved_body_has_no_chair_arrangement() {
      fixture
          .given(proposed(), dissolved(JOINT_COMMITTEE, BodyStatus.PROPOSED, SHADOW))
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE, ChairArrangement.ROTATING, rotation, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_DISSOLVED));
    }

    @Test
    void an_arrangement_before_the_body_was_established_is_refused() {
      fixture
          .given(proposed())
          .when(
              new SetChairArrangement(
                  JOINT_COMMITTEE, ChairArrangement.APPOINTED, null, PROPOSED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_NOT_YET_ESTABLISHED));
    }

    @Test
    void the_council_provides_the_chair_in_its_turn() {
      fixture
          .given(proposed(), rotating())
          .when(chair(HOVVELS, DCC, OPERATIONAL))
          .expectEvents(chairAppointed(HOVVELS, DCC, OPERATIONAL));
    }

    @Test
    void the_icb_cannot_provide_the_chair_in_the_council_s_turn() {
      fixture
          .given(proposed(), rotating())
          .when(chair(CHAPMAN, ICB, icbTurn.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.CHAIR_NOT_FROM_ROTATION))
          .expectExceptionMessage(
              "the chair of "
                  + NAME
                  + " rotates; from 2023-04-01 it is the turn of organisation "
                  + DCC
                  + ", not of NHS NENC ICB");
    }

    @Test
    void the_icb_provides_the_chair_from_the_first_day_of_its_turn() {
      fixture
          .given(proposed(), rotating())
          .when(chair(CHAPMAN, ICB, icbTurn))
          .expectEvents(chairAppointed(CHAPMAN, ICB, icbTurn));
    }

    @Test
    void the_council_cannot_provide_the_chair_on_the_first_day_of_the_icb_s_turn() {
      fixture
          .given(proposed(), rotating())
          .when(chair(HOVVELS, DCC, icbTurn))
          .expectNoEvents()
          .expectException(violates(Rule.CHAIR_NOT_FROM_ROTATION));
    }

    @Test
    void the_chair_is_not_bound_by_a_rotation_before_it_begins() {
      ChairArrangementSet icbFromItsTurn =
          new ChairArrangementSet(
              JOINT_COMMITTEE,
              ChairArrangement.ROTATING,
              List.of(new ChairTurn(ICB, icbTurn)),
              icbTurn);
      fixture
          .given(proposed(), icbFromItsTurn)
          .when(chair(HOVVELS, DCC, icbTurn.minusDays(1)))
          .expectEvents(chairAppointed(HOVVELS, DCC, icbTurn.minusDays(1)));
      fixture
          .given(proposed(), icbFromItsTurn)
          .when(chair(HOVVELS, DCC, icbTurn))
          .expectNoEvents()
          .expectException(violates(Rule.CHAIR_NOT_FROM_ROTATION));
    }

    @Test
    void a_rotation_replaced_by_an_appointed_chair_no_longer_binds() {
      fixture
          .given(
              proposed(),
              rotating(),
              new ChairArrangementSet(
                  JOINT_COMMITTEE, ChairArrangement.APPOINTED, List.of(), OPERATIONAL.plusDays(1)))
          .when(chair(CHAPMAN, ICB, OPERATIONAL.plusDays(1)))
          .expectEvents(chairAppointed(CHAPMAN, ICB, OPERATIONAL.plusDays(1)));
    }

    @Test
    void a_member_from_the_icb_may_serve_in_the_council_s_turn_without_chairing() {
      fixture
          .given(proposed(), rotating())
          .when(
              new AppointMember(
                  JOINT_COMMITTEE, CHAPMAN, "Member", ICB, MemberRole.VICE_CHAIR, OPERATIONAL))
          .expectEvents(
              new MemberAppointed(
                  JOINT_COMMITTEE, CHAPMAN, "Member", ICB, MemberRole.VICE_CHAIR, OPERATIONAL));
    }

    @Test
    void a_member_becomes_chair_only_in_their_organisation_s_turn() {
      MemberAppointed icbMember =
          new MemberAppointed(
              JOINT_COMMITTEE, CHAPMAN, "Member", ICB, MemberRole.MEMBER, OPERATIONAL);
      fixture
          .given(proposed(), rotating(), icbMember)
          .when(
              new ChangeMemberRole(
                  JOINT_COMMITTEE, CHAPMAN, MemberRole.CHAIR, icbTurn.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.CHAIR_NOT_FROM_ROTATION));
      fixture
          .given(proposed(), rotating(), icbMember)
          .when(new ChangeMemberRole(JOINT_COMMITTEE, CHAPMAN, MemberRole.CHAIR, icbTurn))
          .expectEvents(
              new MemberRoleChanged(
                  JOINT_COMMITTEE, CHAPMAN, MemberRole.MEMBER, MemberRole.CHAIR, icbTurn));
    }
  }

  /**
   * When a partner leaves or is abolished, its people stop being members on the date (DOMAIN.md
   * rule 6).
   */
  @Nested
  class EndingRepresentation {

    private final MembershipId participant = MembershipId.newId();
    private final LocalDate leaves = OPERATIONAL.plusYears(2);

    private MemberAppointed appointed(
        MembershipId id, OrganisationId organisation, MemberRole role, LocalDate from) {
      return new MemberAppointed(JOINT_COMMITTEE, id, "Person", organisation, role, from);
    }

    @Test
    void the_leaving_partner_s_members_and_participants_stop_being_members() {
      fixture
          .given(
              proposed(),
              appointed(HOVVELS, DCC, MemberRole.CHAIR, OPERATIONAL),
              appointed(CHAPMAN, ICB, MemberRole.MEMBER, OPERATIONAL),
              appointed(participant, DCC, MemberRole.PARTICIPANT, OPERATIONAL))
          .when(new EndRepresentation(JOINT_COMMITTEE, DCC, leaves))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              new MembershipEnded(JOINT_COMMITTEE, HOVVELS, leaves),
              new MembershipEnded(JOINT_COMMITTEE, participant, leaves));
    }

    @Test
    void nothing_happens_for_an_organisation_without_members() {
      fixture
          .given(proposed(), appointed(CHAPMAN, ICB, MemberRole.MEMBER, OPERATIONAL))
          .when(new EndRepresentation(JOINT_COMMITTEE, DCC, leaves))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_membership_that_ended_on_or_before_the_date_is_left_alone() {
      fixture
          .given(
              proposed(),
              appointed(HOVVELS, DCC, MemberRole.CHAIR, OPERATIONAL),
              new MembershipEnded(JOINT_COMMITTEE, HOVVELS, leaves),
              appointed(participant, DCC, MemberRole.PARTICIPANT, OPERATIONAL),
              new MembershipEnded(JOINT_COMMITTEE, participant, leaves.minusDays(1)))
          .when(new EndRepresentation(JOINT_COMMITTEE, DCC, leaves))
          .expectNoEvents();
    }

    @Test
    void a_membership_due_to_end_the_day_after_ends_on_the_date() {
      fixture
          .given(
              proposed(),
              appointed(HOVVELS, DCC, MemberRole.CHAIR, OPERATIONAL),
              new MembershipEnded(JOINT_COMMITTEE, HOVVELS, leaves.plusDays(1)))
          .when(new EndRepresentation(JOINT_COMMITTEE, DCC, leaves))
          .expectEvents(new MembershipEnded(JOINT_COMMITTEE, HOVVELS, leaves));
    }

    @Test
    void a_membership_due_to_begin_after_the_date_never_comes_into_force() {
      fixture
          .given(proposed(), appointed(HOVVELS, DCC, MemberRole.MEMBER, leaves.plusDays(1)))
          .when(new EndRepresentation(JOINT_COMMITTEE, DCC, leaves))
          .expectEvents(new MembershipEnded(JOINT_COMMITTEE, HOVVELS, leaves.plusDays(1)));
    }

    @Test
    void after_the_leaving_the_membership_is_no_longer_in_force() {
      fixture
          .given(
              proposed(),
              appointed(HOVVELS, DCC, MemberRole.MEMBER, OPERATIONAL),
              new MembershipEnded(JOINT_COMMITTEE, HOVVELS, leaves))
          .when(new ChangeMemberRole(JOINT_COMMITTEE, HOVVELS, MemberRole.VICE_CHAIR, leaves))
          .expectNoEvents()
          .expectException(violates(Rule.MEMBERSHIP_NOT_IN_FORCE));
    }
  }
}
