package uk.partnershipledger.command.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.partnership.PartnershipCommands.JoinPartnership;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordFormationCorrection;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordJoiningCorrection;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.FormationCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.FormationDateCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.JoiningCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerLeft;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerSucceeded;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;

/**
 * DOMAIN.md rule 7 for a partnership's formation date (docs/adr/0009): the founders recorded with
 * the formation move with it, and the corrected formation is judged as a formation on that date
 * would be. What the partnership's bodies and MoUs recorded is the cascade's part
 * (CommandApiTestBase).
 */
class FormationDateCorrectionTest {

  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final OrganisationId DCC = OrganisationId.newId();
  private static final OrganisationId CCG = OrganisationId.newId();
  private static final OrganisationId HDFT = OrganisationId.newId();
  private static final OrganisationId ICB = OrganisationId.newId();
  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate MAY = LocalDate.of(2018, 5, 1);
  private static final LocalDate CCG_ESTABLISHED = LocalDate.of(2013, 4, 1);
  private static final LocalDate ABOLISHED = LocalDate.of(2022, 7, 1);
  private static final String NAME = "County Durham Care Partnership";
  private static final String PLACE = "County Durham";

  private FixtureConfiguration<Partnership> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Partnership.class);
    fixture.registerInjectableResource(
        new Organisations()
            .register(DCC, "Durham County Council", LocalDate.of(1974, 4, 1), null)
            .register(CCG, "NHS County Durham CCG", CCG_ESTABLISHED, ABOLISHED)
            .register(HDFT, "Harrogate and District NHS FT", LocalDate.of(2004, 1, 1), null)
            .register(ICB, "NHS NENC ICB", LocalDate.of(2022, 5, 1), null));
  }

  /** Formed by the council and the CCG on 1 April 2018, then whatever follows. */
  private TestExecutor<Partnership> formedThen(Object... more) {
    return fixture
        .given(
            new PartnershipFormed(CDCP, NAME, PLACE, FORMED),
            new PartnerJoined(CDCP, DCC, FORMED),
            new PartnerJoined(CDCP, CCG, FORMED))
        .andGiven(more);
  }

  /** Formed as above, its date then corrected to 1 May 2018 (the fourth event). */
  private TestExecutor<Partnership> formedAndRedatedToMay() {
    TestExecutor<Partnership> given = formedThen();
    return given.andGiven(
        new FormationDateCorrected(CDCP, idOfGiven(0), List.of(DCC, CCG), FORMED, "r", MAY));
  }

  private List<? extends EventMessage<?>> stored() {
    return fixture.getEventStore().readEvents(CDCP.toString()).asStream().toList();
  }

  private String idOfGiven(int index) {
    return stored().get(index).getIdentifier();
  }

  private static RecordFormationCorrection redate(String event, LocalDate date) {
    return new RecordFormationCorrection(CDCP, event, null, null, date, " Framework minutes ");
  }

  @Test
  void moved_later_the_founders_move_with_the_formation_and_the_old_date_is_answered() {
    TestExecutor<Partnership> given = formedThen();
    String formation = idOfGiven(0);

    given
        .when(redate(formation, MAY))
        .expectEvents(
            new FormationDateCorrected(
                CDCP, formation, List.of(DCC, CCG), FORMED, "Framework minutes", MAY))
        .expectResultMessagePayload(FORMED);
  }

  @Test
  void moved_earlier_each_founder_must_have_existed_on_the_new_date() {
    formedThen()
        .when(redate(idOfGiven(0), CCG_ESTABLISHED.minusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    TestExecutor<Partnership> given = formedThen();
    given
        .when(redate(idOfGiven(0), CCG_ESTABLISHED))
        .expectEvents(
            new FormationDateCorrected(
                CDCP,
                idOfGiven(0),
                List.of(DCC, CCG),
                FORMED,
                "Framework minutes",
                CCG_ESTABLISHED));
  }

  @Test
  void moved_later_a_founder_abolished_by_the_new_date_is_refused() {
    formedThen(new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED))
        .when(redate(idOfGiven(0), ABOLISHED))
        .expectNoEvents()
        .expectException(violates(Rule.ORGANISATION_ABOLISHED));
  }

  @Test
  void moved_later_a_joining_of_another_partner_before_the_new_date_refuses_it_and_one_on_it_not() {
    LocalDate joined = LocalDate.of(2020, 12, 1);
    Object hdftJoined = new PartnerJoined(CDCP, HDFT, joined);
    formedThen(hdftJoined)
        .when(redate(idOfGiven(0), joined.plusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.FORMATION_AFTER_RECORDED_ACTS));
    TestExecutor<Partnership> given = formedThen(hdftJoined);
    given
        .when(redate(idOfGiven(0), joined))
        .expectEvents(
            new FormationDateCorrected(
                CDCP, idOfGiven(0), List.of(DCC, CCG), FORMED, "Framework minutes", joined));
  }

  @Test
  void a_joining_on_the_formation_day_recorded_after_something_else_is_not_a_founder() {
    Object[] later = {
      new FormationCorrected(CDCP, "formation", "CDCP", PLACE, "r", FORMED),
      new PartnerJoined(CDCP, HDFT, FORMED)
    };
    formedThen(later)
        .when(redate(idOfGiven(3), MAY))
        .expectNoEvents()
        .expectException(violates(Rule.FORMATION_AFTER_RECORDED_ACTS));
    TestExecutor<Partnership> given = formedThen(later);
    given
        .when(redate(idOfGiven(3), FORMED.minusDays(1)))
        .expectEvents(
            new FormationDateCorrected(
                CDCP,
                idOfGiven(3),
                List.of(DCC, CCG),
                FORMED,
                "Framework minutes",
                FORMED.minusDays(1)));
  }

  @Test
  void a_founder_whose_joining_was_corrected_to_another_day_keeps_that_day() {
    LocalDate june = LocalDate.of(2018, 6, 1);
    TestExecutor<Partnership> given = formedThen();
    given.andGiven(new JoiningCorrected(CDCP, CCG, idOfGiven(2), FORMED, "r", june));
    given
        .when(redate(idOfGiven(0), MAY))
        .expectEvents(
            new FormationDateCorrected(
                CDCP, idOfGiven(0), List.of(DCC), FORMED, "Framework minutes", MAY));
    given = formedThen();
    given.andGiven(new JoiningCorrected(CDCP, CCG, idOfGiven(2), FORMED, "r", june));
    given
        .when(redate(idOfGiven(0), june.plusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.FORMATION_AFTER_RECORDED_ACTS));
  }

  @Test
  void moved_later_a_notice_or_a_reporting_line_before_the_new_date_refuses_it() {
    LocalDate day = LocalDate.of(2019, 1, 1);
    formedThen(new PartnerGaveNotice(CDCP, DCC, null, day))
        .when(redate(idOfGiven(0), day.plusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.FORMATION_AFTER_RECORDED_ACTS));
    Object line =
        new ReportingLineDrawn(
            CDCP, BodyId.newId(), BodyId.newId(), ReportingLineKind.DIRECT_ACCOUNTABILITY, day);
    formedThen(line)
        .when(redate(idOfGiven(0), day.plusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.FORMATION_AFTER_RECORDED_ACTS));
    TestExecutor<Partnership> given = formedThen(line);
    given.when(redate(idOfGiven(0), day)).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_founder_that_left_on_the_new_date_would_never_have_been_a_partner() {
    LocalDate left = LocalDate.of(2019, 1, 1);
    Object[] leaving = {
      new PartnerGaveNotice(CDCP, DCC, null, left), new PartnerLeft(CDCP, DCC, left)
    };
    formedThen(leaving)
        .when(redate(idOfGiven(0), left))
        .expectNoEvents()
        .expectException(violates(Rule.FORMATION_AFTER_RECORDED_ACTS));
    TestExecutor<Partnership> given = formedThen(leaving);
    given.when(redate(idOfGiven(0), left.minusDays(1))).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_correction_to_the_date_recorded_changes_nothing() {
    formedThen()
        .when(redate(idOfGiven(0), FORMED))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
  }

  @Test
  void a_new_name_and_date_are_two_corrections_the_second_naming_the_first() {
    TestExecutor<Partnership> given = formedThen();
    String formation = idOfGiven(0);

    given
        .when(new RecordFormationCorrection(CDCP, formation, "CDCP", null, MAY, "r"))
        .expectSuccessfulHandlerExecution();

    List<? extends EventMessage<?>> events = stored();
    assertThat(events).hasSize(5);
    assertThat(events.get(3).getPayload())
        .isEqualTo(new FormationCorrected(CDCP, formation, "CDCP", PLACE, "r", FORMED));
    assertThat(events.get(4).getPayload())
        .isEqualTo(
            new FormationDateCorrected(
                CDCP, events.get(3).getIdentifier(), List.of(DCC, CCG), FORMED, "r", MAY));
  }

  @Test
  void a_second_date_correction_names_the_first_and_moves_the_same_founders() {
    TestExecutor<Partnership> given = formedAndRedatedToMay();
    String first = idOfGiven(3);

    given
        .when(redate(first, FORMED))
        .expectEvents(
            new FormationDateCorrected(
                CDCP, first, List.of(DCC, CCG), MAY, "Framework minutes", FORMED));
    given = formedAndRedatedToMay();
    given
        .when(redate(idOfGiven(0), FORMED))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void after_the_correction_nothing_happens_before_the_new_date_and_a_founder_s_joining_names_it() {
    TestExecutor<Partnership> given = formedAndRedatedToMay();
    String correction = idOfGiven(3);

    given
        .when(new RecordJoiningCorrection(CDCP, DCC, correction, MAY.plusDays(1), "r"))
        .expectEvents(new JoiningCorrected(CDCP, DCC, correction, MAY, "r", MAY.plusDays(1)));
    given = formedAndRedatedToMay();
    given
        .when(new RecordJoiningCorrection(CDCP, DCC, idOfGiven(1), MAY.plusDays(1), "r"))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    formedThen(new FormationDateCorrected(CDCP, "formation", List.of(DCC, CCG), FORMED, "r", MAY))
        .when(new JoinPartnership(CDCP, HDFT, MAY.minusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.PARTNERSHIP_NOT_YET_FORMED));
  }
}
