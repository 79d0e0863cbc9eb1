package uk.partnershipledger.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.NoticeCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given a partner's notice and a reporting line, then their corrections: the corrected days hold
 * from the day of, not the day before, and what each said before is kept.
 */
abstract class NoticeAndReportingLineCorrectionProjectionTest {

  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate NOTICE = LocalDate.of(2022, 1, 10);
  private static final LocalDate CORRECTED_NOTICE = LocalDate.of(2022, 1, 20);
  private static final LocalDate DRAWN = LocalDate.of(2023, 4, 1);
  private static final LocalDate CORRECTED_DRAWN = LocalDate.of(2023, 5, 1);

  @Autowired EventIntake intake;
  @Autowired PartnershipReadModel partnerships;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final OrganisationId tewv = OrganisationId.newId();
  private final BodyId jointCommittee = BodyId.newId();
  private final BodyId board = BodyId.newId();

  @BeforeEach
  void givenAPartnership() {
    accept(new PartnershipFormed(cdcp, "County Durham Care Partnership", "County Durham", FORMED));
    accept(new PartnerJoined(cdcp, tewv, FORMED));
  }

  @Test
  void a_notice_corrected_to_a_later_day_is_shown_from_it_with_what_it_said_before() {
    RecordedEvent notice =
        accept(new PartnerGaveNotice(cdcp, tewv, LocalDate.of(2022, 7, 1), NOTICE));
    accept(
        new NoticeCorrected(
            cdcp,
            tewv,
            notice.eventId().toString(),
            LocalDate.of(2022, 9, 1),
            NOTICE,
            "The letter is dated 20 January and names 1 September",
            CORRECTED_NOTICE));

    assertThat(partner(NOTICE.minusDays(1)).noticeGivenOn()).isNull();
    assertThat(partner(NOTICE).noticeGivenOn()).isNull();
    assertThat(partner(NOTICE.plusDays(1)).noticeGivenOn()).isNull();
    assertThat(partner(CORRECTED_NOTICE.minusDays(1)).noticeGivenOn()).isNull();
    assertThat(partner(CORRECTED_NOTICE.minusDays(1)).noticeCorrections()).isEmpty();
    PartnersOnDate.Partner of = partner(CORRECTED_NOTICE);
    assertThat(of.noticeGivenOn()).isEqualTo(CORRECTED_NOTICE);
    assertThat(of.intendedLeavingDate()).isEqualTo(LocalDate.of(2022, 9, 1));
    assertThat(partner(CORRECTED_NOTICE.plusDays(1)).noticeGivenOn()).isEqualTo(CORRECTED_NOTICE);
    assertThat(of.noticeCorrections()).hasSize(1);
    PartnersOnDate.NoticeCorrection correction = of.noticeCorrections().get(0);
    assertThat(correction.correctedEventId()).isEqualTo(notice.eventId().toString());
    assertThat(correction.before())
        .isEqualTo(new PartnersOnDate.Notice(NOTICE, LocalDate.of(2022, 7, 1)));
  }

  @Test
  void a_notice_corrected_to_an_earlier_day_and_again_keeps_both_corrections() {
    RecordedEvent notice = accept(new PartnerGaveNotice(cdcp, tewv, null, NOTICE));
    LocalDate earlier = NOTICE.minusDays(5);
    RecordedEvent first =
        accept(
            new NoticeCorrected(
                cdcp, tewv, notice.eventId().toString(), null, NOTICE, "Earlier", earlier));
    accept(
        new NoticeCorrected(
            cdcp,
            tewv,
            first.eventId().toString(),
            LocalDate.of(2022, 12, 31),
            earlier,
            "It named a day",
            earlier));

    assertThat(partner(earlier.minusDays(1)).noticeGivenOn()).isNull();
    assertThat(partner(earlier).noticeGivenOn()).isEqualTo(earlier);
    assertThat(partner(earlier).intendedLeavingDate()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(partner(NOTICE).noticeCorrections())
        .extracting(c -> c.before().givenOn())
        .containsExactly(NOTICE, earlier);
  }

  @Test
  void a_notice_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent notice = accept(new PartnerGaveNotice(cdcp, tewv, null, NOTICE));
    RecordedEvent correction =
        accept(
            new NoticeCorrected(
                cdcp, tewv, notice.eventId().toString(), null, NOTICE, "Later", CORRECTED_NOTICE));
    PartnersOnDate.Partner before = partner(CORRECTED_NOTICE);

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(partner(CORRECTED_NOTICE)).isEqualTo(before);
    assertThat(before.noticeCorrections()).hasSize(1);
  }

  @Test
  void a_reporting_line_corrected_to_a_later_day_and_kind_holds_from_it() {
    RecordedEvent drawn =
        accept(
            new ReportingLineDrawn(
                cdcp, jointCommittee, board, ReportingLineKind.REPORTING_RELATIONSHIP, DRAWN));
    accept(
        new ReportingLineCorrected(
            cdcp,
            jointCommittee,
            board,
            drawn.eventId().toString(),
            ReportingLineKind.DIRECT_ACCOUNTABILITY,
            DRAWN,
            "The board's minute of 1 May makes it accountable",
            CORRECTED_DRAWN));

    assertThat(lines(DRAWN.minusDays(1))).isEmpty();
    assertThat(lines(DRAWN)).isEmpty();
    assertThat(lines(DRAWN.plusDays(1))).isEmpty();
    assertThat(lines(CORRECTED_DRAWN.minusDays(1))).isEmpty();
    assertThat(lines(CORRECTED_DRAWN.plusDays(1))).hasSize(1);
    List<ReportingLinesOnDate.Line> of = lines(CORRECTED_DRAWN);
    assertThat(of).hasSize(1);
    assertThat(of.get(0).kind()).isEqualTo(ReportingLineKind.DIRECT_ACCOUNTABILITY);
    assertThat(of.get(0).since()).isEqualTo(CORRECTED_DRAWN);
    assertThat(of.get(0).corrections()).hasSize(1);
    assertThat(of.get(0).corrections().get(0).correctedEventId())
        .isEqualTo(drawn.eventId().toString());
    assertThat(of.get(0).corrections().get(0).before())
        .isEqualTo(new ReportingLinesOnDate.Drawn(ReportingLineKind.REPORTING_RELATIONSHIP, DRAWN));
  }

  @Test
  void a_reporting_line_correction_naming_the_first_correction_corrects_again_and_twice_is_once() {
    RecordedEvent drawn =
        accept(
            new ReportingLineDrawn(
                cdcp, jointCommittee, board, ReportingLineKind.REPORTING_RELATIONSHIP, DRAWN));
    RecordedEvent first =
        accept(
            new ReportingLineCorrected(
                cdcp,
                jointCommittee,
                board,
                drawn.eventId().toString(),
                ReportingLineKind.DIRECT_ACCOUNTABILITY,
                DRAWN,
                "Accountable",
                DRAWN));
    LocalDate earlier = DRAWN.minusDays(1);
    RecordedEvent second =
        accept(
            new ReportingLineCorrected(
                cdcp,
                jointCommittee,
                board,
                first.eventId().toString(),
                ReportingLineKind.DIRECT_ACCOUNTABILITY,
                DRAWN,
                "A day earlier",
                earlier));
    List<ReportingLinesOnDate.Line> before = lines(earlier);

    assertThat(intake.accept(second)).isEqualTo(Outcome.SKIPPED);

    assertThat(lines(earlier)).isEqualTo(before);
    assertThat(lines(earlier.minusDays(1))).isEmpty();
    assertThat(before.get(0).corrections()).hasSize(2);
  }

  private PartnersOnDate.Partner partner(LocalDate date) {
    return partnerships.partnersOn(cdcp, date).orElseThrow().partners().get(0);
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
