package uk.partnershipledger.command.body;

import static uk.partnershipledger.command.body.BodyFixtures.CDCP_FORMED;
import static uk.partnershipledger.command.body.BodyFixtures.DCC;
import static uk.partnershipledger.command.body.BodyFixtures.ICB;
import static uk.partnershipledger.command.body.BodyFixtures.JOINT_COMMITTEE;
import static uk.partnershipledger.command.body.BodyFixtures.OPERATIONAL;
import static uk.partnershipledger.command.body.BodyFixtures.PROPOSED;
import static uk.partnershipledger.command.body.BodyFixtures.SHADOW;
import static uk.partnershipledger.command.body.BodyFixtures.dissolved;
import static uk.partnershipledger.command.body.BodyFixtures.inShadowForm;
import static uk.partnershipledger.command.body.BodyFixtures.operational;
import static uk.partnershipledger.command.body.BodyFixtures.proposed;
import static uk.partnershipledger.command.ledger.Violations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.body.BodyCommands.AdoptTermsOfReference;
import uk.partnershipledger.command.body.BodyCommands.CheckNoRelianceOnPartner;
import uk.partnershipledger.command.body.BodyCommands.CorrectStatusDate;
import uk.partnershipledger.command.body.BodyCommands.CorrectTermsOfReference;
import uk.partnershipledger.command.body.BodyFixtures.Bodies;
import uk.partnershipledger.command.body.BodyFixtures.Organisations;
import uk.partnershipledger.command.body.BodyFixtures.Partnerships;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceAdopted;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceCorrected;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;

/**
 * DOMAIN.md rule 7 for terms of reference, and the check a body makes when a partner's joining is
 * corrected to a later date.
 */
class TermsOfReferenceCorrectionTest {

  private static final LocalDate SECOND = LocalDate.of(2023, 4, 1);
  private static final LocalDate THIRD = LocalDate.of(2024, 1, 1);

  private FixtureConfiguration<GovernanceBody> fixture;

  @BeforeEach
  void setUp() {
    fixture =
        BodyFixtures.fixture(
            new Organisations(),
            new Partnerships().tenure(BodyFixtures.CDCP, DCC, CDCP_FORMED, null),
            new Bodies());
  }

  private String idOfGiven(int index) {
    return fixture
        .getEventStore()
        .readEvents(JOINT_COMMITTEE.toString())
        .asStream()
        .toList()
        .get(index)
        .getIdentifier();
  }

  private static TermsOfReferenceAdopted adopted(int version, LocalDate date) {
    return new TermsOfReferenceAdopted(
        JOINT_COMMITTEE, version, "Joint committee terms of reference", "JC-ToR-" + version, date);
  }

  /**
   * Proposed, in shadow form, operational; terms adopted in shadow form, on going live, in 2024.
   */
  private static Object[] history(Object... more) {
    Object[] base = {
      proposed(),
      inShadowForm(),
      operational(),
      adopted(1, SHADOW),
      adopted(2, SECOND),
      adopted(3, THIRD)
    };
    Object[] all = new Object[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private static CorrectTermsOfReference correct(
      int version, String title, String reference, LocalDate date) {
    return new CorrectTermsOfReference(
        JOINT_COMMITTEE, version, title, reference, date, " Minute of the meeting ");
  }

  @Nested
  class TermsOfReference {

    @Test
    void a_wrong_reference_is_corrected_naming_the_adoption_and_keeping_the_rest() {
      TestExecutor<GovernanceBody> given = fixture.given(history());
      String adoption = idOfGiven(4);

      given
          .when(correct(2, null, " JC-ToR-2023-01 ", null))
          .expectEvents(
              new TermsOfReferenceCorrected(
                  JOINT_COMMITTEE,
                  2,
                  adoption,
                  "Joint committee terms of reference",
                  "JC-ToR-2023-01",
                  "Minute of the meeting",
                  SECOND));
    }

    @Test
    void a_corrected_date_may_fall_on_the_previous_version_s_day_and_not_before() {
      fixture
          .given(history())
          .when(correct(2, null, null, SHADOW.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.TERMS_OF_REFERENCE_OUT_OF_ORDER));
      fixture
          .given(history())
          .when(correct(2, null, null, SHADOW))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_corrected_date_may_fall_on_the_next_version_s_day_and_not_after() {
      fixture
          .given(history())
          .when(correct(2, null, null, THIRD.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.TERMS_OF_REFERENCE_OUT_OF_ORDER));
      fixture
          .given(history())
          .when(correct(2, null, null, THIRD))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_first_version_cannot_predate_the_body() {
      fixture
          .given(history())
          .when(correct(1, null, null, PROPOSED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_NOT_YET_ESTABLISHED));
      fixture
          .given(history())
          .when(correct(1, null, null, PROPOSED))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_corrected_date_cannot_fall_on_or_after_the_dissolution() {
      LocalDate dissolvedOn = LocalDate.of(2024, 6, 1);
      Object dissolution = dissolved(JOINT_COMMITTEE, BodyStatus.OPERATIONAL, dissolvedOn);
      fixture
          .given(history(dissolution))
          .when(correct(3, null, null, dissolvedOn))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_DISSOLVED));
      fixture
          .given(history(dissolution))
          .when(correct(3, null, null, dissolvedOn.minusDays(1)))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_version_never_adopted_cannot_be_corrected() {
      fixture
          .given(history())
          .when(correct(4, "x", null, null))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    }

    @Test
    void a_correction_that_changes_nothing_is_refused() {
      fixture
          .given(history())
          .when(correct(2, "Joint committee terms of reference", "JC-ToR-2", SECOND))
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
    }

    @Test
    void a_second_correction_names_the_first() {
      TestExecutor<GovernanceBody> given = fixture.given(history());
      given.andGivenCommands(correct(2, "Terms of reference", null, null));
      String corrected = idOfGiven(6);

      given
          .when(correct(2, null, null, SECOND.plusDays(2)))
          .expectEvents(
              new TermsOfReferenceCorrected(
                  JOINT_COMMITTEE,
                  2,
                  corrected,
                  "Terms of reference",
                  "JC-ToR-2",
                  "Minute of the meeting",
                  SECOND.plusDays(2)));
    }

    @Test
    void a_new_version_is_judged_against_the_corrected_date_of_the_latest() {
      TestExecutor<GovernanceBody> given = fixture.given(history());
      given.andGivenCommands(correct(3, null, null, THIRD.plusMonths(2)));

      given
          .when(
              new AdoptTermsOfReference(
                  JOINT_COMMITTEE, "Terms", "JC-ToR-4", THIRD.plusMonths(2).minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.TERMS_OF_REFERENCE_OUT_OF_ORDER));
    }

    @Test
    void the_establishment_cannot_move_after_a_corrected_first_adoption() {
      LocalDate firstMeeting = LocalDate.of(2022, 8, 1);
      TestExecutor<GovernanceBody> given = fixture.given(history());
      String established = idOfGiven(0);
      given.andGivenCommands(correct(1, null, null, firstMeeting));

      given
          .when(new CorrectStatusDate(JOINT_COMMITTEE, established, firstMeeting.plusDays(1), "r"))
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    }
  }

  @Nested
  class RelianceOnAPartner {

    private final MembershipId member = MembershipId.newId();
    private final DelegationId delegation = DelegationId.newId();

    private MemberAppointed appointed(MemberRole role) {
      return new MemberAppointed(JOINT_COMMITTEE, member, "Cllr Lucy Hovvels", DCC, role, SHADOW);
    }

    private DelegationGranted granted() {
      return new DelegationGranted(
          JOINT_COMMITTEE,
          delegation,
          DCC,
          "community-mental-health",
          "Community mental health",
          List.of(new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("500000.00"), "Schemes")),
          List.of(),
          new Approval("Cabinet", LocalDate.of(2023, 3, 15), "2023/41"),
          OPERATIONAL);
    }

    private CheckNoRelianceOnPartner givingUpUntil(LocalDate until) {
      return new CheckNoRelianceOnPartner(JOINT_COMMITTEE, DCC, CDCP_FORMED, until);
    }

    @Test
    void a_voting_member_on_a_day_given_up_refuses_and_the_day_before_does_not() {
      fixture
          .given(proposed(), inShadowForm(), appointed(MemberRole.MEMBER))
          .when(givingUpUntil(SHADOW.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
      fixture
          .given(proposed(), inShadowForm(), appointed(MemberRole.MEMBER))
          .when(givingUpUntil(SHADOW))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_participant_without_a_vote_does_not_rely_on_the_partnership() {
      fixture
          .given(proposed(), inShadowForm(), appointed(MemberRole.PARTICIPANT))
          .when(givingUpUntil(OPERATIONAL))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_participant_who_later_votes_relies_on_it_from_that_day() {
      Object[] history = {
        proposed(),
        inShadowForm(),
        appointed(MemberRole.PARTICIPANT),
        new MemberRoleChanged(
            JOINT_COMMITTEE, member, MemberRole.PARTICIPANT, MemberRole.MEMBER, OPERATIONAL)
      };
      fixture
          .given(history)
          .when(givingUpUntil(OPERATIONAL.plusDays(1)))
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
      fixture.given(history).when(givingUpUntil(OPERATIONAL)).expectSuccessfulHandlerExecution();
    }

    @Test
    void a_delegation_in_force_on_a_day_given_up_refuses() {
      fixture
          .given(proposed(), inShadowForm(), operational(), granted())
          .when(givingUpUntil(OPERATIONAL.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
      fixture
          .given(proposed(), inShadowForm(), operational(), granted())
          .when(givingUpUntil(OPERATIONAL))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_delegation_that_ended_before_the_days_given_up_does_not_refuse() {
      LocalDate revoked = OPERATIONAL.plusMonths(1);
      fixture
          .given(
              proposed(),
              inShadowForm(),
              operational(),
              granted(),
              new DelegationRevoked(JOINT_COMMITTEE, delegation, revoked))
          .when(new CheckNoRelianceOnPartner(JOINT_COMMITTEE, DCC, revoked, revoked.plusDays(5)))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void another_organisation_s_members_and_delegations_do_not_count() {
      fixture
          .given(proposed(), inShadowForm(), operational(), appointed(MemberRole.CHAIR), granted())
          .when(new CheckNoRelianceOnPartner(JOINT_COMMITTEE, ICB, CDCP_FORMED, THIRD))
          .expectSuccessfulHandlerExecution();
    }
  }
}
