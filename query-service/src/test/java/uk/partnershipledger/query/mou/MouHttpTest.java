package uk.partnershipledger.query.mou;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.mou.MouEvent.MouCameIntoForce;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouSigned;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.FixedClock;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.RecordedEvent;

@H2ReadModelTest
class MouHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final MouId mou = MouId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private final OrganisationId trust = OrganisationId.newId();
  private RecordedEvent councilSigned;

  @BeforeEach
  void givenAnMouSignedByBothParties() {
    http = new Http(port);
    intake.accept(
        history.record(
            new PartnershipFormed(
                cdcp,
                "County Durham Care Partnership",
                "County Durham",
                LocalDate.of(2018, 4, 1))));
    intake.accept(
        history.record(
            new MouDrafted(
                mou,
                cdcp,
                "County Durham MoU",
                2,
                "December 2020",
                List.of(council, trust),
                List.of("Schedule 1"),
                12,
                12,
                LocalDate.of(2020, 11, 1))));
    councilSigned =
        history.record(
            new MouSigned(
                mou,
                2,
                council,
                new Signatory("John Hewitt", "Interim Chief Executive"),
                LocalDate.of(2020, 11, 20)));
    intake.accept(councilSigned);
    intake.accept(
        history.record(
            new MouSigned(
                mou, 2, trust, Signatory.named("Sue Jacques"), LocalDate.of(2020, 12, 1))));
    intake.accept(
        history.record(
            new MouCameIntoForce(mou, 2, LocalDate.of(2021, 12, 1), LocalDate.of(2020, 12, 1))));
  }

  @Test
  void an_mou_on_a_date_is_answered_with_the_version_in_force_and_its_signatories() {
    Http.Response answer = http.get("/mous/" + mou + "?on=2020-12-01");
    JsonNode draft = http.get("/mous/" + mou + "?on=2020-11-30").json();

    assertThat(answer.status()).isEqualTo(200);
    JsonNode json = answer.json();
    assertThat(json.get("title").asString()).isEqualTo("County Durham MoU");
    assertThat(json.get("partnershipId").asString()).isEqualTo(cdcp.toString());
    assertThat(json.get("status").asString()).isEqualTo("IN_FORCE");
    JsonNode version = json.get("version");
    assertThat(version.get("label").asString()).isEqualTo("December 2020");
    assertThat(version.get("inForceFrom").asString()).isEqualTo("2020-12-01");
    assertThat(version.get("reviewDue").asString()).isEqualTo("2021-12-01");
    assertThat(version.get("parties").size()).isEqualTo(2);
    assertThat(version.get("schedules").get(0).asString()).isEqualTo("Schedule 1");
    JsonNode first = version.get("signatories").get(0);
    assertThat(first.get("organisationId").asString()).isEqualTo(council.toString());
    assertThat(first.get("signatory").asString()).isEqualTo("John Hewitt");
    assertThat(first.get("signatoryPost").asString()).isEqualTo("Interim Chief Executive");
    assertThat(first.get("signedOn").asString()).isEqualTo("2020-11-20");
    assertThat(version.get("signatories").get(1).get("signatoryPost").isNull())
        .as("the trust's signatory was recorded without a post")
        .isTrue();
    assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
    assertThat(draft.get("version").get("signatories").size()).isEqualTo(1);
  }

  @Test
  void a_corrected_signature_is_answered_as_corrected_with_its_corrections() {
    intake.accept(
        history.record(
            new MouSignatureCorrected(
                mou,
                2,
                council,
                councilSigned.eventId().toString(),
                new Signatory("John Hewitt", "Chief Executive"),
                "The signatory's full title, and signed on 18 November",
                LocalDate.of(2020, 11, 18))));

    JsonNode signatories =
        http.get("/mous/" + mou + "?on=2020-11-18").json().get("version").get("signatories");
    JsonNode dayBefore =
        http.get("/mous/" + mou + "?on=2020-11-17").json().get("version").get("signatories");

    assertThat(dayBefore.size()).isZero();
    assertThat(signatories.size()).isEqualTo(1);
    JsonNode signature = signatories.get(0);
    assertThat(signature.get("signatory").asString()).isEqualTo("John Hewitt");
    assertThat(signature.get("signatoryPost").asString()).isEqualTo("Chief Executive");
    assertThat(signature.get("signedOn").asString()).isEqualTo("2020-11-18");
    assertThat(signature.get("heldSince").asString()).isEqualTo("2020-11-18");
    assertThat(signature.get("corrections").size()).isEqualTo(1);
    JsonNode correction = signature.get("corrections").get(0);
    assertThat(correction.get("reason").asString())
        .isEqualTo("The signatory's full title, and signed on 18 November");
    assertThat(correction.get("correctedEventId").asString())
        .isEqualTo(councilSigned.eventId().toString());
    assertThat(correction.get("correctedAt").asString()).startsWith("2026-11-02T09:00");
    assertThat(correction.get("before").get("signatory").asString()).isEqualTo("John Hewitt");
    assertThat(correction.get("before").get("signatoryPost").asString())
        .isEqualTo("Interim Chief Executive");
    assertThat(correction.get("before").get("signedOn").asString()).isEqualTo("2020-11-20");
    JsonNode inForce = http.get("/mous/" + mou + "?on=2020-12-01").json().get("version");
    assertThat(inForce.get("inForceFrom").asString()).isEqualTo("2020-12-01");
    assertThat(inForce.get("signatories").get(1).get("corrections").size())
        .as("the trust's signature")
        .isZero();
  }

  @Test
  void a_partnership_s_mous_are_answered_for_today_without_a_date() {
    Http.Response answer = http.get("/partnerships/" + cdcp + "/mous");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("on").asString()).isEqualTo(FixedClock.TODAY.toString());
    JsonNode first = answer.json().get("mous").get(0);
    assertThat(first.get("mouId").asString()).isEqualTo(mou.toString());
    assertThat(first.get("status").asString()).isEqualTo("IN_FORCE");
  }

  @Test
  void unknown_ids_are_not_found_problems_and_bad_parameters_invalid_request_problems() {
    for (String path :
        List.of("/mous/" + MouId.newId(), "/partnerships/" + PartnershipId.newId() + "/mous")) {
      Http.Response missing = http.get(path);
      assertThat(missing.status()).as(path).isEqualTo(404);
      assertThat(missing.json().get("type").asString())
          .isEqualTo("urn:partnership-ledger:problem:not-found");
    }
    Http.Response badId = http.get("/mous/mou-1");
    Http.Response badDate = http.get("/mous/" + mou + "?on=2020-12-32");

    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.json().get("errors").get(0).get("field").asString()).isEqualTo("mouId");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("on");
  }
}
