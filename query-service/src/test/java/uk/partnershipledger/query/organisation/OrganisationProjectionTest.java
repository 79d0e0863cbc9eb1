package uk.partnershipledger.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given organisation events, then the organisation read model. Runs once per database ({@code
 * H2OrganisationProjectionTest}, {@code PostgresOrganisationProjectionTest}).
 */
abstract class OrganisationProjectionTest {

  @Autowired EventIntake intake;
  @Autowired OrganisationReadModel organisations;
  @Autowired JdbcTemplate jdbc;

  private final History history = new History();

  @Test
  void a_registered_organisation_is_found_as_registered() {
    OrganisationId icb = OrganisationId.newId();
    accept(
        history.record(
            new OrganisationRegistered(
                icb,
                "NHS North East and North Cumbria ICB",
                OrganisationKind.INTEGRATED_CARE_BOARD,
                true,
                LocalDate.of(2022, 7, 1))));

    assertThat(organisations.find(icb))
        .contains(
            new OrganisationView(
                icb,
                "NHS North East and North Cumbria ICB",
                OrganisationKind.INTEGRATED_CARE_BOARD,
                true,
                LocalDate.of(2022, 7, 1)));
  }

  @Test
  void an_unknown_organisation_is_not_found() {
    assertThat(organisations.find(OrganisationId.newId())).isEmpty();
  }

  @Test
  void organisations_are_listed_by_name_whatever_the_case_of_their_letters() {
    OrganisationId voluntary =
        register("durham Community Action", OrganisationKind.VOLUNTARY_SECTOR);
    OrganisationId council =
        register("Darlington Borough Council", OrganisationKind.LOCAL_AUTHORITY);
    OrganisationId trust = register("Harrogate and District NHS FT", OrganisationKind.NHS_TRUST);

    List<OrganisationId> listed =
        organisations.all().stream()
            .map(OrganisationView::organisationId)
            .filter(List.of(voluntary, council, trust)::contains)
            .toList();

    assertThat(listed).containsExactly(council, voluntary, trust);
    assertThat(organisations.all()).isSortedAccordingTo(OrganisationReadModel.BY_NAME);
  }

  @Test
  void a_redelivered_registration_changes_nothing() {
    RecordedEvent registered =
        history.record(
            new OrganisationRegistered(
                OrganisationId.newId(),
                "Healthwatch County Durham",
                OrganisationKind.HEALTHWATCH,
                false,
                LocalDate.of(2013, 4, 1)));
    accept(registered);
    int before = jdbc.queryForObject("select count(*) from organisation", Integer.class);

    assertThat(intake.accept(registered)).isEqualTo(Outcome.SKIPPED);

    assertThat(jdbc.queryForObject("select count(*) from organisation", Integer.class))
        .isEqualTo(before);
  }

  private OrganisationId register(String name, OrganisationKind kind) {
    OrganisationId id = OrganisationId.newId();
    accept(
        history.record(
            new OrganisationRegistered(
                id, name, kind, kind.statutoryByDefault(), LocalDate.of(2000, 1, 1))));
    return id;
  }

  private void accept(RecordedEvent event) {
    assertThat(intake.accept(event)).isEqualTo(Outcome.PROJECTED);
  }
}
