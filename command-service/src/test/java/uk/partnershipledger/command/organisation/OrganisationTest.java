package uk.partnershipledger.command.organisation;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.organisation.OrganisationCommands.AbolitionMoved;
import uk.partnershipledger.command.organisation.OrganisationCommands.RecordAbolition;
import uk.partnershipledger.command.organisation.OrganisationCommands.RecordAbolitionCorrection;
import uk.partnershipledger.command.organisation.OrganisationCommands.RenameOrganisation;
import uk.partnershipledger.command.organisation.OrganisationDirectory.KnownOrganisation;
import uk.partnershipledger.events.organisation.OrganisationEvent.AbolitionCorrected;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationAbolished;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;

class OrganisationTest {

  private static final OrganisationId ICB = OrganisationId.newId();
  private static final OrganisationId CCG = OrganisationId.newId();
  private static final OrganisationId DCC = OrganisationId.newId();
  private static final OrganisationId DURHAM_COMMUNITY_ACTION = OrganisationId.newId();
  private static final OrganisationId COMMUNITY_FORUM = OrganisationId.newId();
  private static final OrganisationId FORMER_PCT = OrganisationId.newId();
  private static final OrganisationId UNREGISTERED = OrganisationId.newId();
  private static final LocalDate ESTABLISHED = LocalDate.of(2022, 7, 1);

  /**
   * NHS County Durham CCG: established in April 2013, abolished on 1 July 2022 (seeds/003 §2.1).
   */
  private static final LocalDate CCG_ESTABLISHED = LocalDate.of(2013, 4, 1);

  private static final LocalDate CCG_ABOLISHED = LocalDate.of(2022, 7, 1);
  private static final String CCG_NAME = "NHS County Durham CCG";
  private static final String ICB_NAME = "NHS North East and North Cumbria ICB";

  private FixtureConfiguration<Organisation> fixture;
  private final InMemoryDirectory directory = new InMemoryDirectory();

  @BeforeEach
  void setUp() {
    directory.register(new KnownOrganisation(ICB, ICB_NAME, true, ESTABLISHED));
    directory.register(
        new KnownOrganisation(DCC, "Durham County Council", true, LocalDate.of(1974, 4, 1)));
    directory.register(
        new KnownOrganisation(
            DURHAM_COMMUNITY_ACTION, "Durham Community Action", false, LocalDate.of(1995, 1, 1)));
    directory.register(
        new KnownOrganisation(
            COMMUNITY_FORUM, "Durham Community Forum", false, LocalDate.of(1998, 1, 1)));
    directory.register(
        new KnownOrganisation(
            FORMER_PCT,
            "County Durham PCT",
            true,
            LocalDate.of(2002, 4, 1),
            LocalDate.of(2013, 4, 1),
            null));
    fixture = new AggregateTestFixture<>(Organisation.class);
    fixture.registerInjectableResource(directory);
  }

  @Test
  void an_icb_is_registered_as_a_statutory_body_when_the_client_does_not_say() {
    fixture
        .givenNoPriorActivity()
        .when(register(OrganisationKind.INTEGRATED_CARE_BOARD, null))
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            new OrganisationRegistered(
                ICB,
                "NHS North East and North Cumbria ICB",
                OrganisationKind.INTEGRATED_CARE_BOARD,
                true,
                ESTABLISHED));
  }

  @Test
  void a_trust_is_registered_with_the_statutory_status_the_client_declares() {
    fixture
        .givenNoPriorActivity()
        .when(register(OrganisationKind.NHS_FOUNDATION_TRUST, true))
        .expectEvents(
            new OrganisationRegistered(
                ICB,
                "NHS North East and North Cumbria ICB",
                OrganisationKind.NHS_FOUNDATION_TRUST,
                true,
                ESTABLISHED));
  }

  @Test
  void a_local_authority_declared_non_statutory_is_refused() {
    fixture
        .givenNoPriorActivity()
        .when(register(OrganisationKind.LOCAL_AUTHORITY, false))
        .expectNoEvents()
        .expectException(violates(Rule.STATUTORY_STATUS_CONTRADICTS_KIND))
        .expectExceptionMessage(
            "an organisation of kind LOCAL_AUTHORITY is always a statutory body");
  }

  @Test
  void a_voluntary_organisation_declared_statutory_is_refused() {
    fixture
        .givenNoPriorActivity()
        .when(register(OrganisationKind.VOLUNTARY_SECTOR, true))
        .expectNoEvents()
        .expectException(violates(Rule.STATUTORY_STATUS_CONTRADICTS_KIND))
        .expectExceptionMessage(
            "an organisation of kind VOLUNTARY_SECTOR cannot be a statutory body");
  }

  private static RegisterOrganisation register(OrganisationKind kind, Boolean statutory) {
    return new RegisterOrganisation(
        ICB, "  NHS North East and North Cumbria ICB ", kind, statutory, ESTABLISHED);
  }

  private static OrganisationRegistered ccgRegistered() {
    return new OrganisationRegistered(
        CCG, CCG_NAME, OrganisationKind.CLINICAL_COMMISSIONING_GROUP, true, CCG_ESTABLISHED);
  }

  private static OrganisationRegistered icbRegistered() {
    return new OrganisationRegistered(
        ICB, ICB_NAME, OrganisationKind.INTEGRATED_CARE_BOARD, true, ESTABLISHED);
  }

  /** An organisation keeps its identity under a new name (DOMAIN.md: names are not identities). */
  @Nested
  class Renaming {

    private final LocalDate renamed = LocalDate.of(2023, 1, 1);
    private final String newName = "NHS North East and North Cumbria Integrated Care Board";

    @Test
    void an_organisation_is_known_by_a_new_name_from_the_effective_date() {
      fixture
          .given(icbRegistered())
          .when(new RenameOrganisation(ICB, "  " + newName + " ", renamed))
          .expectSuccessfulHandlerExecution()
          .expectEvents(new OrganisationRenamed(ICB, ICB_NAME, newName, renamed));
    }

    @Test
    void a_renaming_the_day_after_establishment_is_accepted() {
      fixture
          .given(icbRegistered())
          .when(new RenameOrganisation(ICB, newName, ESTABLISHED.plusDays(1)))
          .expectEvents(new OrganisationRenamed(ICB, ICB_NAME, newName, ESTABLISHED.plusDays(1)));
    }

    @Test
    void a_renaming_on_the_day_of_establishment_is_refused() {
      fixture
          .given(icbRegistered())
          .when(new RenameOrganisation(ICB, newName, ESTABLISHED))
          .expectNoEvents()
          .expectException(violates(Rule.RENAME_OUT_OF_ORDER))
          .expectExceptionMessage(
              "the organisation has been called "
                  + ICB_NAME
                  + " since 2022-07-01; a new name must take effect after that, not on 2022-07-01");
    }

    @Test
    void a_renaming_before_the_organisation_was_established_is_refused() {
      fixture
          .given(icbRegistered())
          .when(new RenameOrganisation(ICB, newName, ESTABLISHED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    }

    @Test
    void a_renaming_dated_on_or_before_the_current_name_is_refused() {
      fixture
          .given(icbRegistered(), new OrganisationRenamed(ICB, ICB_NAME, newName, renamed))
          .when(new RenameOrganisation(ICB, "NHS NENC ICB", renamed))
          .expectNoEvents()
          .expectException(violates(Rule.RENAME_OUT_OF_ORDER));
      fixture
          .given(icbRegistered(), new OrganisationRenamed(ICB, ICB_NAME, newName, renamed))
          .when(new RenameOrganisation(ICB, "NHS NENC ICB", renamed.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.RENAME_OUT_OF_ORDER));
    }

    @Test
    void a_second_renaming_starts_from_the_current_name() {
      fixture
          .given(icbRegistered(), new OrganisationRenamed(ICB, ICB_NAME, newName, renamed))
          .when(new RenameOrganisation(ICB, "NHS NENC ICB", renamed.plusDays(1)))
          .expectEvents(new OrganisationRenamed(ICB, newName, "NHS NENC ICB", renamed.plusDays(1)));
    }

    @Test
    void renaming_to_the_current_name_is_refused() {
      fixture
          .given(icbRegistered())
          .when(new RenameOrganisation(ICB, " " + ICB_NAME + " ", renamed))
          .expectNoEvents()
          .expectException(violates(Rule.NAME_UNCHANGED))
          .expectExceptionMessage("the organisation is already called " + ICB_NAME);
    }

    @Test
    void an_abolished_organisation_cannot_be_renamed() {
      fixture
          .given(ccgRegistered(), new OrganisationAbolished(CCG, ICB, CCG_ABOLISHED))
          .when(new RenameOrganisation(CCG, "NHS Durham CCG", CCG_ABOLISHED.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_ABOLISHED))
          .expectExceptionMessage(CCG_NAME + " was abolished on 2022-07-01");
    }

    @Test
    void an_abolished_organisation_cannot_be_renamed_even_with_a_date_before_its_abolition() {
      fixture
          .given(ccgRegistered(), new OrganisationAbolished(CCG, ICB, CCG_ABOLISHED))
          .when(new RenameOrganisation(CCG, "NHS Durham CCG", CCG_ABOLISHED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_ABOLISHED));
    }
  }

  /** NHS County Durham CCG is abolished on 1 July 2022 and the ICB succeeds it (seeds/003 §2.1). */
  @Nested
  class Abolishing {

    @Test
    void a_ccg_is_abolished_and_succeeded_by_an_icb_established_that_day() {
      fixture
          .given(ccgRegistered())
          .when(new RecordAbolition(CCG, ICB, CCG_ABOLISHED))
          .expectSuccessfulHandlerExecution()
          .expectEvents(new OrganisationAbolished(CCG, ICB, CCG_ABOLISHED));
    }

    @Test
    void an_organisation_may_be_abolished_with_no_successor() {
      fixture
          .given(ccgRegistered())
          .when(new RecordAbolition(CCG, null, CCG_ABOLISHED))
          .expectEvents(new OrganisationAbolished(CCG, null, CCG_ABOLISHED));
    }

    @Test
    void a_successor_established_the_day_after_the_abolition_is_refused() {
      fixture
          .given(ccgRegistered())
          .when(new RecordAbolition(CCG, ICB, CCG_ABOLISHED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED))
          .expectExceptionMessage(
              ICB_NAME + " was established on 2022-07-01 and did not exist on 2022-06-30");
    }

    @Test
    void a_successor_established_before_the_abolition_is_accepted() {
      fixture
          .given(ccgRegistered())
          .when(new RecordAbolition(CCG, ICB, CCG_ABOLISHED.plusDays(1)))
          .expectEvents(new OrganisationAbolished(CCG, ICB, CCG_ABOLISHED.plusDays(1)));
    }

    @Test
    void an_unregistered_successor_is_refused() {
      fixture
          .given(ccgRegistered())
          .when(new RecordAbolition(CCG, UNREGISTERED, CCG_ABOLISHED))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_ORGANISATION));
    }

    @Test
    void a_successor_already_abolished_is_refused() {
      fixture
          .given(ccgRegistered())
          .when(new RecordAbolition(CCG, FORMER_PCT, CCG_ABOLISHED))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_ABOLISHED));
    }

    @Test
    void an_organisation_cannot_succeed_itself() {
      fixture
          .given(ccgRegistered())
          .when(new RecordAbolition(CCG, CCG, CCG_ABOLISHED))
          .expectNoEvents()
          .expectException(violates(Rule.SUCCESSOR_IS_THE_ABOLISHED_ORGANISATION))
          .expectExceptionMessage("an organisation cannot be its own successor");
    }

    @Test
    void a_statutory_body_succeeded_by_a_voluntary_organisation_is_refused() {
      fixture
          .given(ccgRegistered())
          .when(new RecordAbolition(CCG, DURHAM_COMMUNITY_ACTION, CCG_ABOLISHED))
          .expectNoEvents()
          .expectException(violates(Rule.SUCCESSOR_NOT_STATUTORY))
          .expectExceptionMessage(
              "Durham Community Action is not a statutory body and cannot take over the statutory"
                  + " functions of "
                  + CCG_NAME);
    }

    @Test
    void a_statutory_body_may_be_succeeded_by_a_local_authority() {
      fixture
          .given(ccgRegistered())
          .when(new RecordAbolition(CCG, DCC, CCG_ABOLISHED))
          .expectEvents(new OrganisationAbolished(CCG, DCC, CCG_ABOLISHED));
    }

    @Test
    void a_voluntary_organisation_may_be_succeeded_by_another() {
      LocalDate merged = LocalDate.of(2019, 4, 1);
      fixture
          .given(
              new OrganisationRegistered(
                  COMMUNITY_FORUM,
                  "Durham Community Forum",
                  OrganisationKind.VOLUNTARY_SECTOR,
                  false,
                  LocalDate.of(1998, 1, 1)))
          .when(new RecordAbolition(COMMUNITY_FORUM, DURHAM_COMMUNITY_ACTION, merged))
          .expectEvents(
              new OrganisationAbolished(COMMUNITY_FORUM, DURHAM_COMMUNITY_ACTION, merged));
    }

    @Test
    void an_abolition_on_the_day_of_establishment_is_refused() {
      fixture
          .given(ccgRegistered())
          .when(new RecordAbolition(CCG, null, CCG_ESTABLISHED))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED))
          .expectExceptionMessage(
              CCG_NAME
                  + " was established on 2013-04-01 and can be abolished only after that, not on"
                  + " 2013-04-01");
    }

    @Test
    void an_abolition_the_day_after_establishment_is_accepted() {
      fixture
          .given(ccgRegistered())
          .when(new RecordAbolition(CCG, null, CCG_ESTABLISHED.plusDays(1)))
          .expectEvents(new OrganisationAbolished(CCG, null, CCG_ESTABLISHED.plusDays(1)));
    }

    @Test
    void an_abolition_before_establishment_is_refused() {
      fixture
          .given(ccgRegistered())
          .when(new RecordAbolition(CCG, null, CCG_ESTABLISHED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    }

    @Test
    void an_organisation_is_abolished_only_once() {
      fixture
          .given(ccgRegistered(), new OrganisationAbolished(CCG, ICB, CCG_ABOLISHED))
          .when(new RecordAbolition(CCG, null, CCG_ABOLISHED.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_ABOLISHED));
    }

    @Test
    void an_abolished_organisation_cannot_be_abolished_again_with_an_earlier_date() {
      fixture
          .given(ccgRegistered(), new OrganisationAbolished(CCG, ICB, CCG_ABOLISHED))
          .when(new RecordAbolition(CCG, ICB, CCG_ABOLISHED.minusMonths(3)))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_ABOLISHED));
    }
  }

  /** DOMAIN.md rule 7, docs/adr/0009: an abolition's date is corrected by naming the abolition. */
  @Nested
  class CorrectingAnAbolition {

    private static final String REASON = "The Act's commencement order";

    private String abolitionId() {
      return fixture
          .getEventStore()
          .readEvents(CCG.toString())
          .asStream()
          .toList()
          .get(1)
          .getIdentifier();
    }

    @Test
    void an_abolition_is_corrected_naming_its_event_and_answers_what_moved() {
      var given =
          fixture.given(ccgRegistered(), new OrganisationAbolished(CCG, ICB, CCG_ABOLISHED));
      String abolished = abolitionId();
      LocalDate later = CCG_ABOLISHED.plusMonths(1);
      given
          .when(new RecordAbolitionCorrection(CCG, abolished, later, " " + REASON + " "))
          .expectEvents(new AbolitionCorrected(CCG, ICB, abolished, CCG_ABOLISHED, REASON, later))
          .expectResultMessagePayload(new AbolitionMoved(CCG_ABOLISHED, ICB));
    }

    @Test
    void an_abolition_named_by_no_event_is_the_current_one_and_a_first_record_is_then_stale() {
      var given =
          fixture.given(ccgRegistered(), new OrganisationAbolished(CCG, ICB, CCG_ABOLISHED));
      String abolished = abolitionId();
      given.andGivenCommands(
          new RecordAbolitionCorrection(CCG, null, CCG_ABOLISHED.plusDays(1), REASON));
      given
          .when(new RecordAbolitionCorrection(CCG, abolished, CCG_ABOLISHED, REASON))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    }

    @Test
    void an_abolition_moved_before_its_successor_existed_is_refused() {
      fixture
          .given(ccgRegistered(), new OrganisationAbolished(CCG, ICB, CCG_ABOLISHED))
          .when(new RecordAbolitionCorrection(CCG, null, ESTABLISHED.minusDays(1), REASON))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    }

    @Test
    void an_abolition_moved_to_or_before_the_establishment_is_refused() {
      fixture
          .given(ccgRegistered(), new OrganisationAbolished(CCG, null, CCG_ABOLISHED))
          .when(new RecordAbolitionCorrection(CCG, null, CCG_ESTABLISHED, REASON))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    }

    @Test
    void an_abolition_moved_before_the_organisation_took_over_another_is_refused() {
      directory.register(
          new KnownOrganisation(
              FORMER_PCT,
              "County Durham PCT",
              true,
              LocalDate.of(2002, 4, 1),
              LocalDate.of(2014, 4, 1),
              CCG));
      fixture
          .given(ccgRegistered(), new OrganisationAbolished(CCG, null, CCG_ABOLISHED))
          .when(new RecordAbolitionCorrection(CCG, null, LocalDate.of(2014, 4, 1), REASON))
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    }

    @Test
    void a_correction_to_the_date_recorded_or_of_no_abolition_is_refused() {
      fixture
          .given(ccgRegistered(), new OrganisationAbolished(CCG, ICB, CCG_ABOLISHED))
          .when(new RecordAbolitionCorrection(CCG, null, CCG_ABOLISHED, REASON))
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
      fixture
          .given(ccgRegistered())
          .when(new RecordAbolitionCorrection(CCG, null, CCG_ABOLISHED, REASON))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    }
  }

  /** The directory as the command side keeps it, without the database: a real map, not a mock. */
  private static final class InMemoryDirectory implements OrganisationDirectory {

    private final Map<OrganisationId, KnownOrganisation> known = new HashMap<>();

    void register(KnownOrganisation organisation) {
      known.put(organisation.organisationId(), organisation);
    }

    @Override
    public Optional<KnownOrganisation> find(OrganisationId organisationId) {
      return Optional.ofNullable(known.get(organisationId));
    }

    @Override
    public Optional<LocalDate> earliestSuccessionTo(OrganisationId organisationId) {
      return known.values().stream()
          .filter(organisation -> organisationId.equals(organisation.successorId()))
          .map(KnownOrganisation::abolishedOn)
          .min(LocalDate::compareTo);
    }

    @Override
    public Optional<LocalDate> latestSuccessionTo(OrganisationId organisationId) {
      return known.values().stream()
          .filter(organisation -> organisationId.equals(organisation.successorId()))
          .map(KnownOrganisation::abolishedOn)
          .max(LocalDate::compareTo);
    }
  }
}
