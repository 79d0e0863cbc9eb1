package uk.partnershipledger.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;

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
    assertThat(body.propertyNames())
        .containsExactlyInAnyOrder(
            "organisationId", "name", "kind", "statutoryBody", "establishedOn");
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
