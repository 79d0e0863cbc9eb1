package uk.partnershipledger.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationEvent.RenamingCorrected;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given a renaming and its corrections, then the names over time: the corrected name from the
 * corrected day, the old name up to it, each tested the day before, of and after both days.
 */
abstract class RenamingCorrectionProjectionTest {

  private static final LocalDate ESTABLISHED = LocalDate.of(2013, 4, 1);
  private static final LocalDate RECORDED = LocalDate.of(2020, 4, 1);
  private static final LocalDate CORRECTED = LocalDate.of(2020, 6, 1);

  @Autowired EventIntake intake;
  @Autowired OrganisationReadModel organisations;
  @Autowired JdbcTemplate jdbc;

  private final History history = new History();
  private final OrganisationId ccg = OrganisationId.newId();

  @Test
  void a_renaming_corrected_to_a_later_day_and_name_holds_from_it_and_keeps_what_it_said() {
    RecordedEvent renamed = given();
    accept(
        new RenamingCorrected(
            ccg,
            renamed.eventId().toString(),
            "NHS County Durham CCG",
            RECORDED,
            "The merger order took effect on 1 June",
            CORRECTED));

    assertThat(nameOn(RECORDED.minusDays(1))).isEqualTo("NHS Durham Dales CCG");
    assertThat(nameOn(RECORDED)).isEqualTo("NHS Durham Dales CCG");
    assertThat(nameOn(RECORDED.plusDays(1))).isEqualTo("NHS Durham Dales CCG");
    assertThat(nameOn(CORRECTED.minusDays(1))).isEqualTo("NHS Durham Dales CCG");
    assertThat(nameOn(CORRECTED)).isEqualTo("NHS County Durham CCG");
    assertThat(nameOn(CORRECTED.plusDays(1))).isEqualTo("NHS County Durham CCG");
    OrganisationView view = organisations.find(ccg, CORRECTED).orElseThrow();
    assertThat(view.names()).hasSize(2);
    assertThat(view.names().get(0).to()).isEqualTo(CORRECTED);
    assertThat(view.names().get(0).corrections()).isEmpty();
    OrganisationView.Name name = view.names().get(1);
    assertThat(name.from()).isEqualTo(CORRECTED);
    assertThat(name.corrections()).hasSize(1);
    OrganisationView.RenamingCorrection correction = name.corrections().get(0);
    assertThat(correction.correctedEventId()).isEqualTo(renamed.eventId().toString());
    assertThat(correction.reason()).isEqualTo("The merger order took effect on 1 June");
    assertThat(correction.before())
        .isEqualTo(new OrganisationView.Name("NHS County Durhm CCG", RECORDED, null));
    assertThat(view.corrections()).isEmpty();
  }

  @Test
  void a_second_correction_to_an_earlier_day_names_the_first_and_both_are_kept_in_order() {
    RecordedEvent renamed = given();
    RecordedEvent first =
        accept(
            new RenamingCorrected(
                ccg,
                renamed.eventId().toString(),
                "NHS County Durham CCG",
                RECORDED,
                "Spelling and date",
                CORRECTED));
    LocalDate earlier = RECORDED.minusDays(10);
    accept(
        new RenamingCorrected(
            ccg,
            first.eventId().toString(),
            "NHS County Durham CCG",
            CORRECTED,
            "The order was dated earlier still",
            earlier));

    assertThat(nameOn(earlier.minusDays(1))).isEqualTo("NHS Durham Dales CCG");
    assertThat(nameOn(earlier)).isEqualTo("NHS County Durham CCG");
    assertThat(nameOn(CORRECTED)).isEqualTo("NHS County Durham CCG");
    OrganisationView.Name name = organisations.find(ccg, earlier).orElseThrow().names().get(1);
    assertThat(name.from()).isEqualTo(earlier);
    assertThat(name.corrections())
        .extracting(c -> c.before().from())
        .containsExactly(RECORDED, CORRECTED);
  }

  @Test
  void a_renaming_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent renamed = given();
    RecordedEvent correction =
        accept(
            new RenamingCorrected(
                ccg,
                renamed.eventId().toString(),
                "NHS County Durham CCG",
                RECORDED,
                "Spelling",
                RECORDED));
    OrganisationView before = organisations.find(ccg, RECORDED).orElseThrow();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(organisations.find(ccg, RECORDED)).contains(before);
    assertThat(before.name()).isEqualTo("NHS County Durham CCG");
    assertThat(before.names().get(1).corrections()).hasSize(1);
  }

  @Test
  void a_renaming_recorded_before_its_event_id_was_kept_is_found_by_its_recorded_day() {
    RecordedEvent renamed = given();
    jdbc.update(
        "update organisation_name set recorded_by = null where organisation_id = ?", ccg.value());
    accept(
        new RenamingCorrected(
            ccg,
            renamed.eventId().toString(),
            "NHS County Durham CCG",
            RECORDED,
            "Spelling",
            CORRECTED));

    assertThat(nameOn(CORRECTED.minusDays(1))).isEqualTo("NHS Durham Dales CCG");
    assertThat(nameOn(CORRECTED)).isEqualTo("NHS County Durham CCG");
  }

  private RecordedEvent given() {
    accept(
        new OrganisationRegistered(
            ccg,
            "NHS Durham Dales CCG",
            OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
            true,
            ESTABLISHED));
    return accept(
        new OrganisationRenamed(ccg, "NHS Durham Dales CCG", "NHS County Durhm CCG", RECORDED));
  }

  private String nameOn(LocalDate date) {
    return organisations.find(ccg, date).orElseThrow().name();
  }

  private RecordedEvent accept(uk.partnershipledger.events.GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
