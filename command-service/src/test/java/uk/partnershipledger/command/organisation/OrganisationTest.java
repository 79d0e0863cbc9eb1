package uk.partnershipledger.command.organisation;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;

class OrganisationTest {

  private static final OrganisationId ICB = OrganisationId.newId();
  private static final LocalDate ESTABLISHED = LocalDate.of(2022, 7, 1);

  private FixtureConfiguration<Organisation> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Organisation.class);
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
}
