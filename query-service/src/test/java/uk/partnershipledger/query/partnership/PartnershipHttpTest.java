package uk.partnershipledger.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipEvent.JoiningCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerSucceeded;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;
import uk.partnershipledger.query.FixedClock;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.RecordedEvent;

@H2ReadModelTest
class PartnershipHttpTest {

  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final OrganisationId dcc = OrganisationId.newId();
  private final OrganisationId ccg = OrganisationId.newId();

  @BeforeEach
  void givenAPartnershipOfTwo() {
    http = new Http(port);
    intake.accept(
        history.record(
            new OrganisationRegistered(
                dcc, "Durham County Council", OrganisationKind.LOCAL_AUTHORITY, true, FORMED)));
    intake.accept(
        history.record(
            new OrganisationRegistered(
                ccg,
                "NHS County Durham CCG",
                OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
                true,
                FORMED)));
    intake.accept(
        history.record(
            new PartnershipFormed(
                cdcp, "County Durham Care Partnership", "County Durham", FORMED)));
    intake.accept(history.record(new PartnerJoined(cdcp, dcc, FORMED)));
    intake.accept(history.record(new PartnerJoined(cdcp, ccg, FORMED)));
    intake.accept(
        history.record(
            new PartnerGaveNotice(cdcp, ccg, LocalDate.of(2022, 7, 1), LocalDate.of(2022, 1, 10))));
  }

  @Test
  void a_partnership_is_answered_as_formed() {
    Http.Response response = http.get("/partnerships/" + cdcp);

    assertThat(response.status()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.get("partnershipId").asString()).isEqualTo(cdcp.toString());
    assertThat(body.get("name").asString()).isEqualTo("County Durham Care Partnership");
    assertThat(body.get("place").asString()).isEqualTo("County Durham");
    assertThat(body.get("formedOn").asString()).isEqualTo("2018-04-01");
  }

  @Test
  void the_partners_on_a_date_are_answered_sorted_by_name() {
    Http.Response response = http.get("/partnerships/" + cdcp + "/partners?on=2021-04-01");

    assertThat(response.status()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.get("partnershipId").asString()).isEqualTo(cdcp.toString());
    assertThat(body.get("name").asString()).isEqualTo("County Durham Care Partnership");
    assertThat(body.get("on").asString()).isEqualTo("2021-04-01");
    JsonNode partners = body.get("partners");
    assertThat(partners.size()).isEqualTo(2);
    JsonNode council = partners.get(0);
    assertThat(council.get("organisationId").asString()).isEqualTo(dcc.toString());
    assertThat(council.get("name").asString()).isEqualTo("Durham County Council");
    assertThat(council.get("kind").asString()).isEqualTo("LOCAL_AUTHORITY");
    assertThat(council.get("statutoryBody").asBoolean()).isTrue();
    assertThat(council.get("since").asString()).isEqualTo("2018-04-01");
    assertThat(council.get("noticeGivenOn").isNull()).isTrue();
    assertThat(council.get("intendedLeavingDate").isNull()).isTrue();
    assertThat(partners.get(1).get("name").asString()).isEqualTo("NHS County Durham CCG");
  }

  @Test
  void a_partner_whose_joining_was_corrected_is_answered_from_the_corrected_day_with_why() {
    OrganisationId trust = OrganisationId.newId();
    RecordedEvent joined =
        history.record(new PartnerJoined(cdcp, trust, LocalDate.of(2020, 12, 1)));
    intake.accept(joined);
    intake.accept(
        history.record(
            new JoiningCorrected(
                cdcp,
                trust,
                joined.eventId().toString(),
                LocalDate.of(2020, 12, 1),
                "Admitted at the board of 24 November",
                LocalDate.of(2020, 11, 24))));

    JsonNode partners =
        http.get("/partnerships/" + cdcp + "/partners?on=2020-11-24").json().get("partners");
    JsonNode dayBefore =
        http.get("/partnerships/" + cdcp + "/partners?on=2020-11-23").json().get("partners");

    assertThat(dayBefore.size()).isEqualTo(2);
    assertThat(partners.size()).isEqualTo(3);
    JsonNode corrected =
        partners
            .valueStream()
            .filter(p -> p.get("organisationId").asString().equals(trust.toString()))
            .findFirst()
            .orElseThrow();
    assertThat(corrected.get("since").asString()).isEqualTo("2020-11-24");
    JsonNode correction = corrected.get("corrections").get(0);
    assertThat(corrected.get("corrections").size()).isEqualTo(1);
    assertThat(correction.get("reason").asString())
        .isEqualTo("Admitted at the board of 24 November");
    assertThat(correction.get("correctedEventId").asString())
        .isEqualTo(joined.eventId().toString());
    assertThat(correction.get("correctedAt").asString()).startsWith("2026-11-02T09:00");
    assertThat(correction.get("before").get("since").asString()).isEqualTo("2020-12-01");
    assertThat(partners.get(0).get("corrections").size()).as("the council's").isZero();
  }

  @Test
  void without_a_date_the_partners_are_answered_for_today() {
    Http.Response response = http.get("/partnerships/" + cdcp + "/partners");

    assertThat(response.status()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.get("on").asString()).isEqualTo(FixedClock.TODAY.toString());
    JsonNode ccgToday = body.get("partners").get(1);
    assertThat(ccgToday.get("noticeGivenOn").asString()).isEqualTo("2022-01-10");
    assertThat(ccgToday.get("intendedLeavingDate").asString()).isEqualTo("2022-07-01");
  }

  @Test
  void
      the_partners_across_a_succession_are_the_predecessor_the_day_before_and_the_successor_from_the_day() {
    OrganisationId icb = OrganisationId.newId();
    intake.accept(history.record(new PartnerSucceeded(cdcp, ccg, icb, LocalDate.of(2022, 7, 1))));

    JsonNode before = http.get("/partnerships/" + cdcp + "/partners?on=2022-06-30").json();
    JsonNode after = http.get("/partnerships/" + cdcp + "/partners?on=2022-07-01").json();

    assertThat(before.get("partners").valueStream().map(p -> p.get("organisationId").asString()))
        .containsExactlyInAnyOrder(dcc.toString(), ccg.toString());
    assertThat(after.get("partners").valueStream().map(p -> p.get("organisationId").asString()))
        .containsExactlyInAnyOrder(dcc.toString(), icb.toString());
    assertThat(after.get("partners").get(1).get("succeededFrom").asString())
        .isEqualTo(ccg.toString());
  }

  @Test
  void the_reporting_lines_on_a_date_are_answered_with_their_kind_and_day() {
    BodyId committee = BodyId.newId();
    BodyId board = BodyId.newId();
    intake.accept(
        history.record(
            new ReportingLineDrawn(
                cdcp,
                committee,
                board,
                ReportingLineKind.DIRECT_ACCOUNTABILITY,
                LocalDate.of(2023, 4, 1))));

    Http.Response response = http.get("/partnerships/" + cdcp + "/reporting-lines?on=2023-04-01");
    Http.Response before = http.get("/partnerships/" + cdcp + "/reporting-lines?on=2023-03-31");

    assertThat(response.status()).isEqualTo(200);
    JsonNode line = response.json().get("lines").get(0);
    assertThat(line.get("fromBodyId").asString()).isEqualTo(committee.toString());
    assertThat(line.get("toBodyId").asString()).isEqualTo(board.toString());
    assertThat(line.get("kind").asString()).isEqualTo("DIRECT_ACCOUNTABILITY");
    assertThat(line.get("since").asString()).isEqualTo("2023-04-01");
    assertThat(response.json().get("on").asString()).isEqualTo("2023-04-01");
    assertThat(before.json().get("lines").size()).isZero();
  }

  @Test
  void
      the_reporting_lines_of_an_unknown_partnership_are_a_not_found_problem_and_a_bad_date_invalid() {
    Http.Response missing = http.get("/partnerships/" + PartnershipId.newId() + "/reporting-lines");
    Http.Response badDate = http.get("/partnerships/" + cdcp + "/reporting-lines?on=2023-02-30");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:problem:not-found");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("on");
  }

  @Test
  void an_unknown_partnership_is_a_not_found_problem() {
    PartnershipId unknown = PartnershipId.newId();

    for (String path :
        new String[] {"/partnerships/" + unknown, "/partnerships/" + unknown + "/partners"}) {
      Http.Response response = http.get(path);

      assertThat(response.status()).as(path).isEqualTo(404);
      JsonNode problem = response.json();
      assertThat(problem.get("type").asString())
          .isEqualTo("urn:partnership-ledger:problem:not-found");
      assertThat(problem.get("status").asInt()).isEqualTo(404);
      assertThat(problem.get("detail").asString()).contains(unknown.toString());
    }
  }

  @Test
  void a_malformed_date_is_an_invalid_request_problem_naming_the_parameter() {
    Http.Response response = http.get("/partnerships/" + cdcp + "/partners?on=2021-13-01");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:partnership-ledger:problem:invalid-request");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asString())
        .startsWith("on:")
        .contains("2021-13-01")
        .contains("yyyy-MM-dd");
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("on");
  }

  @Test
  void a_malformed_partnership_id_is_an_invalid_request_problem() {
    Http.Response response = http.get("/partnerships/cdcp/partners?on=2021-04-01");

    assertThat(response.status()).isEqualTo(400);
    JsonNode problem = response.json();
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:partnership-ledger:problem:invalid-request");
    assertThat(problem.get("detail").asString()).contains("partnershipId");
  }
}
