package uk.partnershipledger.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * One of the ledger's services as a child JVM started from its executable jar, exactly as {@code
 * run-local.sh} starts it, so that a test can {@code kill -9} it and start it again on the same
 * data.
 */
final class ServiceProcess {

  private final String name;
  private final Path jar;
  private final List<String> arguments;
  private final Path log;
  private final int port;
  private Process process;

  ServiceProcess(String name, Path jar, int port, Path log, List<String> arguments) {
    this.name = name;
    this.jar = jar;
    this.port = port;
    this.log = log;
    this.arguments = arguments;
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar
              + " does not exist: run the tests with ./mvnw verify, which packages the services first");
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  void start() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Daxoniq.update-checker.disabled=true");
    command.add("-Xmx512m");
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + port);
    command.addAll(arguments);
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + name, e);
    }
  }

  /**
   * Waits until the service is ready to take requests (readiness, not full health: Kafka may be
   * down).
   */
  void awaitReady(Duration timeout) {
    await("/actuator/health/readiness", timeout);
  }

  /** Waits until every health component is up: the database and Kafka included. */
  void awaitHealthy(Duration timeout) {
    await("/actuator/health", timeout);
  }

  private void await(String healthPath, Duration timeout) {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest readiness =
        HttpRequest.newBuilder(URI.create(baseUrl() + healthPath))
            .timeout(Duration.ofSeconds(2))
            .build();
    Awaitility.await(name + " " + healthPath)
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptionsInstanceOf(IOException.class)
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException(
                    name + " exited with " + process.exitValue() + "; see " + log);
              }
              return client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode()
                  == 200;
            });
  }

  /** SIGKILL: no shutdown hook, no flush, no goodbye. */
  void kill() {
    process.destroyForcibly();
    waitFor();
  }

  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      waitFor();
    }
  }

  private void waitFor() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
