package uk.partnershipledger.command.body;

import static uk.partnershipledger.command.body.BodyFixtures.CCG_ABOLISHED;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP_FORMED;
import static uk.partnershipledger.command.body.BodyFixtures.DCC;
import static uk.partnershipledger.command.body.BodyFixtures.DURHAM_COMMUNITY_ACTION;
import static uk.partnershipledger.command.body.BodyFixtures.HEALTHWATCH;
import static uk.partnershipledger.command.body.BodyFixtures.ICB;
import static uk.partnershipledger.command.body.BodyFixtures.JOINT_COMMITTEE;
import static uk.partnershipledger.command.body.BodyFixtures.NAME;
import static uk.partnershipledger.command.body.BodyFixtures.OPERATIONAL;
import static uk.partnershipledger.command.body.BodyFixtures.PROPOSED;
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
import uk.partnershipledger.command.body.BodyCommands.CorrectDeclaration;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationChangeDate;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationTerms;
import uk.partnershipledger.command.body.BodyCommands.CorrectEstablishment;
import uk.partnershipledger.command.body.BodyCommands.CorrectMembershipEnd;
import uk.partnershipledger.command.body.BodyCommands.CorrectRecommendation;
import uk.partnershipledger.command.body.BodyCommands.CorrectRoleChange;
import uk.partnershipledger.command.body.BodyFixtures.Bodies;
import uk.partnershipledger.command.body.BodyFixtures.Organisations;
import uk.partnershipledger.command.body.BodyFixtures.Partnerships;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.organisation.OrganisationDirectory.KnownOrganisation;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementSet;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DeclarationCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationChangeDateCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLapsed;
import uk.partnershipledger.events.body.BodyEvent.DelegationLimitsCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyEvent.DelegationTermsCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationVaried;
import uk.partnershipledger.events.body.BodyEvent.EstablishmentCorrected;
import uk.partnershipledger.events.body.BodyEvent.InterestDeclared;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.MembershipEndCorrected;
import uk.partnershipledger.events.body.BodyEvent.MembershipEnded;
import uk.partnershipledger.events.body.BodyEvent.RecommendationCorrected;
import uk.partnershipledger.events.body.BodyEvent.RecommendationRecorded;
import uk.partnershipledger.events.body.BodyEvent.RoleChangeCorrected;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.ChairArrangement;
import uk.partnershipledger.events.body.ChairTurn;
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
 * DOMAIN.md rule 7 for the body's establishment, role changes, membership ends, delegation terms
 * and change dates, declarations and recommendations: each correction names the event it corrects,
 * and the corrected fact is judged again as if it had been recorded so (docs/adr/0009).
 */
class MoreCorrectionsTest {

  private static final MembershipId HOVVELS = MembershipId.newId();
  private static final MembershipId FINDLAY = MembershipId.newId();
  private static final DelegationId DELEGATION = DelegationId.newId();
  private static final DecisionId DECISION = DecisionId.newId();
  private static final DeclarationId DECLARATION = DeclarationId.newId();
  private static final String FUNCTION = "community-mental-health";
  private static final String SCOPE = "Community mental health services";
  private static final LocalDate CHAIRED = LocalDate.of(2023, 6, 1);
  private static final LocalDate STEPPED_DOWN = LocalDate.of(2024, 1, 1);
  private static final LocalDate ENDED = LocalDate.of(2024, 6, 1);
  private static final LocalDate DECLARED = LocalDate.of(2023, 7, 1);
  private static final LocalDate DECIDED = LocalDate.of(2023, 7, 12);
  private static final LocalDate VARIED = LocalDate.of(2024, 4, 1);
  private static final LocalDate REVOKED = LocalDate.of(2025, 4, 1);
  private static final Approval CABINET =
      new Approval("Durham County Council Cabinet", LocalDate.of(2023, 3, 15), "2023/41");
  private static final Approval CABINET_2024 =
      new Approval("Durham County Council Cabinet", LocalDate.of(2024, 3, 13), "2024/17");
  private static final String REASON = "Minute of the meeting";

  private final Organisations organisations = new Organisations();
  private final Partnerships partnerships =
      new Partnerships()
          .tenure(CDCP, DCC, CDCP_FORMED, null)
          .tenure(CDCP, ICB, CCG_ABOLISHED, null);
  private FixtureConfiguration<GovernanceBody> fixture;

  @BeforeEach
  void setUp() {
    fixture = BodyFixtures.fixture(organisations, partnerships, new Bodies());
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
    Object[] base = {proposed(), inShadowForm(), operational()};
    Object[] all = new Object[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
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

  private static List<FinancialLimit> newSchemesUpTo(String maximum) {
    return List.of(
        new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal(maximum), "New schemes"));
  }

  private static DelegationGranted granted() {
    return new DelegationGranted(
        JOINT_COMMITTEE,
        DELEGATION,
        DCC,
        FUNCTION,
        SCOPE,
        newSchemesUpTo("500000.00"),
        List.of("Reports quarterly to Cabinet"),
        CABINET,
        OPERATIONAL);
  }

  private static DelegationVaried varied(Approval approval) {
    return new DelegationVaried(
        JOINT_COMMITTEE,
        DELEGATION,
        newSchemesUpTo("750000.00"),
        List.of("Reports quarterly to Cabinet"),
        approval,
        VARIED);
  }

  private static DecisionRecorded decided(
      String amount, LocalDate date, MembershipId... abstaining) {
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
        List.of(abstaining),
        date);
  }

  @Nested
  class Establishment {

    private CorrectEstablishment correct(
        String event, String name, BodyType type, OrganisationId host) {
      return new CorrectEstablishment(JOINT_COMMITTEE, event, name, type, host, " " + REASON + " ");
    }

    @Test
    void a_wrong_name_is_corrected_naming_the_establishment_and_keeping_type_and_host() {
      TestExecutor<GovernanceBody> given = fixture.given(proposed());
      String established = ids().get(0);

      given
          .when(correct(established, " County Durham Joint Committee ", null, null))
          .expectEvents(
              new EstablishmentCorrected(
                  JOINT_COMMITTEE,
                  established,
                  "County Durham Joint Committee",
                  BodyType.JOINT_COMMITTEE,
                  null,
                  REASON,
                  PROPOSED));
    }

    @Test
    void a_second_correction_names_the_first_and_not_the_establishment() {
      Object[] history = {
        proposed(),
        new EstablishmentCorrected(
            JOINT_COMMITTEE, "x", "Other name", BodyType.JOINT_COMMITTEE, null, "r", PROPOSED)
      };
      refuses(history, ids -> correct(ids.get(0), NAME, null, null), Rule.UNKNOWN_RECORDED_FACT);
      accepts(history, ids -> correct(ids.get(1), NAME, null, null));
    }

    @Test
    void the_facts_already_recorded_change_nothing() {
      refuses(
          new Object[] {proposed()},
          ids -> correct(ids.get(0), NAME, BodyType.JOINT_COMMITTEE, null),
          Rule.CORRECTION_CHANGES_NOTHING);
    }

    @Test
    void a_type_that_cannot_decide_is_refused_while_the_body_holds_a_delegation() {
      refuses(
          operationalWith(granted()),
          ids -> correct(ids.get(0), null, BodyType.FORUM, null),
          Rule.BODY_CANNOT_HOLD_DELEGATION);
      refuses(
          operationalWith(granted(), new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, REVOKED)),
          ids -> correct(ids.get(0), null, BodyType.CONSULTATIVE_FORUM, null),
          Rule.BODY_CANNOT_HOLD_DELEGATION);
      accepts(operationalWith(), ids -> correct(ids.get(0), null, BodyType.FORUM, null));
      accepts(
          operationalWith(granted()),
          ids -> correct(ids.get(0), null, BodyType.PARTNERSHIP_BOARD, null));
    }

    @Test
    void a_host_must_exist_on_the_day_the_body_was_established() {
      OrganisationId dayOf = OrganisationId.newId();
      OrganisationId dayAfter = OrganisationId.newId();
      organisations.register(new KnownOrganisation(dayOf, "New trust", true, PROPOSED));
      organisations.register(
          new KnownOrganisation(dayAfter, "Newer trust", true, PROPOSED.plusDays(1)));

      refuses(
          new Object[] {proposed()},
          ids -> correct(ids.get(0), null, null, dayAfter),
          Rule.ORGANISATION_NOT_YET_ESTABLISHED);
      refuses(
          new Object[] {proposed()},
          ids -> correct(ids.get(0), null, null, OrganisationId.newId()),
          Rule.UNKNOWN_ORGANISATION);
      accepts(new Object[] {proposed()}, ids -> correct(ids.get(0), null, null, dayOf));
    }
  }

  @Nested
  class RoleChanges {

    /** Hovvels: member from going live, chair from June 2023, member again in 2024, then gone. */
    private final Object[] history =
        operationalWith(
            appointed(HOVVELS, DCC, MemberRole.MEMBER, OPERATIONAL),
            roleChanged(HOVVELS, MemberRole.MEMBER, MemberRole.CHAIR, CHAIRED),
            roleChanged(HOVVELS, MemberRole.CHAIR, MemberRole.MEMBER, STEPPED_DOWN),
            ended(HOVVELS, ENDED));

    private CorrectRoleChange correct(String event, MemberRole role, LocalDate date) {
      return correct(HOVVELS, event, role, date);
    }

    private CorrectRoleChange correct(
        MembershipId member, String event, MemberRole role, LocalDate date) {
      return new CorrectRoleChange(JOINT_COMMITTEE, member, event, role, date, REASON);
    }

    @Test
    void a_wrong_date_is_corrected_naming_the_role_change_and_keeping_the_role() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String chaired = ids().get(4);

      given
          .when(correct(chaired, null, CHAIRED.plusDays(13)))
          .expectEvents(
              new RoleChangeCorrected(
                  JOINT_COMMITTEE,
                  HOVVELS,
                  chaired,
                  MemberRole.CHAIR,
                  CHAIRED,
                  REASON,
                  CHAIRED.plusDays(13)));
    }

    @Test
    void a_corrected_date_stays_after_the_role_before_it() {
      refuses(
          history, ids -> correct(ids.get(4), null, OPERATIONAL), Rule.ROLE_CHANGE_OUT_OF_ORDER);
      accepts(history, ids -> correct(ids.get(4), null, OPERATIONAL.plusDays(1)));
    }

    @Test
    void a_corrected_date_stays_before_the_next_role_change() {
      refuses(
          history, ids -> correct(ids.get(4), null, STEPPED_DOWN), Rule.ROLE_CHANGE_OUT_OF_ORDER);
      accepts(history, ids -> correct(ids.get(4), null, STEPPED_DOWN.minusDays(1)));
    }

    @Test
    void a_corrected_date_stays_before_the_membership_ends() {
      refuses(history, ids -> correct(ids.get(5), null, ENDED), Rule.MEMBERSHIP_NOT_IN_FORCE);
      accepts(history, ids -> correct(ids.get(5), null, ENDED.minusDays(1)));
    }

    @Test
    void a_corrected_role_differs_from_the_roles_before_and_after_it() {
      refuses(history, ids -> correct(ids.get(4), MemberRole.MEMBER, null), Rule.ROLE_UNCHANGED);
      refuses(history, ids -> correct(ids.get(5), MemberRole.CHAIR, null), Rule.ROLE_UNCHANGED);
      accepts(history, ids -> correct(ids.get(4), MemberRole.VICE_CHAIR, null));
    }

    @Test
    void unknown_events_memberships_and_unchanged_facts_are_refused() {
      refuses(
          history,
          ids -> correct(ids.get(3), null, CHAIRED.plusDays(1)),
          Rule.UNKNOWN_RECORDED_FACT);
      refuses(
          history,
          ids -> correct(ids.get(6), null, CHAIRED.plusDays(1)),
          Rule.UNKNOWN_RECORDED_FACT);
      refuses(
          history,
          ids -> correct(MembershipId.newId(), ids.get(4), null, CHAIRED.plusDays(1)),
          Rule.UNKNOWN_MEMBERSHIP);
      refuses(
          history,
          ids -> correct(ids.get(4), MemberRole.CHAIR, CHAIRED),
          Rule.CORRECTION_CHANGES_NOTHING);
    }

    @Test
    void a_second_correction_names_the_first() {
      Object[] corrected =
          append(
              history,
              new RoleChangeCorrected(
                  JOINT_COMMITTEE,
                  HOVVELS,
                  "x",
                  MemberRole.CHAIR,
                  CHAIRED,
                  "r",
                  CHAIRED.plusDays(5)));
      refuses(corrected, ids -> correct(ids.get(4), null, CHAIRED), Rule.UNKNOWN_RECORDED_FACT);
      refuses(
          corrected,
          ids -> correct(ids.get(7), null, CHAIRED.plusDays(5)),
          Rule.CORRECTION_CHANGES_NOTHING);
      accepts(corrected, ids -> correct(ids.get(7), null, CHAIRED));
    }

    @Test
    void a_chair_s_corrected_period_overlaps_no_other_chair() {
      // Findlay chairs until Hovvels takes over in June; Hovvels chairs until 2024, then Findlay.
      Object[] twoChairs =
          append(
              history,
              appointed(FINDLAY, ICB, MemberRole.CHAIR, OPERATIONAL),
              ended(FINDLAY, CHAIRED),
              appointed(MembershipId.newId(), ICB, MemberRole.CHAIR, STEPPED_DOWN));
      refuses(
          twoChairs,
          ids -> correct(ids.get(4), null, CHAIRED.minusDays(1)),
          Rule.CHAIR_ALREADY_APPOINTED);
      accepts(twoChairs, ids -> correct(ids.get(4), null, CHAIRED.plusDays(1)));
      // Stepping down later would keep Hovvels in the chair after the next chair is appointed.
      refuses(
          twoChairs,
          ids -> correct(ids.get(5), null, STEPPED_DOWN.plusDays(1)),
          Rule.CHAIR_ALREADY_APPOINTED);
      accepts(twoChairs, ids -> correct(ids.get(5), null, STEPPED_DOWN.minusDays(1)));
    }

    @Test
    void a_corrected_voting_role_needs_a_partner_s_representative_on_its_date() {
      LocalDate joined = LocalDate.of(2023, 5, 1);
      partnerships.tenure(CDCP, DURHAM_COMMUNITY_ACTION, joined, null);
      Object[] participant =
          operationalWith(
              appointed(FINDLAY, DURHAM_COMMUNITY_ACTION, MemberRole.PARTICIPANT, OPERATIONAL),
              roleChanged(FINDLAY, MemberRole.PARTICIPANT, MemberRole.MEMBER, CHAIRED),
              appointed(HOVVELS, HEALTHWATCH, MemberRole.PARTICIPANT, OPERATIONAL),
              roleChanged(HOVVELS, MemberRole.PARTICIPANT, MemberRole.ATTENDEE, CHAIRED));

      refuses(
          participant,
          ids -> correct(FINDLAY, ids.get(4), null, joined.minusDays(1)),
          Rule.MEMBER_ORGANISATION_NOT_A_PARTNER);
      accepts(participant, ids -> correct(FINDLAY, ids.get(4), null, joined));
      refuses(
          participant,
          ids -> correct(HOVVELS, ids.get(6), MemberRole.MEMBER, null),
          Rule.MEMBER_ORGANISATION_NOT_A_PARTNER);
    }

    @Test
    void a_corrected_chair_comes_from_the_organisation_whose_turn_it_is() {
      Object[] rotating =
          operationalWith(
              new ChairArrangementSet(
                  JOINT_COMMITTEE,
                  ChairArrangement.ROTATING,
                  List.of(new ChairTurn(DCC, OPERATIONAL), new ChairTurn(ICB, STEPPED_DOWN)),
                  OPERATIONAL),
              appointed(HOVVELS, DCC, MemberRole.MEMBER, OPERATIONAL),
              roleChanged(HOVVELS, MemberRole.MEMBER, MemberRole.CHAIR, CHAIRED));

      refuses(
          rotating, ids -> correct(ids.get(5), null, STEPPED_DOWN), Rule.CHAIR_NOT_FROM_ROTATION);
      accepts(rotating, ids -> correct(ids.get(5), null, STEPPED_DOWN.minusDays(1)));
    }
  }

  @Nested
  class MembershipEnds {

    private final Object[] history =
        operationalWith(
            appointed(HOVVELS, DCC, MemberRole.MEMBER, OPERATIONAL),
            roleChanged(HOVVELS, MemberRole.MEMBER, MemberRole.CHAIR, CHAIRED),
            ended(HOVVELS, ENDED));

    private CorrectMembershipEnd correct(MembershipId member, String event, LocalDate date) {
      return new CorrectMembershipEnd(JOINT_COMMITTEE, member, event, date, REASON);
    }

    @Test
    void a_wrong_date_is_corrected_naming_the_end() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String end = ids().get(5);

      given
          .when(correct(HOVVELS, end, ENDED.minusMonths(1)))
          .expectEvents(
              new MembershipEndCorrected(
                  JOINT_COMMITTEE, HOVVELS, end, ENDED, REASON, ENDED.minusMonths(1)));
    }

    @Test
    void a_corrected_end_stays_after_the_last_role_change() {
      refuses(history, ids -> correct(HOVVELS, ids.get(5), CHAIRED), Rule.MEMBERSHIP_NOT_IN_FORCE);
      accepts(history, ids -> correct(HOVVELS, ids.get(5), CHAIRED.plusDays(1)));
    }

    @Test
    void a_corrected_end_stays_after_every_interest_the_member_declared() {
      Object[] declared =
          append(
              history,
              new InterestDeclared(
                  JOINT_COMMITTEE, DECLARATION, HOVVELS, "CMH-7", "Trustee", DECLARED));
      refuses(
          declared,
          ids -> correct(HOVVELS, ids.get(5), DECLARED),
          Rule.CORRECTION_CONTRADICTS_RECORD);
      accepts(declared, ids -> correct(HOVVELS, ids.get(5), DECLARED.plusDays(1)));
    }

    @Test
    void a_corrected_end_keeps_who_abstained_from_a_recorded_decision() {
      Object[] abstained =
          append(
              history,
              new InterestDeclared(
                  JOINT_COMMITTEE, DECLARATION, HOVVELS, "CMH-7", "Trustee", DECLARED),
              granted(),
              decided("1000.00", DECIDED, HOVVELS));
      refuses(
          abstained,
          ids -> correct(HOVVELS, ids.get(5), DECIDED),
          Rule.CORRECTION_CONTRADICTS_RECORD);
      accepts(abstained, ids -> correct(HOVVELS, ids.get(5), DECIDED.plusDays(1)));
    }

    @Test
    void a_membership_ended_by_its_organisation_s_leaving_moves_only_with_the_leaving() {
      partnerships.leaves(CDCP, DCC, ENDED);
      refuses(
          history,
          ids -> correct(HOVVELS, ids.get(5), ENDED.plusDays(1)),
          Rule.CORRECTION_CONTRADICTS_RECORD);
      refuses(
          history,
          ids -> correct(HOVVELS, ids.get(5), ENDED.minusDays(1)),
          Rule.CORRECTION_CONTRADICTS_RECORD);
    }

    @Test
    void a_later_end_cannot_outlast_the_organisation_s_tenure() {
      LocalDate leaves = ENDED.plusMonths(3);
      partnerships.leaves(CDCP, DCC, leaves);
      refuses(
          history,
          ids -> correct(HOVVELS, ids.get(5), leaves.plusDays(1)),
          Rule.CORRECTION_CONTRADICTS_RECORD);
      accepts(history, ids -> correct(HOVVELS, ids.get(5), leaves));
    }

    @Test
    void a_voting_membership_cannot_end_later_while_its_organisation_is_no_partner() {
      // The community action left in April 2023; its member's appointment from June ended at once.
      LocalDate left = LocalDate.of(2023, 5, 1);
      partnerships.tenure(CDCP, DURHAM_COMMUNITY_ACTION, CDCP_FORMED, left);
      Object[] cascaded =
          operationalWith(
              appointed(FINDLAY, DURHAM_COMMUNITY_ACTION, MemberRole.MEMBER, CHAIRED),
              ended(FINDLAY, CHAIRED));
      refuses(
          cascaded,
          ids -> correct(FINDLAY, ids.get(4), CHAIRED.plusDays(1)),
          Rule.MEMBER_ORGANISATION_NOT_A_PARTNER);
    }

    @Test
    void a_chair_s_later_end_overlaps_no_other_chair() {
      LocalDate nextChair = ENDED.plusDays(10);
      Object[] succeeded = append(history, appointed(FINDLAY, ICB, MemberRole.CHAIR, nextChair));
      refuses(
          succeeded,
          ids -> correct(HOVVELS, ids.get(5), nextChair.plusDays(1)),
          Rule.CHAIR_ALREADY_APPOINTED);
      accepts(succeeded, ids -> correct(HOVVELS, ids.get(5), nextChair));
    }

    @Test
    void unknown_ends_and_unchanged_dates_are_refused() {
      refuses(history, ids -> correct(HOVVELS, ids.get(4), ENDED), Rule.UNKNOWN_RECORDED_FACT);
      refuses(history, ids -> correct(HOVVELS, ids.get(5), ENDED), Rule.CORRECTION_CHANGES_NOTHING);
      Object[] open = operationalWith(appointed(FINDLAY, ICB, MemberRole.MEMBER, OPERATIONAL));
      refuses(open, ids -> correct(FINDLAY, ids.get(3), ENDED), Rule.UNKNOWN_RECORDED_FACT);
      Object[] corrected =
          append(
              history,
              new MembershipEndCorrected(
                  JOINT_COMMITTEE, HOVVELS, "x", ENDED, "r", ENDED.minusDays(3)));
      refuses(corrected, ids -> correct(HOVVELS, ids.get(5), ENDED), Rule.UNKNOWN_RECORDED_FACT);
      accepts(corrected, ids -> correct(HOVVELS, ids.get(6), ENDED));
    }
  }

  @Nested
  class DelegationTerms {

    private CorrectDelegationTerms correct(
        String event, String scope, List<String> conditions, Approval approval) {
      return new CorrectDelegationTerms(
          JOINT_COMMITTEE, DELEGATION, event, scope, conditions, approval, REASON);
    }

    @Test
    void a_wrong_scope_is_corrected_on_the_grant_keeping_its_conditions_and_approval() {
      TestExecutor<GovernanceBody> given = fixture.given(operationalWith(granted()));
      String grant = ids().get(3);

      given
          .when(correct(grant, " Adult community mental health ", null, null))
          .expectEvents(
              new DelegationTermsCorrected(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  grant,
                  "Adult community mental health",
                  List.of("Reports quarterly to Cabinet"),
                  CABINET,
                  REASON,
                  OPERATIONAL));
    }

    @Test
    void a_variation_s_conditions_are_corrected_from_its_date_but_not_the_scope() {
      TestExecutor<GovernanceBody> given =
          fixture.given(operationalWith(granted(), varied(CABINET_2024)));
      String variation = ids().get(4);

      given
          .when(correct(variation, null, List.of(), null))
          .expectEvents(
              new DelegationTermsCorrected(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  variation,
                  SCOPE,
                  List.of(),
                  CABINET_2024,
                  REASON,
                  VARIED));
      refuses(
          operationalWith(granted(), varied(CABINET_2024)),
          ids -> correct(ids.get(4), "Another scope", null, null),
          Rule.CORRECTION_CONTRADICTS_RECORD);
    }

    @Test
    void a_corrected_approval_comes_on_or_before_the_date_it_governs() {
      Object[] history = operationalWith(granted(), varied(CABINET_2024));
      refuses(
          history,
          ids ->
              correct(
                  ids.get(3), null, null, new Approval("Cabinet", OPERATIONAL.plusDays(1), "r")),
          Rule.APPROVAL_AFTER_EFFECTIVE_DATE);
      accepts(
          history,
          ids -> correct(ids.get(3), null, null, new Approval("Cabinet", OPERATIONAL, "r")));
      refuses(
          history,
          ids -> correct(ids.get(4), null, null, new Approval("Cabinet", VARIED.plusDays(1), "r")),
          Rule.APPROVAL_AFTER_EFFECTIVE_DATE);
      accepts(
          history, ids -> correct(ids.get(4), null, null, new Approval("Cabinet", VARIED, "r")));
    }

    @Test
    void terms_and_limits_are_corrected_each_by_naming_their_own_latest_record() {
      Object[] history =
          operationalWith(
              granted(),
              new DelegationLimitsCorrected(
                  JOINT_COMMITTEE, DELEGATION, "x", newSchemesUpTo("400000.00"), "r", OPERATIONAL),
              new DelegationTermsCorrected(
                  JOINT_COMMITTEE, DELEGATION, "y", "Scope", List.of(), CABINET, "r", OPERATIONAL));
      refuses(history, ids -> correct(ids.get(3), SCOPE, null, null), Rule.UNKNOWN_RECORDED_FACT);
      refuses(history, ids -> correct(ids.get(4), SCOPE, null, null), Rule.UNKNOWN_RECORDED_FACT);
      refuses(
          history,
          ids -> correct(ids.get(5), "Scope", null, null),
          Rule.CORRECTION_CHANGES_NOTHING);
      accepts(history, ids -> correct(ids.get(5), SCOPE, null, null));
    }

    @Test
    void an_unknown_delegation_is_refused() {
      fixture
          .given(operationalWith(granted()))
          .when(
              new CorrectDelegationTerms(
                  JOINT_COMMITTEE, DelegationId.newId(), "x", "Scope", null, null, REASON))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_DELEGATION));
    }
  }

  @Nested
  class DelegationChangeDates {

    private final Object[] history =
        operationalWith(
            granted(),
            varied(CABINET),
            new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, REVOKED));

    private CorrectDelegationChangeDate correct(String event, LocalDate date) {
      return new CorrectDelegationChangeDate(JOINT_COMMITTEE, DELEGATION, event, date, REASON);
    }

    @Test
    void a_variation_s_wrong_date_is_corrected_naming_it() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String variation = ids().get(4);

      given
          .when(correct(variation, VARIED.plusDays(14)))
          .expectEvents(
              new DelegationChangeDateCorrected(
                  JOINT_COMMITTEE, DELEGATION, variation, VARIED, REASON, VARIED.plusDays(14)));
    }

    @Test
    void a_corrected_variation_falls_after_the_grant() {
      refuses(
          history, ids -> correct(ids.get(4), OPERATIONAL), Rule.DELEGATION_CHANGE_OUT_OF_ORDER);
      refuses(
          history,
          ids -> correct(ids.get(4), OPERATIONAL.minusDays(1)),
          Rule.DELEGATION_NOT_IN_FORCE);
      accepts(history, ids -> correct(ids.get(4), OPERATIONAL.plusDays(1)));
    }

    @Test
    void a_corrected_variation_falls_before_the_revocation() {
      refuses(history, ids -> correct(ids.get(4), REVOKED), Rule.DELEGATION_NOT_IN_FORCE);
      accepts(history, ids -> correct(ids.get(4), REVOKED.minusDays(1)));
    }

    @Test
    void a_corrected_variation_falls_on_or_after_its_approval() {
      Object[] approvedLate = operationalWith(granted(), varied(CABINET_2024));
      refuses(
          approvedLate,
          ids -> correct(ids.get(4), CABINET_2024.approvedOn().minusDays(1)),
          Rule.APPROVAL_AFTER_EFFECTIVE_DATE);
      accepts(approvedLate, ids -> correct(ids.get(4), CABINET_2024.approvedOn()));
    }

    @Test
    void a_variation_moved_later_leaves_no_decision_over_the_limits_then_in_force() {
      LocalDate decided = VARIED.plusMonths(2);
      Object[] overTheFirstLimit =
          operationalWith(granted(), varied(CABINET), decided("600000.00", decided));
      refuses(
          overTheFirstLimit,
          ids -> correct(ids.get(4), decided.plusDays(1)),
          Rule.CORRECTION_CONTRADICTS_RECORD);
      accepts(overTheFirstLimit, ids -> correct(ids.get(4), decided));
    }

    @Test
    void a_revocation_moved_earlier_leaves_no_decision_after_it() {
      LocalDate decided = VARIED.plusMonths(2);
      Object[] withDecision = append(history, decided("1000.00", decided));
      refuses(
          withDecision, ids -> correct(ids.get(5), decided), Rule.DELEGATION_HAS_LATER_DECISIONS);
      accepts(withDecision, ids -> correct(ids.get(5), decided.plusDays(1)));
    }

    @Test
    void a_revocation_moved_earlier_stays_after_the_variation() {
      refuses(history, ids -> correct(ids.get(5), VARIED), Rule.DELEGATION_CHANGE_OUT_OF_ORDER);
      accepts(history, ids -> correct(ids.get(5), VARIED.plusDays(1)));
    }

    @Test
    void a_revocation_moved_later_stays_on_or_before_the_body_s_dissolution() {
      LocalDate dissolution = REVOKED.plusMonths(6);
      Object[] dissolvedLater =
          append(history, dissolved(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, dissolution));
      refuses(
          dissolvedLater,
          ids -> correct(ids.get(5), dissolution.plusDays(1)),
          Rule.DELEGATION_NOT_IN_FORCE);
      accepts(dissolvedLater, ids -> correct(ids.get(5), dissolution));
    }

    @Test
    void a_revocation_moved_later_stays_on_or_before_the_delegator_s_leaving() {
      LocalDate leaves = REVOKED.plusMonths(2);
      partnerships.leaves(CDCP, DCC, leaves);
      refuses(
          history, ids -> correct(ids.get(5), leaves.plusDays(1)), Rule.DELEGATION_NOT_IN_FORCE);
      accepts(history, ids -> correct(ids.get(5), leaves));
    }

    @Test
    void only_a_current_variation_or_revocation_is_corrected() {
      refuses(history, ids -> correct(ids.get(3), VARIED), Rule.UNKNOWN_RECORDED_FACT);
      refuses(history, ids -> correct(ids.get(4), VARIED), Rule.CORRECTION_CHANGES_NOTHING);
      Object[] lapsed =
          operationalWith(
              granted(),
              new DelegationLapsed(
                  JOINT_COMMITTEE, DELEGATION, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, REVOKED));
      // A lapse is its delegator's departure's consequence: it moves with the departure's date.
      refuses(
          lapsed,
          ids -> correct(ids.get(4), REVOKED.minusDays(1)),
          Rule.CORRECTION_CONTRADICTS_RECORD);
      Object[] moved =
          append(
              history,
              new DelegationChangeDateCorrected(
                  JOINT_COMMITTEE, DELEGATION, "x", REVOKED, "r", REVOKED.plusDays(1)));
      refuses(moved, ids -> correct(ids.get(5), REVOKED), Rule.UNKNOWN_RECORDED_FACT);
      accepts(moved, ids -> correct(ids.get(6), REVOKED));
    }

    @Test
    void a_moved_revocation_ends_the_delegation_on_its_corrected_date() {
      fixture
          .given(
              append(
                  history,
                  new DelegationChangeDateCorrected(
                      JOINT_COMMITTEE, DELEGATION, "x", REVOKED, "r", VARIED.plusDays(1))))
          .when(
              new BodyCommands.RecordDecision(
                  JOINT_COMMITTEE,
                  DecisionId.newId(),
                  "Crisis service",
                  null,
                  FUNCTION,
                  null,
                  null,
                  VARIED.plusDays(1)))
          .expectSuccessfulHandlerExecution()
          .expectResultMessagePayloadMatching(
              org.hamcrest.Matchers.instanceOf(BodyCommands.DecisionOutcome.Refused.class));
    }
  }

  @Nested
  class Declarations {

    private final Object[] history =
        operationalWith(
            appointed(HOVVELS, DCC, MemberRole.MEMBER, OPERATIONAL),
            ended(HOVVELS, ENDED),
            new InterestDeclared(
                JOINT_COMMITTEE, DECLARATION, HOVVELS, "CMH-7", "Trustee", DECLARED));

    private CorrectDeclaration correct(String matter, String interest, LocalDate date) {
      return new CorrectDeclaration(JOINT_COMMITTEE, DECLARATION, matter, interest, date, REASON);
    }

    @Test
    void a_wrong_matter_is_corrected_naming_the_declaration() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String declaration = ids().get(5);

      given
          .when(correct(" CMH-8 ", null, null))
          .expectEvents(
              new DeclarationCorrected(
                  JOINT_COMMITTEE, DECLARATION, declaration, "CMH-8", "Trustee", REASON, DECLARED));
    }

    @Test
    void a_corrected_date_falls_while_the_member_is_in_office() {
      refuses(
          history,
          ids -> correct(null, null, OPERATIONAL.minusDays(1)),
          Rule.MEMBERSHIP_NOT_IN_FORCE);
      accepts(history, ids -> correct(null, null, OPERATIONAL));
      refuses(history, ids -> correct(null, null, ENDED), Rule.MEMBERSHIP_NOT_IN_FORCE);
      accepts(history, ids -> correct(null, null, ENDED.minusDays(1)));
    }

    @Test
    void a_correction_keeps_who_abstained_from_a_recorded_decision() {
      Object[] decided = append(history, granted(), decided("1000.00", DECIDED, HOVVELS));
      refuses(decided, ids -> correct("CMH-8", null, null), Rule.CORRECTION_CONTRADICTS_RECORD);
      refuses(
          decided,
          ids -> correct(null, null, DECIDED.plusDays(1)),
          Rule.CORRECTION_CONTRADICTS_RECORD);
      accepts(decided, ids -> correct(null, null, DECIDED));
      accepts(decided, ids -> correct("cmh-7", "Trustee of a bidder", null));
    }

    @Test
    void unknown_declarations_and_unchanged_facts_are_refused() {
      refuses(
          history, ids -> correct("CMH-7", "Trustee", DECLARED), Rule.CORRECTION_CHANGES_NOTHING);
      fixture
          .given(history)
          .when(
              new CorrectDeclaration(
                  JOINT_COMMITTEE, DeclarationId.newId(), "CMH-8", null, null, REASON))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    }
  }

  @Nested
  class Recommendations {

    private final LocalDate recommended = LocalDate.of(2022, 11, 9);
    private final Object[] history = {
      proposed(),
      inShadowForm(),
      new RecommendationRecorded(
          JOINT_COMMITTEE,
          DECISION,
          "Crisis service",
          null,
          FUNCTION,
          LimitKind.NEW_SCHEME,
          new BigDecimal("400000.00"),
          "NENC ICB Board",
          recommended)
    };

    private CorrectRecommendation correct(
        DecisionId id, String subject, LimitKind kind, String amount, LocalDate date) {
      return new CorrectRecommendation(
          JOINT_COMMITTEE,
          id,
          subject,
          kind,
          amount == null ? null : new BigDecimal(amount),
          null,
          date,
          REASON);
    }

    @Test
    void a_wrong_amount_is_corrected_naming_the_recommendation() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String recommendation = ids().get(2);

      given
          .when(correct(DECISION, null, null, "40000.00", null))
          .expectEvents(
              new RecommendationCorrected(
                  JOINT_COMMITTEE,
                  DECISION,
                  recommendation,
                  "Crisis service",
                  LimitKind.NEW_SCHEME,
                  new BigDecimal("40000.00"),
                  "NENC ICB Board",
                  REASON,
                  recommended));
    }

    @Test
    void a_corrected_date_falls_once_the_body_is_established() {
      refuses(
          history,
          ids -> correct(DECISION, null, null, null, PROPOSED.minusDays(1)),
          Rule.BODY_NOT_YET_ESTABLISHED);
      accepts(history, ids -> correct(DECISION, null, null, null, PROPOSED));
    }

    @Test
    void a_corrected_date_falls_before_the_body_is_dissolved() {
      LocalDate dissolution = LocalDate.of(2023, 1, 1);
      Object[] dissolvedLater =
          append(history, dissolved(JOINT_COMMITTEE, BodyStatus.SHADOW, dissolution));
      refuses(
          dissolvedLater,
          ids -> correct(DECISION, null, null, null, dissolution),
          Rule.BODY_DISSOLVED);
      accepts(dissolvedLater, ids -> correct(DECISION, null, null, null, dissolution.minusDays(1)));
    }

    @Test
    void an_amount_comes_with_its_kind_of_limit() {
      Object[] withoutMoney = {
        proposed(),
        new RecommendationRecorded(
            JOINT_COMMITTEE, DECISION, "Strategy", null, FUNCTION, null, null, "ICB", recommended)
      };
      refuses(
          withoutMoney,
          ids -> correct(DECISION, null, null, "1000.00", null),
          Rule.AMOUNT_AND_LIMIT_KIND_TOGETHER);
      accepts(withoutMoney, ids -> correct(DECISION, null, LimitKind.NEW_SCHEME, "1000.00", null));
    }

    @Test
    void unknown_recommendations_and_unchanged_facts_are_refused() {
      refuses(
          history,
          ids -> correct(DecisionId.newId(), "Crisis", null, null, null),
          Rule.UNKNOWN_RECORDED_FACT);
      refuses(
          history,
          ids ->
              correct(DECISION, "Crisis service", LimitKind.NEW_SCHEME, "400000.00", recommended),
          Rule.CORRECTION_CHANGES_NOTHING);
    }
  }

  private static Object[] append(Object[] history, Object... more) {
    Object[] all = new Object[history.length + more.length];
    System.arraycopy(history, 0, all, 0, history.length);
    System.arraycopy(more, 0, all, history.length, more.length);
    return all;
  }
}
