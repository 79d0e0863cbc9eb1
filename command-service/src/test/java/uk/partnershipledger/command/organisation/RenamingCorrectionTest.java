package uk.partnershipledger.command.organisation;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.organisation.OrganisationCommands.CorrectRenaming;
import uk.partnershipledger.command.organisation.OrganisationCommands.RenameOrganisation;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationAbolished;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationEvent.RenamingCorrected;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;

/**
 * DOMAIN.md rule 7 for a renaming: a wrong name or date is corrected by naming the renaming, and
 * the corrected renaming is judged as a renaming recorded so: after the registration, before the
 * abolition, in date order between its neighbours and different from them.
 */
class RenamingCorrectionTest {

  private static final OrganisationId TRUST = OrganisationId.newId();
  private static final LocalDate ESTABLISHED = LocalDate.of(2000, 1, 1);
  private static final LocalDate FIRST_RENAMING = LocalDate.of(2010, 1, 1);
  private static final LocalDate SECOND_RENAMING = LocalDate.of(2015, 1, 1);
  private static final LocalDate ABOLISHED = LocalDate.of(2020, 1, 1);
  private static final String FIRST = "County Durham NHS Trust";
  private static final String SECOND = "County Durham and Darlington NHS Trust";
  private static final String THIRD = "County Durham and Darlington NHS Foundation Trust";

  private FixtureConfiguration<Organisation> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Organisation.class);
    fixture.registerInjectableResource(
        new OrganisationDirectory() {
          @Override
          public Optional<KnownOrganisation> find(OrganisationId id) {
            return Optional.empty();
          }

          @Override
          public Optional<LocalDate> earliestSuccessionTo(OrganisationId id) {
            return Optional.empty();
          }

          @Override
          public Optional<LocalDate> latestSuccessionTo(OrganisationId id) {
            return Optional.empty();
          }
        });
  }

  private static OrganisationRegistered registered() {
    return new OrganisationRegistered(
        TRUST, FIRST, OrganisationKind.NHS_FOUNDATION_TRUST, false, ESTABLISHED);
  }

  private static OrganisationRenamed firstRenaming() {
    return new OrganisationRenamed(TRUST, FIRST, SECOND, FIRST_RENAMING);
  }

  private static OrganisationRenamed secondRenaming() {
    return new OrganisationRenamed(TRUST, SECOND, THIRD, SECOND_RENAMING);
  }

  private String idOfGiven(int index) {
    return fixture
        .getEventStore()
        .readEvents(TRUST.toString())
        .asStream()
        .toList()
        .get(index)
        .getIdentifier();
  }

  /** Corrects the given event at {@code index} of the history. */
  private ResultValidator<Organisation> correct(
      int index, String name, LocalDate date, Object... history) {
    TestExecutor<Organisation> given = fixture.given(history);
    return given.when(new CorrectRenaming(TRUST, idOfGiven(index), name, date, " The order "));
  }

  @Test
  void a_wrong_name_is_corrected_naming_the_renaming_and_keeps_its_date() {
    TestExecutor<Organisation> given = fixture.given(registered(), firstRenaming());
    String renaming = idOfGiven(1);

    given
        .when(
            new CorrectRenaming(TRUST, renaming, " County Durham and Darlington Trust ", null, "r"))
        .expectEvents(
            new RenamingCorrected(
                TRUST,
                renaming,
                "County Durham and Darlington Trust",
                FIRST_RENAMING,
                "r",
                FIRST_RENAMING));
  }

  @Test
  void a_wrong_date_is_corrected_and_keeps_the_name() {
    TestExecutor<Organisation> given = fixture.given(registered(), firstRenaming());
    String renaming = idOfGiven(1);
    LocalDate right = LocalDate.of(2009, 4, 1);

    given
        .when(new CorrectRenaming(TRUST, renaming, null, right, " The order "))
        .expectEvents(
            new RenamingCorrected(TRUST, renaming, SECOND, FIRST_RENAMING, "The order", right));
  }

  @Test
  void a_second_correction_names_the_first_and_the_first_record_is_no_longer_current() {
    LocalDate right = LocalDate.of(2009, 4, 1);
    TestExecutor<Organisation> given = fixture.given(registered(), firstRenaming());
    String renaming = idOfGiven(1);
    given.andGiven(new RenamingCorrected(TRUST, renaming, SECOND, FIRST_RENAMING, "r", right));
    String corrected = idOfGiven(2);

    given
        .when(new CorrectRenaming(TRUST, corrected, THIRD, null, "r"))
        .expectEvents(new RenamingCorrected(TRUST, corrected, THIRD, right, "r", right));
  }

  @Test
  void the_corrected_record_can_no_longer_be_named() {
    LocalDate right = LocalDate.of(2009, 4, 1);
    TestExecutor<Organisation> given = fixture.given(registered(), firstRenaming());
    String renaming = idOfGiven(1);
    given.andGiven(new RenamingCorrected(TRUST, renaming, SECOND, FIRST_RENAMING, "r", right));

    given
        .when(new CorrectRenaming(TRUST, renaming, THIRD, null, "r"))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void an_event_that_is_not_a_renaming_is_unknown() {
    correct(0, SECOND, null, registered(), firstRenaming())
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void a_correction_that_changes_nothing_is_refused() {
    correct(1, SECOND, FIRST_RENAMING, registered(), firstRenaming())
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
  }

  @Test
  void a_renaming_stays_after_the_registration() {
    correct(1, null, ESTABLISHED.minusDays(1), registered(), firstRenaming())
        .expectNoEvents()
        .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    correct(1, null, ESTABLISHED, registered(), firstRenaming())
        .expectNoEvents()
        .expectException(violates(Rule.RENAME_OUT_OF_ORDER));
    correct(1, null, ESTABLISHED.plusDays(1), registered(), firstRenaming())
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void a_renaming_stays_before_the_next_one() {
    Object[] history = {registered(), firstRenaming(), secondRenaming()};
    correct(1, null, SECOND_RENAMING.minusDays(1), history).expectSuccessfulHandlerExecution();
    correct(1, null, SECOND_RENAMING, history)
        .expectNoEvents()
        .expectException(violates(Rule.RENAME_OUT_OF_ORDER));
    correct(1, null, SECOND_RENAMING.plusDays(1), history)
        .expectNoEvents()
        .expectException(violates(Rule.RENAME_OUT_OF_ORDER));
  }

  @Test
  void a_renaming_stays_after_the_one_before() {
    Object[] history = {registered(), firstRenaming(), secondRenaming()};
    correct(2, null, FIRST_RENAMING.minusDays(1), history)
        .expectNoEvents()
        .expectException(violates(Rule.RENAME_OUT_OF_ORDER));
    correct(2, null, FIRST_RENAMING, history)
        .expectNoEvents()
        .expectException(violates(Rule.RENAME_OUT_OF_ORDER));
    correct(2, null, FIRST_RENAMING.plusDays(1), history).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_renaming_stays_before_the_abolition() {
    Object[] history = {
      registered(), firstRenaming(), new OrganisationAbolished(TRUST, null, ABOLISHED)
    };
    correct(1, null, ABOLISHED.minusDays(1), history).expectSuccessfulHandlerExecution();
    correct(1, null, ABOLISHED, history)
        .expectNoEvents()
        .expectException(violates(Rule.ORGANISATION_ABOLISHED));
    correct(1, null, ABOLISHED.plusDays(1), history)
        .expectNoEvents()
        .expectException(violates(Rule.ORGANISATION_ABOLISHED));
  }

  @Test
  void a_corrected_name_differs_from_the_names_before_and_after_it() {
    Object[] history = {registered(), firstRenaming(), secondRenaming()};
    correct(1, FIRST, null, history)
        .expectNoEvents()
        .expectException(violates(Rule.NAME_UNCHANGED));
    correct(1, THIRD, null, history)
        .expectNoEvents()
        .expectException(violates(Rule.NAME_UNCHANGED));
    correct(2, SECOND, null, history)
        .expectNoEvents()
        .expectException(violates(Rule.NAME_UNCHANGED));
  }

  @Test
  void later_acts_are_judged_against_the_corrected_date() {
    LocalDate right = LocalDate.of(2012, 1, 1);
    TestExecutor<Organisation> given = fixture.given(registered(), firstRenaming());
    given.andGiven(new RenamingCorrected(TRUST, idOfGiven(1), SECOND, FIRST_RENAMING, "r", right));

    given
        .when(new RenameOrganisation(TRUST, THIRD, right))
        .expectNoEvents()
        .expectException(violates(Rule.RENAME_OUT_OF_ORDER));
  }

  @Test
  void a_renaming_after_the_corrected_date_is_in_order() {
    LocalDate right = LocalDate.of(2012, 1, 1);
    TestExecutor<Organisation> given = fixture.given(registered(), firstRenaming());
    given.andGiven(new RenamingCorrected(TRUST, idOfGiven(1), SECOND, FIRST_RENAMING, "r", right));

    given
        .when(new RenameOrganisation(TRUST, THIRD, right.plusDays(1)))
        .expectEvents(new OrganisationRenamed(TRUST, SECOND, THIRD, right.plusDays(1)));
  }
}
