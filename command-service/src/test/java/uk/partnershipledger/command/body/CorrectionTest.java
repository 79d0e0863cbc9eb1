package uk.partnershipledger.command.body;

import static uk.partnershipledger.command.body.BodyFixtures.CCG;
import static uk.partnershipledger.command.body.BodyFixtures.CCG_ABOLISHED;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP;
import static uk.partnershipledger.command.body.BodyFixtures.CDCP_FORMED;
import static uk.partnershipledger.command.body.BodyFixtures.DCC;
import static uk.partnershipledger.command.body.BodyFixtures.ICB;
import static uk.partnershipledger.command.body.BodyFixtures.JOINT_COMMITTEE;
import static uk.partnershipledger.command.body.BodyFixtures.OPERATIONAL;
import static uk.partnershipledger.command.body.BodyFixtures.SHADOW;
import static uk.partnershipledger.command.body.BodyFixtures.inShadowForm;
import static uk.partnershipledger.command.body.BodyFixtures.operational;
import static uk.partnershipledger.command.body.BodyFixtures.proposed;
import static uk.partnershipledger.command.ledger.Violations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.body.BodyCommands.CorrectAppointment;
import uk.partnershipledger.command.body.BodyCommands.CorrectDecision;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationLimits;
import uk.partnershipledger.command.body.BodyCommands.CorrectStatusDate;
import uk.partnershipledger.command.body.BodyFixtures.Bodies;
import uk.partnershipledger.command.body.BodyFixtures.Organisations;
import uk.partnershipledger.command.body.BodyFixtures.Partnerships;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.AppointmentCorrected;
import uk.partnershipledger.events.body.BodyEvent.BodyReplaced;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.DecisionCorrected;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DelegationChangeDateCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLapsed;
import uk.partnershipledger.events.body.BodyEvent.DelegationLimitsCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationVaried;
import uk.partnershipledger.events.body.BodyEvent.InterestDeclared;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.ReplacementCorrected;
import uk.partnershipledger.events.body.BodyEvent.StatusDateCorrected;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DeclarationId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;

/**
 * Rule 7 of DOMAIN.md: a wrong date, person or amount is put right by a correction that names the
 * event it corrects and why; nothing is edited or deleted. A corrected fact must hold under the
 * same rules as if it had been recorded so.
 */
class CorrectionTest {

  private static final DelegationId DELEGATION = DelegationId.newId();
  private static final DecisionId DECISION = DecisionId.newId();
  private static final MembershipId HOVVELS = MembershipId.newId();
  private static final MembershipId FINDLAY = MembershipId.newId();
  private static final String FUNCTION = "community-mental-health";
  private static final BigDecimal HALF_A_MILLION = new BigDecimal("500000.00");
  private static final BigDecimal FOUR_HUNDRED_THOUSAND = new BigDecimal("400000.00");
  private static final LocalDate DECIDED = LocalDate.of(2023, 7, 12);
  private static final LocalDate AUGUST = LocalDate.of(2022, 8, 1);
  private static final Approval CABINET =
      new Approval("Durham County Council Cabinet", LocalDate.of(2023, 3, 15), "2023/41");

  private final Organisations organisations = new Organisations();
  private final Partnerships partnerships =
      new Partnerships()
          .tenure(CDCP, DCC, CDCP_FORMED, null)
          .tenure(CDCP, CCG, CDCP_FORMED, CCG_ABOLISHED)
          .tenure(CDCP, ICB, CCG_ABOLISHED, null);
  private FixtureConfiguration<GovernanceBody> fixture;

  private final Bodies bodies = new Bodies();

  @BeforeEach
  void setUp() {
    fixture = BodyFixtures.fixture(organisations, partnerships, bodies);
  }

  private static List<FinancialLimit> newSchemesUpTo(BigDecimal maximum) {
    return List.of(new FinancialLimit(LimitKind.NEW_SCHEME, maximum, "New schemes"));
  }

  private static DelegationGranted granted() {
    return new DelegationGranted(
        JOINT_COMMITTEE,
        DELEGATION,
        DCC,
        FUNCTION,
        "Community mental health services",
        newSchemesUpTo(HALF_A_MILLION),
        List.of(),
        CABINET,
        OPERATIONAL);
  }

  private static DecisionRecorded decided(BigDecimal amount, LocalDate date) {
    return new DecisionRecorded(
        JOINT_COMMITTEE,
        DECISION,
        DELEGATION,
        DCC,
        "Crisis service",
        "CMH-7",
        FUNCTION,
        LimitKind.NEW_SCHEME,
        amount,
        List.of(),
        date);
  }

  private static MemberAppointed appointed(MembershipId id, String person, MemberRole role) {
    return new MemberAppointed(JOINT_COMMITTEE, id, person, DCC, role, OPERATIONAL);
  }

  /** The id the fixture gave the {@code index}th given event: what a correction names. */
  private String idOfGiven(int index) {
    List<? extends DomainEventMessage<?>> given =
        fixture.getEventStore().readEvents(JOINT_COMMITTEE.toString()).asStream().toList();
    return given.get(index).getIdentifier();
  }

  @Nested
  class Decisions {

    private final Object[] history = {
      proposed(), inShadowForm(), operational(), granted(), decided(FOUR_HUNDRED_THOUSAND, DECIDED)
    };

    @Test
    void a_wrong_amount_is_corrected_naming_the_decision_s_event() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String recorded = idOfGiven(4);

      given
          .when(
              new CorrectDecision(
                  JOINT_COMMITTEE,
                  DECISION,
                  null,
                  null,
                  new BigDecimal("40000.00"),
                  null,
                  "Minute says £40,000"))
          .expectEvents(
              new DecisionCorrected(
                  JOINT_COMMITTEE,
                  DECISION,
                  recorded,
                  DELEGATION,
                  DCC,
                  "Crisis service",
                  LimitKind.NEW_SCHEME,
                  new BigDecimal("40000.00"),
                  List.of(),
                  "Minute says £40,000",
                  DECIDED));
    }

    @Test
    void a_corrected_amount_over_the_limit_is_refused_with_the_limit_s_rule() {
      fixture
          .given(history)
          .when(
              new CorrectDecision(
                  JOINT_COMMITTEE,
                  DECISION,
                  null,
                  null,
                  HALF_A_MILLION.add(new BigDecimal("0.01")),
                  null,
                  "r"))
          .expectNoEvents()
          .expectException(violates(Rule.AMOUNT_OVER_LIMIT));
    }

    @Test
    void a_corrected_amount_exactly_at_the_limit_holds() {
      fixture
          .given(history)
          .when(
              new CorrectDecision(JOINT_COMMITTEE, DECISION, null, null, HALF_A_MILLION, null, "r"))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_corrected_date_in_shadow_form_is_refused_and_the_day_it_became_operational_holds() {
      fixture
          .given(history)
          .when(
              new CorrectDecision(
                  JOINT_COMMITTEE, DECISION, null, null, null, OPERATIONAL.minusDays(1), "r"))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_NOT_OPERATIONAL));
      fixture
          .given(history)
          .when(new CorrectDecision(JOINT_COMMITTEE, DECISION, null, null, null, OPERATIONAL, "r"))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_correction_that_changes_nothing_is_refused() {
      fixture
          .given(history)
          .when(
              new CorrectDecision(
                  JOINT_COMMITTEE, DECISION, "Crisis service", null, null, DECIDED, "r"))
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
    }

    @Test
    void a_decision_never_recorded_cannot_be_corrected() {
      fixture
          .given(history)
          .when(
              new CorrectDecision(JOINT_COMMITTEE, DecisionId.newId(), "x", null, null, null, "r"))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    }

    @Test
    void a_second_correction_names_the_first_and_judges_against_the_corrected_facts() {
      DecisionCorrected first =
          new DecisionCorrected(
              JOINT_COMMITTEE,
              DECISION,
              "the-recorded-decision",
              DELEGATION,
              DCC,
              "Crisis service",
              LimitKind.NEW_SCHEME,
              new BigDecimal("40000.00"),
              List.of(),
              "first",
              DECIDED);
      fixture
          .given(concat(history, first))
          .when(
              new CorrectDecision(
                  JOINT_COMMITTEE, DECISION, null, null, new BigDecimal("40000.00"), null, "r"))
          .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));

      TestExecutor<GovernanceBody> given = fixture.given(concat(history, first));
      String corrected = idOfGiven(5);
      given
          .when(
              new CorrectDecision(
                  JOINT_COMMITTEE, DECISION, null, null, new BigDecimal("45000.00"), null, "r"))
          .expectEvents(
              new DecisionCorrected(
                  JOINT_COMMITTEE,
                  DECISION,
                  corrected,
                  DELEGATION,
                  DCC,
                  "Crisis service",
                  LimitKind.NEW_SCHEME,
                  new BigDecimal("45000.00"),
                  List.of(),
                  "r",
                  DECIDED));
    }
  }

  @Nested
  class DelegationLimits {

    private final Object[] history = {
      proposed(), inShadowForm(), operational(), granted(), decided(FOUR_HUNDRED_THOUSAND, DECIDED)
    };

    @Test
    void the_grant_s_limits_are_corrected_from_the_grant_s_date() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String grant = idOfGiven(3);

      given
          .when(
              new CorrectDelegationLimits(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  grant,
                  newSchemesUpTo(FOUR_HUNDRED_THOUSAND),
                  "Cabinet minute 2023/41"))
          .expectEvents(
              new DelegationLimitsCorrected(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  grant,
                  newSchemesUpTo(FOUR_HUNDRED_THOUSAND),
                  "Cabinet minute 2023/41",
                  OPERATIONAL));
    }

    @Test
    void limits_that_a_recorded_decision_would_exceed_by_a_penny_are_refused() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String grant = idOfGiven(3);

      given
          .when(
              new CorrectDelegationLimits(
                  JOINT_COMMITTEE,
                  DELEGATION,
                  grant,
                  newSchemesUpTo(FOUR_HUNDRED_THOUSAND.subtract(new BigDecimal("0.01"))),
                  "r"))
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    }

    @Test
    void an_event_that_did_not_record_the_limits_cannot_be_named() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String decision = idOfGiven(4);

      given
          .when(
              new CorrectDelegationLimits(
                  JOINT_COMMITTEE, DELEGATION, decision, newSchemesUpTo(HALF_A_MILLION), "r"))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    }

    @Test
    void the_same_limits_are_no_correction() {
      TestExecutor<GovernanceBody> given = fixture.given(history);
      String grant = idOfGiven(3);

      given
          .when(
              new CorrectDelegationLimits(
                  JOINT_COMMITTEE, DELEGATION, grant, newSchemesUpTo(HALF_A_MILLION), "r"))
          .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
    }
  }

  /**
   * A dissolution's date moves with what the dissolution recorded: the delegations it lapsed lapse
   * on the corrected day, in the same unit of work (docs/adr/0009).
   */
  @Nested
  class DissolutionDates {

    private final LocalDate dissolved = LocalDate.of(2024, 4, 1);

    private Object[] dissolvedWithItsDelegation(Object... before) {
      List<Object> history = new java.util.ArrayList<>();
      history.addAll(List.of(proposed(), inShadowForm(), operational(), granted()));
      history.addAll(List.of(before));
      history.add(
          new BodyStatusChanged(
              JOINT_COMMITTEE, BodyStatus.OPERATIONAL, BodyStatus.DISSOLVED, dissolved));
      history.add(
          new DelegationLapsed(JOINT_COMMITTEE, DELEGATION, LapseReason.BODY_DISSOLVED, dissolved));
      return history.toArray();
    }

    @Test
    void moved_earlier_the_dissolution_takes_its_lapsed_delegation_with_it() {
      TestExecutor<GovernanceBody> given = fixture.given(dissolvedWithItsDelegation());
      String dissolution = idOfGiven(4);
      String lapse = idOfGiven(5);
      LocalDate corrected = dissolved.minusMonths(2);

      given
          .when(new CorrectStatusDate(JOINT_COMMITTEE, dissolution, corrected, "Minutes say 1 Feb"))
          .expectEvents(
              new StatusDateCorrected(
                  JOINT_COMMITTEE,
                  dissolution,
                  BodyStatus.DISSOLVED,
                  dissolved,
                  "Minutes say 1 Feb",
                  corrected),
              new DelegationChangeDateCorrected(
                  JOINT_COMMITTEE, DELEGATION, lapse, dissolved, "Minutes say 1 Feb", corrected));
    }

    @Test
    void moved_later_the_delegation_stays_in_force_until_the_corrected_dissolution() {
      TestExecutor<GovernanceBody> given = fixture.given(dissolvedWithItsDelegation());
      String dissolution = idOfGiven(4);
      LocalDate corrected = dissolved.plusDays(1);

      given
          .when(new CorrectStatusDate(JOINT_COMMITTEE, dissolution, corrected, "r"))
          .expectEvents(
              new StatusDateCorrected(
                  JOINT_COMMITTEE, dissolution, BodyStatus.DISSOLVED, dissolved, "r", corrected),
              new DelegationChangeDateCorrected(
                  JOINT_COMMITTEE, DELEGATION, idOfGiven(5), dissolved, "r", corrected));
    }

    @Test
    void moved_earlier_than_a_decision_under_the_delegation_it_is_refused_and_nothing_moves() {
      TestExecutor<GovernanceBody> given =
          fixture.given(dissolvedWithItsDelegation(decided(FOUR_HUNDRED_THOUSAND, DECIDED)));

      given
          .when(new CorrectStatusDate(JOINT_COMMITTEE, idOfGiven(5), DECIDED, "r"))
          .expectNoEvents()
          // Judged as a decision of a dissolved body, as every status date correction judges it.
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
      fixture
          .given(dissolvedWithItsDelegation(decided(FOUR_HUNDRED_THOUSAND, DECIDED)))
          .when(new CorrectStatusDate(JOINT_COMMITTEE, idOfGiven(5), DECIDED.plusDays(1), "r"))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void moved_earlier_than_the_delegation_s_last_variation_it_is_refused() {
      LocalDate varied = LocalDate.of(2024, 1, 1);
      TestExecutor<GovernanceBody> given =
          fixture.given(
              dissolvedWithItsDelegation(
                  new DelegationVaried(
                      JOINT_COMMITTEE,
                      DELEGATION,
                      newSchemesUpTo(FOUR_HUNDRED_THOUSAND),
                      List.of(),
                      CABINET,
                      varied)));

      given
          .when(new CorrectStatusDate(JOINT_COMMITTEE, idOfGiven(5), varied, "r"))
          .expectNoEvents()
          .expectException(violates(Rule.DELEGATION_CHANGE_OUT_OF_ORDER));
    }

    @Test
    void moved_earlier_than_an_appointment_it_is_refused_as_a_dissolution_then_would_be() {
      LocalDate appointedOn = LocalDate.of(2024, 2, 1);
      TestExecutor<GovernanceBody> given =
          fixture.given(
              dissolvedWithItsDelegation(
                  new MemberAppointed(
                      JOINT_COMMITTEE,
                      HOVVELS,
                      "Cllr Hovvels",
                      DCC,
                      MemberRole.MEMBER,
                      appointedOn)));

      given
          .when(new CorrectStatusDate(JOINT_COMMITTEE, idOfGiven(5), appointedOn, "r"))
          .expectNoEvents()
          .expectException(violates(Rule.DISSOLUTION_BEFORE_RECORDED_ACTS));
    }

    @Test
    void a_dissolution_by_replacement_moves_with_its_replacement() {
      TestExecutor<GovernanceBody> given =
          fixture.given(
              proposed(),
              inShadowForm(),
              operational(),
              new BodyStatusChanged(
                  JOINT_COMMITTEE, BodyStatus.OPERATIONAL, BodyStatus.DISSOLVED, dissolved),
              new BodyReplaced(JOINT_COMMITTEE, BodyFixtures.CDCP_EXECUTIVE, dissolved));
      String dissolution = idOfGiven(3);
      String replacement = idOfGiven(4);

      given
          .when(new CorrectStatusDate(JOINT_COMMITTEE, dissolution, dissolved.plusDays(1), "r"))
          .expectEvents(
              new StatusDateCorrected(
                  JOINT_COMMITTEE,
                  dissolution,
                  BodyStatus.DISSOLVED,
                  dissolved,
                  "r",
                  dissolved.plusDays(1)),
              new ReplacementCorrected(
                  JOINT_COMMITTEE,
                  replacement,
                  BodyFixtures.CDCP_EXECUTIVE,
                  "r",
                  dissolved.plusDays(1)));
    }

    @Test
    void a_replacement_cannot_move_before_the_replacing_body_was_established() {
      BodyId newcomer = BodyId.newId();
      bodies.register(new BodyDirectory.KnownBody(newcomer, CDCP, "Joint Board", dissolved));
      TestExecutor<GovernanceBody> given =
          fixture.given(
              proposed(),
              inShadowForm(),
              operational(),
              new BodyStatusChanged(
                  JOINT_COMMITTEE, BodyStatus.OPERATIONAL, BodyStatus.DISSOLVED, dissolved),
              new BodyReplaced(JOINT_COMMITTEE, newcomer, dissolved));

      given
          .when(new CorrectStatusDate(JOINT_COMMITTEE, idOfGiven(3), dissolved.minusDays(1), "r"))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_NOT_YET_ESTABLISHED));
    }
  }

  @Nested
  class StatusDates {

    @Test
    void the_operational_start_moves_to_the_corrected_date() {
      TestExecutor<GovernanceBody> given = fixture.given(proposed(), inShadowForm(), operational());
      String operational = idOfGiven(2);

      given
          .when(
              new CorrectStatusDate(
                  JOINT_COMMITTEE, operational, OPERATIONAL.plusDays(3), "First meeting"))
          .expectEvents(
              new StatusDateCorrected(
                  JOINT_COMMITTEE,
                  operational,
                  BodyStatus.OPERATIONAL,
                  OPERATIONAL,
                  "First meeting",
                  OPERATIONAL.plusDays(3)));
    }

    @Test
    void a_corrected_date_that_would_leave_a_recorded_decision_before_it_is_refused() {
      TestExecutor<GovernanceBody> given =
          fixture.given(
              proposed(),
              inShadowForm(),
              operational(),
              granted(),
              decided(FOUR_HUNDRED_THOUSAND, OPERATIONAL));
      String operational = idOfGiven(2);

      given
          .when(new CorrectStatusDate(JOINT_COMMITTEE, operational, OPERATIONAL.plusDays(1), "r"))
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    }

    @Test
    void a_corrected_date_out_of_the_lifecycle_s_order_is_refused() {
      TestExecutor<GovernanceBody> given = fixture.given(proposed(), inShadowForm(), operational());
      String operational = idOfGiven(2);

      given
          .when(new CorrectStatusDate(JOINT_COMMITTEE, operational, SHADOW.minusDays(1), "r"))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_STATUS_MUST_MOVE_FORWARD));
      fixture
          .given(proposed(), inShadowForm(), operational())
          .when(new CorrectStatusDate(JOINT_COMMITTEE, idOfGiven(2), SHADOW, "r"))
          .expectException(violates(Rule.BODY_STATUS_MUST_MOVE_FORWARD));
    }

    @Test
    void the_establishment_cannot_move_after_facts_recorded_about_the_body() {
      TestExecutor<GovernanceBody> given =
          fixture.given(proposed(), inShadowForm(), appointedWhileProposed());
      String established = idOfGiven(0);

      given
          .when(new CorrectStatusDate(JOINT_COMMITTEE, established, AUGUST.plusDays(1), "r"))
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    }

    @Test
    void the_establishment_moves_back_to_the_partnership_s_formation_and_not_before() {
      TestExecutor<GovernanceBody> given = fixture.given(proposed());
      given
          .when(new CorrectStatusDate(JOINT_COMMITTEE, idOfGiven(0), CDCP_FORMED.minusDays(1), "r"))
          .expectNoEvents()
          .expectException(violates(Rule.PARTNERSHIP_NOT_YET_FORMED));
      given = fixture.given(proposed());
      given
          .when(new CorrectStatusDate(JOINT_COMMITTEE, idOfGiven(0), CDCP_FORMED, "r"))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_unknown_event_is_refused() {
      fixture
          .given(proposed())
          .when(new CorrectStatusDate(JOINT_COMMITTEE, "not-an-event", SHADOW, "r"))
          .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    }

    /** A member appointed while the committee was only proposed. */
    private MemberAppointed appointedWhileProposed() {
      return new MemberAppointed(
          JOINT_COMMITTEE, HOVVELS, "Cllr Lucy Hovvels", DCC, MemberRole.MEMBER, AUGUST);
    }
  }

  @Nested
  class Appointments {

    @Test
    void the_wrong_person_s_name_is_corrected() {
      TestExecutor<GovernanceBody> given =
          fixture.given(
              proposed(), operational(), appointed(HOVVELS, "Cllr Lucy Hovells", MemberRole.CHAIR));
      String appointment = idOfGiven(2);

      given
          .when(
              new CorrectAppointment(
                  JOINT_COMMITTEE, HOVVELS, "Cllr Lucy Hovvels", null, "Misspelt"))
          .expectEvents(
              new AppointmentCorrected(
                  JOINT_COMMITTEE,
                  HOVVELS,
                  appointment,
                  "Cllr Lucy Hovvels",
                  "Misspelt",
                  OPERATIONAL));
    }

    @Test
    void a_corrected_chair_s_date_may_not_overlap_another_chair() {
      fixture
          .given(
              proposed(),
              operational(),
              new MemberAppointed(
                  JOINT_COMMITTEE, FINDLAY, "Dr Stewart Findlay", DCC, MemberRole.CHAIR, SHADOW),
              new uk.partnershipledger.events.body.BodyEvent.MembershipEnded(
                  JOINT_COMMITTEE, FINDLAY, OPERATIONAL),
              appointed(HOVVELS, "Cllr Lucy Hovvels", MemberRole.CHAIR))
          .when(
              new CorrectAppointment(JOINT_COMMITTEE, HOVVELS, null, OPERATIONAL.minusDays(1), "r"))
          .expectNoEvents()
          .expectException(violates(Rule.CHAIR_ALREADY_APPOINTED));
    }

    @Test
    void a_corrected_date_after_the_member_declared_an_interest_is_refused() {
      fixture
          .given(
              proposed(),
              operational(),
              appointed(HOVVELS, "Cllr Lucy Hovvels", MemberRole.MEMBER),
              new InterestDeclared(
                  JOINT_COMMITTEE, DeclarationId.newId(), HOVVELS, "CMH-7", "Trustee", DECIDED))
          .when(new CorrectAppointment(JOINT_COMMITTEE, HOVVELS, null, DECIDED.plusDays(1), "r"))
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    }

    @Test
    void an_unknown_membership_is_refused() {
      fixture
          .given(proposed())
          .when(new CorrectAppointment(JOINT_COMMITTEE, FINDLAY, "x", null, "r"))
          .expectException(violates(Rule.UNKNOWN_MEMBERSHIP));
    }
  }

  private static Object[] concat(Object[] history, Object... more) {
    Object[] all = new Object[history.length + more.length];
    System.arraycopy(history, 0, all, 0, history.length);
    System.arraycopy(more, 0, all, history.length, more.length);
    return all;
  }
}
