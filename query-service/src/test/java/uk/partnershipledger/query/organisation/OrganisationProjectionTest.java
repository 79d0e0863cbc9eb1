package uk.partnershipledger.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationAbolished;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given organisation events, then the organisation read model: names over time and abolition with a
 * successor (NHS County Durham CCG, abolished on 1 July 2022 and succeeded by the NENC ICB;
 * seeds/003 §2.1), each change tested on the day before, the day of and the day after. Runs once
 * per database ({@code H2OrganisationProjectionTest}, {@code PostgresOrganisationProjectionTest}).
 */
abstract class OrganisationProjectionTest {

  private static final LocalDate CCG_ESTABLISHED = LocalDate.of(2013, 4, 1);
  private static final LocalDate MERGED_NAME = LocalDate.of(2020, 4, 1);
  private static final LocalDate ABOLISHED = LocalDate.of(2022, 7, 1);

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

    assertThat(organisations.find(icb, LocalDate.of(2022, 7, 1)))
        .contains(
            new OrganisationView(
                icb,
                "NHS North East and North Cumbria ICB",
                OrganisationKind.INTEGRATED_CARE_BOARD,
                true,
                LocalDate.of(2022, 7, 1),
                LocalDate.of(2022, 7, 1),
                null,
                null,
                null,
                List.of(
                    new OrganisationView.Name(
                        "NHS North East and North Cumbria ICB", LocalDate.of(2022, 7, 1), null))));
  }

  @Test
  void an_unknown_organisation_is_not_found() {
    assertThat(organisations.find(OrganisationId.newId(), ABOLISHED)).isEmpty();
  }

  @Test
  void a_renamed_organisation_keeps_its_old_name_the_day_before_and_has_the_new_from_the_day_of() {
    OrganisationId ccg =
        register("NHS Durham Dales CCG", OrganisationKind.CLINICAL_COMMISSIONING_GROUP);
    accept(
        history.record(
            new OrganisationRenamed(
                ccg, "NHS Durham Dales CCG", "NHS County Durham CCG", MERGED_NAME)));

    assertThat(nameOn(ccg, MERGED_NAME.minusDays(1))).isEqualTo("NHS Durham Dales CCG");
    assertThat(nameOn(ccg, MERGED_NAME)).isEqualTo("NHS County Durham CCG");
    assertThat(nameOn(ccg, MERGED_NAME.plusDays(1))).isEqualTo("NHS County Durham CCG");
    assertThat(organisations.find(ccg, MERGED_NAME).orElseThrow().names())
        .containsExactly(
            new OrganisationView.Name("NHS Durham Dales CCG", CCG_ESTABLISHED, MERGED_NAME),
            new OrganisationView.Name("NHS County Durham CCG", MERGED_NAME, null));
  }

  @Test
  void a_renaming_recorded_after_a_later_one_is_slotted_in_between() {
    OrganisationId ccg = register("First name", OrganisationKind.CLINICAL_COMMISSIONING_GROUP);
    LocalDate second = LocalDate.of(2016, 4, 1);
    accept(history.record(new OrganisationRenamed(ccg, "First name", "Third name", MERGED_NAME)));
    accept(history.record(new OrganisationRenamed(ccg, "First name", "Second name", second)));

    assertThat(nameOn(ccg, second.minusDays(1))).isEqualTo("First name");
    assertThat(nameOn(ccg, second)).isEqualTo("Second name");
    assertThat(nameOn(ccg, MERGED_NAME.minusDays(1))).isEqualTo("Second name");
    assertThat(nameOn(ccg, MERGED_NAME)).isEqualTo("Third name");
    assertThat(organisations.all(CCG_ESTABLISHED))
        .filteredOn(o -> o.organisationId().equals(ccg))
        .extracting(OrganisationView::name)
        .as("the list names each organisation as on its date")
        .containsExactly("First name");
  }

  @Test
  void a_renaming_dated_the_day_of_registration_replaces_the_registered_name() {
    OrganisationId ccg = register("Typo CCG", OrganisationKind.CLINICAL_COMMISSIONING_GROUP);
    accept(
        history.record(
            new OrganisationRenamed(ccg, "Typo CCG", "NHS County Durham CCG", CCG_ESTABLISHED)));

    assertThat(nameOn(ccg, CCG_ESTABLISHED)).isEqualTo("NHS County Durham CCG");
    assertThat(organisations.find(ccg, CCG_ESTABLISHED).orElseThrow().names()).hasSize(1);
  }

  @Test
  void an_abolition_shows_from_its_day_with_the_successor_and_not_the_day_before() {
    OrganisationId ccg =
        register("NHS County Durham CCG", OrganisationKind.CLINICAL_COMMISSIONING_GROUP);
    OrganisationId icb =
        register("NHS North East and North Cumbria ICB", OrganisationKind.INTEGRATED_CARE_BOARD);
    accept(history.record(new OrganisationAbolished(ccg, icb, ABOLISHED)));

    OrganisationView dayBefore = organisations.find(ccg, ABOLISHED.minusDays(1)).orElseThrow();
    assertThat(dayBefore.abolishedOn()).isNull();
    assertThat(dayBefore.successorId()).isNull();
    for (LocalDate day : List.of(ABOLISHED, ABOLISHED.plusDays(1))) {
      OrganisationView abolished = organisations.find(ccg, day).orElseThrow();
      assertThat(abolished.abolishedOn()).isEqualTo(ABOLISHED);
      assertThat(abolished.successorId()).isEqualTo(icb);
      assertThat(abolished.successorName()).isEqualTo("NHS North East and North Cumbria ICB");
    }
  }

  @Test
  void an_abolition_without_a_successor_shows_none() {
    OrganisationId pcn = register("Derwentside PCN", OrganisationKind.PRIMARY_CARE_NETWORK);
    accept(history.record(new OrganisationAbolished(pcn, null, ABOLISHED)));

    OrganisationView abolished = organisations.find(pcn, ABOLISHED).orElseThrow();
    assertThat(abolished.abolishedOn()).isEqualTo(ABOLISHED);
    assertThat(abolished.successorId()).isNull();
    assertThat(abolished.successorName()).isNull();
  }

  @Test
  void organisations_are_listed_by_name_whatever_the_case_of_their_letters() {
    OrganisationId voluntary =
        register("durham Community Action", OrganisationKind.VOLUNTARY_SECTOR);
    OrganisationId council =
        register("Darlington Borough Council", OrganisationKind.LOCAL_AUTHORITY);
    OrganisationId trust = register("Harrogate and District NHS FT", OrganisationKind.NHS_TRUST);

    List<OrganisationId> listed =
        organisations.all(ABOLISHED).stream()
            .map(OrganisationView::organisationId)
            .filter(List.of(voluntary, council, trust)::contains)
            .toList();

    assertThat(listed).containsExactly(council, voluntary, trust);
    assertThat(organisations.all(ABOLISHED)).isSortedAccordingTo(OrganisationReadModel.BY_NAME);
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
                id, name, kind, kind.statutoryByDefault(), CCG_ESTABLISHED)));
    return id;
  }

  private String nameOn(OrganisationId organisation, LocalDate date) {
    return organisations.find(organisation, date).orElseThrow().name();
  }

  private void accept(RecordedEvent event) {
    assertThat(intake.accept(event)).isEqualTo(Outcome.PROJECTED);
  }
}
