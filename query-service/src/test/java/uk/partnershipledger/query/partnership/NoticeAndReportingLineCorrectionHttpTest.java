package uk.partnershipledger.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
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
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/** A partner's corrected notice (noticeCorrections) and a corrected reporting line, over HTTP. */
@H2ReadModelTest
class NoticeAndReportingLineCorrectionHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final OrganisationId tewv = OrganisationId.newId();

  @BeforeEach
  void givenAPartnershipWithAPartner() {
    http = new Http(port);
    accept(
        new PartnershipFormed(
            cdcp, "County Durham Care Partnership", "County Durham", LocalDate.of(2018, 4, 1)));
    accept(new PartnerJoined(cdcp, tewv, LocalDate.of(2018, 4, 1)));
  }

  @Test
  void a_corrected_notice_is_answered_with_its_notice_corrections() {
    RecordedEvent notice =
        accept(
            new PartnerGaveNotice(cdcp, tewv, LocalDate.of(2022, 7, 1), LocalDate.of(2022, 1, 10)));
    accept(
        new NoticeCorrected(
            cdcp,
            tewv,
            notice.eventId().toString(),
            LocalDate.of(2022, 9, 1),
            LocalDate.of(2022, 1, 10),
            "The letter is dated 20 January and names 1 September",
            LocalDate.of(2022, 1, 20)));

    JsonNode dayBefore =
        http.get("/partnerships/" + cdcp + "/partners?on=2022-01-19").json().get("partners");
    Http.Response answer = http.get("/partnerships/" + cdcp + "/partners?on=2022-01-20");

    assertThat(dayBefore.get(0).get("noticeGivenOn").isNull()).isTrue();
    assertThat(dayBefore.get(0).get("noticeCorrections").size()).isZero();
    assertThat(answer.status()).isEqualTo(200);
    JsonNode partner = answer.json().get("partners").get(0);
    assertThat(partner.get("noticeGivenOn").asString()).isEqualTo("2022-01-20");
    assertThat(partner.get("intendedLeavingDate").asString()).isEqualTo("2022-09-01");
    assertThat(partner.get("noticeCorrections").size()).isEqualTo(1);
    JsonNode correction = partner.get("noticeCorrections").get(0);
    assertThat(correction.get("correctedEventId").asString())
        .isEqualTo(notice.eventId().toString());
    assertThat(correction.get("reason").asString())
        .isEqualTo("The letter is dated 20 January and names 1 September");
    assertThat(correction.get("correctedAt").asString()).startsWith("2026-11-02T09:00");
    assertThat(correction.get("before").get("givenOn").asString()).isEqualTo("2022-01-10");
    assertThat(correction.get("before").get("intendedLeavingDate").asString())
        .isEqualTo("2022-07-01");
  }

  @Test
  void a_corrected_reporting_line_is_answered_with_its_corrections() {
    BodyId committee = BodyId.newId();
    BodyId board = BodyId.newId();
    RecordedEvent drawn =
        accept(
            new ReportingLineDrawn(
                cdcp,
                committee,
                board,
                ReportingLineKind.REPORTING_RELATIONSHIP,
                LocalDate.of(2023, 4, 1)));
    accept(
        new ReportingLineCorrected(
            cdcp,
            committee,
            board,
            drawn.eventId().toString(),
            ReportingLineKind.DIRECT_ACCOUNTABILITY,
            LocalDate.of(2023, 4, 1),
            "The board's minute of 1 May makes it accountable",
            LocalDate.of(2023, 5, 1)));

    JsonNode dayBefore =
        http.get("/partnerships/" + cdcp + "/reporting-lines?on=2023-04-30").json();
    JsonNode lines =
        http.get("/partnerships/" + cdcp + "/reporting-lines?on=2023-05-01").json().get("lines");

    assertThat(dayBefore.get("lines").size()).isZero();
    JsonNode line = lines.get(0);
    assertThat(line.get("kind").asString()).isEqualTo("DIRECT_ACCOUNTABILITY");
    assertThat(line.get("since").asString()).isEqualTo("2023-05-01");
    JsonNode correction = line.get("corrections").get(0);
    assertThat(correction.get("correctedEventId").asString()).isEqualTo(drawn.eventId().toString());
    assertThat(correction.get("before").get("kind").asString()).isEqualTo("REPORTING_RELATIONSHIP");
    assertThat(correction.get("before").get("since").asString()).isEqualTo("2023-04-01");
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
