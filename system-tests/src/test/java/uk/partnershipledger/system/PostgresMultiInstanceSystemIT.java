package uk.partnershipledger.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.localkafka.LocalKafkaProcess;

/**
 * The production shape on one machine: both services on PostgreSQL, two instances of each sharing
 * their database, one Kafka broker. Commands are spread over both command instances, some of them
 * racing on the same partnership, and both query instances must show one read model with every act
 * exactly once.
 */
class PostgresMultiInstanceSystemIT {

  private static final String ADMIN_URL =
      System.getenv()
          .getOrDefault(
              "LEDGER_TEST_POSTGRES_URL",
              "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private static LocalKafkaProcess kafka;
  private static final List<ServiceProcess> services = new ArrayList<>();
  private static LedgerClient viaFirst;
  private static LedgerClient viaSecond;

  @BeforeAll
  static void startTwoOfEach() throws IOException {
    String commandDatabase = freshDatabase("ledger_command_system");
    String queryDatabase = freshDatabase("ledger_query_system");
    Path root = Path.of(System.getProperty("ledger.root", "..")).toAbsolutePath().normalize();
    Path run =
        Path.of(System.getProperty("ledger.work", "target/system-test-runs"))
            .resolve("postgres-" + System.currentTimeMillis());
    Path logs = Files.createDirectories(run.resolve("logs"));
    kafka =
        LocalKafkaProcess.start(
            LocalKafkaProcess.freePort(),
            LocalKafkaProcess.freePort(),
            run.resolve("kafka"),
            LocalKafkaProcess.currentJava(),
            root.resolve("local-kafka/target/local-kafka.jar").toString());
    for (String instance : List.of("a", "b")) {
      services.add(service(root, logs, "command-service", instance, commandDatabase, kafka));
      services.add(service(root, logs, "query-service", instance, queryDatabase, kafka));
    }
    services.forEach(ServiceProcess::start);
    CompletableFuture.allOf(
            services.stream()
                .map(s -> CompletableFuture.runAsync(() -> s.awaitHealthy(START_TIMEOUT)))
                .toArray(CompletableFuture[]::new))
        .join();
    viaFirst = new LedgerClient(services.get(0), services.get(1));
    viaSecond = new LedgerClient(services.get(2), services.get(3));
  }

  @AfterAll
  static void stopAll() {
    services.forEach(ServiceProcess::stop);
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void acts_sent_to_either_instance_racing_on_one_partnership_reach_one_read_model_exactly_once()
      throws Exception {
    String dcc = viaFirst.register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg =
        viaSecond.register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = viaFirst.formPartnership(dcc, ccg);
    List<String> partners = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      LedgerClient client = i % 2 == 0 ? viaFirst : viaSecond;
      partners.add(
          client.register("Primary Care Network " + i, "PRIMARY_CARE_NETWORK", "2019-07-01"));
    }

    // All eight joinings at once, half through each command instance: appends to one aggregate
    // race. Own threads, released together: the common pool on two cores would run them in turn.
    ExecutorService senders = Executors.newFixedThreadPool(partners.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> racing = new ArrayList<>();
    for (int i = 0; i < partners.size(); i++) {
      LedgerClient client = i % 2 == 0 ? viaFirst : viaSecond;
      String partner = partners.get(i);
      racing.add(
          senders.submit(
              () -> {
                go.await();
                return client.join(cdcp, partner, "2021-04-01");
              }));
    }
    go.countDown();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (Future<HttpResponse<String>> answer : racing) {
      answers.add(answer.get(60, TimeUnit.SECONDS));
    }
    senders.shutdown();

    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
    List<String> expected = new ArrayList<>(partners);
    expected.add(dcc);
    expected.add(ccg);
    for (LedgerClient auditor : List.of(viaFirst, viaSecond)) {
      Awaitility.await("the read model behind both query instances")
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  assertThat(auditor.partnerIds(cdcp, "2021-04-01"))
                      .containsExactlyInAnyOrderElementsOf(expected));
    }
  }

  private static ServiceProcess service(
      Path root,
      Path logs,
      String name,
      String instance,
      String database,
      LocalKafkaProcess kafka) {
    return new ServiceProcess(
        name + "-" + instance,
        root.resolve(name + "/target/" + name + ".jar"),
        LocalKafkaProcess.freePort(),
        logs.resolve(name + "-" + instance + ".log"),
        List.of(
            "--spring.datasource.url=" + database,
            "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
            "--spring.application.name=" + name + "-" + instance));
  }

  /** A new database for this run, or a skip with the reason (a failure under CI). */
  private static String freshDatabase(String prefix) {
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try (Connection admin = DriverManager.getConnection(ADMIN_URL)) {
      admin.createStatement().execute("create database " + name);
    } catch (SQLException unreachable) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException("CI is set but PostgreSQL is unreachable", unreachable);
      }
      Assumptions.abort("PostgreSQL at " + ADMIN_URL + " is unreachable: " + unreachable);
    }
    return ADMIN_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
  }
}
