package uk.partnershipledger.command.partnership;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordFormationCorrection;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.FormationCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * DOMAIN.md rule 7 for a partnership's formation: a wrong name or place is corrected by naming the
 * formation event, and a second correction names the first.
 */
class FormationCorrectionTest {

  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final OrganisationId DCC = OrganisationId.newId();
  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final String NAME = "County Durham Care Partnership";
  private static final String PLACE = "County Durham";

  private FixtureConfiguration<Partnership> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Partnership.class);
    fixture.registerInjectableResource(new Organisations());
  }

  private TestExecutor<Partnership> formed() {
    return fixture.given(
        new PartnershipFormed(CDCP, NAME, PLACE, FORMED), new PartnerJoined(CDCP, DCC, FORMED));
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

  @Test
  void a_wrong_name_and_place_are_corrected_naming_the_formation_on_its_date() {
    TestExecutor<Partnership> given = formed();
    String formation = idOfGiven(0);

    given
        .when(
            new RecordFormationCorrection(
                CDCP, formation, " CDCP ", " Durham ", null, " Framework "))
        .expectEvents(
            new FormationCorrected(CDCP, formation, "CDCP", "Durham", "Framework", FORMED));
  }

  @Test
  void a_field_left_out_keeps_the_value_recorded() {
    TestExecutor<Partnership> given = formed();
    String formation = idOfGiven(0);

    given
        .when(new RecordFormationCorrection(CDCP, formation, null, "Durham", null, "r"))
        .expectEvents(new FormationCorrected(CDCP, formation, NAME, "Durham", "r", FORMED));
    given = formed();
    given
        .when(new RecordFormationCorrection(CDCP, idOfGiven(0), "CDCP", null, null, "r"))
        .expectEvents(new FormationCorrected(CDCP, idOfGiven(0), "CDCP", PLACE, "r", FORMED));
  }

  @Test
  void a_second_correction_names_the_first_and_the_first_is_no_longer_current() {
    TestExecutor<Partnership> given = formed();
    String formation = idOfGiven(0);
    given.andGiven(new FormationCorrected(CDCP, formation, "CDCP", PLACE, "r", FORMED));
    String corrected = idOfGiven(2);

    given
        .when(new RecordFormationCorrection(CDCP, corrected, NAME, null, null, "r"))
        .expectEvents(new FormationCorrected(CDCP, corrected, NAME, PLACE, "r", FORMED));
    given = formed();
    given.andGiven(new FormationCorrected(CDCP, idOfGiven(0), "CDCP", PLACE, "r", FORMED));
    given
        .when(new RecordFormationCorrection(CDCP, idOfGiven(0), NAME, null, null, "r"))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void an_event_that_is_not_the_formation_is_unknown() {
    TestExecutor<Partnership> given = formed();

    given
        .when(new RecordFormationCorrection(CDCP, idOfGiven(1), "CDCP", null, null, "r"))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void a_correction_that_changes_nothing_is_refused() {
    TestExecutor<Partnership> given = formed();

    given
        .when(new RecordFormationCorrection(CDCP, idOfGiven(0), " " + NAME + " ", PLACE, null, "r"))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
    given = formed();
    given
        .when(new RecordFormationCorrection(CDCP, idOfGiven(0), null, null, null, "r"))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
  }
}
