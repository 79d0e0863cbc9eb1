package uk.partnershipledger.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationAbolished;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationEvent.RegistrationCorrected;
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
                        "NHS North East and North Cumbria ICB", LocalDate.of(2022, 7, 1), null)),
                List.of()));
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

  @Test
  void a_registration_corrected_to_a_later_day_and_name_holds_from_it_and_a_renaming_is_kept() {
    LocalDate corrected = CCG_ESTABLISHED.plusDays(14);
    RecordedEvent registration =
        history.record(
            new OrganisationRegistered(
                OrganisationId.newId(),
                "NHS Durham Dale CCG",
                OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
                true,
                CCG_ESTABLISHED));
    OrganisationId ccg = ((OrganisationRegistered) registration.event()).organisationId();
    accept(registration);
    accept(
        history.record(
            new OrganisationRenamed(
                ccg, "NHS Durham Dale CCG", "NHS County Durham CCG", MERGED_NAME)));
    RecordedEvent correction =
        history.record(
            new RegistrationCorrected(
                ccg,
                registration.eventId().toString(),
                "NHS Durham Dales CCG",
                "Misspelt, and established on the day its authorisation took effect",
                corrected));
    accept(correction);

    for (LocalDate day :
        List.of(
            CCG_ESTABLISHED.minusDays(1),
            CCG_ESTABLISHED,
            CCG_ESTABLISHED.plusDays(1),
            corrected.minusDays(1))) {
      OrganisationView before = organisations.find(ccg, day).orElseThrow();
      assertThat(before.establishedOn()).as("established, as of " + day).isEqualTo(corrected);
      assertThat(before.name())
          .as("before it was established, its latest name, on " + day)
          .isEqualTo("NHS County Durham CCG");
    }
    for (LocalDate day : List.of(corrected, corrected.plusDays(1), MERGED_NAME.minusDays(1))) {
      assertThat(nameOn(ccg, day)).as("name on " + day).isEqualTo("NHS Durham Dales CCG");
    }
    assertThat(nameOn(ccg, MERGED_NAME)).isEqualTo("NHS County Durham CCG");
    OrganisationView now = organisations.find(ccg, ABOLISHED).orElseThrow();
    assertThat(now.names())
        .containsExactly(
            new OrganisationView.Name("NHS Durham Dales CCG", corrected, MERGED_NAME),
            new OrganisationView.Name("NHS County Durham CCG", MERGED_NAME, null));
    assertThat(now.corrections())
        .containsExactly(
            new OrganisationView.Correction(
                correction.recordedAt(),
                "Misspelt, and established on the day its authorisation took effect",
                registration.eventId().toString(),
                new OrganisationView.Registration("NHS Durham Dale CCG", CCG_ESTABLISHED)));
    assertThat(organisations.all(ABOLISHED))
        .filteredOn(o -> o.organisationId().equals(ccg))
        .singleElement()
        .isEqualTo(now);
  }

  @Test
  void a_registration_corrected_to_an_earlier_day_holds_from_it() {
    LocalDate corrected = CCG_ESTABLISHED.minusDays(10);
    RecordedEvent registration =
        history.record(
            new OrganisationRegistered(
                OrganisationId.newId(),
                "Durham County Council",
                OrganisationKind.LOCAL_AUTHORITY,
                true,
                CCG_ESTABLISHED));
    OrganisationId council = ((OrganisationRegistered) registration.event()).organisationId();
    accept(registration);
    accept(
        history.record(
            new RegistrationCorrected(
                council,
                registration.eventId().toString(),
                "Durham County Council",
                "Established on 22 March",
                corrected)));

    assertThat(organisations.find(council, corrected.minusDays(1)).orElseThrow().names())
        .containsExactly(new OrganisationView.Name("Durham County Council", corrected, null));
    for (LocalDate day :
        List.of(
            corrected,
            corrected.plusDays(1),
            CCG_ESTABLISHED.minusDays(1),
            CCG_ESTABLISHED,
            CCG_ESTABLISHED.plusDays(1))) {
      OrganisationView then = organisations.find(council, day).orElseThrow();
      assertThat(then.establishedOn()).isEqualTo(corrected);
      assertThat(then.name()).isEqualTo("Durham County Council");
    }
  }

  @Test
  void a_second_correction_names_the_first_and_both_are_kept_in_the_order_recorded() {
    LocalDate corrected = CCG_ESTABLISHED.plusDays(1);
    RecordedEvent registration =
        history.record(
            new OrganisationRegistered(
                OrganisationId.newId(),
                "Healthwatch Durham",
                OrganisationKind.HEALTHWATCH,
                false,
                CCG_ESTABLISHED));
    OrganisationId healthwatch = ((OrganisationRegistered) registration.event()).organisationId();
    accept(registration);
    RecordedEvent first =
        history.record(
            new RegistrationCorrected(
                healthwatch,
                registration.eventId().toString(),
                "Healthwatch County Durham",
                "Its registered name",
                CCG_ESTABLISHED));
    RecordedEvent second =
        history.record(
            new RegistrationCorrected(
                healthwatch,
                first.eventId().toString(),
                "Healthwatch County Durham",
                "Its contract began on 2 April",
                corrected));
    accept(first);
    accept(second);

    OrganisationView now = organisations.find(healthwatch, corrected).orElseThrow();
    assertThat(now.name()).isEqualTo("Healthwatch County Durham");
    assertThat(now.establishedOn()).isEqualTo(corrected);
    assertThat(now.corrections())
        .extracting(c -> c.correctedEventId(), OrganisationView.Correction::before)
        .containsExactly(
            tuple(
                registration.eventId().toString(),
                new OrganisationView.Registration("Healthwatch Durham", CCG_ESTABLISHED)),
            tuple(
                first.eventId().toString(),
                new OrganisationView.Registration("Healthwatch County Durham", CCG_ESTABLISHED)));
  }

  @Test
  void a_registration_correction_delivered_twice_changes_nothing_the_second_time() {
    LocalDate corrected = CCG_ESTABLISHED.plusDays(3);
    OrganisationId trust = register("CDDFT", OrganisationKind.NHS_FOUNDATION_TRUST);
    RecordedEvent correction =
        history.record(
            new RegistrationCorrected(
                trust,
                "5b1f3c2e-0000-4000-8000-000000000011",
                "County Durham and Darlington NHS FT",
                "Its full name",
                corrected));
    accept(correction);
    OrganisationView before = organisations.find(trust, corrected).orElseThrow();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(organisations.find(trust, corrected)).contains(before);
    assertThat(before.corrections()).hasSize(1);
    assertThat(before.names())
        .containsExactly(
            new OrganisationView.Name("County Durham and Darlington NHS FT", corrected, null));
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
