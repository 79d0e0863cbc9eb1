package uk.partnershipledger.command.body;

import static uk.partnershipledger.command.body.BodyFixtures.CCG_ABOLISHED;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP_EXECUTIVE;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP_FORMED;
import static uk.partnershipledger.command.body.BodyFixtures.DCC;
import static uk.partnershipledger.command.body.BodyFixtures.DURHAM_COMMUNITY_ACTION;
import static uk.partnershipledger.command.body.BodyFixtures.HEALTHWATCH;
import static uk.partnershipledger.command.body.BodyFixtures.ICB;
import static uk.partnershipledger.command.body.BodyFixtures.JOINT_COMMITTEE;
import static uk.partnershipledger.command.body.BodyFixtures.KCC;
import static uk.partnershipledger.command.body.BodyFixtures.KENT_BOARD;
import static uk.partnershipledger.command.body.BodyFixtures.OPERATIONAL;
import static uk.partnershipledger.command.body.BodyFixtures.PROPOSED;
import static uk.partnershipledger.command.body.BodyFixtures.UNREGISTERED;
import static uk.partnershipledger.command.body.BodyFixtures.dissolved;
import static uk.partnershipledger.command.body.BodyFixtures.inShadowForm;
import static uk.partnershipledger.command.body.BodyFixtures.operational;
import static uk.partnershipledger.command.body.BodyFixtures.proposed;
import static uk.partnershipledger.command.ledger.Violations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.body.BodyCommands.CorrectAppointmentOrganisation;
import uk.partnershipledger.command.body.BodyCommands.CorrectChairArrangement;
import uk.partnershipledger.command.body.BodyCommands.CorrectDecisionFunction;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationGrant;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationLimits;
import uk.partnershipledger.command.body.BodyCommands.CorrectReplacement;
import uk.partnershipledger.command.body.BodyDirectory.KnownBody;
import uk.partnershipledger.command.body.BodyFixtures.Bodies;
import uk.partnershipledger.command.body.BodyFixtures.Organisations;
import uk.partnershipledger.command.body.BodyFixtures.Partnerships;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.organisation.OrganisationDirectory.KnownOrganisation;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.AppointmentOrganisationCorrected;
import uk.partnershipledger.events.body.BodyEvent.BodyReplaced;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementCorrected;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementSet;
import uk.partnershipledger.events.body.BodyEvent.DecisionFunctionCorrected;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DelegationGrantCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLapsed;
import uk.partnershipledger.events.body.BodyEvent.DelegationLimitsCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationPassedToSuccessor;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyEvent.DelegationVaried;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.MembershipEnded;
import uk.partnershipledger.events.body.BodyEvent.ReplacementCorrected;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
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

/**
 * DOMAIN.md rule 7 for a chair arrangement, a replacement, an appointment's organisation, a
 * delegation's grant and a decision's function: each correction names the event it corrects, and
 * the corrected fact is judged again as if it had been recorded so (docs/adr/0009).
 */
class FinalCorrectionsTest {

  private static final MembershipId HOVVELS = MembershipId.newId();
  private static final MembershipId FINDLAY = MembershipId.newId();
  private static final DelegationId DELEGATION = DelegationId.newId();
  private static final DelegationId ADULT_CARE = DelegationId.newId();
  private static final DecisionId DECISION = DecisionId.newId();
  private static final String FUNCTION = "community-mental-health";
  private static final String OTHER_FUNCTION = "adult-social-care";
  private static final LocalDate CHAIRED = LocalDate.of(2023, 6, 1);
  private static final LocalDate SECOND_TURN = LocalDate.of(2024, 4, 1);
  private static final LocalDate DECIDED = LocalDate.of(2023, 7, 12);
  private static final LocalDate VARIED = LocalDate.of(2024, 4, 1);
  private static final LocalDate REVOKED = LocalDate.of(2025, 4, 1);
  private static final LocalDate LEAVES = LocalDate.of(2025, 1, 1);
  private static final Approval CABINET =
      new Approval("Durham County Council Cabinet", LocalDate.of(2023, 3, 15), "2023/41");
  private static final String REASON = "Minute of the meeting";

  private final Organisations organisations = new Organisations();
  private final Partnerships partnerships =
      new Partnerships()
          .tenure(CDCP, DCC, CDCP_FORMED, null)
          .tenure(CDCP, ICB, CCG_ABOLISHED, null);
  private final Bodies bodies = new Bodies();
  private FixtureConfiguration<GovernanceBody> fixture;

  @BeforeEach
  void setUp() {
    fixture = BodyFixtures.fixture(organisations, partnerships, bodies);
  }

  /** The ids the fixture gave the given events, in order: what a correction names. */
  private List<String> ids() {
    return fixture
        .getEventStore()
        .readEvents(JOINT_COMMITTEE.toString())
        .asStream()
        .map(DomainEventMessage::getIdentifier)
        .toList();
  }

  private void refuses(Object[] history, Function<List<String>, Object> command, Rule rule) {
    TestExecutor<GovernanceBody> given = fixture.given(history);
    given.when(command.apply(ids())).expectNoEvents().expectException(violates(rule));
  }

  private void accepts(Object[] history, Function<List<String>, Object> command) {
    TestExecutor<GovernanceBody> given = fixture.given(history);
    given.when(command.apply(ids())).expectSuccessfulHandlerExecution();
  }

  private static Object[] operationalWith(Object... more) {
    return append(new Object[] {proposed(), inShadowForm(), operational()}, more);
  }

  private static Object[] append(Object[] history, Object... more) {
    Object[] all = new Object[history.length + more.length];
    System.arraycopy(history, 0, all, 0, history.length);
    System.arraycopy(more, 0, all, history.length, more.length);
    return all;
  }

  private static MemberAppointed appointed(
      MembershipId id, OrganisationId organisation, MemberRole role, LocalDate date) {
    return new MemberAppointed(JOINT_COMMITTEE, id, "Member " + id, organisation, role, date);
  }

  private static MemberRoleChanged roleChanged(
      MembershipId id, MemberRole from, MemberRole to, LocalDate date) {
    return new MemberRoleChanged(JOINT_COMMITTEE, id, from, to, date);
  }

  private static MembershipEnded ended(MembershipId id, LocalDate date) {
    return new MembershipEnded(JOINT_COMMITTEE, id, date);
  }

  private static ChairArrangementSet rotating(LocalDate date, ChairTurn... turns) {
    return new ChairArrangementSet(
        JOINT_COMMITTEE, ChairArrangement.ROTATING, List.of(turns), date);
  }

  private static List<FinancialLimit> newSchemesUpTo(String maximum) {
    return List.of(
        new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal(maximum), "New schemes"));
  }

  private static DelegationGranted granted(
      DelegationId id, OrganisationId delegator, String function, String limit, LocalDate date) {
    return new DelegationGranted(
        JOINT_COMMITTEE,
        id,
        delegator,
        function,
        "Services for County Durham",
        newSchemesUpTo(limit),
        List.of("Reports quarterly to Cabinet"),
        CABINET,
        date);
  }

  private static DelegationGranted granted() {
    return granted(DELEGATION, DCC, FUNCTION, "500000.00", OPERATIONAL);
  }

  private static DecisionRecorded decided(String amount, LocalDate date) {
    return new DecisionRecorded(
        JOINT_COMMITTEE,
        DECISION,
        DELEGATION,
        DCC,
        "Crisis service",
        "CMH-7",
        FUNCTION,
        LimitKind.NEW_SCHEME,
        new BigDecimal(amount),
        List.of(),
        date);
  }

  private OrganisationId register(String name, boolean statutory, LocalDate established) {
    OrganisationId id = OrganisationId.newId();
    organisations.register(new KnownOrganisation(id, name, statutory, established));
    return id;
  }

  @Nested
  class ChairArrangements {

    /** The chair rotates from going live: the council first, the ICB from April 2024. */
    private final Object[] history =
        operationalWith(
            rotating(
                OPERATIONAL, new ChairTurn(DCC, OPERATIONAL), new ChairTurn(ICB, SECOND_TURN)));

    private CorrectChairArrangement correct(
        String event, ChairArrangement arrangement, List<ChairTurn> turns, LocalDate date) {
      return new CorrectChairArrangement(
          JOINT_COMMITTEE, event, arrangement, turns, date, " " + REASON + " ");
    }

    private List<ChairTurn> turns(ChairTurn... turns) {
      return List.of(turns);
    }

    @Test
    void a_wrong_turn_is_corrected_naming_the_arrangement() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String set = ids().get(3);
      List<ChairTurn> right =
          turns(new ChairTurn(DCC, OPERATIONAL), new ChairTurn(ICB, SECOND_TURN.plusMonths(2)));

      given
          .when(correct(set, null, right, null))
          .expectEvents(
              new ChairArrangementCorrected(
                  JOINT_COMMITTEE,
                  set,
                  ChairArrangement.ROTATING,
                  right,
                  OPERATIONAL,
                  REASON,
                  OPERATIONAL));
    }

    @Test
    void a_rotation_s_turns_run_in_order_from_the_arrangement_s_date() {
      LocalDate later = OPERATIONAL.plusDays(1);
      refuses(history, ids -> correct(ids.get(3), null, null, later), Rule.ROTATION_INVALID);
      accepts(
          history,
          ids ->
              correct(
                  ids.get(3),
                  null,
                  turns(new ChairTurn(DCC, later), new ChairTurn(ICB, SECOND_TURN)),
                  later));
      refuses(
          history,
          ids ->
              correct(
                  ids.get(3),
                  null,
                  turns(new ChairTurn(DCC, OPERATIONAL), new ChairTurn(ICB, OPERATIONAL)),
                  null),
          Rule.ROTATION_INVALID);
      refuses(
          history,
          ids -> correct(ids.get(3), ChairArrangement.ROTATING, List.of(), null),
          Rule.ROTATION_INVALID);
    }

    @Test
    void only_a_rotating_chair_has_turns() {
      refuses(
          history,
          ids ->
              correct(
                  ids.get(3),
                  ChairArrangement.APPOINTED,
                  turns(new ChairTurn(DCC, OPERATIONAL)),
                  null),
          Rule.ROTATION_INVALID);
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String set = ids().get(3);
      given
          .when(correct(set, ChairArrangement.JOINTLY_APPOINTED_BY_MEMBERS, null, null))
          .expectEvents(
              new ChairArrangementCorrected(
                  JOINT_COMMITTEE,
                  set,
                  ChairArrangement.JOINTLY_APPOINTED_BY_MEMBERS,
                  List.of(),
                  OPERATIONAL,
                  REASON,
                  OPERATIONAL));
    }

    @Test
    void a_turn_s_organisation_exists_when_its_turn_starts() {
      OrganisationId trust = register("New trust", true, SECOND_TURN.plusDays(1));
      refuses(
          history,
          ids ->
              correct(
                  ids.get(3),
                  null,
                  turns(new ChairTurn(DCC, OPERATIONAL), new ChairTurn(trust, SECOND_TURN)),
                  null),
          Rule.ORGANISATION_NOT_YET_ESTABLISHED);
      accepts(
          history,
          ids ->
              correct(
                  ids.get(3),
                  null,
                  turns(
                      new ChairTurn(DCC, OPERATIONAL),
                      new ChairTurn(trust, SECOND_TURN.plusDays(1))),
                  null));
      refuses(
          history,
          ids -> correct(ids.get(3), null, turns(new ChairTurn(UNREGISTERED, OPERATIONAL)), null),
          Rule.UNKNOWN_ORGANISATION);
    }

    @Test
    void a_corrected_date_falls_on_a_day_the_body_is_open() {
      LocalDate before = PROPOSED.minusDays(1);
      refuses(
          history,
          ids -> correct(ids.get(3), null, turns(new ChairTurn(DCC, before)), before),
          Rule.BODY_NOT_YET_ESTABLISHED);
      accepts(
          history, ids -> correct(ids.get(3), null, turns(new ChairTurn(DCC, PROPOSED)), PROPOSED));
      LocalDate dissolution = LocalDate.of(2025, 1, 1);
      Object[] dissolvedLater =
          append(history, dissolved(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, dissolution));
      refuses(
          dissolvedLater,
          ids -> correct(ids.get(3), null, turns(new ChairTurn(DCC, dissolution)), dissolution),
          Rule.BODY_DISSOLVED);
      accepts(
          dissolvedLater,
          ids ->
              correct(
                  ids.get(3),
                  null,
                  turns(new ChairTurn(DCC, dissolution.minusDays(1))),
                  dissolution.minusDays(1)));
    }

    @Test
    void a_corrected_date_stays_between_the_arrangements_before_and_after_it() {
      LocalDate appointed = LocalDate.of(2025, 4, 1);
      Object[] two =
          append(
              history,
              new ChairArrangementSet(
                  JOINT_COMMITTEE, ChairArrangement.APPOINTED, List.of(), appointed));
      refuses(
          two,
          ids -> correct(ids.get(3), null, turns(new ChairTurn(DCC, appointed)), appointed),
          Rule.ROTATION_INVALID);
      accepts(
          two,
          ids ->
              correct(
                  ids.get(3),
                  null,
                  turns(new ChairTurn(DCC, appointed.minusDays(1))),
                  appointed.minusDays(1)));
      refuses(two, ids -> correct(ids.get(4), null, null, OPERATIONAL), Rule.ROTATION_INVALID);
      accepts(two, ids -> correct(ids.get(4), null, null, OPERATIONAL.plusDays(1)));
    }

    @Test
    void every_chair_already_appointed_under_it_comes_from_the_turn_s_organisation() {
      Object[] chairs =
          append(
              history,
              appointed(HOVVELS, DCC, MemberRole.CHAIR, OPERATIONAL),
              ended(HOVVELS, SECOND_TURN),
              appointed(FINDLAY, ICB, MemberRole.CHAIR, SECOND_TURN));
      refuses(
          chairs,
          ids ->
              correct(
                  ids.get(3),
                  null,
                  turns(new ChairTurn(ICB, OPERATIONAL), new ChairTurn(DCC, SECOND_TURN)),
                  null),
          Rule.CHAIR_NOT_FROM_ROTATION);
      refuses(
          chairs,
          ids ->
              correct(
                  ids.get(3),
                  null,
                  turns(
                      new ChairTurn(DCC, OPERATIONAL), new ChairTurn(ICB, SECOND_TURN.plusDays(1))),
                  null),
          Rule.CHAIR_NOT_FROM_ROTATION);
      accepts(
          chairs,
          ids ->
              correct(
                  ids.get(3),
                  null,
                  turns(
                      new ChairTurn(DCC, OPERATIONAL),
                      new ChairTurn(ICB, SECOND_TURN.minusDays(1))),
                  null));
      accepts(chairs, ids -> correct(ids.get(3), ChairArrangement.APPOINTED, null, null));
    }

    @Test
    void a_chair_whose_days_pass_back_to_the_arrangement_before_comes_from_its_turn() {
      // The council's turn from going live; a new rotation gives the ICB the chair from April 2024.
      Object[] two =
          operationalWith(
              rotating(OPERATIONAL, new ChairTurn(DCC, OPERATIONAL)),
              rotating(SECOND_TURN, new ChairTurn(ICB, SECOND_TURN)),
              appointed(FINDLAY, ICB, MemberRole.CHAIR, SECOND_TURN));
      LocalDate later = SECOND_TURN.plusDays(1);
      refuses(
          two,
          ids -> correct(ids.get(4), null, turns(new ChairTurn(ICB, later)), later),
          Rule.CHAIR_NOT_FROM_ROTATION);
      accepts(
          two,
          ids ->
              correct(
                  ids.get(4),
                  null,
                  turns(new ChairTurn(ICB, SECOND_TURN.minusDays(1))),
                  SECOND_TURN.minusDays(1)));
    }

    @Test
    void unknown_events_and_unchanged_facts_are_refused_and_a_second_correction_names_the_first() {
      refuses(
          history,
          ids -> correct(ids.get(2), ChairArrangement.APPOINTED, null, null),
          Rule.UNKNOWN_RECORDED_FACT);
      refuses(
          history,
          ids ->
              correct(
                  ids.get(3),
                  ChairArrangement.ROTATING,
                  turns(new ChairTurn(DCC, OPERATIONAL), new ChairTurn(ICB, SECOND_TURN)),
                  OPERATIONAL),
          Rule.CORRECTION_CHANGES_NOTHING);
      Object[] corrected =
          append(
              history,
              new ChairArrangementCorrected(
                  JOINT_COMMITTEE,
                  "x",
                  ChairArrangement.APPOINTED,
                  List.of(),
                  OPERATIONAL,
                  "r",
                  OPERATIONAL.plusDays(1)));
      refuses(
          corrected,
          ids -> correct(ids.get(3), null, null, OPERATIONAL.plusDays(2)),
          Rule.UNKNOWN_RECORDED_FACT);
      refuses(
          corrected,
          ids -> correct(ids.get(4), ChairArrangement.APPOINTED, null, null),
          Rule.CORRECTION_CHANGES_NOTHING);
      accepts(corrected, ids -> correct(ids.get(4), null, null, OPERATIONAL));
    }
  }

  @Nested
  class Replacements {

    private final LocalDate replacedOn = LocalDate.of(2025, 4, 1);
    private final BodyId board = BodyId.newId();
    private final Object[] history =
        operationalWith(
            dissolved(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, replacedOn),
            new BodyReplaced(JOINT_COMMITTEE, CDCP_EXECUTIVE, replacedOn));

    private CorrectReplacement correct(String event, BodyId replacement) {
      return new CorrectReplacement(JOINT_COMMITTEE, event, replacement, " " + REASON + " ");
    }

    @BeforeEach
    void register() {
      bodies.register(new KnownBody(board, CDCP, "Health and Wellbeing Board", replacedOn));
    }

    @Test
    void the_wrong_replacement_is_corrected_naming_the_replacement() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String replaced = ids().get(4);

      given
          .when(correct(replaced, board))
          .expectEvents(
              new ReplacementCorrected(JOINT_COMMITTEE, replaced, board, REASON, replacedOn));
    }

    @Test
    void the_replacement_is_another_body_of_the_same_partnership() {
      refuses(
          history, ids -> correct(ids.get(4), KENT_BOARD), Rule.REPLACEMENT_IN_ANOTHER_PARTNERSHIP);
      refuses(history, ids -> correct(ids.get(4), JOINT_COMMITTEE), Rule.BODY_REPLACES_ITSELF);
      refuses(history, ids -> correct(ids.get(4), BodyId.newId()), Rule.UNKNOWN_BODY);
    }

    @Test
    void the_replacement_is_established_by_the_day_of_the_replacement() {
      BodyId later = BodyId.newId();
      bodies.register(new KnownBody(later, CDCP, "Later board", replacedOn.plusDays(1)));
      refuses(history, ids -> correct(ids.get(4), later), Rule.BODY_NOT_YET_ESTABLISHED);
      accepts(history, ids -> correct(ids.get(4), board));
    }

    @Test
    void unknown_events_and_unchanged_facts_are_refused_and_a_second_correction_names_the_first() {
      refuses(history, ids -> correct(ids.get(3), board), Rule.UNKNOWN_RECORDED_FACT);
      refuses(operationalWith(), ids -> correct(ids.get(2), board), Rule.UNKNOWN_RECORDED_FACT);
      refuses(history, ids -> correct(ids.get(4), CDCP_EXECUTIVE), Rule.CORRECTION_CHANGES_NOTHING);
      Object[] corrected =
          append(history, new ReplacementCorrected(JOINT_COMMITTEE, "x", board, "r", replacedOn));
      refuses(corrected, ids -> correct(ids.get(4), CDCP_EXECUTIVE), Rule.UNKNOWN_RECORDED_FACT);
      refuses(corrected, ids -> correct(ids.get(5), board), Rule.CORRECTION_CHANGES_NOTHING);
      accepts(corrected, ids -> correct(ids.get(5), CDCP_EXECUTIVE));
    }
  }

  @Nested
  class AppointmentOrganisations {

    /** Hovvels: a member for the council from going live, chair from June 2023. */
    private final Object[] history =
        operationalWith(
            appointed(HOVVELS, DCC, MemberRole.MEMBER, OPERATIONAL),
            roleChanged(HOVVELS, MemberRole.MEMBER, MemberRole.CHAIR, CHAIRED));

    private CorrectAppointmentOrganisation correct(MembershipId member, OrganisationId to) {
      return new CorrectAppointmentOrganisation(JOINT_COMMITTEE, member, to, " " + REASON + " ");
    }

    @Test
    void the_wrong_organisation_is_corrected_naming_the_appointment() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String appointment = ids().get(3);

      given
          .when(correct(HOVVELS, ICB))
          .expectEvents(
              new AppointmentOrganisationCorrected(
                  JOINT_COMMITTEE, HOVVELS, appointment, ICB, REASON, OPERATIONAL));
    }

    @Test
    void a_second_correction_names_the_first() {
      Object[] corrected =
          append(
              history,
              new AppointmentOrganisationCorrected(
                  JOINT_COMMITTEE, HOVVELS, "x", ICB, "r", OPERATIONAL));
      TestExecutor<GovernanceBody> given = fixture.given(corrected);
      String first = ids().get(5);

      given
          .when(correct(HOVVELS, DCC))
          .expectEvents(
              new AppointmentOrganisationCorrected(
                  JOINT_COMMITTEE, HOVVELS, first, DCC, REASON, OPERATIONAL));
    }

    @Test
    void the_organisation_exists_on_every_day_the_member_s_roles_change() {
      OrganisationId fromTheStart = register("Trust from the start", false, OPERATIONAL);
      OrganisationId dayAfter = register("Trust a day late", false, OPERATIONAL.plusDays(1));
      Object[] participant =
          operationalWith(appointed(FINDLAY, HEALTHWATCH, MemberRole.PARTICIPANT, OPERATIONAL));
      refuses(
          participant, ids -> correct(FINDLAY, dayAfter), Rule.ORGANISATION_NOT_YET_ESTABLISHED);
      refuses(participant, ids -> correct(FINDLAY, UNREGISTERED), Rule.UNKNOWN_ORGANISATION);
      // A participant may come from any registered organisation, partner or not.
      accepts(participant, ids -> correct(FINDLAY, fromTheStart));
    }

    @Test
    void a_voting_member_represents_a_partner_from_the_role_s_first_day() {
      refuses(
          history, ids -> correct(HOVVELS, HEALTHWATCH), Rule.MEMBER_ORGANISATION_NOT_A_PARTNER);
      refuses(history, ids -> correct(HOVVELS, KCC), Rule.MEMBER_ORGANISATION_NOT_A_PARTNER);
    }

    @Test
    void a_voting_role_taken_on_a_role_change_needs_a_partner_from_that_day() {
      partnerships.tenure(CDCP, DURHAM_COMMUNITY_ACTION, CHAIRED.plusDays(1), null);
      Object[] participantThenMember =
          operationalWith(
              appointed(FINDLAY, HEALTHWATCH, MemberRole.PARTICIPANT, OPERATIONAL),
              roleChanged(FINDLAY, MemberRole.PARTICIPANT, MemberRole.MEMBER, CHAIRED));
      refuses(
          participantThenMember,
          ids -> correct(FINDLAY, DURHAM_COMMUNITY_ACTION),
          Rule.MEMBER_ORGANISATION_NOT_A_PARTNER);
    }

    @Test
    void a_voting_role_taken_on_the_day_the_organisation_joins_is_accepted() {
      partnerships.tenure(CDCP, DURHAM_COMMUNITY_ACTION, CHAIRED, null);
      Object[] participantThenMember =
          operationalWith(
              appointed(FINDLAY, HEALTHWATCH, MemberRole.PARTICIPANT, OPERATIONAL),
              roleChanged(FINDLAY, MemberRole.PARTICIPANT, MemberRole.MEMBER, CHAIRED));
      accepts(participantThenMember, ids -> correct(FINDLAY, DURHAM_COMMUNITY_ACTION));
      refuses(
          operationalWith(appointed(FINDLAY, HEALTHWATCH, MemberRole.MEMBER, OPERATIONAL)),
          ids -> correct(FINDLAY, DURHAM_COMMUNITY_ACTION),
          Rule.MEMBER_ORGANISATION_NOT_A_PARTNER);
    }

    @Test
    void a_voting_role_cannot_outlast_the_organisation_s_tenure() {
      partnerships.tenure(CDCP, DURHAM_COMMUNITY_ACTION, CDCP_FORMED, LEAVES);
      Object[] member = operationalWith(appointed(FINDLAY, ICB, MemberRole.MEMBER, OPERATIONAL));
      refuses(
          member,
          ids -> correct(FINDLAY, DURHAM_COMMUNITY_ACTION),
          Rule.MEMBER_ORGANISATION_NOT_A_PARTNER);
      refuses(
          append(member, ended(FINDLAY, LEAVES.plusDays(1))),
          ids -> correct(FINDLAY, DURHAM_COMMUNITY_ACTION),
          Rule.MEMBER_ORGANISATION_NOT_A_PARTNER);
      accepts(
          append(member, ended(FINDLAY, LEAVES)), ids -> correct(FINDLAY, DURHAM_COMMUNITY_ACTION));
      // Attending from the day it leaves, the member no longer needs a partner behind them.
      accepts(
          append(member, roleChanged(FINDLAY, MemberRole.MEMBER, MemberRole.ATTENDEE, LEAVES)),
          ids -> correct(FINDLAY, DURHAM_COMMUNITY_ACTION));
    }

    @Test
    void a_chair_comes_from_the_organisation_whose_turn_it_is() {
      Object[] rotating =
          operationalWith(
              rotating(
                  OPERATIONAL, new ChairTurn(DCC, OPERATIONAL), new ChairTurn(ICB, SECOND_TURN)),
              appointed(HOVVELS, DCC, MemberRole.MEMBER, OPERATIONAL),
              roleChanged(HOVVELS, MemberRole.MEMBER, MemberRole.CHAIR, CHAIRED));
      refuses(rotating, ids -> correct(HOVVELS, ICB), Rule.CHAIR_NOT_FROM_ROTATION);
      Object[] chairFromTheIcbTurn =
          operationalWith(
              rotating(
                  OPERATIONAL, new ChairTurn(DCC, OPERATIONAL), new ChairTurn(ICB, SECOND_TURN)),
              appointed(HOVVELS, DCC, MemberRole.MEMBER, OPERATIONAL),
              roleChanged(HOVVELS, MemberRole.MEMBER, MemberRole.CHAIR, SECOND_TURN));
      accepts(chairFromTheIcbTurn, ids -> correct(HOVVELS, ICB));
    }

    @Test
    void a_membership_ended_by_its_organisation_s_leaving_keeps_its_organisation() {
      partnerships.leaves(CDCP, DCC, LEAVES);
      refuses(
          append(history, ended(HOVVELS, LEAVES)),
          ids -> correct(HOVVELS, ICB),
          Rule.CORRECTION_CONTRADICTS_RECORD);
      accepts(append(history, ended(HOVVELS, LEAVES.minusDays(1))), ids -> correct(HOVVELS, ICB));
    }

    @Test
    void unknown_memberships_and_unchanged_facts_are_refused() {
      refuses(history, ids -> correct(MembershipId.newId(), ICB), Rule.UNKNOWN_MEMBERSHIP);
      refuses(history, ids -> correct(HOVVELS, DCC), Rule.CORRECTION_CHANGES_NOTHING);
    }
  }

  @Nested
  class DelegationGrants {

    private final Object[] history = operationalWith(granted());

    private CorrectDelegationGrant correct(
        String event, String function, OrganisationId delegator, LocalDate date) {
      return new CorrectDelegationGrant(
          JOINT_COMMITTEE, DELEGATION, event, function, delegator, date, " " + REASON + " ");
    }

    @Test
    void the_wrong_function_and_delegator_are_corrected_naming_the_grant() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String grant = ids().get(3);

      given
          .when(correct(grant, " " + OTHER_FUNCTION + " ", ICB, null))
          .expectEvents(
              new DelegationGrantCorrected(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  grant,
                  OTHER_FUNCTION,
                  ICB,
                  OPERATIONAL,
                  REASON,
                  OPERATIONAL));
    }

    @Test
    void the_function_must_be_delegable() {
      refuses(
          history,
          ids -> correct(ids.get(3), "power-to-charge", null, null),
          Rule.NON_DELEGABLE_FUNCTION);
      refuses(
          history,
          ids -> correct(ids.get(3), "adult-safeguarding-lead", null, null),
          Rule.NON_DELEGABLE_FUNCTION);
    }

    @Test
    void the_delegator_is_a_statutory_body_that_exists() {
      refuses(
          history,
          ids -> correct(ids.get(3), null, HEALTHWATCH, null),
          Rule.DELEGATOR_NOT_STATUTORY);
      refuses(
          history, ids -> correct(ids.get(3), null, UNREGISTERED, null), Rule.UNKNOWN_ORGANISATION);
      refuses(
          history,
          ids -> correct(ids.get(3), null, BodyFixtures.CCG, null),
          Rule.ORGANISATION_ABOLISHED);
    }

    @Test
    void the_delegator_is_a_partner_on_the_corrected_date() {
      refuses(history, ids -> correct(ids.get(3), null, KCC, null), Rule.DELEGATOR_NOT_A_PARTNER);
      OrganisationId trust = register("Foundation trust", true, CDCP_FORMED);
      LocalDate joined = OPERATIONAL.plusDays(10);
      partnerships.tenure(CDCP, trust, joined, null);
      refuses(history, ids -> correct(ids.get(3), null, trust, null), Rule.DELEGATOR_NOT_A_PARTNER);
      refuses(
          history,
          ids -> correct(ids.get(3), null, trust, joined.minusDays(1)),
          Rule.DELEGATOR_NOT_A_PARTNER);
      accepts(history, ids -> correct(ids.get(3), null, trust, joined));
    }

    @Test
    void the_delegator_stays_a_partner_while_the_delegation_is_recorded_in_force() {
      OrganisationId trust = register("Foundation trust", true, CDCP_FORMED);
      partnerships.tenure(CDCP, trust, CDCP_FORMED, LEAVES);
      refuses(
          history,
          ids -> correct(ids.get(3), null, trust, null),
          Rule.CORRECTION_CONTRADICTS_RECORD);
      accepts(
          append(history, new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, LEAVES)),
          ids -> correct(ids.get(3), null, trust, null));
    }

    @Test
    void the_approval_comes_on_or_before_the_corrected_date() {
      LocalDate approved = CABINET.approvedOn();
      refuses(
          history,
          ids -> correct(ids.get(3), null, null, approved.minusDays(1)),
          Rule.APPROVAL_AFTER_EFFECTIVE_DATE);
      accepts(history, ids -> correct(ids.get(3), null, null, approved));
    }

    @Test
    void the_corrected_date_falls_on_a_day_the_body_is_open() {
      refuses(
          history,
          ids -> correct(ids.get(3), null, null, PROPOSED.minusDays(1)),
          Rule.BODY_NOT_YET_ESTABLISHED);
      LocalDate dissolution = LocalDate.of(2025, 1, 1);
      Object[] dissolvedLater =
          append(
              history,
              dissolved(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, dissolution),
              new DelegationLapsed(
                  JOINT_COMMITTEE, DELEGATION, LapseReason.BODY_DISSOLVED, dissolution));
      refuses(
          dissolvedLater, ids -> correct(ids.get(3), null, null, dissolution), Rule.BODY_DISSOLVED);
      accepts(dissolvedLater, ids -> correct(ids.get(3), null, null, dissolution.minusDays(1)));
    }

    @Test
    void the_corrected_date_comes_before_the_delegation_s_first_variation_or_end() {
      Object[] varied =
          append(
              history,
              new DelegationVaried(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  newSchemesUpTo("750000.00"),
                  List.of(),
                  CABINET,
                  VARIED));
      refuses(
          varied,
          ids -> correct(ids.get(3), null, null, VARIED),
          Rule.DELEGATION_CHANGE_OUT_OF_ORDER);
      accepts(varied, ids -> correct(ids.get(3), null, null, VARIED.minusDays(1)));
      Object[] revoked =
          append(history, new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, REVOKED));
      refuses(
          revoked,
          ids -> correct(ids.get(3), null, null, REVOKED),
          Rule.DELEGATION_CHANGE_OUT_OF_ORDER);
      accepts(revoked, ids -> correct(ids.get(3), null, null, REVOKED.minusDays(1)));
    }

    @Test
    void every_decision_recorded_under_it_stays_covered() {
      Object[] decidedUnder = append(history, decided("1000.00", DECIDED));
      refuses(
          decidedUnder,
          ids -> correct(ids.get(3), null, null, DECIDED.plusDays(1)),
          Rule.CORRECTION_CONTRADICTS_RECORD);
      accepts(decidedUnder, ids -> correct(ids.get(3), null, null, DECIDED));
      refuses(
          decidedUnder,
          ids -> correct(ids.get(3), OTHER_FUNCTION, null, null),
          Rule.CORRECTION_CONTRADICTS_RECORD);
      accepts(decidedUnder, ids -> correct(ids.get(3), null, ICB, null));
    }

    @Test
    void the_delegator_of_a_delegation_that_lapsed_on_its_leaving_cannot_change() {
      partnerships.leaves(CDCP, DCC, LEAVES);
      Object[] lapsed =
          append(
              history,
              new DelegationLapsed(
                  JOINT_COMMITTEE, DELEGATION, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, LEAVES));
      refuses(
          lapsed, ids -> correct(ids.get(3), null, ICB, null), Rule.CORRECTION_CONTRADICTS_RECORD);
      accepts(lapsed, ids -> correct(ids.get(3), null, null, OPERATIONAL.plusDays(1)));
    }

    @Test
    void the_delegator_of_a_delegation_passed_to_a_successor_cannot_change() {
      OrganisationId trust = OrganisationId.newId();
      organisations.register(
          new KnownOrganisation(trust, "Abolished trust", true, CDCP_FORMED, LEAVES, ICB));
      partnerships.tenure(CDCP, trust, CDCP_FORMED, LEAVES);
      Object[] passed =
          operationalWith(
              granted(DELEGATION, trust, FUNCTION, "500000.00", OPERATIONAL),
              new DelegationPassedToSuccessor(JOINT_COMMITTEE, DELEGATION, trust, ICB, LEAVES));
      refuses(
          passed, ids -> correct(ids.get(3), null, DCC, null), Rule.CORRECTION_CONTRADICTS_RECORD);
      accepts(passed, ids -> correct(ids.get(3), null, null, OPERATIONAL.plusDays(1)));
    }

    @Test
    void unknown_events_and_delegations_and_unchanged_facts_are_refused() {
      refuses(history, ids -> correct(ids.get(2), null, ICB, null), Rule.UNKNOWN_RECORDED_FACT);
      refuses(
          history,
          ids ->
              new CorrectDelegationGrant(
                  JOINT_COMMITTEE, DelegationId.newId(), ids.get(3), null, ICB, null, REASON),
          Rule.UNKNOWN_DELEGATION);
      refuses(
          history,
          ids -> correct(ids.get(3), FUNCTION, DCC, OPERATIONAL),
          Rule.CORRECTION_CHANGES_NOTHING);
    }

    @Test
    void a_second_correction_names_the_first_and_a_limits_correction_leaves_the_grant_s_record() {
      Object[] limitsCorrected =
          append(
              history,
              new DelegationLimitsCorrected(
                  JOINT_COMMITTEE, DELEGATION, "x", newSchemesUpTo("450000.00"), "r", OPERATIONAL));
      accepts(limitsCorrected, ids -> correct(ids.get(3), null, ICB, null));
      Object[] corrected =
          append(
              history,
              new DelegationGrantCorrected(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  "x",
                  FUNCTION,
                  DCC,
                  OPERATIONAL,
                  "r",
                  OPERATIONAL.plusDays(5)));
      refuses(corrected, ids -> correct(ids.get(3), null, ICB, null), Rule.UNKNOWN_RECORDED_FACT);
      refuses(
          corrected,
          ids -> correct(ids.get(4), null, null, OPERATIONAL.plusDays(5)),
          Rule.CORRECTION_CHANGES_NOTHING);
      accepts(corrected, ids -> correct(ids.get(4), null, null, OPERATIONAL));
    }

    @Test
    void a_grant_moved_later_holds_its_limits_from_the_corrected_date() {
      LocalDate later = OPERATIONAL.plusDays(5);
      Object[] moved =
          append(
              history,
              new DelegationGrantCorrected(
                  JOINT_COMMITTEE, DELEGATION, "x", FUNCTION, DCC, OPERATIONAL, "r", later));
      TestExecutor<GovernanceBody> given = fixture.given(moved);
      String grant = ids().get(3);
      given
          .when(
              new CorrectDelegationLimits(
                  JOINT_COMMITTEE, DELEGATION, grant, newSchemesUpTo("450000.00"), REASON))
          .expectEvents(
              new DelegationLimitsCorrected(
                  JOINT_COMMITTEE, DELEGATION, grant, newSchemesUpTo("450000.00"), REASON, later));
    }
  }

  @Nested
  class DecisionFunctions {

    private final Object[] history =
        operationalWith(
            granted(),
            granted(ADULT_CARE, DCC, OTHER_FUNCTION, "100000.00", OPERATIONAL),
            decided("40000.00", DECIDED));

    private CorrectDecisionFunction correct(DecisionId decision, String function) {
      return new CorrectDecisionFunction(JOINT_COMMITTEE, decision, function, " " + REASON + " ");
    }

    @Test
    void the_wrong_function_is_corrected_with_the_delegation_that_covers_it() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String recorded = ids().get(5);

      given
          .when(correct(DECISION, OTHER_FUNCTION))
          .expectEvents(
              new DecisionFunctionCorrected(
                  JOINT_COMMITTEE,
                  DECISION,
                  recorded,
                  OTHER_FUNCTION,
                  ADULT_CARE,
                  DCC,
                  REASON,
                  DECIDED));
    }

    @Test
    void a_delegation_of_the_function_is_in_force_on_the_decision_s_date() {
      refuses(history, ids -> correct(DECISION, "public-health"), Rule.NO_DELEGATION_FOR_FUNCTION);
      Object[] grantedAfter =
          operationalWith(
              granted(),
              granted(ADULT_CARE, DCC, OTHER_FUNCTION, "100000.00", DECIDED.plusDays(1)),
              decided("40000.00", DECIDED));
      refuses(
          grantedAfter, ids -> correct(DECISION, OTHER_FUNCTION), Rule.NO_DELEGATION_FOR_FUNCTION);
      Object[] grantedThatDay =
          operationalWith(
              granted(),
              granted(ADULT_CARE, DCC, OTHER_FUNCTION, "100000.00", DECIDED),
              decided("40000.00", DECIDED));
      accepts(grantedThatDay, ids -> correct(DECISION, OTHER_FUNCTION));
      Object[] revokedThatDay =
          append(history, new DelegationRevoked(JOINT_COMMITTEE, ADULT_CARE, DECIDED));
      refuses(
          revokedThatDay,
          ids -> correct(DECISION, OTHER_FUNCTION),
          Rule.NO_DELEGATION_FOR_FUNCTION);
    }

    @Test
    void the_amount_is_within_the_delegation_s_limit() {
      Object[] justUnder =
          operationalWith(
              granted(),
              granted(ADULT_CARE, DCC, OTHER_FUNCTION, "39999.99", OPERATIONAL),
              decided("40000.00", DECIDED));
      refuses(justUnder, ids -> correct(DECISION, OTHER_FUNCTION), Rule.AMOUNT_OVER_LIMIT);
      Object[] exactly =
          operationalWith(
              granted(),
              granted(ADULT_CARE, DCC, OTHER_FUNCTION, "40000.00", OPERATIONAL),
              decided("40000.00", DECIDED));
      accepts(exactly, ids -> correct(DECISION, OTHER_FUNCTION));
    }

    @Test
    void the_delegation_is_chosen_as_a_decision_chooses_it() {
      DelegationId wider = DelegationId.newId();
      Object[] two =
          operationalWith(
              granted(),
              granted(ADULT_CARE, ICB, OTHER_FUNCTION, "1000.00", OPERATIONAL),
              granted(wider, DCC, OTHER_FUNCTION, "100000.00", OPERATIONAL),
              decided("40000.00", DECIDED));
      TestExecutor<GovernanceBody> given = fixture.given(two);
      String recorded = ids().get(6);

      given
          .when(correct(DECISION, OTHER_FUNCTION))
          .expectEvents(
              new DecisionFunctionCorrected(
                  JOINT_COMMITTEE,
                  DECISION,
                  recorded,
                  OTHER_FUNCTION,
                  wider,
                  DCC,
                  REASON,
                  DECIDED));
    }

    @Test
    void unknown_decisions_and_unchanged_functions_are_refused() {
      refuses(
          history, ids -> correct(DecisionId.newId(), OTHER_FUNCTION), Rule.UNKNOWN_RECORDED_FACT);
      refuses(history, ids -> correct(DECISION, FUNCTION), Rule.CORRECTION_CHANGES_NOTHING);
    }

    @Test
    void a_second_correction_names_the_first_and_the_first_delegation_is_freed() {
      Object[] corrected =
          append(
              history,
              new DecisionFunctionCorrected(
                  JOINT_COMMITTEE, DECISION, "x", OTHER_FUNCTION, ADULT_CARE, DCC, "r", DECIDED));
      TestExecutor<GovernanceBody> given = fixture.given(corrected);
      String first = ids().get(6);
      given
          .when(correct(DECISION, FUNCTION))
          .expectEvents(
              new DecisionFunctionCorrected(
                  JOINT_COMMITTEE, DECISION, first, FUNCTION, DELEGATION, DCC, REASON, DECIDED));
      // No decision is recorded under the first delegation any more: its grant may move past it.
      accepts(
          corrected,
          ids ->
              new CorrectDelegationGrant(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  ids.get(3),
                  null,
                  null,
                  DECIDED.plusDays(1),
                  REASON));
    }
  }
}
