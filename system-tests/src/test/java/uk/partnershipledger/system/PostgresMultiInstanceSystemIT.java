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
    kafka = LocalKafkaProcess.startBuilt(root, run.resolve("kafka"));
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

  /**
   * ADR 8: a partner's leaving takes the lock on its tenure before it looks at the bodies, and an
   * appointment or a delegation relying on that tenure takes the same lock. Raced through two
   * instances, whatever order they land in, nothing of the leaver is in force on the leaving date.
   */
  @Test
  void a_leaving_racing_appointments_and_delegations_leaves_none_of_them_in_force()
      throws Exception {
    String dcc = viaFirst.register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg =
        viaSecond.register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = viaFirst.formPartnership(dcc, ccg);
    String body =
        LedgerClient.created(
                viaFirst.command(
                    "/bodies",
                    """
                    {"partnershipId": "%s", "name": "Joint Committee", "type": "JOINT_COMMITTEE",
                     "status": "OPERATIONAL", "effectiveDate": "2021-04-01", "reason": "test"}"""
                        .formatted(cdcp)))
            .get("bodyId")
            .asString();
    List<String> leavers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String leaver = viaFirst.register("Council " + i, "LOCAL_AUTHORITY", "1974-04-01");
      assertThat(viaFirst.join(cdcp, leaver, "2021-04-01").statusCode()).isEqualTo(201);
      assertThat(
              viaSecond
                  .command(
                      "/partnerships/" + cdcp + "/partners/" + leaver + "/notice",
                      """
                      {"effectiveDate": "2023-01-10", "reason": "Letter"}""")
                  .statusCode())
          .isEqualTo(200);
      leavers.add(leaver);
    }

    ExecutorService senders = Executors.newFixedThreadPool(leavers.size() * 4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> racing = new ArrayList<>();
    for (int i = 0; i < leavers.size(); i++) {
      String leaver = leavers.get(i);
      LedgerClient one = i % 2 == 0 ? viaFirst : viaSecond;
      LedgerClient other = i % 2 == 0 ? viaSecond : viaFirst;
      racing.add(
          senders.submit(
              () -> {
                go.await();
                return one.command(
                    "/partnerships/" + cdcp + "/partners/" + leaver + "/leaving",
                    """
                    {"effectiveDate": "2023-04-01", "reason": "Withdrawal"}""");
              }));
      for (String date : List.of("2023-03-01", "2023-04-15")) {
        racing.add(
            senders.submit(
                () -> {
                  go.await();
                  return other.command(
                      "/bodies/" + body + "/members",
                      """
                      {"personName": "Member of %s", "organisationId": "%s", "role": "MEMBER",
                       "effectiveDate": "%s", "reason": "Appointed"}"""
                          .formatted(leaver, leaver, date));
                }));
      }
      racing.add(
          senders.submit(
              () -> {
                go.await();
                return other.command(
                    "/bodies/" + body + "/delegations",
                    """
                    {"delegatorId": "%s", "function": "adult-social-care", "scope": "s",
                     "limits": [{"kind": "NEW_SCHEME", "maximum": 1000, "description": "d"}],
                     "approval": {"approvedBy": "Cabinet", "approvedOn": "2023-02-01",
                                  "reference": "r"},
                     "effectiveDate": "2023-03-01", "reason": "Delegated"}"""
                        .formatted(leaver));
              }));
    }
    go.countDown();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (Future<HttpResponse<String>> answer : racing) {
      answers.add(answer.get(120, TimeUnit.SECONDS));
    }
    senders.shutdown();

    // Every leaving holds; an act racing it is either recorded (and ended by it) or refused.
    assertThat(answers)
        .extracting(HttpResponse::statusCode)
        .allSatisfy(status -> assertThat(status).isIn(200, 201, 409));
    assertThat(answers.stream().filter(a -> a.uri().getPath().endsWith("/leaving")))
        .extracting(HttpResponse::statusCode)
        .containsOnly(200);
    // A refused act is refused for the rule the leaving made true, nothing else.
    assertThat(answers.stream().filter(a -> a.statusCode() == 409))
        .extracting(HttpResponse::body)
        .allSatisfy(
            problem ->
                assertThat(problem)
                    .containsAnyOf(
                        "rule:member-organisation-not-a-partner", "rule:delegator-not-a-partner"));
    for (LedgerClient auditor : List.of(viaFirst, viaSecond)) {
      Awaitility.await("the leavers' partnership ends on the query side")
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  assertThat(auditor.partnerIds(cdcp, "2023-04-01"))
                      .containsExactlyInAnyOrder(dcc, ccg));
      Awaitility.await("nothing of the leavers in force on the body")
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                String members = auditor.get("/bodies/" + body + "/members?on=2023-04-15").body();
                String delegations =
                    auditor.get("/bodies/" + body + "/delegations?on=2023-04-01").body();
                for (String leaver : leavers) {
                  assertThat(members).doesNotContain(leaver);
                  assertThat(delegations).doesNotContain(leaver);
                }
              });
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
