package uk.partnershipledger.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends commands to the command service over plain HTTP, as any integration client does. */
final class CommandClient {

  /** Who the ledger's audit trail will say sent the demo data. */
  static final String ACTOR = "demo-loader@partnership-ledger.example";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI commandService;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  CommandClient(URI commandService) {
    String base = commandService.toString();
    this.commandService = URI.create(base.endsWith("/") ? base : base + "/");
  }

  URI commandService() {
    return commandService;
  }

  /** What the service answered. */
  record Answer(int status, boolean replayed, JsonNode body, String rawBody) {

    boolean isSuccess() {
      return status >= 200 && status < 300;
    }

    /** The problem's {@code type}, for a refusal. */
    String problemType() {
      return body == null ? null : body.path("type").asString(null);
    }
  }

  Answer post(String path, String onBehalfOf, String idempotencyKey, Map<String, Object> fields)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                commandService.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .header("X-Actor", ACTOR)
            .header("X-On-Behalf-Of", onBehalfOf)
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(fields)))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    String raw = response.body();
    JsonNode body = null;
    if (raw != null && !raw.isBlank()) {
      try {
        body = JSON.readTree(raw);
      } catch (RuntimeException notJson) {
        // Kept raw: the failure message shows it as it came.
      }
    }
    boolean replayed =
        response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false);
    return new Answer(response.statusCode(), replayed, body, raw);
  }
}
