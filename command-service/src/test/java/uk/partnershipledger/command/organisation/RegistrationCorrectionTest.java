package uk.partnershipledger.command.organisation;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.organisation.OrganisationCommands.CorrectRegistration;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationAbolished;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationEvent.RegistrationCorrected;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * DOMAIN.md rule 7 for an organisation's registration: a wrong name or establishment date is put
 * right by a correction naming the registration, judged against what else the ledger recorded.
 */
class RegistrationCorrectionTest {

  private static final OrganisationId ICB = OrganisationId.newId();
  private static final OrganisationId CCG = OrganisationId.newId();
  private static final String ICB_NAME = "NHS North East and North Cumbria ICB";
  private static final LocalDate RECORDED = LocalDate.of(2022, 6, 1);
  private static final LocalDate ESTABLISHED = LocalDate.of(2022, 7, 1);
  private static final LocalDate RENAMED = LocalDate.of(2023, 1, 1);

  private final Partnerships partnerships = new Partnerships();
  private final Organisations organisations = new Organisations();
  private FixtureConfiguration<Organisation> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Organisation.class);
    fixture.registerInjectableResource(partnerships);
    fixture.registerInjectableResource(organisations);
  }

  private static OrganisationRegistered registered() {
    return new OrganisationRegistered(
        ICB, ICB_NAME, OrganisationKind.INTEGRATED_CARE_BOARD, true, RECORDED);
  }

  private static CorrectRegistration correct(String name, LocalDate date) {
    return new CorrectRegistration(ICB, name, date, " Establishment order ");
  }

  private String idOfGiven(int index) {
    return fixture
        .getEventStore()
        .readEvents(ICB.toString())
        .asStream()
        .toList()
        .get(index)
        .getIdentifier();
  }

  @Test
  void a_wrong_establishment_date_is_corrected_naming_the_registration() {
    TestExecutor<Organisation> given = fixture.given(registered());
    String registration = idOfGiven(0);

    given
        .when(correct(null, ESTABLISHED))
        .expectEvents(
            new RegistrationCorrected(
                ICB, registration, ICB_NAME, "Establishment order", ESTABLISHED));
  }

  @Test
  void a_wrong_name_is_corrected_and_keeps_the_date() {
    TestExecutor<Organisation> given = fixture.given(registered());
    String registration = idOfGiven(0);

    given
        .when(correct(" NHS NENC ICB ", null))
        .expectEvents(
            new RegistrationCorrected(
                ICB, registration, "NHS NENC ICB", "Establishment order", RECORDED));
  }

  @Test
  void a_second_correction_names_the_first() {
    RegistrationCorrected first =
        new RegistrationCorrected(ICB, "the-registration", ICB_NAME, "first", ESTABLISHED);
    TestExecutor<Organisation> given = fixture.given(registered(), first);
    String corrected = idOfGiven(1);

    given
        .when(correct("NHS NENC ICB", null))
        .expectEvents(
            new RegistrationCorrected(
                ICB, corrected, "NHS NENC ICB", "Establishment order", ESTABLISHED));
  }

  @Test
  void a_correction_that_changes_nothing_is_refused() {
    fixture
        .given(registered())
        .when(correct(ICB_NAME, RECORDED))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
  }

  @Test
  void a_corrected_date_must_stay_before_the_first_renaming() {
    Object[] history = {registered(), new OrganisationRenamed(ICB, ICB_NAME, "NHS NENC", RENAMED)};
    fixture
        .given(history)
        .when(correct(null, RENAMED))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    fixture
        .given(history)
        .when(correct(null, RENAMED.minusDays(1)))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void the_registered_name_cannot_become_the_name_it_was_later_renamed_to() {
    fixture
        .given(registered(), new OrganisationRenamed(ICB, ICB_NAME, "NHS NENC", RENAMED))
        .when(correct("NHS NENC", null))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
  }

  @Test
  void after_a_renaming_the_registered_name_is_corrected_and_the_renaming_stands() {
    fixture
        .given(registered(), new OrganisationRenamed(ICB, ICB_NAME, "NHS NENC", RENAMED))
        .when(correct("NHS North East and North Cumbria Integrated Care Board", null))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void a_corrected_date_must_stay_before_the_abolition() {
    LocalDate abolished = LocalDate.of(2024, 4, 1);
    Object[] history = {registered(), new OrganisationAbolished(ICB, null, abolished)};
    fixture
        .given(history)
        .when(correct(null, abolished))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    fixture
        .given(history)
        .when(correct(null, abolished.minusDays(1)))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void a_later_date_may_not_leave_a_partnership_tenure_before_the_establishment() {
    partnerships.joined(ICB, ESTABLISHED);

    fixture
        .given(registered())
        .when(correct(null, ESTABLISHED.plusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    fixture.given(registered()).when(correct(null, ESTABLISHED)).expectSuccessfulHandlerExecution();
    fixture
        .given(registered())
        .when(correct(null, ESTABLISHED.minusDays(1)))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void a_later_date_may_not_leave_a_succession_before_the_establishment() {
    organisations.abolished(CCG, ICB, ESTABLISHED);

    fixture
        .given(registered())
        .when(correct(null, ESTABLISHED.plusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    fixture.given(registered()).when(correct(null, ESTABLISHED)).expectSuccessfulHandlerExecution();
  }

  @Test
  void an_earlier_date_is_not_held_back_by_later_acts() {
    partnerships.joined(ICB, ESTABLISHED);

    fixture
        .given(registered())
        .when(correct(null, LocalDate.of(2022, 5, 1)))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void the_corrected_date_is_the_one_later_acts_are_judged_against() {
    fixture
        .given(
            registered(),
            new RegistrationCorrected(ICB, "the-registration", ICB_NAME, "r", ESTABLISHED))
        .when(new OrganisationCommands.RenameOrganisation(ICB, "NHS NENC", ESTABLISHED))
        .expectNoEvents()
        .expectException(violates(Rule.RENAME_OUT_OF_ORDER));
  }

  /** Tenures by organisation, as the directory gives them, without the database. */
  private static final class Partnerships implements PartnershipDirectory {

    private final Map<OrganisationId, LocalDate> firstJoined = new HashMap<>();

    void joined(OrganisationId organisationId, LocalDate date) {
      firstJoined.put(organisationId, date);
    }

    @Override
    public Optional<LocalDate> earliestTenureStart(OrganisationId organisationId) {
      return Optional.ofNullable(firstJoined.get(organisationId));
    }

    @Override
    public Optional<KnownPartnership> find(PartnershipId partnershipId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<KnownTenure> tenureOn(
        PartnershipId partnershipId, OrganisationId organisationId, LocalDate date) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<PartnershipId> lockPartnershipsOf(OrganisationId organisationId, LocalDate date) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<PartnershipId> lockTenuresEndingOn(OrganisationId organisationId, LocalDate date) {
      throw new UnsupportedOperationException();
    }
  }

  /** Successions, as the directory gives them, without the database. */
  private static final class Organisations implements OrganisationDirectory {

    private final Map<OrganisationId, LocalDate> succeededOn = new HashMap<>();

    void abolished(OrganisationId predecessor, OrganisationId successor, LocalDate date) {
      succeededOn.put(successor, date);
    }

    @Override
    public Optional<KnownOrganisation> find(OrganisationId organisationId) {
      return Optional.empty();
    }

    @Override
    public Optional<LocalDate> earliestSuccessionTo(OrganisationId organisationId) {
      return Optional.ofNullable(succeededOn.get(organisationId));
    }

    @Override
    public Optional<LocalDate> latestSuccessionTo(OrganisationId organisationId) {
      return Optional.ofNullable(succeededOn.get(organisationId));
    }
  }
}
