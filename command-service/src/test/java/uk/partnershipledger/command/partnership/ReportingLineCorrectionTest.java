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
import uk.partnershipledger.command.partnership.PartnershipCommands.EndReportingLine;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineEnded;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;

/**
 * DOMAIN.md rule 7 for a reporting line: a wrong kind or start date is corrected by naming the
 * line, and the corrected line is judged as a line drawn so, the circle check included.
 */
class ReportingLineCorrectionTest {

  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final BodyId JC = BodyId.newId();
  private static final BodyId HWB = BodyId.newId();
  private static final BodyId ICB = BodyId.newId();
  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate JC_ESTABLISHED = LocalDate.of(2022, 10, 1);
  private static final LocalDate LINE = LocalDate.of(2023, 4, 1);
  private static final ReportingLineKind DIRECT = ReportingLineKind.DIRECT_ACCOUNTABILITY;
  private static final ReportingLineKind REPORTING = ReportingLineKind.REPORTING_RELATIONSHIP;

  private FixtureConfiguration<Partnership> fixture;

  @BeforeEach
  void setUp() {
    Bodies bodies = new Bodies();
    bodies.register(JC, "Joint Committee", JC_ESTABLISHED);
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

  private String idOfGiven(int index) {
    return fixture
        .getEventStore()
        .readEvents(CDCP.toString())
        .asStream()
        .toList()
        .get(index)
        .getIdentifier();
  }

  private ResultValidator<Partnership> correct(
      Object[] history, int index, ReportingLineKind kind, LocalDate date) {
    TestExecutor<Partnership> given = fixture.given(history);
    return given.when(new CorrectReportingLine(CDCP, idOfGiven(index), kind, date, " Chart "));
  }

  @Test
  void a_wrong_kind_is_corrected_naming_the_line_and_keeps_its_start() {
    TestExecutor<Partnership> given = fixture.given(history(drawn(JC, HWB, DIRECT, LINE)));
    String line = idOfGiven(1);

    given
        .when(new CorrectReportingLine(CDCP, line, REPORTING, null, " Chart "))
        .expectEvents(
            new ReportingLineCorrected(CDCP, JC, HWB, line, REPORTING, LINE, "Chart", LINE));
  }

  @Test
  void a_wrong_start_is_corrected_and_keeps_the_kind() {
    TestExecutor<Partnership> given = fixture.given(history(drawn(JC, HWB, DIRECT, LINE)));
    String line = idOfGiven(1);
    LocalDate right = LINE.plusDays(3);

    given
        .when(new CorrectReportingLine(CDCP, line, null, right, "r"))
        .expectEvents(new ReportingLineCorrected(CDCP, JC, HWB, line, DIRECT, LINE, "r", right));
  }

  @Test
  void a_second_correction_names_the_first() {
    TestExecutor<Partnership> given = fixture.given(history(drawn(JC, HWB, DIRECT, LINE)));
    given.andGiven(
        new ReportingLineCorrected(CDCP, JC, HWB, idOfGiven(1), REPORTING, LINE, "r", LINE));
    String corrected = idOfGiven(2);

    given
        .when(new CorrectReportingLine(CDCP, corrected, DIRECT, null, "r"))
        .expectEvents(
            new ReportingLineCorrected(CDCP, JC, HWB, corrected, DIRECT, LINE, "r", LINE));
  }

  @Test
  void the_corrected_record_and_events_that_are_not_lines_are_unknown() {
    TestExecutor<Partnership> given = fixture.given(history(drawn(JC, HWB, DIRECT, LINE)));
    String line = idOfGiven(1);
    given.andGiven(new ReportingLineCorrected(CDCP, JC, HWB, line, REPORTING, LINE, "r", LINE));

    given
        .when(new CorrectReportingLine(CDCP, line, DIRECT, null, "r"))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    correct(history(drawn(JC, HWB, DIRECT, LINE)), 0, REPORTING, null)
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void a_correction_that_changes_nothing_is_refused() {
    correct(history(drawn(JC, HWB, DIRECT, LINE)), 1, DIRECT, LINE)
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
  }

  @Test
  void a_line_starts_no_earlier_than_both_bodies_were_established() {
    Object[] history = history(drawn(JC, HWB, DIRECT, LINE));
    correct(history, 1, null, JC_ESTABLISHED.minusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.BODY_NOT_YET_ESTABLISHED));
    correct(history, 1, null, JC_ESTABLISHED).expectSuccessfulHandlerExecution();
    correct(history, 1, null, JC_ESTABLISHED.plusDays(1)).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_line_starts_no_earlier_than_the_partnership_was_formed() {
    Object[] history = history(drawn(HWB, ICB, DIRECT, LINE));
    correct(history, 1, null, FORMED.minusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.PARTNERSHIP_NOT_YET_FORMED));
    correct(history, 1, null, FORMED).expectSuccessfulHandlerExecution();
  }

  @Test
  void an_ended_line_starts_before_its_end() {
    LocalDate ended = LocalDate.of(2024, 4, 1);
    Object[] history =
        history(drawn(JC, HWB, DIRECT, LINE), new ReportingLineEnded(CDCP, JC, HWB, ended));
    correct(history, 1, null, ended.minusDays(1)).expectSuccessfulHandlerExecution();
    correct(history, 1, null, ended)
        .expectNoEvents()
        .expectException(violates(Rule.REPORTING_LINE_NOT_IN_FORCE));
    correct(history, 1, null, ended.plusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.REPORTING_LINE_NOT_IN_FORCE));
  }

  @Test
  void a_line_may_not_move_onto_another_line_between_the_same_bodies() {
    LocalDate ended = LocalDate.of(2024, 1, 1);
    LocalDate later = LocalDate.of(2024, 3, 1);
    Object[] history =
        history(
            drawn(JC, HWB, DIRECT, LINE),
            new ReportingLineEnded(CDCP, JC, HWB, ended),
            drawn(HWB, JC, REPORTING, later));
    correct(history, 3, null, ended.minusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.REPORTING_LINE_ALREADY_DRAWN));
    correct(history, 3, null, ended).expectSuccessfulHandlerExecution();
    correct(history, 3, null, ended.plusDays(1)).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_line_corrected_to_direct_accountability_may_not_close_a_circle() {
    Object[] history =
        history(
            drawn(JC, HWB, DIRECT, LINE),
            drawn(HWB, ICB, DIRECT, LINE.plusMonths(2)),
            drawn(ICB, JC, REPORTING, LINE.plusMonths(1)));
    correct(history, 3, DIRECT, null)
        .expectNoEvents()
        .expectException(violates(Rule.DIRECT_ACCOUNTABILITY_CYCLE));
    correct(history, 1, REPORTING, null).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_moved_line_of_direct_accountability_may_not_close_a_circle_on_any_day() {
    LocalDate ended = LocalDate.of(2023, 9, 1);
    Object[] history =
        history(
            drawn(JC, HWB, DIRECT, LINE),
            drawn(HWB, ICB, DIRECT, LINE.plusMonths(2)),
            new ReportingLineEnded(CDCP, HWB, ICB, ended),
            drawn(ICB, JC, DIRECT, ended.plusMonths(1)));
    correct(history, 4, null, ended.minusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.DIRECT_ACCOUNTABILITY_CYCLE));
    correct(history, 4, null, ended).expectSuccessfulHandlerExecution();
    correct(history, 4, null, ended.plusDays(1)).expectSuccessfulHandlerExecution();
  }

  @Test
  void an_ended_line_is_checked_for_circles_only_while_it_is_in_force() {
    LocalDate ended = LINE.plusMonths(1);
    Object[] history =
        history(
            drawn(JC, HWB, DIRECT, LINE),
            drawn(ICB, JC, DIRECT, LocalDate.of(2022, 11, 1)),
            new ReportingLineEnded(CDCP, ICB, JC, ended),
            drawn(HWB, ICB, DIRECT, ended.plusMonths(1)));
    correct(history, 2, null, LocalDate.of(2022, 12, 1)).expectSuccessfulHandlerExecution();
  }

  @Test
  void an_ending_is_judged_against_the_corrected_start() {
    LocalDate right = LINE.plusMonths(2);
    TestExecutor<Partnership> given = fixture.given(history(drawn(JC, HWB, DIRECT, LINE)));
    given.andGiven(
        new ReportingLineCorrected(CDCP, JC, HWB, idOfGiven(1), DIRECT, LINE, "r", right));

    given
        .when(new EndReportingLine(CDCP, JC, HWB, right))
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
