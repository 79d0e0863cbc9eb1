package uk.partnershipledger.command.body;

import static uk.partnershipledger.command.body.BodyFixtures.CCG;
import static uk.partnershipledger.command.body.BodyFixtures.CCG_ABOLISHED;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP_EXECUTIVE;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP_FORMED;
import static uk.partnershipledger.command.body.BodyFixtures.DCC;
import static uk.partnershipledger.command.body.BodyFixtures.EXECUTIVE_ESTABLISHED;
import static uk.partnershipledger.command.body.BodyFixtures.ICB;
import static uk.partnershipledger.command.body.BodyFixtures.JOINT_COMMITTEE;
import static uk.partnershipledger.command.body.BodyFixtures.NAME;
import static uk.partnershipledger.command.body.BodyFixtures.OPERATIONAL;
import static uk.partnershipledger.command.body.BodyFixtures.PROPOSED;
import static uk.partnershipledger.command.body.BodyFixtures.SHADOW;
import static uk.partnershipledger.command.body.BodyFixtures.dissolved;
import static uk.partnershipledger.command.body.BodyFixtures.executiveEstablished;
import static uk.partnershipledger.command.body.BodyFixtures.inShadowForm;
import static uk.partnershipledger.command.body.BodyFixtures.operational;
import static uk.partnershipledger.command.body.BodyFixtures.proposed;
import static uk.partnershipledger.command.ledger.Violations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.body.BodyCommands.DecisionOutcome;
import uk.partnershipledger.command.body.BodyCommands.DeclareInterest;
import uk.partnershipledger.command.body.BodyCommands.RecordDecision;
import uk.partnershipledger.command.body.BodyCommands.RecordRecommendation;
import uk.partnershipledger.command.body.BodyCommands.RevokeDelegation;
import uk.partnershipledger.command.body.BodyFixtures.Bodies;
import uk.partnershipledger.command.body.BodyFixtures.Organisations;
import uk.partnershipledger.command.body.BodyFixtures.Partnerships;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DecisionRefused;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLapsed;
import uk.partnershipledger.events.body.BodyEvent.DelegationPassedToSuccessor;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyEvent.DelegationVaried;
import uk.partnershipledger.events.body.BodyEvent.InterestDeclared;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MembershipEnded;
import uk.partnershipledger.events.body.BodyEvent.RecommendationRecorded;
import uk.partnershipledger.events.body.BodyStatus;
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
 * Rule 3 of DOMAIN.md: on its date a decision needs the body operational, a delegation in force for
 * the function, and the amount within the limit of its kind. The joint committee holds Durham
 * County Council's delegation of community mental health from 1 April 2023: up to £1m moved within
 * the base budget, new schemes up to £500k (seeds/003 §4.6.3). A refusal is recorded as well, so an
 * auditor sees the attempt.
 */
class DecisionTest {

  private static final DelegationId DELEGATION = DelegationId.newId();
  private static final DelegationId ICB_DELEGATION = DelegationId.newId();
  private static final DecisionId DECISION = DecisionId.newId();
  private static final MembershipId HOVVELS = MembershipId.newId();
  private static final MembershipId FINDLAY = MembershipId.newId();
  private static final String FUNCTION = "community-mental-health";
  private static final String SUBJECT = "Community crisis response service";
  private static final String MATTER = "CMH-2023-07";
  private static final BigDecimal ONE_MILLION = new BigDecimal("1000000.00");
  private static final BigDecimal HALF_A_MILLION = new BigDecimal("500000.00");
  private static final BigDecimal A_PENNY = new BigDecimal("0.01");
  private static final List<FinancialLimit> LIMITS =
      List.of(
          new FinancialLimit(
              LimitKind.BUDGET_MOVEMENT, ONE_MILLION, "Up to £1m within the base budget"),
          new FinancialLimit(LimitKind.NEW_SCHEME, HALF_A_MILLION, "New schemes up to £500k"));
  private static final Approval CABINET =
      new Approval(
          "Durham County Council Cabinet", LocalDate.of(2023, 3, 15), "Cabinet, 15 March 2023");
  private static final LocalDate DECIDED = LocalDate.of(2023, 7, 12);

  private final Organisations organisations = new Organisations();
  private final Partnerships partnerships =
      new Partnerships()
          .tenure(CDCP, DCC, CDCP_FORMED, null)
          .tenure(CDCP, CCG, CDCP_FORMED, CCG_ABOLISHED)
          .tenure(CDCP, ICB, CCG_ABOLISHED, null);
  private final Bodies bodies = new Bodies();
  private FixtureConfiguration<GovernanceBody> fixture;

  @BeforeEach
  void setUp() {
    fixture = BodyFixtures.fixture(organisations, partnerships, bodies);
  }

  private static DelegationGranted granted(LocalDate date) {
    return new DelegationGranted(
        JOINT_COMMITTEE,
        DELEGATION,
        DCC,
        FUNCTION,
        "Community mental health services",
        LIMITS,
        List.of(),
        CABINET,
        date);
  }

  /** The committee, operational from 1 April 2023, holding the council's delegation from then. */
  private static Object[] delegatedCommittee(BodyEvent... then) {
    List<BodyEvent> events =
        new ArrayList<>(List.of(proposed(), inShadowForm(), operational(), granted(OPERATIONAL)));
    events.addAll(List.of(then));
    return events.toArray();
  }

  private static RecordDecision decide(LimitKind kind, BigDecimal amount, LocalDate date) {
    return new RecordDecision(
        JOINT_COMMITTEE, DECISION, "  " + SUBJECT + " ", MATTER, FUNCTION, kind, amount, date);
  }

  private static DecisionRecorded decided(
      LimitKind kind, BigDecimal amount, LocalDate date, MembershipId... abstaining) {
    return new DecisionRecorded(
        JOINT_COMMITTEE,
        DECISION,
        DELEGATION,
        DCC,
        SUBJECT,
        MATTER,
        FUNCTION,
        kind,
        amount,
        List.of(abstaining),
        date);
  }

  private static DecisionRefused refused(
      LimitKind kind, BigDecimal amount, LocalDate date, Rule rule, String reason) {
    return new DecisionRefused(
        JOINT_COMMITTEE,
        DECISION,
        SUBJECT,
        MATTER,
        FUNCTION,
        kind,
        amount,
        rule.slug(),
        reason,
        date);
  }

  /** The outcome the handler returns for a refusal: the rule, not an exception. */
  private static Matcher<Object> refusedFor(Rule rule) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(Object outcome) {
        return outcome instanceof DecisionOutcome.Refused refused
            && refused.violation().rule() == rule;
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("a decision refused for rule ").appendValue(rule);
      }
    };
  }

  private static MemberAppointed appointed(MembershipId id, String person, OrganisationId org) {
    return new MemberAppointed(JOINT_COMMITTEE, id, person, org, MemberRole.MEMBER, OPERATIONAL);
  }

  private static InterestDeclared declared(MembershipId member, String matter, LocalDate date) {
    return new InterestDeclared(
        JOINT_COMMITTEE,
        DeclarationId.newId(),
        member,
        matter,
        "Trustee of a provider bidding for the service",
        date);
  }

  @Nested
  class Deciding {

    @Test
    void a_new_scheme_within_the_limit_is_decided_under_the_council_s_delegation() {
      BigDecimal amount = new BigDecimal("400000.00");
      fixture
          .given(delegatedCommittee())
          .when(decide(LimitKind.NEW_SCHEME, amount, DECIDED))
          .expectSuccessfulHandlerExecution()
          .expectEvents(decided(LimitKind.NEW_SCHEME, amount, DECIDED))
          .expectResultMessagePayload(new DecisionOutcome.Decided(DELEGATION, DCC, List.of()));
    }

    @Test
    void a_decision_without_money_needs_only_the_delegation() {
      fixture
          .given(delegatedCommittee())
          .when(decide(null, null, DECIDED))
          .expectEvents(decided(null, null, DECIDED));
    }

    @Test
    void a_decision_recorded_blocks_a_revocation_on_its_date() {
      BigDecimal amount = new BigDecimal("400000.00");
      fixture
          .given(delegatedCommittee(decided(LimitKind.NEW_SCHEME, amount, DECIDED)))
          .when(new RevokeDelegation(JOINT_COMMITTEE, DELEGATION, DECIDED))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_HAS_LATER_DECISIONS));
    }
  }

  /** A body in shadow form recommends; only an operational body decides (seeds/000 §7). */
  @Nested
  class BodyStatusOnTheDate {

    private final LocalDate lastShadowDay = OPERATIONAL.minusDays(1);

    @Test
    void on_the_last_day_in_shadow_form_the_decision_is_refused_and_recorded() {
      fixture
          .given(proposed(), inShadowForm(), operational(), granted(lastShadowDay))
          .when(decide(LimitKind.NEW_SCHEME, HALF_A_MILLION, lastShadowDay))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              refused(
                  LimitKind.NEW_SCHEME,
                  HALF_A_MILLION,
                  lastShadowDay,
                  Rule.BODY_NOT_OPERATIONAL,
                  NAME
                      + " is in shadow form on 2023-03-31 and cannot decide; it may record a"
                      + " recommendation"))
          .expectResultMessagePayloadMatching(refusedFor(Rule.BODY_NOT_OPERATIONAL));
    }

    @Test
    void on_the_first_operational_day_the_decision_is_taken() {
      fixture
          .given(proposed(), inShadowForm(), operational(), granted(lastShadowDay))
          .when(decide(LimitKind.NEW_SCHEME, HALF_A_MILLION, OPERATIONAL))
          .expectEvents(
              new DecisionRecorded(
                  JOINT_COMMITTEE,
                  DECISION,
                  DELEGATION,
                  DCC,
                  SUBJECT,
                  MATTER,
                  FUNCTION,
                  LimitKind.NEW_SCHEME,
                  HALF_A_MILLION,
                  List.of(),
                  OPERATIONAL));
    }

    @Test
    void a_proposed_body_cannot_decide() {
      fixture
          .given(proposed(), granted(PROPOSED.plusDays(1)))
          .when(decide(null, null, PROPOSED.plusDays(2)))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              refused(
                  null,
                  null,
                  PROPOSED.plusDays(2),
                  Rule.BODY_NOT_OPERATIONAL,
                  NAME
                      + " is proposed on 2022-07-15 and cannot decide; it may record a"
                      + " recommendation"))
          .expectResultMessagePayloadMatching(refusedFor(Rule.BODY_NOT_OPERATIONAL));
    }

    @Test
    void a_dissolved_body_cannot_decide() {
      LocalDate dissolvedOn = OPERATIONAL.plusYears(1);
      fixture
          .given(
              delegatedCommittee(
                  dissolved(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, dissolvedOn),
                  new DelegationLapsed(
                      JOINT_COMMITTEE, DELEGATION, LapseReason.BODY_DISSOLVED, dissolvedOn)))
          .when(decide(null, null, dissolvedOn))
          .expectEvents(
              refused(
                  null,
                  null,
                  dissolvedOn,
                  Rule.BODY_NOT_OPERATIONAL,
                  NAME + " is dissolved on 2024-04-01 and cannot decide"))
          .expectResultMessagePayloadMatching(refusedFor(Rule.BODY_NOT_OPERATIONAL));
    }

    @Test
    void a_body_decides_on_the_day_before_its_dissolution() {
      LocalDate dissolvedOn = OPERATIONAL.plusYears(1);
      fixture
          .given(
              delegatedCommittee(
                  dissolved(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, dissolvedOn),
                  new DelegationLapsed(
                      JOINT_COMMITTEE, DELEGATION, LapseReason.BODY_DISSOLVED, dissolvedOn)))
          .when(decide(null, null, dissolvedOn.minusDays(1)))
          .expectEvents(decided(null, null, dissolvedOn.minusDays(1)));
    }

    @Test
    void a_decision_before_the_body_was_established_is_refused() {
      fixture
          .given(delegatedCommittee())
          .when(decide(null, null, PROPOSED.minusDays(1)))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              refused(
                  null,
                  null,
                  PROPOSED.minusDays(1),
                  Rule.BODY_NOT_YET_ESTABLISHED,
                  NAME + " was established on 2022-07-13, after 2022-07-12"))
          .expectResultMessagePayloadMatching(refusedFor(Rule.BODY_NOT_YET_ESTABLISHED));
    }
  }

  @Nested
  class DelegationInForce {

    private final LocalDate revoked = OPERATIONAL.plusYears(1);

    @Test
    void a_decision_on_a_function_the_body_holds_no_delegation_of_is_refused() {
      fixture
          .given(delegatedCommittee())
          .when(
              new RecordDecision(
                  JOINT_COMMITTEE,
                  DECISION,
                  "Learning disability respite",
                  null,
                  "learning-disability",
                  null,
                  null,
                  DECIDED))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              new DecisionRefused(
                  JOINT_COMMITTEE,
                  DECISION,
                  "Learning disability respite",
                  null,
                  "learning-disability",
                  null,
                  null,
                  Rule.NO_DELEGATION_FOR_FUNCTION.slug(),
                  NAME
                      + " holds no delegation of learning-disability in force on 2023-07-12; it"
                      + " holds "
                      + FUNCTION,
                  DECIDED))
          .expectResultMessagePayloadMatching(refusedFor(Rule.NO_DELEGATION_FOR_FUNCTION));
    }

    @Test
    void the_day_before_the_grant_the_decision_is_refused() {
      LocalDate granted = OPERATIONAL.plusMonths(1);
      fixture
          .given(proposed(), inShadowForm(), operational(), granted(granted))
          .when(decide(null, null, granted.minusDays(1)))
          .expectEvents(
              refused(
                  null,
                  null,
                  granted.minusDays(1),
                  Rule.NO_DELEGATION_FOR_FUNCTION,
                  NAME
                      + " holds no delegation of "
                      + FUNCTION
                      + " in force on 2023-04-30; it holds none at all then"))
          .expectResultMessagePayloadMatching(refusedFor(Rule.NO_DELEGATION_FOR_FUNCTION));
    }

    @Test
    void on_the_day_of_the_grant_the_decision_is_taken() {
      LocalDate granted = OPERATIONAL.plusMonths(1);
      fixture
          .given(proposed(), inShadowForm(), operational(), granted(granted))
          .when(decide(null, null, granted))
          .expectEvents(decided(null, null, granted));
    }

    @Test
    void the_day_before_the_revocation_the_decision_is_taken() {
      fixture
          .given(delegatedCommittee(new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, revoked)))
          .when(decide(null, null, revoked.minusDays(1)))
          .expectEvents(decided(null, null, revoked.minusDays(1)));
    }

    @Test
    void on_the_day_of_the_revocation_the_decision_is_refused() {
      fixture
          .given(delegatedCommittee(new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, revoked)))
          .when(decide(null, null, revoked))
          .expectEvents(
              refused(
                  null,
                  null,
                  revoked,
                  Rule.NO_DELEGATION_FOR_FUNCTION,
                  NAME
                      + " holds no delegation of "
                      + FUNCTION
                      + " in force on 2024-04-01; it holds none at all then"))
          .expectResultMessagePayloadMatching(refusedFor(Rule.NO_DELEGATION_FOR_FUNCTION));
    }

    @Test
    void on_the_day_the_delegation_lapses_the_decision_is_refused() {
      fixture
          .given(
              delegatedCommittee(
                  new DelegationLapsed(
                      JOINT_COMMITTEE,
                      DELEGATION,
                      LapseReason.DELEGATOR_LEFT_PARTNERSHIP,
                      revoked)))
          .when(decide(null, null, revoked))
          .expectResultMessagePayloadMatching(refusedFor(Rule.NO_DELEGATION_FOR_FUNCTION));
    }

    @Test
    void a_decision_under_the_ccg_s_delegation_names_the_icb_from_the_passing() {
      DelegationGranted ccgGranted =
          new DelegationGranted(
              CDCP_EXECUTIVE,
              DELEGATION,
              CCG,
              FUNCTION,
              "Community mental health services",
              LIMITS,
              List.of(),
              new Approval(
                  "NHS County Durham CCG Governing Body", EXECUTIVE_ESTABLISHED, "GB/21/4"),
              EXECUTIVE_ESTABLISHED);
      DelegationPassedToSuccessor passed =
          new DelegationPassedToSuccessor(CDCP_EXECUTIVE, DELEGATION, CCG, ICB, CCG_ABOLISHED);
      fixture
          .given(executiveEstablished(), ccgGranted, passed)
          .when(
              new RecordDecision(
                  CDCP_EXECUTIVE,
                  DECISION,
                  SUBJECT,
                  null,
                  FUNCTION,
                  null,
                  null,
                  CCG_ABOLISHED.minusDays(1)))
          .expectResultMessagePayload(new DecisionOutcome.Decided(DELEGATION, CCG, List.of()));
      fixture
          .given(executiveEstablished(), ccgGranted, passed)
          .when(
              new RecordDecision(
                  CDCP_EXECUTIVE, DECISION, SUBJECT, null, FUNCTION, null, null, CCG_ABOLISHED))
          .expectEvents(
              new DecisionRecorded(
                  CDCP_EXECUTIVE,
                  DECISION,
                  DELEGATION,
                  ICB,
                  SUBJECT,
                  null,
                  FUNCTION,
                  null,
                  null,
                  List.of(),
                  CCG_ABOLISHED))
          .expectResultMessagePayload(new DecisionOutcome.Decided(DELEGATION, ICB, List.of()));
    }
  }

  /** The limits of seeds/003 §4.6.3, each inclusive. */
  @Nested
  class Limits {

    @Test
    void a_new_scheme_of_exactly_500k_is_within_the_limit() {
      fixture
          .given(delegatedCommittee())
          .when(decide(LimitKind.NEW_SCHEME, HALF_A_MILLION, DECIDED))
          .expectEvents(decided(LimitKind.NEW_SCHEME, HALF_A_MILLION, DECIDED));
    }

    @Test
    void a_new_scheme_a_penny_over_500k_is_refused_and_recorded() {
      BigDecimal amount = HALF_A_MILLION.add(A_PENNY);
      fixture
          .given(delegatedCommittee())
          .when(decide(LimitKind.NEW_SCHEME, amount, DECIDED))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              refused(
                  LimitKind.NEW_SCHEME,
                  amount,
                  DECIDED,
                  Rule.AMOUNT_OVER_LIMIT,
                  "£500,000.01 is more than "
                      + NAME
                      + " may commit under the delegation of "
                      + FUNCTION
                      + " from Durham County Council on 2023-07-12: its new scheme limit is"
                      + " £500,000.00"))
          .expectResultMessagePayloadMatching(refusedFor(Rule.AMOUNT_OVER_LIMIT));
    }

    @Test
    void a_budget_movement_of_exactly_1m_is_within_the_limit() {
      fixture
          .given(delegatedCommittee())
          .when(decide(LimitKind.BUDGET_MOVEMENT, ONE_MILLION, DECIDED))
          .expectEvents(decided(LimitKind.BUDGET_MOVEMENT, ONE_MILLION, DECIDED));
    }

    @Test
    void a_budget_movement_a_penny_over_1m_is_refused() {
      BigDecimal amount = ONE_MILLION.add(A_PENNY);
      fixture
          .given(delegatedCommittee())
          .when(decide(LimitKind.BUDGET_MOVEMENT, amount, DECIDED))
          .expectEvents(
              refused(
                  LimitKind.BUDGET_MOVEMENT,
                  amount,
                  DECIDED,
                  Rule.AMOUNT_OVER_LIMIT,
                  "£1,000,000.01 is more than "
                      + NAME
                      + " may commit under the delegation of "
                      + FUNCTION
                      + " from Durham County Council on 2023-07-12: its budget movement limit is"
                      + " £1,000,000.00"))
          .expectResultMessagePayloadMatching(refusedFor(Rule.AMOUNT_OVER_LIMIT));
    }

    @Test
    void the_budget_movement_limit_does_not_cover_a_new_scheme() {
      BigDecimal amount = new BigDecimal("750000.00");
      fixture
          .given(delegatedCommittee())
          .when(decide(LimitKind.NEW_SCHEME, amount, DECIDED))
          .expectResultMessagePayloadMatching(refusedFor(Rule.AMOUNT_OVER_LIMIT));
    }

    @Test
    void spending_of_a_kind_the_delegation_has_no_limit_for_is_refused() {
      BigDecimal amount = new BigDecimal("1.00");
      fixture
          .given(delegatedCommittee())
          .when(decide(LimitKind.EXPENDITURE, amount, DECIDED))
          .expectEvents(
              refused(
                  LimitKind.EXPENDITURE,
                  amount,
                  DECIDED,
                  Rule.AMOUNT_OVER_LIMIT,
                  "£1.00 is more than "
                      + NAME
                      + " may commit under the delegation of "
                      + FUNCTION
                      + " from Durham County Council on 2023-07-12: it has no expenditure limit"));
    }

    @Test
    void a_varied_limit_applies_from_the_variation_and_not_the_day_before() {
      LocalDate varied = DECIDED.plusMonths(1);
      BigDecimal amount = new BigDecimal("750000.00");
      DelegationVaried raised =
          new DelegationVaried(
              JOINT_COMMITTEE,
              DELEGATION,
              List.of(new FinancialLimit(LimitKind.NEW_SCHEME, amount, "New schemes up to £750k")),
              List.of(),
              new Approval("Durham County Council Cabinet", varied, "Cabinet, item 9"),
              varied);
      fixture
          .given(delegatedCommittee(raised))
          .when(decide(LimitKind.NEW_SCHEME, amount, varied.minusDays(1)))
          .expectResultMessagePayloadMatching(refusedFor(Rule.AMOUNT_OVER_LIMIT));
      fixture
          .given(delegatedCommittee(raised))
          .when(decide(LimitKind.NEW_SCHEME, amount, varied))
          .expectEvents(decided(LimitKind.NEW_SCHEME, amount, varied));
      fixture
          .given(delegatedCommittee(raised))
          .when(decide(LimitKind.BUDGET_MOVEMENT, new BigDecimal("1.00"), varied))
          .expectResultMessagePayloadMatching(refusedFor(Rule.AMOUNT_OVER_LIMIT));
    }

    @Test
    void of_two_delegations_of_the_function_the_one_whose_limit_covers_the_amount_is_used() {
      BigDecimal amount = new BigDecimal("600000.00");
      DelegationGranted icbGranted =
          new DelegationGranted(
              JOINT_COMMITTEE,
              ICB_DELEGATION,
              ICB,
              FUNCTION,
              "Community mental health services (NHS)",
              List.of(
                  new FinancialLimit(
                      LimitKind.NEW_SCHEME,
                      new BigDecimal("750000.00"),
                      "New schemes up to £750k")),
              List.of(),
              new Approval("NHS NENC ICB Board", OPERATIONAL, "Board, item 4"),
              OPERATIONAL);
      fixture
          .given(delegatedCommittee(icbGranted))
          .when(decide(LimitKind.NEW_SCHEME, amount, DECIDED))
          .expectEvents(
              new DecisionRecorded(
                  JOINT_COMMITTEE,
                  DECISION,
                  ICB_DELEGATION,
                  ICB,
                  SUBJECT,
                  MATTER,
                  FUNCTION,
                  LimitKind.NEW_SCHEME,
                  amount,
                  List.of(),
                  DECIDED))
          .expectResultMessagePayload(new DecisionOutcome.Decided(ICB_DELEGATION, ICB, List.of()));
      BigDecimal tooMuch = new BigDecimal("800000.00");
      fixture
          .given(delegatedCommittee(icbGranted))
          .when(decide(LimitKind.NEW_SCHEME, tooMuch, DECIDED))
          .expectEvents(
              refused(
                  LimitKind.NEW_SCHEME,
                  tooMuch,
                  DECIDED,
                  Rule.AMOUNT_OVER_LIMIT,
                  "£800,000.00 is more than "
                      + NAME
                      + " may commit under the delegation of "
                      + FUNCTION
                      + " from NHS NENC ICB on 2023-07-12: its new scheme limit is"
                      + " £750,000.00"));
    }
  }

  /** Members who declared an interest in the matter do not vote on it (seeds/001 MoU §23). */
  @Nested
  class Abstentions {

    private final LocalDate declaredOn = DECIDED.minusDays(7);

    @Test
    void a_member_who_declared_an_interest_in_the_matter_abstains() {
      fixture
          .given(
              delegatedCommittee(
                  appointed(HOVVELS, "Cllr Lucy Hovvels", DCC),
                  appointed(FINDLAY, "Dr Stewart Findlay", ICB),
                  declared(HOVVELS, MATTER, declaredOn)))
          .when(decide(null, null, DECIDED))
          .expectEvents(decided(null, null, DECIDED, HOVVELS))
          .expectResultMessagePayload(
              new DecisionOutcome.Decided(DELEGATION, DCC, List.of(HOVVELS)));
    }

    @Test
    void an_interest_declared_on_the_day_of_the_decision_counts() {
      fixture
          .given(
              delegatedCommittee(
                  appointed(HOVVELS, "Cllr Lucy Hovvels", DCC), declared(HOVVELS, MATTER, DECIDED)))
          .when(decide(null, null, DECIDED))
          .expectEvents(decided(null, null, DECIDED, HOVVELS));
    }

    @Test
    void an_interest_declared_the_day_after_the_decision_does_not_count() {
      fixture
          .given(
              delegatedCommittee(
                  appointed(HOVVELS, "Cllr Lucy Hovvels", DCC),
                  declared(HOVVELS, MATTER, DECIDED.plusDays(1))))
          .when(decide(null, null, DECIDED))
          .expectEvents(decided(null, null, DECIDED));
    }

    @Test
    void the_matter_is_matched_whatever_its_case() {
      fixture
          .given(
              delegatedCommittee(
                  appointed(HOVVELS, "Cllr Lucy Hovvels", DCC),
                  declared(HOVVELS, "cmh-2023-07", declaredOn)))
          .when(decide(null, null, DECIDED))
          .expectEvents(decided(null, null, DECIDED, HOVVELS));
    }

    @Test
    void an_interest_in_another_matter_does_not_count() {
      fixture
          .given(
              delegatedCommittee(
                  appointed(HOVVELS, "Cllr Lucy Hovvels", DCC),
                  declared(HOVVELS, "CMH-2023-08", declaredOn)))
          .when(decide(null, null, DECIDED))
          .expectEvents(decided(null, null, DECIDED));
    }

    @Test
    void a_member_who_declared_twice_abstains_once() {
      fixture
          .given(
              delegatedCommittee(
                  appointed(HOVVELS, "Cllr Lucy Hovvels", DCC),
                  declared(HOVVELS, MATTER, declaredOn),
                  declared(HOVVELS, MATTER, declaredOn.plusDays(1))))
          .when(decide(null, null, DECIDED))
          .expectEvents(decided(null, null, DECIDED, HOVVELS));
    }

    @Test
    void a_member_whose_membership_ended_on_the_day_no_longer_abstains() {
      fixture
          .given(
              delegatedCommittee(
                  appointed(HOVVELS, "Cllr Lucy Hovvels", DCC),
                  declared(HOVVELS, MATTER, declaredOn),
                  new MembershipEnded(JOINT_COMMITTEE, HOVVELS, DECIDED)))
          .when(decide(null, null, DECIDED))
          .expectEvents(decided(null, null, DECIDED));
    }

    @Test
    void a_member_whose_membership_ends_the_day_after_still_abstains() {
      fixture
          .given(
              delegatedCommittee(
                  appointed(HOVVELS, "Cllr Lucy Hovvels", DCC),
                  declared(HOVVELS, MATTER, declaredOn),
                  new MembershipEnded(JOINT_COMMITTEE, HOVVELS, DECIDED.plusDays(1))))
          .when(decide(null, null, DECIDED))
          .expectEvents(decided(null, null, DECIDED, HOVVELS));
    }

    @Test
    void a_decision_on_no_matter_has_no_abstentions() {
      fixture
          .given(
              delegatedCommittee(
                  appointed(HOVVELS, "Cllr Lucy Hovvels", DCC),
                  declared(HOVVELS, MATTER, declaredOn)))
          .when(
              new RecordDecision(
                  JOINT_COMMITTEE, DECISION, SUBJECT, null, FUNCTION, null, null, DECIDED))
          .expectEvents(
              new DecisionRecorded(
                  JOINT_COMMITTEE,
                  DECISION,
                  DELEGATION,
                  DCC,
                  SUBJECT,
                  null,
                  FUNCTION,
                  null,
                  null,
                  List.of(),
                  DECIDED));
    }
  }

  @Nested
  class DeclaringInterests {

    @Test
    void a_member_declares_an_interest_in_a_matter() {
      DeclarationId declaration = DeclarationId.newId();
      fixture
          .given(delegatedCommittee(appointed(HOVVELS, "Cllr Lucy Hovvels", DCC)))
          .when(
              new DeclareInterest(
                  JOINT_COMMITTEE,
                  declaration,
                  HOVVELS,
                  " " + MATTER + " ",
                  " Trustee of a bidding provider ",
                  DECIDED))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              new InterestDeclared(
                  JOINT_COMMITTEE,
                  declaration,
                  HOVVELS,
                  MATTER,
                  "Trustee of a bidding provider",
                  DECIDED));
    }

    @Test
    void a_declaration_on_the_first_day_of_the_membership_is_accepted() {
      DeclarationId declaration = DeclarationId.newId();
      fixture
          .given(delegatedCommittee(appointed(HOVVELS, "Cllr Lucy Hovvels", DCC)))
          .when(
              new DeclareInterest(
                  JOINT_COMMITTEE, declaration, HOVVELS, MATTER, "Trustee", OPERATIONAL))
          .expectEvents(
              new InterestDeclared(
                  JOINT_COMMITTEE, declaration, HOVVELS, MATTER, "Trustee", OPERATIONAL));
    }

    @Test
    void a_declaration_before_the_membership_began_is_refused() {
      fixture
          .given(delegatedCommittee(appointed(HOVVELS, "Cllr Lucy Hovvels", DCC)))
          .when(
              new DeclareInterest(
                  JOINT_COMMITTEE,
                  DeclarationId.newId(),
                  HOVVELS,
                  MATTER,
                  "Trustee",
                  OPERATIONAL.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.MEMBERSHIP_NOT_IN_FORCE));
    }

    @Test
    void a_declaration_on_the_day_the_membership_ended_is_refused() {
      fixture
          .given(
              delegatedCommittee(
                  appointed(HOVVELS, "Cllr Lucy Hovvels", DCC),
                  new MembershipEnded(JOINT_COMMITTEE, HOVVELS, DECIDED)))
          .when(
              new DeclareInterest(
                  JOINT_COMMITTEE, DeclarationId.newId(), HOVVELS, MATTER, "Trustee", DECIDED))
          .expectNoEvents()
          .expectException(violates(Rule.MEMBERSHIP_NOT_IN_FORCE));
    }

    @Test
    void a_declaration_by_an_unknown_membership_is_refused() {
      fixture
          .given(delegatedCommittee())
          .when(
              new DeclareInterest(
                  JOINT_COMMITTEE,
                  DeclarationId.newId(),
                  MembershipId.newId(),
                  MATTER,
                  "Trustee",
                  DECIDED))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_MEMBERSHIP));
    }
  }

  /** In shadow form the committee recommends to those who can decide (seeds/000 §7). */
  @Nested
  class Recommending {

    private final LocalDate inShadow = SHADOW.plusMonths(2);

    private RecordRecommendation recommend(LocalDate date) {
      return new RecordRecommendation(
          JOINT_COMMITTEE,
          DECISION,
          " " + SUBJECT + " ",
          MATTER,
          FUNCTION,
          LimitKind.NEW_SCHEME,
          HALF_A_MILLION,
          " Durham County Council Cabinet ",
          date);
    }

    private RecommendationRecorded recommended(LocalDate date) {
      return new RecommendationRecorded(
          JOINT_COMMITTEE,
          DECISION,
          SUBJECT,
          MATTER,
          FUNCTION,
          LimitKind.NEW_SCHEME,
          HALF_A_MILLION,
          "Durham County Council Cabinet",
          date);
    }

    @Test
    void the_committee_in_shadow_form_recommends_to_cabinet() {
      fixture
          .given(proposed(), inShadowForm())
          .when(recommend(inShadow))
          .expectSuccessfulHandlerExecution()
          .expectEvents(recommended(inShadow));
    }

    @Test
    void a_proposed_body_may_recommend() {
      fixture.given(proposed()).when(recommend(PROPOSED)).expectEvents(recommended(PROPOSED));
    }

    @Test
    void an_operational_body_may_still_recommend() {
      fixture
          .given(delegatedCommittee())
          .when(recommend(DECIDED))
          .expectEvents(recommended(DECIDED));
    }

    @Test
    void a_recommendation_before_the_body_was_established_is_refused() {
      fixture
          .given(proposed())
          .when(recommend(PROPOSED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_NOT_YET_ESTABLISHED));
    }

    @Test
    void a_dissolved_body_recommends_nothing() {
      fixture
          .given(
              proposed(), inShadowForm(), dissolved(JOINT_COMMITTEE, BodyStatus.SHADOW, inShadow))
          .when(recommend(inShadow))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_DISSOLVED));
    }

    @Test
    void a_body_recommends_on_the_day_before_its_dissolution() {
      fixture
          .given(
              proposed(), inShadowForm(), dissolved(JOINT_COMMITTEE, BodyStatus.SHADOW, inShadow))
          .when(recommend(inShadow.minusDays(1)))
          .expectEvents(recommended(inShadow.minusDays(1)));
    }
  }
}
