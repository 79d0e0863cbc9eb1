package uk.partnershipledger.command.body;

import static uk.partnershipledger.command.body.BodyFixtures.CCG;
import static uk.partnershipledger.command.body.BodyFixtures.CCG_ABOLISHED;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP_FORMED;
import static uk.partnershipledger.command.body.BodyFixtures.DCC;
import static uk.partnershipledger.command.body.BodyFixtures.HEALTHWATCH;
import static uk.partnershipledger.command.body.BodyFixtures.ICB;
import static uk.partnershipledger.command.body.BodyFixtures.JOINT_COMMITTEE;
import static uk.partnershipledger.command.body.BodyFixtures.NAME;
import static uk.partnershipledger.command.ledger.Violations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationChangeDate;
import uk.partnershipledger.command.body.BodyCommands.CorrectMembershipEnd;
import uk.partnershipledger.command.body.BodyCommands.MoveLapses;
import uk.partnershipledger.command.body.BodyCommands.MovePassingsToSuccessor;
import uk.partnershipledger.command.body.BodyCommands.MoveRepresentationEnd;
import uk.partnershipledger.command.body.BodyFixtures.Bodies;
import uk.partnershipledger.command.body.BodyFixtures.Organisations;
import uk.partnershipledger.command.body.BodyFixtures.Partnerships;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DecisionCorrected;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DelegationChangeDateCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLapsed;
import uk.partnershipledger.events.body.BodyEvent.DelegationPassedToSuccessor;
import uk.partnershipledger.events.body.BodyEvent.DelegationVaried;
import uk.partnershipledger.events.body.BodyEvent.InterestDeclared;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.MembershipEndCorrected;
import uk.partnershipledger.events.body.BodyEvent.MembershipEnded;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DeclarationId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * A departure's date is corrected, and the body moves what the departure recorded in it: its
 * people's ends, its lapses, its passings to the successor, judged again on the corrected date
 * (docs/adr/0009, DOMAIN.md rules 6 and 7).
 */
class DepartureCorrectionTest {

  private static final LocalDate ESTABLISHED = LocalDate.of(2021, 4, 1);
  private static final LocalDate APPOINTED = LocalDate.of(2021, 6, 1);
  private static final LocalDate GRANTED = LocalDate.of(2021, 6, 1);
  private static final LocalDate LEFT = LocalDate.of(2023, 1, 1);
  private static final LocalDate LATER = LocalDate.of(2023, 3, 1);
  private static final LocalDate EARLIER = LocalDate.of(2022, 10, 1);
  private static final MembershipId HOVVELS = MembershipId.newId();
  private static final MembershipId SHIELD = MembershipId.newId();
  private static final MembershipId CHAIR = MembershipId.newId();
  private static final DelegationId DELEGATION = DelegationId.newId();
  private static final DecisionId DECISION = DecisionId.newId();
  private static final DecisionId LATE_DECISION = DecisionId.newId();
  private static final String FUNCTION = "community-mental-health";
  private static final String REASON = "The notice of leaving gave another date";
  private static final Approval APPROVAL =
      new Approval("Governing body", LocalDate.of(2021, 5, 1), "2021/7");
  private static final List<FinancialLimit> LIMITS =
      List.of(new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("500000"), "New schemes"));

  private final Organisations organisations = new Organisations();
  private final Partnerships partnerships =
      new Partnerships()
          .tenure(CDCP, DCC, CDCP_FORMED, LEFT)
          .tenure(CDCP, CCG, CDCP_FORMED, CCG_ABOLISHED)
          .tenure(CDCP, ICB, CCG_ABOLISHED, null)
          .tenure(CDCP, HEALTHWATCH, CDCP_FORMED, null);
  private FixtureConfiguration<GovernanceBody> fixture;

  @BeforeEach
  void setUp() {
    fixture = BodyFixtures.fixture(organisations, partnerships, new Bodies());
  }

  private List<String> ids() {
    return fixture
        .getEventStore()
        .readEvents(JOINT_COMMITTEE.toString())
        .asStream()
        .map(DomainEventMessage::getIdentifier)
        .toList();
  }

  /** Operational from 2021, as the CDCP Executive was (seeds/001 §23). */
  private static BodyEstablished established() {
    return new BodyEstablished(
        JOINT_COMMITTEE,
        CDCP,
        NAME,
        BodyType.JOINT_COMMITTEE,
        BodyStatus.OPERATIONAL,
        null,
        List.of(),
        ESTABLISHED);
  }

  private static MemberAppointed appointed(
      MembershipId id, String person, MemberRole role, LocalDate on) {
    return new MemberAppointed(JOINT_COMMITTEE, id, person, DCC, role, on);
  }

  private static DelegationGranted granted(DelegationId id, OrganisationId delegator) {
    return new DelegationGranted(
        JOINT_COMMITTEE, id, delegator, FUNCTION, "Scope", LIMITS, List.of(), APPROVAL, GRANTED);
  }

  private static DecisionRecorded decided(DecisionId id, OrganisationId delegator, LocalDate on) {
    return new DecisionRecorded(
        JOINT_COMMITTEE,
        id,
        DELEGATION,
        delegator,
        "A scheme",
        null,
        FUNCTION,
        LimitKind.NEW_SCHEME,
        new BigDecimal("1000"),
        List.of(),
        on);
  }

  /** A decision re-recorded, with its facts unchanged, naming the delegator on its date. */
  private static DecisionCorrected redecided(
      DecisionId id, String correctedEventId, OrganisationId delegator, LocalDate on) {
    return new DecisionCorrected(
        JOINT_COMMITTEE,
        id,
        correctedEventId,
        DELEGATION,
        delegator,
        "A scheme",
        LimitKind.NEW_SCHEME,
        new BigDecimal("1000"),
        List.of(),
        REASON,
        on);
  }

  private void refuses(Object[] history, Function<List<String>, Object> command, Rule rule) {
    fixture
        .given(history)
        .when(command.apply(ids()))
        .expectNoEvents()
        .expectException(violates(rule));
  }

  @Nested
  class Leaving {

    private final Object[] left = {
      established(),
      appointed(HOVVELS, "Cllr Hovvels", MemberRole.MEMBER, APPOINTED),
      granted(DELEGATION, DCC),
      new MembershipEnded(JOINT_COMMITTEE, HOVVELS, LEFT),
      new DelegationLapsed(
          JOINT_COMMITTEE, DELEGATION, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, LEFT)
    };

    @Test
    void a_leaving_moved_later_ends_its_peoples_memberships_on_the_corrected_date() {
      var given = fixture.given(left);
      List<String> ids = ids();
      given
          .when(new MoveRepresentationEnd(JOINT_COMMITTEE, DCC, LEFT, LATER, REASON))
          .expectEvents(
              new MembershipEndCorrected(
                  JOINT_COMMITTEE, HOVVELS, ids.get(3), LEFT, REASON, LATER));
    }

    @Test
    void a_leaving_moved_earlier_ends_a_membership_ended_by_hand_between_the_dates_too() {
      var given =
          fixture.given(
              established(),
              appointed(HOVVELS, "Cllr Hovvels", MemberRole.MEMBER, APPOINTED),
              appointed(SHIELD, "Cllr Shield", MemberRole.MEMBER, APPOINTED),
              new MembershipEnded(JOINT_COMMITTEE, SHIELD, LocalDate.of(2022, 12, 1)),
              new MembershipEnded(JOINT_COMMITTEE, HOVVELS, LEFT));
      List<String> ids = ids();
      given
          .when(new MoveRepresentationEnd(JOINT_COMMITTEE, DCC, LEFT, EARLIER, REASON))
          .expectEvents(
              new MembershipEndCorrected(
                  JOINT_COMMITTEE, HOVVELS, ids.get(4), LEFT, REASON, EARLIER),
              new MembershipEndCorrected(
                  JOINT_COMMITTEE, SHIELD, ids.get(3), LocalDate.of(2022, 12, 1), REASON, EARLIER));
    }

    @Test
    void a_leaving_moved_earlier_than_a_declaration_of_its_member_is_refused() {
      refuses(
          append(
              left,
              new InterestDeclared(
                  JOINT_COMMITTEE,
                  DeclarationId.newId(),
                  HOVVELS,
                  "CMH-2022-11",
                  "Trustee",
                  LocalDate.of(2022, 11, 1))),
          ids -> new MoveRepresentationEnd(JOINT_COMMITTEE, DCC, LEFT, EARLIER, REASON),
          Rule.CORRECTION_CONTRADICTS_RECORD);
    }

    @Test
    void a_leaving_moved_earlier_than_its_members_role_change_is_refused() {
      refuses(
          new Object[] {
            established(),
            appointed(HOVVELS, "Cllr Hovvels", MemberRole.MEMBER, APPOINTED),
            new MemberRoleChanged(
                JOINT_COMMITTEE,
                HOVVELS,
                MemberRole.MEMBER,
                MemberRole.VICE_CHAIR,
                LocalDate.of(2022, 11, 1)),
            new MembershipEnded(JOINT_COMMITTEE, HOVVELS, LEFT)
          },
          ids -> new MoveRepresentationEnd(JOINT_COMMITTEE, DCC, LEFT, EARLIER, REASON),
          Rule.MEMBERSHIP_NOT_IN_FORCE);
    }

    @Test
    void a_leaving_moved_earlier_ends_a_membership_begun_between_the_dates_on_its_first_day() {
      LocalDate appointed = LocalDate.of(2022, 11, 1);
      var given =
          fixture.given(
              append(
                  left,
                  appointed(SHIELD, "Cllr Shield", MemberRole.PARTICIPANT, appointed),
                  new MembershipEnded(JOINT_COMMITTEE, SHIELD, LEFT)));
      List<String> ids = ids();
      given
          .when(new MoveRepresentationEnd(JOINT_COMMITTEE, DCC, LEFT, EARLIER, REASON))
          .expectEvents(
              new MembershipEndCorrected(
                  JOINT_COMMITTEE, HOVVELS, ids.get(3), LEFT, REASON, EARLIER),
              new MembershipEndCorrected(
                  JOINT_COMMITTEE, SHIELD, ids.get(6), LEFT, REASON, appointed));
    }

    @Test
    void a_leaving_moved_earlier_than_the_appointment_of_a_voting_member_is_refused() {
      refuses(
          append(
              left,
              appointed(SHIELD, "Cllr Shield", MemberRole.MEMBER, LocalDate.of(2022, 11, 1)),
              new MembershipEnded(JOINT_COMMITTEE, SHIELD, LEFT)),
          ids -> new MoveRepresentationEnd(JOINT_COMMITTEE, DCC, LEFT, EARLIER, REASON),
          Rule.MEMBER_ORGANISATION_NOT_A_PARTNER);
    }

    @Test
    void a_leaving_moved_earlier_than_the_role_change_of_a_member_begun_between_is_refused() {
      LocalDate appointed = LocalDate.of(2022, 11, 1);
      refuses(
          new Object[] {
            established(),
            appointed(SHIELD, "Cllr Shield", MemberRole.PARTICIPANT, appointed),
            new MemberRoleChanged(
                JOINT_COMMITTEE,
                SHIELD,
                MemberRole.PARTICIPANT,
                MemberRole.ATTENDEE,
                appointed.plusDays(10)),
            new MembershipEnded(JOINT_COMMITTEE, SHIELD, LEFT)
          },
          ids -> new MoveRepresentationEnd(JOINT_COMMITTEE, DCC, LEFT, EARLIER, REASON),
          Rule.MEMBERSHIP_NOT_IN_FORCE);
    }

    @Test
    void a_leaving_moved_later_brings_a_membership_it_ended_on_its_first_day_into_force() {
      LocalDate appointed = LEFT.plusMonths(1);
      var given =
          fixture.given(
              append(
                  left,
                  appointed(SHIELD, "Cllr Shield", MemberRole.MEMBER, appointed),
                  new MembershipEnded(JOINT_COMMITTEE, SHIELD, appointed)));
      List<String> ids = ids();
      given
          .when(new MoveRepresentationEnd(JOINT_COMMITTEE, DCC, LEFT, LATER, REASON))
          .expectEvents(
              new MembershipEndCorrected(JOINT_COMMITTEE, HOVVELS, ids.get(3), LEFT, REASON, LATER),
              new MembershipEndCorrected(
                  JOINT_COMMITTEE, SHIELD, ids.get(6), appointed, REASON, LATER));
    }

    @Test
    void a_leaving_moved_earlier_leaves_a_membership_begun_on_the_leaving_day_as_it_was() {
      var given =
          fixture.given(
              append(
                  left,
                  appointed(SHIELD, "Cllr Shield", MemberRole.PARTICIPANT, LEFT),
                  new MembershipEnded(JOINT_COMMITTEE, SHIELD, LEFT)));
      List<String> ids = ids();
      given
          .when(new MoveRepresentationEnd(JOINT_COMMITTEE, DCC, LEFT, EARLIER, REASON))
          .expectEvents(
              new MembershipEndCorrected(
                  JOINT_COMMITTEE, HOVVELS, ids.get(3), LEFT, REASON, EARLIER));
    }

    @Test
    void a_chairs_leaving_moved_later_into_another_chairs_term_is_refused() {
      refuses(
          new Object[] {
            established(),
            appointed(HOVVELS, "Cllr Hovvels", MemberRole.CHAIR, APPOINTED),
            new MembershipEnded(JOINT_COMMITTEE, HOVVELS, LEFT),
            new MemberAppointed(
                JOINT_COMMITTEE, CHAIR, "Ms Jones", HEALTHWATCH, MemberRole.CHAIR, LEFT)
          },
          ids -> new MoveRepresentationEnd(JOINT_COMMITTEE, DCC, LEFT, LATER, REASON),
          Rule.CHAIR_ALREADY_APPOINTED);
    }

    @Test
    void a_body_with_no_one_from_the_organisation_records_nothing() {
      fixture
          .given(left)
          .when(new MoveRepresentationEnd(JOINT_COMMITTEE, HEALTHWATCH, LEFT, LATER, REASON))
          .expectNoEvents();
    }

    @Test
    void a_leaving_moved_later_lapses_its_delegations_on_the_corrected_date() {
      var given = fixture.given(left);
      List<String> ids = ids();
      given
          .when(
              new MoveLapses(
                  JOINT_COMMITTEE,
                  DCC,
                  LapseReason.DELEGATOR_LEFT_PARTNERSHIP,
                  LEFT,
                  LATER,
                  REASON))
          .expectEvents(
              new DelegationChangeDateCorrected(
                  JOINT_COMMITTEE, DELEGATION, ids.get(4), LEFT, REASON, LATER));
    }

    @Test
    void a_lapse_moved_twice_names_its_first_correction() {
      var given = fixture.given(left);
      String lapse = ids().get(4);
      given.andGiven(
          new DelegationChangeDateCorrected(
              JOINT_COMMITTEE, DELEGATION, lapse, LEFT, REASON, LATER));
      String firstCorrection = ids().get(5);
      given
          .when(
              new MoveLapses(
                  JOINT_COMMITTEE,
                  DCC,
                  LapseReason.DELEGATOR_LEFT_PARTNERSHIP,
                  LATER,
                  EARLIER,
                  REASON))
          .expectEvents(
              new DelegationChangeDateCorrected(
                  JOINT_COMMITTEE, DELEGATION, firstCorrection, LATER, REASON, EARLIER));
    }

    @Test
    void a_leaving_moved_earlier_than_a_decision_under_its_delegation_is_refused() {
      refuses(
          new Object[] {
            established(),
            granted(DELEGATION, DCC),
            decided(DECISION, DCC, LocalDate.of(2022, 11, 15)),
            new DelegationLapsed(
                JOINT_COMMITTEE, DELEGATION, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, LEFT)
          },
          ids ->
              new MoveLapses(
                  JOINT_COMMITTEE,
                  DCC,
                  LapseReason.DELEGATOR_LEFT_PARTNERSHIP,
                  LEFT,
                  EARLIER,
                  REASON),
          Rule.DELEGATION_HAS_LATER_DECISIONS);
    }

    @Test
    void a_leaving_moved_earlier_than_a_variation_of_its_delegation_is_refused() {
      refuses(
          append(
              new Object[] {established(), granted(DELEGATION, DCC)},
              new DelegationVaried(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  LIMITS,
                  List.of(),
                  APPROVAL,
                  LocalDate.of(2022, 11, 1)),
              new DelegationLapsed(
                  JOINT_COMMITTEE, DELEGATION, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, LEFT)),
          ids ->
              new MoveLapses(
                  JOINT_COMMITTEE,
                  DCC,
                  LapseReason.DELEGATOR_LEFT_PARTNERSHIP,
                  LEFT,
                  EARLIER,
                  REASON),
          Rule.DELEGATION_CHANGE_OUT_OF_ORDER);
    }

    @Test
    void a_leaving_moved_before_the_grant_of_its_delegation_is_refused() {
      refuses(
          left,
          ids ->
              new MoveLapses(
                  JOINT_COMMITTEE,
                  DCC,
                  LapseReason.DELEGATOR_LEFT_PARTNERSHIP,
                  LEFT,
                  LocalDate.of(2021, 5, 1),
                  REASON),
          Rule.DELEGATOR_NOT_A_PARTNER);
    }

    @Test
    void a_lapse_for_another_reason_is_left_alone() {
      fixture
          .given(left)
          .when(
              new MoveLapses(
                  JOINT_COMMITTEE, DCC, LapseReason.DELEGATOR_ABOLISHED, LEFT, LATER, REASON))
          .expectNoEvents();
    }

    @Test
    void the_end_of_a_membership_the_leaving_caused_is_not_corrected_on_its_own() {
      refuses(
          left,
          ids -> new CorrectMembershipEnd(JOINT_COMMITTEE, HOVVELS, ids.get(3), LATER, REASON),
          Rule.CORRECTION_CONTRADICTS_RECORD);
    }

    @Test
    void the_lapse_the_leaving_caused_is_not_corrected_on_its_own() {
      refuses(
          left,
          ids ->
              new CorrectDelegationChangeDate(
                  JOINT_COMMITTEE, DELEGATION, ids.get(4), EARLIER, REASON),
          Rule.CORRECTION_CONTRADICTS_RECORD);
    }
  }

  @Nested
  class Succession {

    private static final LocalDate BEFORE_DECISION = LocalDate.of(2022, 6, 1);
    private static final LocalDate UNDER_CCG = LocalDate.of(2022, 6, 15);
    private static final LocalDate UNDER_ICB = LocalDate.of(2022, 8, 1);
    private static final LocalDate AFTER_DECISION = LocalDate.of(2022, 9, 1);

    private final Object[] passed = {
      established(),
      granted(DELEGATION, CCG),
      decided(DECISION, CCG, UNDER_CCG),
      new DelegationPassedToSuccessor(JOINT_COMMITTEE, DELEGATION, CCG, ICB, CCG_ABOLISHED),
      decided(LATE_DECISION, ICB, UNDER_ICB)
    };

    @Test
    void an_abolition_moved_earlier_passes_the_delegation_then_and_re_records_its_delegator() {
      var given = fixture.given(passed);
      List<String> ids = ids();
      given
          .when(
              new MovePassingsToSuccessor(
                  JOINT_COMMITTEE, CCG, ICB, CCG_ABOLISHED, BEFORE_DECISION, REASON))
          .expectEvents(
              new DelegationChangeDateCorrected(
                  JOINT_COMMITTEE, DELEGATION, ids.get(3), CCG_ABOLISHED, REASON, BEFORE_DECISION),
              redecided(DECISION, ids.get(2), ICB, UNDER_CCG));
    }

    @Test
    void an_abolition_moved_later_leaves_the_predecessor_delegator_of_the_decisions_between() {
      var given = fixture.given(passed);
      List<String> ids = ids();
      given
          .when(
              new MovePassingsToSuccessor(
                  JOINT_COMMITTEE, CCG, ICB, CCG_ABOLISHED, AFTER_DECISION, REASON))
          .expectEvents(
              new DelegationChangeDateCorrected(
                  JOINT_COMMITTEE, DELEGATION, ids.get(3), CCG_ABOLISHED, REASON, AFTER_DECISION),
              redecided(LATE_DECISION, ids.get(4), CCG, UNDER_ICB));
    }

    @Test
    void a_passing_moved_before_the_grant_is_refused() {
      refuses(
          passed,
          ids ->
              new MovePassingsToSuccessor(
                  JOINT_COMMITTEE, CCG, ICB, CCG_ABOLISHED, LocalDate.of(2021, 5, 1), REASON),
          Rule.DELEGATION_CHANGE_OUT_OF_ORDER);
    }

    @Test
    void a_passing_from_another_predecessor_is_left_alone() {
      fixture
          .given(passed)
          .when(
              new MovePassingsToSuccessor(
                  JOINT_COMMITTEE, DCC, ICB, CCG_ABOLISHED, AFTER_DECISION, REASON))
          .expectNoEvents();
    }

    @Test
    void the_passing_the_abolition_caused_is_not_corrected_on_its_own() {
      refuses(
          passed,
          ids ->
              new CorrectDelegationChangeDate(
                  JOINT_COMMITTEE, DELEGATION, ids.get(3), AFTER_DECISION, REASON),
          Rule.CORRECTION_CONTRADICTS_RECORD);
    }
  }

  private static Object[] append(Object[] history, Object... more) {
    Object[] all = new Object[history.length + more.length];
    System.arraycopy(history, 0, all, 0, history.length);
    System.arraycopy(more, 0, all, history.length, more.length);
    return all;
  }
}
