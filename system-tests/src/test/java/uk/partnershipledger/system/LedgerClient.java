package uk.partnershipledger.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an integration client sends to one command service and an auditor asks one query service,
 * over plain HTTP.
 */
final class LedgerClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String commandUrl;
  private final String queryUrl;

  LedgerClient(ServiceProcess commandService, ServiceProcess queryService) {
    this.commandUrl = commandService.baseUrl();
    this.queryUrl = queryService.baseUrl();
  }

  /** A client of the command side only, for tests that read the topic rather than the queries. */
  LedgerClient(ServiceProcess commandService) {
    this.commandUrl = commandService.baseUrl();
    this.queryUrl = null;
  }

  String register(String name, String kind, String established) {
    return created(
            post(
                "/organisations",
                """
                {"name": "%s", "kind": "%s", "effectiveDate": "%s", "reason": "system test"}"""
                    .formatted(name, kind, established)))
        .get("organisationId")
        .asString();
  }

  String formPartnership(String firstPartner, String secondPartner) {
    return created(
            post(
                "/partnerships",
                """
                {"name": "County Durham Care Partnership", "place": "County Durham",
                 "foundingPartners": ["%s", "%s"], "effectiveDate": "2018-04-01",
                 "reason": "Integrated Governance Framework, April 2018"}"""
                    .formatted(firstPartner, secondPartner)))
        .get("partnershipId")
        .asString();
  }

  HttpResponse<String> join(String partnership, String organisation, String date) {
    return post(
        "/partnerships/" + partnership + "/partners",
        """
        {"organisationId": "%s", "effectiveDate": "%s", "reason": "Signed the December 2020 MoU"}"""
            .formatted(organisation, date));
  }

  /** The partners the query side shows on a date; none while it has not seen the partnership. */
  List<String> partnerIds(String partnership, String on) {
    HttpResponse<String> response = get("/partnerships/" + partnership + "/partners?on=" + on);
    if (response.statusCode() == 404) {
      return List.of();
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    JSON.readTree(response.body())
        .get("partners")
        .forEach(p -> ids.add(p.get("organisationId").asString()));
    return ids;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(queryUrl + path)).GET().build());
  }

  static JsonNode created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body());
  }

  /**
   * Any command, as a careful client sends it: a {@code concurrent-modification} problem (another
   * request changed the same record at the same moment, five times over) is sent again, as the
   * README tells clients to.
   */
  HttpResponse<String> command(String path, String body) {
    HttpResponse<String> response = post(path, body);
    for (int attempt = 1;
        attempt < 5
            && response.statusCode() == 409
            && response.body().contains("problem:concurrent-modification");
        attempt++) {
      response = post(path, body);
    }
    return response;
  }

  private HttpResponse<String> post(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(commandUrl + path))
            .header("Content-Type", "application/json")
            .header("X-Actor", "governance.officer@durham.gov.uk")
            .header("X-On-Behalf-Of", "Durham County Council")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(request.uri() + " failed", e);
    }
  }
}
