package uk.partnershipledger.command.partnership;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectNotice;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordLeaving;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.NoticeCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerLeft;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * DOMAIN.md rule 7 for a partner's written notice: a wrong date or intended leaving date is
 * corrected by naming the notice, and judged as a notice given so: within the tenure, by the
 * leaving, before the leaving date it names.
 */
class NoticeCorrectionTest {

  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final OrganisationId DCC = OrganisationId.newId();
  private static final OrganisationId CCG = OrganisationId.newId();
  private static final OrganisationId HDFT = OrganisationId.newId();
  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate JOINED = LocalDate.of(2020, 12, 1);
  private static final LocalDate NOTICE = LocalDate.of(2022, 1, 10);
  private static final LocalDate INTENDED = LocalDate.of(2022, 7, 1);
  private static final LocalDate LEFT = LocalDate.of(2022, 7, 1);

  /** The index of the notice in {@link #history}. */
  private static final int NOTICE_EVENT = 4;

  private FixtureConfiguration<Partnership> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Partnership.class);
  }

  private static Object[] history(LocalDate intended, Object... more) {
    Object[] base = {
      new PartnershipFormed(CDCP, "County Durham Care Partnership", "County Durham", FORMED),
      new PartnerJoined(CDCP, DCC, FORMED),
      new PartnerJoined(CDCP, CCG, FORMED),
      new PartnerJoined(CDCP, HDFT, JOINED),
      new PartnerGaveNotice(CDCP, HDFT, intended, NOTICE)
    };
    Object[] all = new Object[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
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
      Object[] history, int index, LocalDate date, LocalDate intended) {
    TestExecutor<Partnership> given = fixture.given(history);
    return given.when(
        new CorrectNotice(CDCP, HDFT, idOfGiven(index), intended, date, " The letter "));
  }

  @Test
  void a_wrong_date_is_corrected_naming_the_notice_and_keeps_the_leaving_date_it_named() {
    TestExecutor<Partnership> given = fixture.given(history(INTENDED));
    String notice = idOfGiven(NOTICE_EVENT);
    LocalDate right = NOTICE.plusDays(2);

    given
        .when(new CorrectNotice(CDCP, HDFT, notice, null, right, " The letter "))
        .expectEvents(
            new NoticeCorrected(CDCP, HDFT, notice, INTENDED, NOTICE, "The letter", right));
  }

  @Test
  void a_wrong_intended_leaving_date_is_corrected_and_keeps_the_notice_date() {
    TestExecutor<Partnership> given = fixture.given(history(INTENDED));
    String notice = idOfGiven(NOTICE_EVENT);
    LocalDate right = INTENDED.plusMonths(3);

    given
        .when(new CorrectNotice(CDCP, HDFT, notice, right, null, "r"))
        .expectEvents(new NoticeCorrected(CDCP, HDFT, notice, right, NOTICE, "r", NOTICE));
  }

  @Test
  void a_second_correction_names_the_first() {
    LocalDate right = NOTICE.plusDays(2);
    TestExecutor<Partnership> given = fixture.given(history(INTENDED));
    given.andGiven(
        new NoticeCorrected(CDCP, HDFT, idOfGiven(NOTICE_EVENT), INTENDED, NOTICE, "r", right));
    String corrected = idOfGiven(NOTICE_EVENT + 1);

    given
        .when(new CorrectNotice(CDCP, HDFT, corrected, null, right.plusDays(1), "r"))
        .expectEvents(
            new NoticeCorrected(CDCP, HDFT, corrected, INTENDED, right, "r", right.plusDays(1)));
  }

  @Test
  void the_corrected_record_and_events_that_are_not_notices_are_unknown() {
    TestExecutor<Partnership> given = fixture.given(history(INTENDED));
    String notice = idOfGiven(NOTICE_EVENT);
    given.andGiven(new NoticeCorrected(CDCP, HDFT, notice, INTENDED, NOTICE, "r", JOINED));

    given
        .when(new CorrectNotice(CDCP, HDFT, notice, null, NOTICE, "r"))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    correct(history(INTENDED), 3, NOTICE, null)
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void a_correction_that_changes_nothing_is_refused() {
    correct(history(INTENDED), NOTICE_EVENT, NOTICE, INTENDED)
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
  }

  @Test
  void a_notice_stays_within_the_partner_s_tenure() {
    correct(history(INTENDED), NOTICE_EVENT, JOINED.minusDays(1), null)
        .expectNoEvents()
        .expectException(violates(Rule.NOT_A_PARTNER));
    correct(history(INTENDED), NOTICE_EVENT, JOINED, null).expectSuccessfulHandlerExecution();
    correct(history(INTENDED), NOTICE_EVENT, JOINED.plusDays(1), null)
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void a_notice_stays_on_or_before_the_recorded_leaving() {
    Object[] history = history(null, new PartnerLeft(CDCP, HDFT, LEFT));
    correct(history, NOTICE_EVENT, LEFT.minusDays(1), null).expectSuccessfulHandlerExecution();
    correct(history, NOTICE_EVENT, LEFT, null).expectSuccessfulHandlerExecution();
    correct(history, NOTICE_EVENT, LEFT.plusDays(1), null)
        .expectNoEvents()
        .expectException(violates(Rule.NOTICE_REQUIRED_BEFORE_LEAVING));
  }

  @Test
  void a_corrected_notice_stays_before_the_leaving_date_it_names() {
    correct(history(INTENDED), NOTICE_EVENT, INTENDED.minusDays(1), null)
        .expectSuccessfulHandlerExecution();
    correct(history(INTENDED), NOTICE_EVENT, INTENDED, null)
        .expectNoEvents()
        .expectException(violates(Rule.NOTICE_AFTER_INTENDED_LEAVING));
    correct(history(INTENDED), NOTICE_EVENT, INTENDED.plusDays(1), null)
        .expectNoEvents()
        .expectException(violates(Rule.NOTICE_AFTER_INTENDED_LEAVING));
  }

  @Test
  void a_corrected_leaving_date_stays_after_the_notice() {
    correct(history(INTENDED), NOTICE_EVENT, null, NOTICE.minusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.NOTICE_AFTER_INTENDED_LEAVING));
    correct(history(INTENDED), NOTICE_EVENT, null, NOTICE)
        .expectNoEvents()
        .expectException(violates(Rule.NOTICE_AFTER_INTENDED_LEAVING));
    correct(history(INTENDED), NOTICE_EVENT, null, NOTICE.plusDays(1))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void a_leaving_is_judged_against_the_corrected_notice() {
    LocalDate later = LocalDate.of(2022, 8, 1);
    TestExecutor<Partnership> given = fixture.given(history(null));
    given.andGiven(
        new NoticeCorrected(CDCP, HDFT, idOfGiven(NOTICE_EVENT), null, NOTICE, "r", later));

    given
        .when(new RecordLeaving(CDCP, HDFT, later.minusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.NOTICE_REQUIRED_BEFORE_LEAVING));
  }

  @Test
  void a_leaving_on_the_corrected_notice_day_is_recorded() {
    LocalDate later = LocalDate.of(2022, 8, 1);
    TestExecutor<Partnership> given = fixture.given(history(null));
    given.andGiven(
        new NoticeCorrected(CDCP, HDFT, idOfGiven(NOTICE_EVENT), null, NOTICE, "r", later));

    given
        .when(new RecordLeaving(CDCP, HDFT, later))
        .expectEvents(new PartnerLeft(CDCP, HDFT, later));
  }
}
