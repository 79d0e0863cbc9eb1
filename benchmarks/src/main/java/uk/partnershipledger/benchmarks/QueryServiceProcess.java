package uk.partnershipledger.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** query-service.jar as a child JVM, started as run-local.sh starts it, its output in a log. */
final class QueryServiceProcess implements AutoCloseable {

  static final String HEAP = "-Xmx1g";
  private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");

  private final Process process;
  private final int port;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  private QueryServiceProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    // A benchmark stopped with Ctrl-C must not leave the service reading the topic.
    Runtime.getRuntime()
        .addShutdownHook(new Thread(process::destroy, "query-service-process-cleanup"));
  }

  static QueryServiceProcess start(Path jar, int port, Path log, List<String> arguments)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Daxoniq.update-checker.disabled=true");
    command.add(HEAP);
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + port);
    // Only so the benchmark can read the service's heap; nothing else differs from a real run.
    command.add("--management.endpoints.web.exposure.include=health,info,metrics");
    command.addAll(arguments);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    return new QueryServiceProcess(process, port, log);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  void awaitReady(Duration timeout) throws InterruptedException {
    HttpRequest readiness =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "query-service exited with " + process.exitValue() + "; see " + log);
      }
      try {
        if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Still starting.
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("query-service not ready within " + timeout + "; see " + log);
  }

  /** The service's own figure for the heap in use, from Micrometer, in bytes. */
  Optional<Double> heapUsed() {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(baseUrl() + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher value = VALUE.matcher(response.body());
      return response.statusCode() == 200 && value.find()
          ? Optional.of(Double.parseDouble(value.group(1)))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor();
      }
    }
  }
}
