package uk.partnershipledger.command.partnership;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.command.partnership.PartnershipCommands.GiveNotice;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordJoiningCorrection;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.JoiningCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerLeft;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerSucceeded;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * DOMAIN.md rule 7 for a partner's joining: a wrong date is corrected by naming the joining, and
 * the corrected tenure is judged as a joining on that date would be.
 */
class JoiningCorrectionTest {

  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final OrganisationId DCC = OrganisationId.newId();
  private static final OrganisationId CCG = OrganisationId.newId();
  private static final OrganisationId HDFT = OrganisationId.newId();
  private static final OrganisationId ICB = OrganisationId.newId();
  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate HDFT_JOINED = LocalDate.of(2020, 12, 1);
  private static final LocalDate HDFT_ESTABLISHED = LocalDate.of(2004, 1, 1);
  private static final LocalDate ICB_ESTABLISHED = LocalDate.of(2022, 5, 1);
  private static final LocalDate ABOLISHED = LocalDate.of(2022, 7, 1);

  private FixtureConfiguration<Partnership> fixture;

  @BeforeEach
  void setUp() {
    Organisations organisations = new Organisations();
    organisations.register(DCC, "Durham County Council", LocalDate.of(1974, 4, 1), null);
    organisations.register(CCG, "NHS County Durham CCG", LocalDate.of(2013, 4, 1), ABOLISHED);
    organisations.register(HDFT, "Harrogate and District NHS FT", HDFT_ESTABLISHED, null);
    organisations.register(ICB, "NHS NENC ICB", ICB_ESTABLISHED, null);
    fixture = new AggregateTestFixture<>(Partnership.class);
    fixture.registerInjectableResource(organisations);
  }

  /** Formed by the council and the CCG, with HDFT joining in December 2020. */
  private static Object[] history(Object... more) {
    Object[] base = {
      new PartnershipFormed(CDCP, "County Durham Care Partnership", "County Durham", FORMED),
      new PartnerJoined(CDCP, DCC, FORMED),
      new PartnerJoined(CDCP, CCG, FORMED),
      new PartnerJoined(CDCP, HDFT, HDFT_JOINED)
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

  private static RecordJoiningCorrection correct(
      OrganisationId partner, String event, LocalDate date) {
    return new RecordJoiningCorrection(CDCP, partner, event, date, " Minutes of the Board ");
  }

  @Test
  void a_founding_partner_s_joining_is_corrected_naming_its_event_and_answers_the_old_date() {
    TestExecutor<Partnership> given = fixture.given(history());
    String joined = idOfGiven(1);

    given
        .when(correct(DCC, joined, FORMED.plusDays(1)))
        .expectEvents(
            new JoiningCorrected(
                CDCP, DCC, joined, FORMED, "Minutes of the Board", FORMED.plusDays(1)))
        .expectResultMessagePayload(FORMED);
  }

  @Test
  void a_joining_may_move_back_to_the_day_of_the_formation_and_not_before() {
    fixture
        .given(history())
        .when(correct(HDFT, idOfGiven(3), FORMED.minusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.PARTNERSHIP_NOT_YET_FORMED));
    TestExecutor<Partnership> given = fixture.given(history());
    given.when(correct(HDFT, idOfGiven(3), FORMED)).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_joining_may_not_move_before_the_organisation_was_established() {
    Object icbJoined = new PartnerJoined(CDCP, ICB, LocalDate.of(2022, 6, 1));
    TestExecutor<Partnership> given = fixture.given(history(icbJoined));
    given
        .when(correct(ICB, idOfGiven(4), ICB_ESTABLISHED.minusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    given = fixture.given(history(icbJoined));
    given.when(correct(ICB, idOfGiven(4), ICB_ESTABLISHED)).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_corrected_tenure_may_not_overlap_the_organisation_s_earlier_tenure() {
    LocalDate left = LocalDate.of(2021, 6, 1);
    LocalDate rejoined = LocalDate.of(2022, 1, 1);
    Object[] rejoining = {
      new PartnerGaveNotice(CDCP, HDFT, null, HDFT_JOINED),
      new PartnerLeft(CDCP, HDFT, left),
      new PartnerJoined(CDCP, HDFT, rejoined)
    };
    TestExecutor<Partnership> given = fixture.given(history(rejoining));
    given
        .when(correct(HDFT, idOfGiven(6), left.minusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.ALREADY_A_PARTNER));
    given = fixture.given(history(rejoining));
    given.when(correct(HDFT, idOfGiven(6), left)).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_joining_may_move_to_the_day_of_the_notice_and_not_after() {
    LocalDate notice = LocalDate.of(2022, 1, 10);
    Object gaveNotice = new PartnerGaveNotice(CDCP, HDFT, null, notice);
    TestExecutor<Partnership> given = fixture.given(history(gaveNotice));
    given
        .when(correct(HDFT, idOfGiven(3), notice.plusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    given = fixture.given(history(gaveNotice));
    given.when(correct(HDFT, idOfGiven(3), notice)).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_joining_must_stay_before_the_leaving() {
    LocalDate left = LocalDate.of(2021, 6, 1);
    Object[] leaving = {
      new PartnerGaveNotice(CDCP, HDFT, null, left), new PartnerLeft(CDCP, HDFT, left)
    };
    TestExecutor<Partnership> given = fixture.given(history(leaving));
    given
        .when(correct(HDFT, idOfGiven(3), left))
        .expectNoEvents()
        .expectException(violates(Rule.LEAVING_BEFORE_JOINING));
    given = fixture.given(history(leaving));
    given.when(correct(HDFT, idOfGiven(3), left.minusDays(1))).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_joining_may_not_move_past_a_succession_the_partner_took_as_a_partner() {
    LocalDate icbJoined = LocalDate.of(2022, 6, 1);
    Object[] succession = {
      new PartnerJoined(CDCP, ICB, icbJoined), new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED)
    };
    TestExecutor<Partnership> given = fixture.given(history(succession));
    given
        .when(correct(ICB, idOfGiven(4), ABOLISHED.plusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    given = fixture.given(history(succession));
    given.when(correct(ICB, idOfGiven(4), ABOLISHED)).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_tenure_that_began_by_succession_has_no_joining_to_correct() {
    Object succeeded = new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED);
    TestExecutor<Partnership> given = fixture.given(history(succeeded));
    given
        .when(correct(ICB, idOfGiven(4), ABOLISHED.plusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void another_partner_s_joining_or_an_unknown_event_cannot_be_named() {
    TestExecutor<Partnership> given = fixture.given(history());
    given
        .when(correct(HDFT, idOfGiven(1), HDFT_JOINED.plusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    fixture
        .given(history())
        .when(correct(HDFT, "no-such-event", HDFT_JOINED.plusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void a_correction_to_the_date_recorded_is_refused() {
    TestExecutor<Partnership> given = fixture.given(history());
    given
        .when(correct(HDFT, idOfGiven(3), HDFT_JOINED))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
  }

  @Test
  void a_second_correction_names_the_first_and_the_first_event_is_no_longer_current() {
    LocalDate first = HDFT_JOINED.plusMonths(1);
    TestExecutor<Partnership> given = fixture.given(history());
    String joined = idOfGiven(3);
    given.andGivenCommands(correct(HDFT, joined, first));
    String corrected = idOfGiven(4);

    given
        .when(correct(HDFT, corrected, HDFT_JOINED))
        .expectEvents(
            new JoiningCorrected(
                CDCP, HDFT, corrected, first, "Minutes of the Board", HDFT_JOINED));
    given = fixture.given(history());
    joined = idOfGiven(3);
    given.andGivenCommands(correct(HDFT, joined, first));
    given
        .when(correct(HDFT, joined, HDFT_JOINED))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void after_the_correction_the_partner_is_not_a_partner_before_its_corrected_date() {
    LocalDate corrected = HDFT_JOINED.plusMonths(1);
    TestExecutor<Partnership> given = fixture.given(history());
    given.andGivenCommands(correct(HDFT, idOfGiven(3), corrected));
    given
        .when(new GiveNotice(CDCP, HDFT, null, corrected.minusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.NOT_A_PARTNER));
  }

  /** Organisations as the directory knows them, without the database. */
  static final class Organisations implements OrganisationDirectory {

    private final Map<OrganisationId, KnownOrganisation> known = new HashMap<>();

    void register(OrganisationId id, String name, LocalDate established, LocalDate abolished) {
      known.put(id, new KnownOrganisation(id, name, true, established, abolished, null));
    }

    @Override
    public Optional<KnownOrganisation> find(OrganisationId organisationId) {
      return Optional.ofNullable(known.get(organisationId));
    }

    @Override
    public Optional<LocalDate> earliestSuccessionTo(OrganisationId organisationId) {
      return Optional.empty();
    }

    @Override
    public Optional<LocalDate> latestSuccessionTo(OrganisationId organisationId) {
      return Optional.empty();
    }
  }
}
