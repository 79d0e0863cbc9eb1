package uk.partnershipledger.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import uk.partnershipledger.localkafka.LocalKafkaProcess;

/**
 * Issue 4's benchmark: does the time of an as-of query grow with the ledger's history?
 *
 * <p>For each size, a fresh broker and a fresh query service (a child JVM from query-service.jar on
 * a new H2 file or a new PostgreSQL database) read a synthetic history straight from Kafka; then
 * the same questions about the same probe partnership are timed over HTTP, at random dates, with
 * and without a recording instant. An intake deadline (an ISO instant) stops waiting for the intake
 * and times the queries against what has been read by then, so that a run that cannot finish in
 * time still measures the largest history it reached. Usage: {@code AsOfBenchmark
 * [--db=h2|postgres] [--requests=500] [--root=.] sizes...}; {@code benchmarks/run.sh} builds and
 * runs it.
 */
public final class AsOfBenchmark {

  private static final String GROUP = "query-service";
  private static final long SEED = 4L;
  static final int WARM_UP = 200;
  private static final LocalDate PROBE_LAST_DAY = PartnershipHistory.HORIZON;

  private final Path root;
  private final boolean postgres;
  private final int requests;
  private final Optional<Instant> intakeDeadline;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private AsOfBenchmark(
      Path root, boolean postgres, int requests, Optional<Instant> intakeDeadline) {
    this.root = root;
    this.postgres = postgres;
    this.requests = requests;
    this.intakeDeadline = intakeDeadline;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(".");
    boolean postgres = false;
    int requests = 500;
    Optional<Instant> intakeDeadline = Optional.empty();
    List<Long> sizes = new ArrayList<>();
    List<Path> requery = new ArrayList<>();
    String datasourceOptions = "";
    for (String arg : args) {
      if (arg.startsWith("--db=")) {
        postgres = arg.equals("--db=postgres");
      } else if (arg.startsWith("--requests=")) {
        requests = Integer.parseInt(arg.substring("--requests=".length()));
      } else if (arg.startsWith("--intake-deadline=")) {
        intakeDeadline = Optional.of(Instant.parse(arg.substring("--intake-deadline=".length())));
      } else if (arg.startsWith("--requery=")) {
        requery.add(Path.of(arg.substring("--requery=".length())));
      } else if (arg.startsWith("--h2-options=")) {
        datasourceOptions = arg.substring("--h2-options=".length());
      } else if (arg.startsWith("--root=")) {
        root = Path.of(arg.substring("--root=".length()));
      } else {
        sizes.add(Long.parseLong(arg.replace("_", "")));
      }
    }
    AsOfBenchmark benchmark =
        new AsOfBenchmark(root.toAbsolutePath().normalize(), postgres, requests, intakeDeadline);
    if (!requery.isEmpty()) {
      for (Path folder : requery) {
        benchmark.requery(folder.toAbsolutePath().normalize(), datasourceOptions);
      }
      return;
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000L, 1_000_000L);
    }
    List<Report.SizeResult> results = new ArrayList<>();
    for (long size : sizes) {
      results.add(benchmark.run(size));
      benchmark.writeReport(results);
    }
    System.out.println();
    System.out.println(benchmark.writeReport(results));
  }

  private String writeReport(List<Report.SizeResult> results) throws IOException {
    String report =
        Report.markdown(results, machine(), postgres ? "PostgreSQL" : "H2 (file)", requests);
    Path file = root.resolve("benchmarks/target/report.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    return report;
  }

  private Report.SizeResult run(long size) throws Exception {
    Path run =
        root.resolve("benchmarks/target/runs/" + size + "-" + System.currentTimeMillis())
            .toAbsolutePath();
    Path logs = Files.createDirectories(run.resolve("logs"));
    log("N=" + size + ": run folder " + run);
    String database = "ledger_bench_" + size + "_" + System.currentTimeMillis();
    try (LocalKafkaProcess kafka = LocalKafkaProcess.startBuilt(root, run.resolve("kafka"));
        Topic topic = new Topic(kafka.bootstrapServers())) {
      topic.create();

      long produceStart = System.nanoTime();
      long events;
      try (EventPublisher publisher = new EventPublisher(kafka.bootstrapServers(), Topic.NAME)) {
        events = SyntheticHistory.generate(size, SEED, publisher::publish);
      }
      double produceSeconds = seconds(produceStart);
      log(
          String.format(
              "N=%d: %d events on %s in %.1f s (%.0f events/s)",
              size, events, Topic.NAME, produceSeconds, events / produceSeconds));

      List<String> arguments = new ArrayList<>();
      arguments.add("--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
      arguments.add("--ledger.data-dir=" + run);
      if (postgres) {
        createDatabase(database);
        arguments.add(
            "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/"
                + database
                + "?user=postgres");
      }
      Report.SizeResult result;
      try (QueryServiceProcess service =
          QueryServiceProcess.start(
              root.resolve("query-service/target/query-service.jar"),
              LocalKafkaProcess.freePort(),
              logs.resolve("query-service.log"),
              arguments)) {
        service.awaitReady(Duration.ofMinutes(3));
        long intakeStart = System.nanoTime();
        long read = awaitReadToEnd(topic, events, intakeStart);
        double intakeSeconds = seconds(intakeStart);
        log(
            String.format(
                "N=%d: read %d of %d events in %.1f s (%.0f events/s)",
                size, read, events, intakeSeconds, read / intakeSeconds));
        Optional<Double> heapAfterIntake = service.heapUsed();
        Map<String, Report.KindResult> kinds = time(service.baseUrl());
        Map<String, String> answers = fixedAnswers(service.baseUrl());
        result =
            new Report.SizeResult(
                size,
                events,
                read,
                produceSeconds,
                intakeSeconds,
                heapAfterIntake,
                service.heapUsed(),
                0,
                kinds,
                answers);
      }
      long databaseBytes =
          postgres ? databaseSize(database) : folderSize(run.resolve("query-service"));
      if (postgres) {
        dropDatabase(database);
      }
      return result.withDatabaseBytes(databaseBytes);
    }
  }

  /**
   * Times the queries again on the H2 read model a run left in its folder, without producing or
   * reading anything (no broker: the service's consumer waits for one in vain). For comparing
   * settings, such as H2's cache, on the same data; {@code h2Options} are appended to the URL.
   */
  private void requery(Path run, String h2Options) throws Exception {
    log("re-querying " + run + (h2Options.isEmpty() ? "" : " with " + h2Options));
    List<String> arguments = new ArrayList<>();
    arguments.add("--spring.kafka.bootstrap-servers=127.0.0.1:" + LocalKafkaProcess.freePort());
    arguments.add("--ledger.data-dir=" + run);
    arguments.add(
        "--spring.datasource.url=jdbc:h2:file:"
            + run.resolve("query-service/readmodel")
            + ";DB_CLOSE_ON_EXIT=FALSE"
            + h2Options);
    try (QueryServiceProcess service =
        QueryServiceProcess.start(
            root.resolve("query-service/target/query-service.jar"),
            LocalKafkaProcess.freePort(),
            Files.createDirectories(run.resolve("logs")).resolve("requery.log"),
            arguments)) {
      service.awaitReady(Duration.ofMinutes(3));
      time(service.baseUrl());
      fixedAnswers(service.baseUrl()).forEach((kind, hash) -> log("  " + kind + " " + hash));
    }
  }

  /**
   * Waits until the query service has read every event, or the intake deadline passes; returns how
   * many events it has read.
   */
  private long awaitReadToEnd(Topic topic, long events, long since) throws Exception {
    long lastReport = System.nanoTime();
    while (!topic.readToEnd(GROUP)) {
      if (intakeDeadline.isPresent() && Instant.now().isAfter(intakeDeadline.get())) {
        log("  intake deadline passed: the queries are timed against what was read so far");
        return topic.committed(GROUP);
      }
      Thread.sleep(1000);
      if (System.nanoTime() - lastReport > 30_000_000_000L) {
        long read = topic.committed(GROUP);
        log(
            String.format(
                "  read %d of %d (%.0f events/s so far)", read, events, read / seconds(since)));
        lastReport = System.nanoTime();
      }
    }
    return events;
  }

  /**
   * Times every query kind with and without a recording instant, each at a random date in the
   * probe's life and, with one, a random instant after its committee had its first members
   * recorded. All kinds are warmed up first, then asked in rounds, one request each in a shuffled
   * order, so that a slow spell of the machine (or the JIT still at work) falls on every kind
   * alike.
   */
  private Map<String, Report.KindResult> time(String baseUrl) throws Exception {
    PartnershipHistory probe = SyntheticHistory.probe();
    LocalDate firstDay = probe.committeeOperational().plusDays(1);
    int days = (int) (PROBE_LAST_DAY.toEpochDay() - firstDay.toEpochDay());
    Instant firstInstant = firstDay.plusDays(60).atStartOfDay().toInstant(ZoneOffset.UTC);
    long instantSpan =
        LocalDate.of(2026, 7, 31).atStartOfDay().toInstant(ZoneOffset.UTC).getEpochSecond()
            - firstInstant.getEpochSecond();
    Random random = new Random(SEED);
    List<Report.KindResult> kinds = new ArrayList<>();
    for (QueryKind kind : QueryKind.forProbe(probe)) {
      kinds.add(new Report.KindResult(kind, false, new Latencies(requests)));
      kinds.add(new Report.KindResult(kind, true, new Latencies(requests)));
    }
    List<Report.KindResult> order = new ArrayList<>(kinds);
    for (int round = 0; round < WARM_UP + requests; round++) {
      // A new order each round: a request right after its twin (the same query with or without
      // asRecordedAt) finds its pages and code hot, and would look faster than it is.
      Collections.shuffle(order, random);
      for (Report.KindResult kind : order) {
        LocalDate on = firstDay.plusDays(random.nextInt(days));
        String instant =
            kind.asRecorded()
                ? URLEncoder.encode(
                    firstInstant.plusSeconds((long) (random.nextDouble() * instantSpan)).toString(),
                    StandardCharsets.UTF_8)
                : null;
        String path = kind.kind().request(on, instant, random);
        long start = System.nanoTime();
        HttpResponse<String> response = get(baseUrl + path);
        long elapsed = System.nanoTime() - start;
        String body = response.body();
        if (response.statusCode() != 200 || body.isBlank() || body.equals("[]")) {
          throw new IllegalStateException(
              "GET " + path + " answered " + response.statusCode() + ": " + body);
        }
        if (round >= WARM_UP) {
          kind.latencies().add(elapsed, body.length());
        }
      }
    }
    Map<String, Report.KindResult> results = new LinkedHashMap<>();
    for (Report.KindResult kind : kinds) {
      results.put(kind.key(), kind);
      log(String.format("  %-40s p50 %.2f ms", kind.key(), kind.latencies().percentileMillis(50)));
    }
    return results;
  }

  /** One answer per kind on a fixed date, hashed: the same in every size, or the probe differs. */
  private Map<String, String> fixedAnswers(String baseUrl) throws Exception {
    Map<String, String> answers = new LinkedHashMap<>();
    for (QueryKind kind : QueryKind.forProbe(SyntheticHistory.probe())) {
      String path = kind.request(LocalDate.of(2024, 1, 1), null, new Random(1));
      answers.put(kind.name(), sha256(get(baseUrl + path).body()));
    }
    return answers;
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 6);
  }

  private static long folderSize(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
    }
  }

  private static Connection postgresAdmin() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
  }

  private static void createDatabase(String name) throws SQLException {
    try (Connection connection = postgresAdmin();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
  }

  private static long databaseSize(String name) throws SQLException {
    try (Connection connection = postgresAdmin();
        Statement statement = connection.createStatement();
        ResultSet size = statement.executeQuery("select pg_database_size('" + name + "')")) {
      size.next();
      return size.getLong(1);
    }
  }

  private static void dropDatabase(String name) throws SQLException {
    try (Connection connection = postgresAdmin();
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name);
    }
  }

  private static String machine() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    String memory = "";
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      memory = String.format(", %.1f GiB RAM", sun.getTotalMemorySize() / 1024.0 / 1024 / 1024);
    }
    return String.format(
        "%d cores%s, %s %s; JVM %s %s; query service %s",
        Runtime.getRuntime().availableProcessors(),
        memory,
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        QueryServiceProcess.HEAP);
  }

  private static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }

  private static void log(String line) {
    System.out.println("[" + Instant.now().toString().substring(11, 19) + "] " + line);
  }
}
