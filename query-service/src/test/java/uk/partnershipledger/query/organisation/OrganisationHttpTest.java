package uk.partnershipledger.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationAbolished;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationEvent.RegistrationCorrected;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.query.FixedClock;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.RecordedEvent;

@H2ReadModelTest
class OrganisationHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void an_organisation_is_answered_as_registered() {
    OrganisationId dcc = OrganisationId.newId();
    intake.accept(
        history.record(
            new OrganisationRegistered(
                dcc,
                "Durham County Council",
                OrganisationKind.LOCAL_AUTHORITY,
                true,
                LocalDate.of(1974, 4, 1))));

    Http.Response response = http.get("/organisations/" + dcc);

    assertThat(response.status()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.get("organisationId").asString()).isEqualTo(dcc.toString());
    assertThat(body.get("name").asString()).isEqualTo("Durham County Council");
    assertThat(body.get("kind").asString()).isEqualTo("LOCAL_AUTHORITY");
    assertThat(body.get("statutoryBody").asBoolean()).isTrue();
    assertThat(body.get("establishedOn").asString()).isEqualTo("1974-04-01");
    assertThat(body.get("on").asString()).isEqualTo(FixedClock.TODAY.toString());
    assertThat(body.get("abolishedOn").isNull()).isTrue();
    assertThat(body.get("names").get(0).get("from").asString()).isEqualTo("1974-04-01");
    assertThat(body.propertyNames())
        .containsExactlyInAnyOrder(
            "organisationId",
            "name",
            "kind",
            "statutoryBody",
            "establishedOn",
            "on",
            "abolishedOn",
            "successorId",
            "successorName",
            "names",
            "corrections");
  }

  @Test
  void
      an_organisation_on_a_date_has_its_name_then_and_its_abolition_and_successor_once_abolished() {
    OrganisationId ccg = OrganisationId.newId();
    OrganisationId icb = OrganisationId.newId();
    intake.accept(
        history.record(
            new OrganisationRegistered(
                ccg,
                "NHS Durham Dales CCG",
                OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
                true,
                LocalDate.of(2013, 4, 1))));
    intake.accept(
        history.record(
            new OrganisationRenamed(
                ccg, "NHS Durham Dales CCG", "NHS County Durham CCG", LocalDate.of(2020, 4, 1))));
    intake.accept(
        history.record(
            new OrganisationRegistered(
                icb,
                "NHS North East and North Cumbria ICB",
                OrganisationKind.INTEGRATED_CARE_BOARD,
                true,
                LocalDate.of(2022, 7, 1))));
    intake.accept(history.record(new OrganisationAbolished(ccg, icb, LocalDate.of(2022, 7, 1))));

    JsonNode before = http.get("/organisations/" + ccg + "?on=2020-03-31").json();
    Http.Response abolished = http.get("/organisations/" + ccg + "?on=2022-07-01");

    assertThat(before.get("name").asString()).isEqualTo("NHS Durham Dales CCG");
    assertThat(before.get("abolishedOn").isNull()).isTrue();
    assertThat(abolished.status()).isEqualTo(200);
    JsonNode after = abolished.json();
    assertThat(after.get("name").asString()).isEqualTo("NHS County Durham CCG");
    assertThat(after.get("abolishedOn").asString()).isEqualTo("2022-07-01");
    assertThat(after.get("successorId").asString()).isEqualTo(icb.toString());
    assertThat(after.get("successorName").asString())
        .isEqualTo("NHS North East and North Cumbria ICB");
    assertThat(after.get("names").size()).isEqualTo(2);
  }

  @Test
  void a_corrected_registration_is_answered_as_corrected_with_what_it_said_before() {
    OrganisationId ccg = OrganisationId.newId();
    RecordedEvent registration =
        history.record(
            new OrganisationRegistered(
                ccg,
                "NHS Durham Dale CCG",
                OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
                true,
                LocalDate.of(2013, 4, 1)));
    intake.accept(registration);
    intake.accept(
        history.record(
            new RegistrationCorrected(
                ccg,
                registration.eventId().toString(),
                "NHS Durham Dales CCG",
                "Misspelt, and authorised from 15 April",
                LocalDate.of(2013, 4, 15))));

    JsonNode corrected = http.get("/organisations/" + ccg + "?on=2013-04-15").json();

    assertThat(corrected.get("name").asString()).isEqualTo("NHS Durham Dales CCG");
    assertThat(corrected.get("establishedOn").asString()).isEqualTo("2013-04-15");
    assertThat(corrected.get("names").get(0).get("from").asString()).isEqualTo("2013-04-15");
    assertThat(corrected.get("corrections").size()).isEqualTo(1);
    JsonNode correction = corrected.get("corrections").get(0);
    assertThat(correction.get("reason").asString())
        .isEqualTo("Misspelt, and authorised from 15 April");
    assertThat(correction.get("correctedEventId").asString())
        .isEqualTo(registration.eventId().toString());
    assertThat(correction.get("correctedAt").asString()).startsWith("2026-11-02T09:00");
    assertThat(correction.get("before").get("name").asString()).isEqualTo("NHS Durham Dale CCG");
    assertThat(correction.get("before").get("establishedOn").asString()).isEqualTo("2013-04-01");
    assertThat(
            http.get("/organisations")
                .json()
                .valueStream()
                .filter(o -> o.get("organisationId").asString().equals(ccg.toString()))
                .map(o -> o.get("corrections").size()))
        .as("the list shows the corrections too")
        .containsExactly(1);
  }

  @Test
  void a_malformed_date_for_an_organisation_is_an_invalid_request_problem() {
    Http.Response response =
        http.get("/organisations/" + OrganisationId.newId() + "?on=1-July-2022");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("on");
  }

  @Test
  void organisations_are_listed() {
    OrganisationId ccg = OrganisationId.newId();
    intake.accept(
        history.record(
            new OrganisationRegistered(
                ccg,
                "NHS County Durham CCG",
                OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
                true,
                LocalDate.of(2013, 4, 1))));

    Http.Response response = http.get("/organisations");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().valueStream().map(o -> o.get("organisationId").asString()))
        .contains(ccg.toString());
  }

  @Test
  void an_unknown_organisation_is_a_not_found_problem() {
    OrganisationId unknown = OrganisationId.newId();

    Http.Response response = http.get("/organisations/" + unknown);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:partnership-ledger:problem:not-found");
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("detail").asString())
        .contains("organisation")
        .contains(unknown.toString());
  }

  @Test
  void a_malformed_organisation_id_is_an_invalid_request_problem() {
    Http.Response response = http.get("/organisations/not-a-uuid");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:partnership-ledger:problem:invalid-request");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asString()).contains("organisationId").contains("not-a-uuid");
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("organisationId");
  }
}
