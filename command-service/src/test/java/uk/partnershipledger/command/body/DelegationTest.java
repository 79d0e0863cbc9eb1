package uk.partnershipledger.command.body;

import static uk.partnershipledger.command.body.BodyFixtures.CCG;
import static uk.partnershipledger.command.body.BodyFixtures.CCG_ABOLISHED;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP_EXECUTIVE;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP_FORMED;
import static uk.partnershipledger.command.body.BodyFixtures.DCC;
import static uk.partnershipledger.command.body.BodyFixtures.DURHAM_COMMUNITY_ACTION;
import static uk.partnershipledger.command.body.BodyFixtures.EXECUTIVE_ESTABLISHED;
import static uk.partnershipledger.command.body.BodyFixtures.ICB;
import static uk.partnershipledger.command.body.BodyFixtures.JOINT_COMMITTEE;
import static uk.partnershipledger.command.body.BodyFixtures.KCC;
import static uk.partnershipledger.command.body.BodyFixtures.KENT;
import static uk.partnershipledger.command.body.BodyFixtures.NAME;
import static uk.partnershipledger.command.body.BodyFixtures.OPERATIONAL;
import static uk.partnershipledger.command.body.BodyFixtures.PROPOSED;
import static uk.partnershipledger.command.body.BodyFixtures.UNREGISTERED;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.body.BodyCommands.ChangeBodyStatus;
import uk.partnershipledger.command.body.BodyCommands.GrantDelegation;
import uk.partnershipledger.command.body.BodyCommands.LapseDelegationsOf;
import uk.partnershipledger.command.body.BodyCommands.PassDelegationsToSuccessor;
import uk.partnershipledger.command.body.BodyCommands.RevokeDelegation;
import uk.partnershipledger.command.body.BodyCommands.VaryDelegation;
import uk.partnershipledger.command.body.BodyFixtures.Bodies;
import uk.partnershipledger.command.body.BodyFixtures.Organisations;
import uk.partnershipledger.command.body.BodyFixtures.Partnerships;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DecisionRefused;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLapsed;
import uk.partnershipledger.events.body.BodyEvent.DelegationPassedToSuccessor;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyEvent.DelegationVaried;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * Durham County Council delegates community mental health to the joint committee from 1 April 2023,
 * with the limits of seeds/003 §4.6.3: up to £1m moved within the base budget, new schemes up to
 * £500k. The CCG delegated to the Partnership Executive before its abolition on 1 July 2022, and
 * the ICB took the delegation over (seeds/003 §2.1, §4.6.1).
 */
class DelegationTest {

  private static final DelegationId DELEGATION = DelegationId.newId();
  private static final DelegationId ICB_DELEGATION = DelegationId.newId();
  private static final String FUNCTION = "community-mental-health";
  private static final String SCOPE = "Community mental health services for adults";
  private static final BigDecimal ONE_MILLION = new BigDecimal("1000000.00");
  private static final BigDecimal HALF_A_MILLION = new BigDecimal("500000.00");
  private static final List<FinancialLimit> LIMITS =
      List.of(
          new FinancialLimit(
              LimitKind.BUDGET_MOVEMENT, ONE_MILLION, "Up to £1m within the base budget"),
          new FinancialLimit(LimitKind.NEW_SCHEME, HALF_A_MILLION, "New schemes up to £500k"));
  private static final List<String> CONDITIONS = List.of("Reports quarterly to Cabinet");
  private static final LocalDate CABINET_MEETS = LocalDate.of(2023, 3, 15);
  private static final Approval CABINET =
      new Approval(
          "Durham County Council Cabinet", CABINET_MEETS, "Cabinet, 15 March 2023, item 7");
  private static final Approval CCG_GOVERNING_BODY =
      new Approval("NHS County Durham CCG Governing Body", LocalDate.of(2021, 3, 10), "GB/21/4");
  private static final LocalDate VARIED = OPERATIONAL.plusMonths(6);
  private static final LocalDate DCC_LEAVES = LocalDate.of(2025, 4, 1);

  private final Organisations organisations = new Organisations();
  private final Partnerships partnerships =
      new Partnerships()
          .tenure(CDCP, DCC, CDCP_FORMED, null)
          .tenure(CDCP, CCG, CDCP_FORMED, CCG_ABOLISHED)
          .tenure(CDCP, ICB, CCG_ABOLISHED, null)
          .tenure(CDCP, DURHAM_COMMUNITY_ACTION, CDCP_FORMED, null)
          .tenure(KENT, KCC, LocalDate.of(2021, 1, 1), null);
  private final Bodies bodies = new Bodies();
  private FixtureConfiguration<GovernanceBody> fixture;

  @BeforeEach
  void setUp() {
    fixture = BodyFixtures.fixture(organisations, partnerships, bodies);
  }

  private static GrantDelegation grant(OrganisationId delegator, LocalDate date) {
    return new GrantDelegation(
        JOINT_COMMITTEE,
        DELEGATION,
        delegator,
        FUNCTION,
        "  " + SCOPE + " ",
        LIMITS,
        CONDITIONS,
        CABINET,
        date);
  }

  private static GrantDelegation grant(LocalDate date) {
    return grant(DCC, date);
  }

  private static DelegationGranted granted(OrganisationId delegator, LocalDate date) {
    return new DelegationGranted(
        JOINT_COMMITTEE, DELEGATION, delegator, FUNCTION, SCOPE, LIMITS, CONDITIONS, CABINET, date);
  }

  private static DelegationGranted granted(LocalDate date) {
    return granted(DCC, date);
  }

  private static DelegationGranted icbGranted(LocalDate date) {
    return new DelegationGranted(
        JOINT_COMMITTEE,
        ICB_DELEGATION,
        ICB,
        FUNCTION,
        SCOPE,
        LIMITS,
        List.of(),
        new Approval("NHS NENC ICB Board", date, "Board, item 4"),
        date);
  }

  private static DecisionRecorded decidedOn(LocalDate date) {
    return new DecisionRecorded(
        JOINT_COMMITTEE,
        DecisionId.newId(),
        DELEGATION,
        DCC,
        "Community crisis service",
        null,
        FUNCTION,
        LimitKind.NEW_SCHEME,
        new BigDecimal("400000.00"),
        List.of(),
        date);
  }

  /** The joint committee from its proposal to being operational (seeds/000 §7). */
  private static BodyEvent[] operationalCommittee(BodyEvent... then) {
    List<BodyEvent> events = new ArrayList<>(List.of(proposed(), inShadowForm(), operational()));
    events.addAll(List.of(then));
    return events.toArray(BodyEvent[]::new);
  }

  /** Rules 1, 2 and 4 of DOMAIN.md. */
  @Nested
  class Granting {

    @Test
    void the_council_delegates_community_mental_health_with_its_limits() {
      fixture
          .given((Object[]) operationalCommittee())
          .when(grant(OPERATIONAL))
          .expectSuccessfulHandlerExecution()
          .expectEvents(granted(OPERATIONAL));
    }

    @Test
    void a_body_in_shadow_form_may_hold_a_delegation() {
      LocalDate inShadow = OPERATIONAL.minusDays(1);
      fixture
          .given(proposed(), inShadowForm())
          .when(grant(inShadow))
          .expectEvents(granted(inShadow));
    }

    @Test
    void a_delegation_before_the_body_was_established_is_refused() {
      fixture
          .given(proposed())
          .when(grant(PROPOSED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_NOT_YET_ESTABLISHED));
    }

    @Test
    void a_delegation_to_a_body_dissolved_on_the_date_is_refused() {
      LocalDate dissolvedOn = OPERATIONAL.plusYears(1);
      fixture
          .given(
              (Object[])
                  operationalCommittee(
                      dissolved(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, dissolvedOn)))
          .when(grant(dissolvedOn))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_DISSOLVED));
    }

    @Test
    void a_delegation_the_day_before_the_body_is_dissolved_lapses_with_the_dissolution() {
      LocalDate dissolvedOn = OPERATIONAL.plusYears(1);
      fixture
          .given(
              (Object[])
                  operationalCommittee(
                      dissolved(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, dissolvedOn)))
          .when(grant(dissolvedOn.minusDays(1)))
          .expectEvents(
              granted(dissolvedOn.minusDays(1)),
              new DelegationLapsed(
                  JOINT_COMMITTEE, DELEGATION, LapseReason.BODY_DISSOLVED, dissolvedOn));
    }

    @Test
    void a_partnership_forum_cannot_hold_a_delegation() {
      fixture
          .given(
              new BodyEstablished(
                  JOINT_COMMITTEE,
                  CDCP,
                  "County Durham Partnership Forum",
                  BodyType.FORUM,
                  BodyStatus.OPERATIONAL,
                  null,
                  List.of(),
                  PROPOSED))
          .when(grant(OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_CANNOT_HOLD_DELEGATION))
          .expectExceptionMessage(
              "County Durham Partnership Forum is a forum, which advises and cannot take"
                  + " decisions, so it cannot hold a delegation");
    }

    @Test
    void a_consultative_forum_cannot_hold_a_delegation() {
      fixture
          .given(
              new BodyEstablished(
                  JOINT_COMMITTEE,
                  CDCP,
                  "Place consultative forum",
                  BodyType.CONSULTATIVE_FORUM,
                  BodyStatus.OPERATIONAL,
                  null,
                  List.of(),
                  PROPOSED))
          .when(grant(OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_CANNOT_HOLD_DELEGATION));
    }

    @Test
    void being_the_lead_for_adult_safeguarding_cannot_be_delegated() {
      fixture
          .given((Object[]) operationalCommittee())
          .when(
              new GrantDelegation(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  DCC,
                  "adult-safeguarding-lead",
                  "Adult safeguarding",
                  List.of(),
                  List.of(),
                  CABINET,
                  OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.NON_DELEGABLE_FUNCTION))
          .expectExceptionMessage(
              "adult-safeguarding-lead cannot be delegated: under the Care Act 2014 a local"
                  + " authority remains the lead for adult safeguarding and cannot delegate it"
                  + " (seeds/004 §14)");
    }

    @Test
    void the_power_to_charge_cannot_be_delegated() {
      fixture
          .given((Object[]) operationalCommittee())
          .when(
              new GrantDelegation(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  DCC,
                  "power-to-charge",
                  "Charging for care and support",
                  List.of(),
                  List.of(),
                  CABINET,
                  OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.NON_DELEGABLE_FUNCTION));
    }

    @Test
    void an_unregistered_delegator_is_refused() {
      fixture
          .given((Object[]) operationalCommittee())
          .when(grant(UNREGISTERED, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_ORGANISATION));
    }

    @Test
    void a_voluntary_organisation_has_no_statutory_function_to_delegate() {
      fixture
          .given((Object[]) operationalCommittee())
          .when(grant(DURHAM_COMMUNITY_ACTION, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATOR_NOT_STATUTORY))
          .expectExceptionMessage(
              "Durham Community Action is not a statutory body and holds no statutory function to"
                  + " delegate");
    }

    @Test
    void a_statutory_body_that_is_not_a_partner_cannot_delegate() {
      fixture
          .given((Object[]) operationalCommittee())
          .when(grant(KCC, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATOR_NOT_A_PARTNER))
          .expectExceptionMessage(
              "Kent County Council is not a partner on 2023-04-01 and cannot delegate to " + NAME);
    }

    @Test
    void a_partner_delegates_from_the_day_it_joins_and_not_the_day_before() {
      OrganisationId tewv = OrganisationId.newId();
      LocalDate joins = OPERATIONAL.plusMonths(2);
      organisations.register(
          new OrganisationDirectory.KnownOrganisation(
              tewv, "Tees, Esk and Wear Valleys NHS FT", true, LocalDate.of(2006, 7, 1)));
      partnerships.tenure(CDCP, tewv, joins, null);
      fixture
          .given((Object[]) operationalCommittee())
          .when(grant(tewv, joins.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATOR_NOT_A_PARTNER));
      fixture
          .given((Object[]) operationalCommittee())
          .when(grant(tewv, joins))
          .expectEvents(granted(tewv, joins));
    }

    @Test
    void a_delegation_approved_on_its_effective_date_is_granted() {
      fixture
          .given((Object[]) operationalCommittee())
          .when(grant(CABINET_MEETS))
          .expectEvents(granted(CABINET_MEETS));
    }

    @Test
    void a_delegation_approved_the_day_after_its_effective_date_is_refused() {
      fixture
          .given((Object[]) operationalCommittee())
          .when(grant(CABINET_MEETS.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.APPROVAL_AFTER_EFFECTIVE_DATE))
          .expectExceptionMessage(
              "Durham County Council Cabinet approved on 2023-03-15, after 2023-03-14; a"
                  + " delegation or a change to its limits takes effect only once approved"
                  + " (seeds/001 §24, §26)");
    }

    @Test
    void two_limits_of_one_kind_are_refused() {
      fixture
          .given((Object[]) operationalCommittee())
          .when(
              new GrantDelegation(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  DCC,
                  FUNCTION,
                  SCOPE,
                  List.of(
                      new FinancialLimit(LimitKind.NEW_SCHEME, HALF_A_MILLION, "£500k"),
                      new FinancialLimit(LimitKind.NEW_SCHEME, ONE_MILLION, "£1m")),
                  List.of(),
                  CABINET,
                  OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.DUPLICATE_LIMIT_KIND));
    }

    @Test
    void a_delegation_without_financial_limits_is_granted() {
      fixture
          .given((Object[]) operationalCommittee())
          .when(
              new GrantDelegation(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  DCC,
                  FUNCTION,
                  SCOPE,
                  List.of(),
                  List.of(),
                  CABINET,
                  OPERATIONAL))
          .expectEvents(
              new DelegationGranted(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  DCC,
                  FUNCTION,
                  SCOPE,
                  List.of(),
                  List.of(),
                  CABINET,
                  OPERATIONAL));
    }
  }

  /**
   * A leaving, an abolition or a dissolution the ledger already knows is recorded with a grant made
   * before it, as it would have been had the grant come first (DOMAIN.md rule 6).
   */
  @Nested
  class GrantingWithAKnownEnd {

    @Test
    void a_delegation_from_a_partner_that_is_to_leave_lapses_when_it_leaves() {
      partnerships.leaves(CDCP, DCC, DCC_LEAVES);
      fixture
          .given((Object[]) operationalCommittee())
          .when(grant(OPERATIONAL))
          .expectEvents(
              granted(OPERATIONAL),
              new DelegationLapsed(
                  JOINT_COMMITTEE, DELEGATION, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, DCC_LEAVES));
    }

    @Test
    void a_delegation_the_day_before_the_partner_leaves_lasts_one_day() {
      partnerships.leaves(CDCP, DCC, DCC_LEAVES);
      fixture
          .given((Object[]) operationalCommittee())
          .when(grant(DCC_LEAVES.minusDays(1)))
          .expectEvents(
              granted(DCC_LEAVES.minusDays(1)),
              new DelegationLapsed(
                  JOINT_COMMITTEE, DELEGATION, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, DCC_LEAVES));
    }

    @Test
    void a_delegation_on_the_day_the_partner_leaves_is_refused() {
      partnerships.leaves(CDCP, DCC, DCC_LEAVES);
      fixture
          .given((Object[]) operationalCommittee())
          .when(grant(DCC_LEAVES))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATOR_NOT_A_PARTNER));
    }

    @Test
    void a_delegation_from_the_ccg_passes_to_the_icb_on_the_abolition() {
      LocalDate lastDay = CCG_ABOLISHED.minusDays(1);
      fixture
          .given(executiveEstablished())
          .when(
              new GrantDelegation(
                  CDCP_EXECUTIVE,
                  DELEGATION,
                  CCG,
                  FUNCTION,
                  SCOPE,
                  LIMITS,
                  List.of(),
                  CCG_GOVERNING_BODY,
                  lastDay))
          .expectEvents(
              new DelegationGranted(
                  CDCP_EXECUTIVE,
                  DELEGATION,
                  CCG,
                  FUNCTION,
                  SCOPE,
                  LIMITS,
                  List.of(),
                  CCG_GOVERNING_BODY,
                  lastDay),
              new DelegationPassedToSuccessor(CDCP_EXECUTIVE, DELEGATION, CCG, ICB, CCG_ABOLISHED));
    }

    @Test
    void a_delegation_from_the_ccg_on_the_day_of_its_abolition_is_refused() {
      fixture
          .given(executiveEstablished())
          .when(
              new GrantDelegation(
                  CDCP_EXECUTIVE,
                  DELEGATION,
                  CCG,
                  FUNCTION,
                  SCOPE,
                  LIMITS,
                  List.of(),
                  CCG_GOVERNING_BODY,
                  CCG_ABOLISHED))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_ABOLISHED))
          .expectExceptionMessage(
              "NHS County Durham CCG was abolished on 2022-07-01 and succeeded by NHS NENC ICB; it"
                  + " cannot act on 2022-07-01");
    }

    @Test
    void a_delegation_from_an_organisation_abolished_without_successor_lapses() {
      OrganisationId tees = OrganisationId.newId();
      organisations.register(
          new OrganisationDirectory.KnownOrganisation(
              tees, "NHS Tees Valley CCG", true, LocalDate.of(2013, 4, 1), CCG_ABOLISHED, null));
      partnerships.tenure(CDCP, tees, CDCP_FORMED, CCG_ABOLISHED);
      fixture
          .given(executiveEstablished())
          .when(
              new GrantDelegation(
                  CDCP_EXECUTIVE,
                  DELEGATION,
                  tees,
                  FUNCTION,
                  SCOPE,
                  List.of(),
                  List.of(),
                  CCG_GOVERNING_BODY,
                  EXECUTIVE_ESTABLISHED))
          .expectEvents(
              new DelegationGranted(
                  CDCP_EXECUTIVE,
                  DELEGATION,
                  tees,
                  FUNCTION,
                  SCOPE,
                  List.of(),
                  List.of(),
                  CCG_GOVERNING_BODY,
                  EXECUTIVE_ESTABLISHED),
              new DelegationLapsed(
                  CDCP_EXECUTIVE, DELEGATION, LapseReason.DELEGATOR_ABOLISHED, CCG_ABOLISHED));
    }

    @Test
    void a_delegation_from_an_organisation_that_leaves_before_its_abolition_lapses_on_leaving() {
      OrganisationId tees = OrganisationId.newId();
      LocalDate left = LocalDate.of(2022, 1, 1);
      organisations.register(
          new OrganisationDirectory.KnownOrganisation(
              tees, "NHS Tees Valley CCG", true, LocalDate.of(2013, 4, 1), CCG_ABOLISHED, ICB));
      partnerships.tenure(CDCP, tees, CDCP_FORMED, left);
      fixture
          .given(executiveEstablished())
          .when(
              new GrantDelegation(
                  CDCP_EXECUTIVE,
                  DELEGATION,
                  tees,
                  FUNCTION,
                  SCOPE,
                  List.of(),
                  List.of(),
                  CCG_GOVERNING_BODY,
                  EXECUTIVE_ESTABLISHED))
          .expectEvents(
              new DelegationGranted(
                  CDCP_EXECUTIVE,
                  DELEGATION,
                  tees,
                  FUNCTION,
                  SCOPE,
                  List.of(),
                  List.of(),
                  CCG_GOVERNING_BODY,
                  EXECUTIVE_ESTABLISHED),
              new DelegationLapsed(
                  CDCP_EXECUTIVE, DELEGATION, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, left));
    }

    @Test
    void a_delegation_passed_to_the_successor_lapses_when_the_body_is_dissolved_later() {
      LocalDate dissolvedOn = LocalDate.of(2023, 4, 1);
      fixture
          .given(
              executiveEstablished(),
              dissolved(CDCP_EXECUTIVE, BodyStatus.OPERATIONAL, dissolvedOn))
          .when(
              new GrantDelegation(
                  CDCP_EXECUTIVE,
                  DELEGATION,
                  CCG,
                  FUNCTION,
                  SCOPE,
                  List.of(),
                  List.of(),
                  CCG_GOVERNING_BODY,
                  EXECUTIVE_ESTABLISHED))
          .expectEvents(
              new DelegationGranted(
                  CDCP_EXECUTIVE,
                  DELEGATION,
                  CCG,
                  FUNCTION,
                  SCOPE,
                  List.of(),
                  List.of(),
                  CCG_GOVERNING_BODY,
                  EXECUTIVE_ESTABLISHED),
              new DelegationPassedToSuccessor(CDCP_EXECUTIVE, DELEGATION, CCG, ICB, CCG_ABOLISHED),
              new DelegationLapsed(
                  CDCP_EXECUTIVE, DELEGATION, LapseReason.BODY_DISSOLVED, dissolvedOn));
    }

    @Test
    void a_delegation_lapses_when_the_partner_leaves_before_the_body_is_dissolved() {
      LocalDate dissolvedOn = DCC_LEAVES.plusYears(1);
      partnerships.leaves(CDCP, DCC, DCC_LEAVES);
      fixture
          .given(
              (Object[])
                  operationalCommittee(
                      dissolved(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, dissolvedOn)))
          .when(grant(OPERATIONAL))
          .expectEvents(
              granted(OPERATIONAL),
              new DelegationLapsed(
                  JOINT_COMMITTEE, DELEGATION, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, DCC_LEAVES));
    }

    @Test
    void a_delegation_lapses_when_the_body_is_dissolved_before_the_partner_leaves() {
      LocalDate dissolvedOn = DCC_LEAVES.minusYears(1);
      partnerships.leaves(CDCP, DCC, DCC_LEAVES);
      fixture
          .given(
              (Object[])
                  operationalCommittee(
                      dissolved(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, dissolvedOn)))
          .when(grant(OPERATIONAL))
          .expectEvents(
              granted(OPERATIONAL),
              new DelegationLapsed(
                  JOINT_COMMITTEE, DELEGATION, LapseReason.BODY_DISSOLVED, dissolvedOn));
    }
  }

  /** Rule 4 of DOMAIN.md: a change of limits records the delegator's governing body's approval. */
  @Nested
  class Varying {

    private final List<FinancialLimit> raised =
        List.of(
            new FinancialLimit(LimitKind.BUDGET_MOVEMENT, ONE_MILLION, "Up to £1m"),
            new FinancialLimit(
                LimitKind.NEW_SCHEME, new BigDecimal("750000.00"), "New schemes up to £750k"));
    private final Approval cabinetAgain =
        new Approval("Durham County Council Cabinet", VARIED.minusDays(10), "Cabinet, item 9");

    private VaryDelegation vary(LocalDate date) {
      return new VaryDelegation(JOINT_COMMITTEE, DELEGATION, raised, List.of(), cabinetAgain, date);
    }

    private DelegationVaried varied(LocalDate date) {
      return new DelegationVaried(
          JOINT_COMMITTEE, DELEGATION, raised, List.of(), cabinetAgain, date);
    }

    @Test
    void the_limits_are_raised_with_the_cabinet_s_approval() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL)))
          .when(vary(VARIED))
          .expectSuccessfulHandlerExecution()
          .expectEvents(varied(VARIED));
    }

    @Test
    void a_variation_approved_on_its_effective_date_is_accepted() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL)))
          .when(vary(cabinetAgain.approvedOn()))
          .expectEvents(varied(cabinetAgain.approvedOn()));
    }

    @Test
    void a_variation_approved_after_its_effective_date_is_refused() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL)))
          .when(vary(cabinetAgain.approvedOn().minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.APPROVAL_AFTER_EFFECTIVE_DATE));
    }

    @Test
    void a_variation_on_the_day_of_the_grant_is_refused() {
      fixture
          .given((Object[]) operationalCommittee(granted(CABINET_MEETS)))
          .when(
              new VaryDelegation(
                  JOINT_COMMITTEE, DELEGATION, raised, List.of(), CABINET, CABINET_MEETS))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_CHANGE_OUT_OF_ORDER))
          .expectExceptionMessage(
              "the delegation of "
                  + FUNCTION
                  + " last changed on 2023-03-15; it can be varied after that, not on 2023-03-15");
    }

    @Test
    void a_variation_the_day_after_the_grant_is_accepted() {
      fixture
          .given((Object[]) operationalCommittee(granted(CABINET_MEETS)))
          .when(
              new VaryDelegation(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  raised,
                  List.of(),
                  CABINET,
                  CABINET_MEETS.plusDays(1)))
          .expectEvents(
              new DelegationVaried(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  raised,
                  List.of(),
                  CABINET,
                  CABINET_MEETS.plusDays(1)));
    }

    @Test
    void a_variation_dated_on_or_before_the_last_variation_is_refused() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL), varied(VARIED)))
          .when(vary(VARIED))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_CHANGE_OUT_OF_ORDER));
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL), varied(VARIED)))
          .when(vary(VARIED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_CHANGE_OUT_OF_ORDER));
    }

    @Test
    void a_variation_with_two_limits_of_one_kind_is_refused() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL)))
          .when(
              new VaryDelegation(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  List.of(
                      new FinancialLimit(LimitKind.EXPENDITURE, ONE_MILLION, "£1m"),
                      new FinancialLimit(LimitKind.EXPENDITURE, HALF_A_MILLION, "£500k")),
                  List.of(),
                  cabinetAgain,
                  VARIED))
          .expectNoEvents()
          .expectException(violates(Rule.DUPLICATE_LIMIT_KIND));
    }

    @Test
    void an_unknown_delegation_cannot_be_varied() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL)))
          .when(
              new VaryDelegation(
                  JOINT_COMMITTEE, DelegationId.newId(), raised, List.of(), cabinetAgain, VARIED))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_DELEGATION));
    }

    @Test
    void a_variation_before_the_grant_is_refused() {
      fixture
          .given((Object[]) operationalCommittee(granted(VARIED)))
          .when(vary(VARIED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void a_revoked_delegation_cannot_be_varied_from_its_revocation() {
      fixture
          .given(
              (Object[])
                  operationalCommittee(
                      granted(OPERATIONAL),
                      new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, VARIED)))
          .when(vary(VARIED))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_NOT_IN_FORCE))
          .expectExceptionMessage(
              "the delegation of "
                  + FUNCTION
                  + " to "
                  + NAME
                  + " runs from 2023-04-01 to 2023-10-01 and cannot be varied on 2023-10-01");
    }

    @Test
    void a_variation_on_the_day_of_a_recorded_decision_is_refused() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL), decidedOn(VARIED)))
          .when(vary(VARIED))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_HAS_LATER_DECISIONS))
          .expectExceptionMessage(
              NAME
                  + " recorded a decision under the delegation of "
                  + FUNCTION
                  + " on 2023-10-01, so the delegation cannot be varied from 2023-10-01; correct"
                  + " the decision first");
    }

    @Test
    void a_variation_dated_before_a_recorded_decision_is_refused() {
      fixture
          .given(
              (Object[]) operationalCommittee(granted(OPERATIONAL), decidedOn(VARIED.plusDays(1))))
          .when(vary(VARIED))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_HAS_LATER_DECISIONS));
    }

    @Test
    void a_variation_the_day_after_a_recorded_decision_is_accepted() {
      fixture
          .given(
              (Object[]) operationalCommittee(granted(OPERATIONAL), decidedOn(VARIED.minusDays(1))))
          .when(vary(VARIED))
          .expectEvents(varied(VARIED));
    }
  }

  @Nested
  class Revoking {

    private final LocalDate revoked = OPERATIONAL.plusYears(1);

    @Test
    void the_council_revokes_its_delegation() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL)))
          .when(new RevokeDelegation(JOINT_COMMITTEE, DELEGATION, revoked))
          .expectSuccessfulHandlerExecution()
          .expectEvents(new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, revoked));
    }

    @Test
    void a_revocation_on_the_day_of_the_grant_is_refused() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL)))
          .when(new RevokeDelegation(JOINT_COMMITTEE, DELEGATION, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_CHANGE_OUT_OF_ORDER));
    }

    @Test
    void a_revocation_the_day_after_the_grant_is_accepted() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL)))
          .when(new RevokeDelegation(JOINT_COMMITTEE, DELEGATION, OPERATIONAL.plusDays(1)))
          .expectEvents(
              new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, OPERATIONAL.plusDays(1)));
    }

    @Test
    void a_revocation_on_the_day_of_a_variation_is_refused() {
      fixture
          .given(
              (Object[])
                  operationalCommittee(
                      granted(OPERATIONAL),
                      new DelegationVaried(
                          JOINT_COMMITTEE, DELEGATION, LIMITS, List.of(), CABINET, VARIED)))
          .when(new RevokeDelegation(JOINT_COMMITTEE, DELEGATION, VARIED))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_CHANGE_OUT_OF_ORDER));
    }

    @Test
    void a_delegation_is_revoked_only_once() {
      fixture
          .given(
              (Object[])
                  operationalCommittee(
                      granted(OPERATIONAL),
                      new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, revoked)))
          .when(new RevokeDelegation(JOINT_COMMITTEE, DELEGATION, revoked.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void a_lapsed_delegation_cannot_be_revoked() {
      fixture
          .given(
              (Object[])
                  operationalCommittee(
                      granted(OPERATIONAL),
                      new DelegationLapsed(
                          JOINT_COMMITTEE,
                          DELEGATION,
                          LapseReason.DELEGATOR_LEFT_PARTNERSHIP,
                          revoked)))
          .when(new RevokeDelegation(JOINT_COMMITTEE, DELEGATION, revoked))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void a_revocation_before_the_grant_is_refused() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL)))
          .when(new RevokeDelegation(JOINT_COMMITTEE, DELEGATION, OPERATIONAL.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void an_unknown_delegation_cannot_be_revoked() {
      fixture
          .given((Object[]) operationalCommittee())
          .when(new RevokeDelegation(JOINT_COMMITTEE, DELEGATION, revoked))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_DELEGATION));
    }

    @Test
    void a_revocation_on_the_day_of_a_recorded_decision_is_refused() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL), decidedOn(revoked)))
          .when(new RevokeDelegation(JOINT_COMMITTEE, DELEGATION, revoked))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_HAS_LATER_DECISIONS));
    }

    @Test
    void a_revocation_the_day_after_a_recorded_decision_is_accepted() {
      fixture
          .given(
              (Object[])
                  operationalCommittee(granted(OPERATIONAL), decidedOn(revoked.minusDays(1))))
          .when(new RevokeDelegation(JOINT_COMMITTEE, DELEGATION, revoked))
          .expectEvents(new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, revoked));
    }

    @Test
    void a_refused_decision_does_not_hold_a_revocation_back() {
      fixture
          .given(
              (Object[])
                  operationalCommittee(
                      granted(OPERATIONAL),
                      new DecisionRefused(
                          JOINT_COMMITTEE,
                          DecisionId.newId(),
                          "Too large a scheme",
                          null,
                          FUNCTION,
                          LimitKind.NEW_SCHEME,
                          ONE_MILLION,
                          Rule.AMOUNT_OVER_LIMIT.slug(),
                          "over the limit",
                          revoked)))
          .when(new RevokeDelegation(JOINT_COMMITTEE, DELEGATION, revoked))
          .expectEvents(new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, revoked));
    }
  }

  /** Rule 6 of DOMAIN.md: a leaving partner's delegations lapse on the date, explicitly. */
  @Nested
  class Lapsing {

    @Test
    void the_leaving_partner_s_delegations_lapse_and_others_stay() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL), icbGranted(OPERATIONAL)))
          .when(
              new LapseDelegationsOf(
                  JOINT_COMMITTEE, DCC, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, DCC_LEAVES))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              new DelegationLapsed(
                  JOINT_COMMITTEE, DELEGATION, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, DCC_LEAVES));
    }

    @Test
    void nothing_lapses_for_an_organisation_that_delegated_nothing() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL)))
          .when(
              new LapseDelegationsOf(
                  JOINT_COMMITTEE, ICB, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, DCC_LEAVES))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_lapse_dated_before_another_partner_s_later_grant_leaves_that_grant_alone() {
      LocalDate icbGrants = OPERATIONAL.plusMonths(3);
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL), icbGranted(icbGrants)))
          .when(
              new LapseDelegationsOf(
                  JOINT_COMMITTEE,
                  DCC,
                  LapseReason.DELEGATOR_LEFT_PARTNERSHIP,
                  icbGrants.minusDays(1)))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              new DelegationLapsed(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  LapseReason.DELEGATOR_LEFT_PARTNERSHIP,
                  icbGrants.minusDays(1)));
    }

    @Test
    void a_delegation_granted_after_the_leaving_date_lapses_on_its_own_first_day() {
      fixture
          .given((Object[]) operationalCommittee(granted(DCC_LEAVES.plusDays(1))))
          .when(
              new LapseDelegationsOf(
                  JOINT_COMMITTEE, DCC, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, DCC_LEAVES))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              new DelegationLapsed(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  LapseReason.DELEGATOR_LEFT_PARTNERSHIP,
                  DCC_LEAVES.plusDays(1)));
    }

    @Test
    void a_delegation_revoked_on_or_before_the_date_does_not_lapse() {
      fixture
          .given(
              (Object[])
                  operationalCommittee(
                      granted(OPERATIONAL),
                      new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, DCC_LEAVES)))
          .when(
              new LapseDelegationsOf(
                  JOINT_COMMITTEE, DCC, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, DCC_LEAVES))
          .expectNoEvents();
    }

    @Test
    void a_delegation_revoked_after_the_date_lapses_on_the_date() {
      fixture
          .given(
              (Object[])
                  operationalCommittee(
                      granted(OPERATIONAL),
                      new DelegationRevoked(JOINT_COMMITTEE, DELEGATION, DCC_LEAVES.plusDays(1))))
          .when(
              new LapseDelegationsOf(
                  JOINT_COMMITTEE, DCC, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, DCC_LEAVES))
          .expectEvents(
              new DelegationLapsed(
                  JOINT_COMMITTEE, DELEGATION, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, DCC_LEAVES));
    }

    @Test
    void a_lapse_on_the_day_of_a_recorded_decision_is_refused() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL), decidedOn(DCC_LEAVES)))
          .when(
              new LapseDelegationsOf(
                  JOINT_COMMITTEE, DCC, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, DCC_LEAVES))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_HAS_LATER_DECISIONS));
    }

    @Test
    void a_lapse_the_day_after_a_recorded_decision_is_accepted() {
      fixture
          .given(
              (Object[])
                  operationalCommittee(granted(OPERATIONAL), decidedOn(DCC_LEAVES.minusDays(1))))
          .when(
              new LapseDelegationsOf(
                  JOINT_COMMITTEE, DCC, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, DCC_LEAVES))
          .expectEvents(
              new DelegationLapsed(
                  JOINT_COMMITTEE, DELEGATION, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, DCC_LEAVES));
    }

    @Test
    void a_delegation_taken_over_by_the_icb_lapses_when_the_icb_leaves_not_the_ccg() {
      BodyEvent[] history = {
        executiveEstablished(),
        new DelegationGranted(
            CDCP_EXECUTIVE,
            DELEGATION,
            CCG,
            FUNCTION,
            SCOPE,
            List.of(),
            List.of(),
            CCG_GOVERNING_BODY,
            EXECUTIVE_ESTABLISHED),
        new DelegationPassedToSuccessor(CDCP_EXECUTIVE, DELEGATION, CCG, ICB, CCG_ABOLISHED)
      };
      LocalDate later = CCG_ABOLISHED.plusYears(1);
      fixture
          .given((Object[]) history)
          .when(
              new LapseDelegationsOf(
                  CDCP_EXECUTIVE, CCG, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, later))
          .expectNoEvents();
      fixture
          .given((Object[]) history)
          .when(
              new LapseDelegationsOf(
                  CDCP_EXECUTIVE, ICB, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, later))
          .expectEvents(
              new DelegationLapsed(
                  CDCP_EXECUTIVE, DELEGATION, LapseReason.DELEGATOR_LEFT_PARTNERSHIP, later));
    }

    @Test
    void the_body_s_delegations_lapse_when_it_is_dissolved() {
      LocalDate dissolvedOn = OPERATIONAL.plusYears(2);
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL), icbGranted(OPERATIONAL)))
          .when(new ChangeBodyStatus(JOINT_COMMITTEE, BodyStatus.DISSOLVED, dissolvedOn))
          .expectEvents(
              dissolved(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, dissolvedOn),
              new DelegationLapsed(
                  JOINT_COMMITTEE, DELEGATION, LapseReason.BODY_DISSOLVED, dissolvedOn),
              new DelegationLapsed(
                  JOINT_COMMITTEE, ICB_DELEGATION, LapseReason.BODY_DISSOLVED, dissolvedOn));
    }

    @Test
    void a_dissolution_on_the_day_of_a_recorded_decision_is_refused() {
      fixture
          .given((Object[]) operationalCommittee(granted(OPERATIONAL), decidedOn(VARIED)))
          .when(new ChangeBodyStatus(JOINT_COMMITTEE, BodyStatus.DISSOLVED, VARIED))
          .expectNoEvents()
          .expectException(violates(Rule.DISSOLUTION_BEFORE_RECORDED_ACTS));
    }
  }

  /** The CCG's delegations pass to the ICB on 1 July 2022 (seeds/003 §2.1, §4.6.1). */
  @Nested
  class PassingToTheSuccessor {

    private DelegationGranted ccgGranted(DelegationId id) {
      return new DelegationGranted(
          CDCP_EXECUTIVE,
          id,
          CCG,
          FUNCTION,
          SCOPE,
          LIMITS,
          List.of(),
          CCG_GOVERNING_BODY,
          EXECUTIVE_ESTABLISHED);
    }

    @Test
    void the_ccg_s_delegation_passes_to_the_icb() {
      fixture
          .given(executiveEstablished(), ccgGranted(DELEGATION))
          .when(new PassDelegationsToSuccessor(CDCP_EXECUTIVE, CCG, ICB, CCG_ABOLISHED))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              new DelegationPassedToSuccessor(CDCP_EXECUTIVE, DELEGATION, CCG, ICB, CCG_ABOLISHED));
    }

    @Test
    void the_delegations_of_other_partners_stay_with_them() {
      fixture
          .given(
              executiveEstablished(),
              new DelegationGranted(
                  CDCP_EXECUTIVE,
                  DELEGATION,
                  DCC,
                  FUNCTION,
                  SCOPE,
                  LIMITS,
                  List.of(),
                  CCG_GOVERNING_BODY,
                  EXECUTIVE_ESTABLISHED))
          .when(new PassDelegationsToSuccessor(CDCP_EXECUTIVE, CCG, ICB, CCG_ABOLISHED))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_delegation_revoked_on_the_day_of_the_abolition_does_not_pass() {
      fixture
          .given(
              executiveEstablished(),
              ccgGranted(DELEGATION),
              new DelegationRevoked(CDCP_EXECUTIVE, DELEGATION, CCG_ABOLISHED))
          .when(new PassDelegationsToSuccessor(CDCP_EXECUTIVE, CCG, ICB, CCG_ABOLISHED))
          .expectNoEvents();
    }

    @Test
    void a_delegation_revoked_the_day_after_the_abolition_passes() {
      fixture
          .given(
              executiveEstablished(),
              ccgGranted(DELEGATION),
              new DelegationRevoked(CDCP_EXECUTIVE, DELEGATION, CCG_ABOLISHED.plusDays(1)))
          .when(new PassDelegationsToSuccessor(CDCP_EXECUTIVE, CCG, ICB, CCG_ABOLISHED))
          .expectEvents(
              new DelegationPassedToSuccessor(CDCP_EXECUTIVE, DELEGATION, CCG, ICB, CCG_ABOLISHED));
    }

    @Test
    void a_delegation_already_passed_does_not_pass_again() {
      fixture
          .given(
              executiveEstablished(),
              ccgGranted(DELEGATION),
              new DelegationPassedToSuccessor(CDCP_EXECUTIVE, DELEGATION, CCG, ICB, CCG_ABOLISHED))
          .when(new PassDelegationsToSuccessor(CDCP_EXECUTIVE, CCG, ICB, CCG_ABOLISHED))
          .expectNoEvents();
    }

    @Test
    void after_the_passing_the_icb_varies_the_delegation() {
      Approval icbBoard = new Approval("NHS NENC ICB Board", CCG_ABOLISHED, "Board, item 2");
      fixture
          .given(
              executiveEstablished(),
              ccgGranted(DELEGATION),
              new DelegationPassedToSuccessor(CDCP_EXECUTIVE, DELEGATION, CCG, ICB, CCG_ABOLISHED))
          .when(
              new VaryDelegation(
                  CDCP_EXECUTIVE, DELEGATION, LIMITS, List.of(), icbBoard, CCG_ABOLISHED))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_CHANGE_OUT_OF_ORDER));
      fixture
          .given(
              executiveEstablished(),
              ccgGranted(DELEGATION),
              new DelegationPassedToSuccessor(CDCP_EXECUTIVE, DELEGATION, CCG, ICB, CCG_ABOLISHED))
          .when(
              new VaryDelegation(
                  CDCP_EXECUTIVE,
                  DELEGATION,
                  LIMITS,
                  List.of(),
                  icbBoard,
                  CCG_ABOLISHED.plusDays(1)))
          .expectEvents(
              new DelegationVaried(
                  CDCP_EXECUTIVE,
                  DELEGATION,
                  LIMITS,
                  List.of(),
                  icbBoard,
                  CCG_ABOLISHED.plusDays(1)));
    }
  }
}
