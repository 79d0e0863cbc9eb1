package uk.partnershipledger.command.partnership;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.partnership.PartnershipCommands.GiveNotice;
import uk.partnershipledger.command.partnership.PartnershipCommands.JoinPartnership;
import uk.partnershipledger.command.partnership.PartnershipCommands.MoveSuccession;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordLeavingCorrection;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.LeavingCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerLeft;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerSucceeded;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.SuccessionCorrected;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * DOMAIN.md rule 7 for a partner's leaving and an abolished partner's succession: the date is
 * corrected by naming the event, and the corrected tenure is judged as a leaving (or a succession)
 * on that date would be (docs/adr/0009).
 */
class LeavingCorrectionTest {

  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final OrganisationId DCC = OrganisationId.newId();
  private static final OrganisationId CCG = OrganisationId.newId();
  private static final OrganisationId HDFT = OrganisationId.newId();
  private static final OrganisationId ICB = OrganisationId.newId();
  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate HDFT_JOINED = LocalDate.of(2020, 12, 1);
  private static final LocalDate NOTICE = LocalDate.of(2022, 1, 10);
  private static final LocalDate LEFT = LocalDate.of(2022, 7, 1);
  private static final LocalDate ABOLISHED = LocalDate.of(2022, 7, 1);
  private static final String REASON = "Board minute";

  private FixtureConfiguration<Partnership> fixture;

  @BeforeEach
  void setUp() {
    Organisations organisations = new Organisations();
    organisations.register(DCC, "Durham County Council", LocalDate.of(1974, 4, 1), null);
    organisations.register(CCG, "NHS County Durham CCG", LocalDate.of(2013, 4, 1), ABOLISHED);
    organisations.register(HDFT, "Harrogate and District NHS FT", LocalDate.of(2004, 1, 1), null);
    organisations.register(ICB, "NHS NENC ICB", LocalDate.of(2022, 5, 1), null);
    fixture = new AggregateTestFixture<>(Partnership.class);
    fixture.registerInjectableResource(organisations);
  }

  /** Formed by the council and the CCG; HDFT joins in December 2020 and leaves in July 2022. */
  private static Object[] history(Object... more) {
    Object[] base = {
      new PartnershipFormed(CDCP, "County Durham Care Partnership", "County Durham", FORMED),
      new PartnerJoined(CDCP, DCC, FORMED),
      new PartnerJoined(CDCP, CCG, FORMED),
      new PartnerJoined(CDCP, HDFT, HDFT_JOINED),
      new PartnerGaveNotice(CDCP, HDFT, null, NOTICE),
      new PartnerLeft(CDCP, HDFT, LEFT)
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

  private static RecordLeavingCorrection correct(String event, LocalDate date) {
    return new RecordLeavingCorrection(CDCP, HDFT, event, date, " " + REASON + " ");
  }

  @Test
  void a_leaving_is_corrected_naming_its_event_and_answers_the_old_date() {
    TestExecutor<Partnership> given = fixture.given(history());
    String left = idOfGiven(5);
    given
        .when(correct(left, LEFT.plusMonths(2)))
        .expectEvents(new LeavingCorrected(CDCP, HDFT, left, LEFT, REASON, LEFT.plusMonths(2)))
        .expectResultMessagePayload(LEFT);
  }

  @Test
  void a_leaving_named_by_no_event_is_the_partner_s_latest() {
    TestExecutor<Partnership> given = fixture.given(history());
    String left = idOfGiven(5);
    given
        .when(correct(null, NOTICE))
        .expectEvents(new LeavingCorrected(CDCP, HDFT, left, LEFT, REASON, NOTICE));
  }

  @Test
  void after_the_correction_the_leaver_is_a_partner_until_its_corrected_date() {
    TestExecutor<Partnership> given = fixture.given(history());
    given.andGivenCommands(correct(idOfGiven(5), LEFT.plusMonths(2)));
    given
        .when(new JoinPartnership(CDCP, HDFT, LEFT.plusMonths(1)))
        .expectNoEvents()
        .expectException(violates(Rule.ALREADY_A_PARTNER));
  }

  @Test
  void a_leaving_moved_before_the_notice_is_refused() {
    fixture
        .given(history())
        .when(correct(null, NOTICE.minusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.NOTICE_REQUIRED_BEFORE_LEAVING));
  }

  @Test
  void a_leaving_moved_to_or_before_the_joining_is_refused() {
    fixture
        .given(
            new PartnershipFormed(CDCP, "County Durham Care Partnership", "County Durham", FORMED),
            new PartnerJoined(CDCP, DCC, FORMED),
            new PartnerJoined(CDCP, HDFT, HDFT_JOINED),
            new PartnerGaveNotice(CDCP, HDFT, null, HDFT_JOINED),
            new PartnerLeft(CDCP, HDFT, LEFT))
        .when(correct(null, HDFT_JOINED))
        .expectNoEvents()
        .expectException(violates(Rule.LEAVING_BEFORE_JOINING));
  }

  @Test
  void a_leaving_moved_into_a_later_tenure_is_refused() {
    fixture
        .given(history(new PartnerJoined(CDCP, HDFT, LEFT.plusMonths(3))))
        .when(correct(null, LEFT.plusMonths(4)))
        .expectNoEvents()
        .expectException(violates(Rule.ALREADY_A_PARTNER));
  }

  @Test
  void a_partner_gone_by_its_abolition_is_corrected_through_the_abolition() {
    fixture
        .given(history(new PartnerLeft(CDCP, CCG, ABOLISHED)))
        .when(new RecordLeavingCorrection(CDCP, CCG, null, ABOLISHED.minusDays(1), REASON))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
  }

  @Test
  void a_correction_to_the_date_recorded_or_of_no_leaving_is_refused() {
    fixture
        .given(history())
        .when(correct(null, LEFT))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
    fixture
        .given(history())
        .when(new RecordLeavingCorrection(CDCP, DCC, null, LEFT, REASON))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void a_succession_moved_later_moves_the_successor_s_place_with_it() {
    TestExecutor<Partnership> given =
        fixture.given(history(new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED)));
    String succeeded = idOfGiven(6);
    LocalDate later = ABOLISHED.plusMonths(1);
    given
        .when(new MoveSuccession(CDCP, CCG, ICB, ABOLISHED, later, REASON))
        .expectEvents(new SuccessionCorrected(CDCP, CCG, ICB, succeeded, ABOLISHED, REASON, later))
        .expectResultMessagePayload(true);
    given = fixture.given(history(new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED)));
    given.andGivenCommands(new MoveSuccession(CDCP, CCG, ICB, ABOLISHED, later, REASON));
    given
        .when(new GiveNotice(CDCP, ICB, null, later.minusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.NOT_A_PARTNER));
  }

  @Test
  void a_succession_to_a_partner_already_there_moves_without_a_new_place() {
    TestExecutor<Partnership> given =
        fixture.given(history(new PartnerSucceeded(CDCP, CCG, DCC, ABOLISHED)));
    String succeeded = idOfGiven(6);
    given
        .when(new MoveSuccession(CDCP, CCG, DCC, ABOLISHED, NOTICE, REASON))
        .expectEvents(new SuccessionCorrected(CDCP, CCG, DCC, succeeded, ABOLISHED, REASON, NOTICE))
        .expectResultMessagePayload(false);
  }

  @Test
  void an_abolition_with_no_successor_moves_the_partner_s_going() {
    TestExecutor<Partnership> given = fixture.given(history(new PartnerLeft(CDCP, CCG, ABOLISHED)));
    String left = idOfGiven(6);
    given
        .when(new MoveSuccession(CDCP, CCG, null, ABOLISHED, NOTICE, REASON))
        .expectEvents(new LeavingCorrected(CDCP, CCG, left, ABOLISHED, REASON, NOTICE));
  }

  @Test
  void a_succession_moved_past_the_successor_s_notice_is_refused() {
    fixture
        .given(
            history(
                new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED),
                new PartnerGaveNotice(CDCP, ICB, null, ABOLISHED.plusDays(10))))
        .when(new MoveSuccession(CDCP, CCG, ICB, ABOLISHED, ABOLISHED.plusMonths(1), REASON))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
  }

  @Test
  void an_abolition_moved_before_the_partner_s_notice_is_refused() {
    fixture
        .given(
            history(
                new PartnerGaveNotice(CDCP, CCG, null, NOTICE),
                new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED)))
        .when(new MoveSuccession(CDCP, CCG, ICB, ABOLISHED, NOTICE, REASON))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
  }

  @Test
  void a_partnership_where_the_organisation_did_not_go_on_that_date_records_nothing() {
    fixture
        .given(history())
        .when(new MoveSuccession(CDCP, CCG, ICB, ABOLISHED, NOTICE, REASON))
        .expectNoEvents()
        .expectResultMessagePayload(false);
  }
}
