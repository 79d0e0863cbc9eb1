package uk.partnershipledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What the service offers besides its read models: documentation, health, problems. */
@H2ReadModelTest
class ServiceHttpTest {

  @LocalServerPort int port;

  private Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void the_api_is_described_in_openapi_with_examples() {
    Http.Response response = http.get("/v3/api-docs");

    assertThat(response.status()).isEqualTo(200);
    JsonNode paths = response.json().get("paths");
    assertThat(paths.propertyNames())
        .contains(
            "/organisations",
            "/organisations/{organisationId}",
            "/partnerships/{partnershipId}",
            "/partnerships/{partnershipId}/partners");
    JsonNode partners = paths.get("/partnerships/{partnershipId}/partners").get("get");
    assertThat(partners.get("summary").asString()).isNotBlank();
    assertThat(partners.get("description").asString()).contains("not including");
    assertThat(partners.get("parameters").valueStream().map(p -> p.get("name").asString()))
        .containsExactlyInAnyOrder("partnershipId", "on", "asRecordedAt");
    assertThat(response.body()).contains("2021-04-01").contains("Durham County Council");
  }

  @Test
  void every_query_with_an_id_documents_its_400_and_404_problems() {
    JsonNode docs = http.get("/v3/api-docs").json();
    JsonNode paths = docs.get("paths");
    assertThat(
            docs.get("components")
                .get("schemas")
                .get("ProblemDetail")
                .get("properties")
                .has("detail"))
        .isTrue();

    for (String path :
        java.util.List.of(
            "/organisations/{organisationId}",
            "/partnerships/{partnershipId}",
            "/partnerships/{partnershipId}/partners",
            "/bodies/{bodyId}",
            "/bodies/{bodyId}/members",
            "/partnerships/{partnershipId}/bodies",
            "/partnerships/{partnershipId}/reporting-lines",
            "/bodies/{bodyId}/delegations",
            "/delegations/{delegationId}",
            "/bodies/{bodyId}/decisions",
            "/bodies/{bodyId}/declarations",
            "/mous/{mouId}",
            "/partnerships/{partnershipId}/mous")) {
      assertThat(paths.get(path).get("get").get("description").asString())
          .as(path + " has a description")
          .isNotBlank();
      JsonNode responses = paths.get(path).get("get").get("responses");
      for (String status : java.util.List.of("400", "404")) {
        assertThat(responses.get(status).get("content").has("application/problem+json"))
            .as(path + " " + status)
            .isTrue();
      }
    }
    // The list has no id to miss, but its asRecordedAt can be malformed.
    JsonNode list = paths.get("/organisations").get("get").get("responses");
    assertThat(list.has("400")).isTrue();
    assertThat(list.has("404")).isFalse();
  }

  @Test
  void every_query_takes_as_recorded_at_documented_with_an_example() {
    JsonNode paths = http.get("/v3/api-docs").json().get("paths");
    assertThat(paths.propertyNames()).hasSizeGreaterThan(10);
    for (String path : paths.propertyNames()) {
      JsonNode asRecordedAt =
          paths
              .get(path)
              .get("get")
              .get("parameters")
              .valueStream()
              .filter(p -> p.get("name").asString().equals("asRecordedAt"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(path + " takes no asRecordedAt"));
      assertThat(asRecordedAt.get("in").asString()).isEqualTo("query");
      assertThat(asRecordedAt.get("required").asBoolean()).as(path).isFalse();
      assertThat(asRecordedAt.get("example").asString()).as(path).isEqualTo("2026-11-02T09:30:00Z");
      assertThat(asRecordedAt.get("description").asString()).as(path).contains("ISO-8601");
    }
  }

  @Test
  void the_swagger_ui_is_served() {
    Http.Response response = http.get("/swagger-ui.html");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).containsIgnoringCase("swagger");
  }

  @Test
  void health_reports_the_database_and_kafka_separately() {
    // This context has no broker: the port the Kafka health check asks is closed.
    Http.Response response = http.get("/actuator/health");

    assertThat(response.status()).isEqualTo(503);
    JsonNode components = response.json().get("components");
    assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
    JsonNode kafka = components.get("kafka");
    assertThat(kafka.get("status").asString()).isEqualTo("DOWN");
    assertThat(kafka.get("details").get("error").asString()).isNotBlank();
  }

  @Test
  void an_unknown_path_is_a_not_found_problem() {
    Http.Response response = http.get("/governance-bodies");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:problem:not-found");
  }
}
