package uk.partnershipledger.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.partnership.PartnershipEvent.FormationCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineEndCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineEnded;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given a partnership formed with a wrong name and place, and a reporting line ended on a wrong
 * day, then their corrections: the partnership shows the corrected name and place, the line is in
 * force up to, not including, the corrected day, and what each correction replaced is kept.
 */
abstract class FormationAndLineEndCorrectionProjectionTest {

  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate DRAWN = LocalDate.of(2023, 4, 1);
  private static final LocalDate ENDED = LocalDate.of(2024, 4, 1);
  private static final LocalDate END_CORRECTED = LocalDate.of(2024, 7, 1);

  @Autowired EventIntake intake;
  @Autowired PartnershipReadModel partnerships;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final BodyId committee = BodyId.newId();
  private final BodyId board = BodyId.newId();
  private RecordedEvent formed;

  @BeforeEach
  void givenAPartnership() {
    formed = accept(new PartnershipFormed(cdcp, "County Durham Car Partnership", "Durham", FORMED));
  }

  @Test
  void a_corrected_formation_gives_the_partnership_its_right_name_and_place() {
    accept(
        new FormationCorrected(
            cdcp,
            formed.eventId().toString(),
            "County Durham Care Partnership",
            "County Durham",
            "The agreement names County Durham",
            FORMED));

    PartnershipView view = partnerships.find(cdcp).orElseThrow();
    assertThat(view.name()).isEqualTo("County Durham Care Partnership");
    assertThat(view.place()).isEqualTo("County Durham");
    assertThat(view.formedOn()).isEqualTo(FORMED);
    assertThat(view.corrections()).hasSize(1);
    assertThat(view.corrections().get(0).correctedEventId()).isEqualTo(formed.eventId().toString());
    assertThat(view.corrections().get(0).reason()).isEqualTo("The agreement names County Durham");
    assertThat(view.corrections().get(0).before())
        .isEqualTo(new PartnershipView.Formation("County Durham Car Partnership", "Durham"));
    assertThat(partnerships.partnersOn(cdcp, FORMED).orElseThrow().name())
        .isEqualTo("County Durham Care Partnership");
  }

  @Test
  void a_second_formation_correction_names_the_first_and_twice_is_once() {
    RecordedEvent first =
        accept(
            new FormationCorrected(
                cdcp, formed.eventId().toString(), "CDCP", "Durham", "Name", FORMED));
    RecordedEvent second =
        accept(
            new FormationCorrected(
                cdcp,
                first.eventId().toString(),
                "County Durham Care Partnership",
                "County Durham",
                "Place",
                FORMED));
    PartnershipView before = partnerships.find(cdcp).orElseThrow();

    assertThat(intake.accept(second)).isEqualTo(Outcome.SKIPPED);

    assertThat(partnerships.find(cdcp).orElseThrow()).isEqualTo(before);
    assertThat(before.name()).isEqualTo("County Durham Care Partnership");
    assertThat(before.corrections())
        .extracting(c -> c.correctedEventId(), c -> c.before().name())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                formed.eventId().toString(), "County Durham Car Partnership"),
            org.assertj.core.groups.Tuple.tuple(first.eventId().toString(), "CDCP"));
  }

  @Test
  void a_line_end_corrected_to_a_later_day_keeps_the_line_in_force_until_it() {
    drawAndEnd();
    RecordedEvent ended = lineEnded;
    accept(
        new ReportingLineEndCorrected(
            cdcp,
            committee,
            board,
            ended.eventId().toString(),
            ENDED,
            "The board ended it on 1 July",
            END_CORRECTED));

    assertThat(lines(ENDED.minusDays(1))).hasSize(1);
    assertThat(lines(ENDED)).hasSize(1);
    assertThat(lines(ENDED.plusDays(1))).hasSize(1);
    assertThat(lines(END_CORRECTED.minusDays(1))).hasSize(1);
    assertThat(lines(END_CORRECTED)).isEmpty();
    assertThat(lines(END_CORRECTED.plusDays(1))).isEmpty();
    ReportingLinesOnDate.Line line = lines(ENDED).get(0);
    assertThat(line.corrections()).isEmpty();
    assertThat(line.endCorrections()).hasSize(1);
    ReportingLinesOnDate.EndCorrection correction = line.endCorrections().get(0);
    assertThat(correction.correctedEventId()).isEqualTo(ended.eventId().toString());
    assertThat(correction.previousUntil()).isEqualTo(ENDED);
    assertThat(correction.until()).isEqualTo(END_CORRECTED);
  }

  @Test
  void a_line_end_corrected_earlier_and_again_by_naming_the_first_correction_and_twice_is_once() {
    drawAndEnd();
    LocalDate earlier = ENDED.minusMonths(1);
    RecordedEvent first =
        accept(
            new ReportingLineEndCorrected(
                cdcp,
                committee,
                board,
                lineEnded.eventId().toString(),
                ENDED,
                "Ended in March",
                earlier));
    assertThat(lines(earlier.minusDays(1))).hasSize(1);
    assertThat(lines(earlier)).isEmpty();
    assertThat(lines(ENDED.minusDays(1))).isEmpty();

    LocalDate again = earlier.plusDays(10);
    RecordedEvent second =
        accept(
            new ReportingLineEndCorrected(
                cdcp,
                committee,
                board,
                first.eventId().toString(),
                earlier,
                "Ten days later",
                again));
    List<ReportingLinesOnDate.Line> before = lines(again.minusDays(1));

    assertThat(intake.accept(second)).isEqualTo(Outcome.SKIPPED);

    assertThat(lines(again.minusDays(1))).isEqualTo(before);
    assertThat(lines(again)).isEmpty();
    assertThat(before.get(0).endCorrections())
        .extracting(ReportingLinesOnDate.EndCorrection::previousUntil)
        .containsExactly(ENDED, earlier);
    assertThat(before.get(0).endCorrections().get(1).correctedEventId())
        .isEqualTo(first.eventId().toString());
  }

  private RecordedEvent lineEnded;

  private void drawAndEnd() {
    accept(
        new ReportingLineDrawn(
            cdcp, committee, board, ReportingLineKind.REPORTING_RELATIONSHIP, DRAWN));
    lineEnded = accept(new ReportingLineEnded(cdcp, committee, board, ENDED));
  }

  private List<ReportingLinesOnDate.Line> lines(LocalDate date) {
    return partnerships.reportingLinesOn(cdcp, date).orElseThrow().lines();
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
