package uk.partnershipledger.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipledger.localkafka.LocalKafkaProcess;

/**
 * The ledger as it runs on a governance officer's machine: the local KRaft broker, the command
 * service and the query service, each in its own JVM on its embedded defaults (H2 files), driven
 * over HTTP as an integration client drives it. The crash and outage cases are the "nothing lost"
 * promise: what was answered 2xx is stored, reaches Kafka and reaches the read model exactly once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerSystemIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration PROPAGATION_TIMEOUT = Duration.ofSeconds(30);

  private static LocalKafkaProcess kafka;
  private static ServiceProcess commandService;
  private static ServiceProcess queryService;
  private static LedgerClient client;

  private static String dcc;
  private static String ccg;
  private static String cdcp;

  @BeforeAll
  static void startTheSystem() throws IOException {
    Path root = Path.of(System.getProperty("ledger.root", "..")).toAbsolutePath().normalize();
    Path run =
        Path.of(System.getProperty("ledger.work", "target/system-test-runs"))
            .resolve("run-" + System.currentTimeMillis());
    Path logs = Files.createDirectories(run.resolve("logs"));
    kafka = LocalKafkaProcess.startBuilt(root, run.resolve("kafka"));
    List<String> common =
        List.of(
            "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
            "--ledger.data-dir=" + run.toAbsolutePath());
    commandService =
        new ServiceProcess(
            "command-service",
            root.resolve("command-service/target/command-service.jar"),
            LocalKafkaProcess.freePort(),
            logs.resolve("command-service.log"),
            common);
    queryService =
        new ServiceProcess(
            "query-service",
            root.resolve("query-service/target/query-service.jar"),
            LocalKafkaProcess.freePort(),
            logs.resolve("query-service.log"),
            common);
    commandService.start();
    queryService.start();
    CompletableFuture.allOf(
            // Fully healthy, as run-local.sh waits for it: on an empty store, with Kafka up.
            CompletableFuture.runAsync(() -> commandService.awaitHealthy(START_TIMEOUT)),
            CompletableFuture.runAsync(() -> queryService.awaitHealthy(START_TIMEOUT)))
        .join();

    client = new LedgerClient(commandService, queryService);
    dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    cdcp = client.formPartnership(dcc, ccg);
  }

  @AfterAll
  static void stopTheSystem() {
    if (commandService != null) {
      commandService.stop();
    }
    if (queryService != null) {
      queryService.stop();
    }
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  @Order(1)
  void a_partner_that_joins_over_http_is_shown_by_the_query_side() {
    String hdft = register("Harrogate and District NHS FT", "NHS_FOUNDATION_TRUST", "2004-01-01");

    LedgerClient.created(join(hdft, "2020-12-01"));

    awaitPartners("2020-12-01", dcc, ccg, hdft);
    assertThat(partnerIds("2020-11-30")).containsExactlyInAnyOrder(dcc, ccg);
  }

  @Test
  @Order(2)
  void a_joining_answered_just_before_a_kill_9_survives_and_reaches_the_query_side() {
    String tewv =
        register("Tees, Esk and Wear Valleys NHS FT", "NHS_FOUNDATION_TRUST", "2008-01-01");

    LedgerClient.created(join(tewv, "2020-12-01"));
    commandService.kill();
    commandService.start();
    commandService.awaitReady(START_TIMEOUT);

    awaitPartners("2020-12-01", dcc, ccg, tewv);
    // The restarted command side still knows the joining: joining again is refused.
    assertThat(join(tewv, "2021-01-01").statusCode()).isEqualTo(409);
  }

  @Test
  @Order(3)
  void commands_accepted_while_kafka_is_down_reach_the_read_model_exactly_once_after_it_returns() {
    kafka.kill();

    List<String> joined = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String pcn =
          register("Durham Primary Care Network " + i, "PRIMARY_CARE_NETWORK", "2019-07-01");
      LedgerClient.created(join(pcn, "2021-04-01"));
      joined.add(pcn);
    }
    // The outage is real: nothing of it has reached the read model yet.
    assertThat(partnerIds("2021-04-01")).doesNotContainAnyElementsOf(joined);
    kafka.restart();

    List<String> expected = new ArrayList<>(List.of(dcc, ccg));
    expected.addAll(joined);
    Awaitility.await("partners after Kafka returned")
        .atMost(Duration.ofSeconds(120))
        .untilAsserted(() -> assertThat(partnerIds("2021-04-01")).containsAll(expected));
    // Each partner exactly once: a redelivered event must not add a second tenure.
    assertThat(partnerIds("2021-04-01")).doesNotHaveDuplicates();
    for (String pcn : joined) {
      assertThat(client.get("/organisations/" + pcn).statusCode()).isEqualTo(200);
    }
  }

  @Test
  @Order(4)
  void a_query_service_killed_mid_stream_resumes_without_losing_or_doubling_an_event() {
    List<String> joined = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String practice = register("Durham GP Federation " + i, "VOLUNTARY_SECTOR", "2015-01-01");
      LedgerClient.created(join(practice, "2022-04-01"));
      joined.add(practice);
      if (i == 2) {
        // Killed while events are still arriving: some projected, some not, offsets in between.
        queryService.kill();
      }
    }
    queryService.start();
    queryService.awaitReady(START_TIMEOUT);

    // The new instance gets the partitions once the killed one's Kafka session (10 s) expires.
    Awaitility.await("partners after the query service restarted")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(partnerIds("2022-04-01")).containsAll(joined));
    assertThat(partnerIds("2022-04-01")).doesNotHaveDuplicates();
  }

  private static void awaitPartners(String on, String... expected) {
    Awaitility.await("partners on " + on)
        .atMost(PROPAGATION_TIMEOUT)
        .untilAsserted(() -> assertThat(partnerIds(on)).contains(expected).doesNotHaveDuplicates());
  }

  private static List<String> partnerIds(String on) {
    return client.partnerIds(cdcp, on);
  }

  private static String register(String name, String kind, String established) {
    return client.register(name, kind, established);
  }

  private static HttpResponse<String> join(String organisation, String date) {
    return client.join(cdcp, organisation, date);
  }
}
