package uk.partnershipledger.command.partnership;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.body.BodyDirectory;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectReportingLine;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectReportingLineEnd;
import uk.partnershipledger.command.partnership.PartnershipCommands.DrawReportingLine;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineEndCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineEnded;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;

/**
 * DOMAIN.md rule 7 for a reporting line's end: a wrong date is corrected by naming the ending, and
 * the line is judged as in force on the days it now covers, the circle check included.
 */
class ReportingLineEndCorrectionTest {

  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final BodyId JC = BodyId.newId();
  private static final BodyId HWB = BodyId.newId();
  private static final BodyId ICB = BodyId.newId();
  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate LINE = LocalDate.of(2023, 4, 1);
  private static final LocalDate ENDED = LocalDate.of(2024, 4, 1);
  private static final ReportingLineKind DIRECT = ReportingLineKind.DIRECT_ACCOUNTABILITY;
  private static final ReportingLineKind REPORTING = ReportingLineKind.REPORTING_RELATIONSHIP;

  private FixtureConfiguration<Partnership> fixture;

  @BeforeEach
  void setUp() {
    Bodies bodies = new Bodies();
    bodies.register(JC, "Joint Committee", LocalDate.of(2022, 10, 1));
    bodies.register(HWB, "Health and Wellbeing Board", LocalDate.of(2013, 4, 1));
    bodies.register(ICB, "ICB Board", LocalDate.of(2010, 1, 1));
    fixture = new AggregateTestFixture<>(Partnership.class);
    fixture.registerInjectableResource(bodies);
  }

  private static Object[] history(Object... lines) {
    Object[] all = new Object[lines.length + 1];
    all[0] = new PartnershipFormed(CDCP, "County Durham Care Partnership", "County Durham", FORMED);
    System.arraycopy(lines, 0, all, 1, lines.length);
    return all;
  }

  private static ReportingLineDrawn drawn(
      BodyId from, BodyId to, ReportingLineKind kind, LocalDate on) {
    return new ReportingLineDrawn(CDCP, from, to, kind, on);
  }

  private static ReportingLineEnded ended(BodyId from, BodyId to, LocalDate on) {
    return new ReportingLineEnded(CDCP, from, to, on);
  }

  private String idOfGiven(int index) {
    return fixture
        .getEventStore()
        .readEvents(CDCP.toString())
        .asStream()
        .toList()
        .get(index)
        .getIdentifier();
  }

  private ResultValidator<Partnership> correct(Object[] history, int index, LocalDate date) {
    TestExecutor<Partnership> given = fixture.given(history);
    return given.when(new CorrectReportingLineEnd(CDCP, idOfGiven(index), date, " Minutes "));
  }

  @Test
  void a_wrong_end_is_corrected_naming_the_ending() {
    TestExecutor<Partnership> given =
        fixture.given(history(drawn(JC, HWB, DIRECT, LINE), ended(JC, HWB, ENDED)));
    String ending = idOfGiven(2);
    LocalDate right = ENDED.minusDays(1);

    given
        .when(new CorrectReportingLineEnd(CDCP, ending, right, " Minutes "))
        .expectEvents(
            new ReportingLineEndCorrected(CDCP, JC, HWB, ending, ENDED, "Minutes", right));
  }

  @Test
  void a_second_correction_names_the_first_and_the_first_is_no_longer_current() {
    TestExecutor<Partnership> given =
        fixture.given(history(drawn(JC, HWB, DIRECT, LINE), ended(JC, HWB, ENDED)));
    String ending = idOfGiven(2);
    LocalDate right = ENDED.plusMonths(1);
    given.andGiven(new ReportingLineEndCorrected(CDCP, JC, HWB, ending, ENDED, "r", right));
    String corrected = idOfGiven(3);

    given
        .when(new CorrectReportingLineEnd(CDCP, corrected, ENDED, "r"))
        .expectEvents(new ReportingLineEndCorrected(CDCP, JC, HWB, corrected, right, "r", ENDED));
    given = fixture.given(history(drawn(JC, HWB, DIRECT, LINE), ended(JC, HWB, ENDED)));
    given.andGiven(new ReportingLineEndCorrected(CDCP, JC, HWB, idOfGiven(2), ENDED, "r", right));
    given
        .when(new CorrectReportingLineEnd(CDCP, idOfGiven(2), ENDED, "r"))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void a_drawing_or_a_line_still_open_has_no_end_to_correct() {
    correct(history(drawn(JC, HWB, DIRECT, LINE), ended(JC, HWB, ENDED)), 1, ENDED.plusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    correct(history(drawn(JC, HWB, DIRECT, LINE)), 0, ENDED)
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void a_correction_that_changes_nothing_is_refused() {
    correct(history(drawn(JC, HWB, DIRECT, LINE), ended(JC, HWB, ENDED)), 2, ENDED)
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
  }

  @Test
  void a_line_ends_after_it_began() {
    Object[] history = history(drawn(JC, HWB, DIRECT, LINE), ended(JC, HWB, ENDED));
    correct(history, 2, LINE.minusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.REPORTING_LINE_NOT_IN_FORCE));
    correct(history, 2, LINE)
        .expectNoEvents()
        .expectException(violates(Rule.REPORTING_LINE_NOT_IN_FORCE));
    correct(history, 2, LINE.plusDays(1)).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_line_ends_after_its_corrected_start() {
    LocalDate start = LINE.plusMonths(2);
    TestExecutor<Partnership> given =
        fixture.given(history(drawn(JC, HWB, DIRECT, LINE), ended(JC, HWB, ENDED)));
    given.andGiven(
        new ReportingLineCorrected(CDCP, JC, HWB, idOfGiven(1), DIRECT, LINE, "r", start));

    given
        .when(new CorrectReportingLineEnd(CDCP, idOfGiven(2), start, "r"))
        .expectNoEvents()
        .expectException(violates(Rule.REPORTING_LINE_NOT_IN_FORCE));
  }

  @Test
  void a_line_may_not_end_after_a_later_line_between_the_same_bodies_began() {
    LocalDate later = ENDED.plusMonths(2);
    Object[] history =
        history(
            drawn(JC, HWB, DIRECT, LINE), ended(JC, HWB, ENDED), drawn(HWB, JC, REPORTING, later));
    correct(history, 2, later).expectSuccessfulHandlerExecution();
    correct(history, 2, later.plusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.REPORTING_LINE_ALREADY_DRAWN));
  }

  @Test
  void lines_between_other_bodies_do_not_count_as_overlapping() {
    Object[] history =
        history(
            drawn(JC, HWB, REPORTING, LINE),
            ended(JC, HWB, ENDED),
            drawn(JC, ICB, REPORTING, ENDED));
    correct(history, 2, ENDED.plusYears(1)).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_line_of_direct_accountability_kept_longer_may_not_close_a_circle() {
    LocalDate circle = ENDED.plusMonths(1);
    Object[] history =
        history(
            drawn(JC, HWB, DIRECT, LINE),
            ended(JC, HWB, ENDED),
            drawn(HWB, ICB, DIRECT, LINE),
            drawn(ICB, JC, DIRECT, circle));
    correct(history, 2, circle).expectSuccessfulHandlerExecution();
    correct(history, 2, circle.plusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.DIRECT_ACCOUNTABILITY_CYCLE));
  }

  @Test
  void a_reporting_relationship_kept_longer_closes_no_circle() {
    LocalDate circle = ENDED.plusMonths(1);
    Object[] history =
        history(
            drawn(JC, HWB, REPORTING, LINE),
            ended(JC, HWB, ENDED),
            drawn(HWB, ICB, DIRECT, LINE),
            drawn(ICB, JC, DIRECT, circle));
    correct(history, 2, circle.plusYears(1)).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_line_ended_earlier_frees_its_days_for_a_new_line_and_an_ending_is_judged_by_it() {
    TestExecutor<Partnership> given =
        fixture.given(history(drawn(JC, HWB, DIRECT, LINE), ended(JC, HWB, ENDED)));
    LocalDate earlier = ENDED.minusMonths(6);
    given.andGiven(new ReportingLineEndCorrected(CDCP, JC, HWB, idOfGiven(2), ENDED, "r", earlier));

    given
        .when(new DrawReportingLine(CDCP, HWB, JC, REPORTING, earlier))
        .expectSuccessfulHandlerExecution();
    given = fixture.given(history(drawn(JC, HWB, DIRECT, LINE), ended(JC, HWB, ENDED)));
    given.andGiven(new ReportingLineEndCorrected(CDCP, JC, HWB, idOfGiven(2), ENDED, "r", earlier));
    given
        .when(new CorrectReportingLine(CDCP, idOfGiven(1), null, earlier, "r"))
        .expectNoEvents()
        .expectException(violates(Rule.REPORTING_LINE_NOT_IN_FORCE));
  }

  /** The bodies the command side's directory knows, all of this partnership. */
  private static final class Bodies implements BodyDirectory {

    private final Map<BodyId, KnownBody> known = new LinkedHashMap<>();

    void register(BodyId id, String name, LocalDate establishedOn) {
      known.put(id, new KnownBody(id, CDCP, name, establishedOn));
    }

    @Override
    public Optional<KnownBody> find(BodyId bodyId) {
      return Optional.ofNullable(known.get(bodyId));
    }

    @Override
    public List<BodyId> inPartnership(PartnershipId partnershipId) {
      return List.copyOf(known.keySet());
    }
  }
}
