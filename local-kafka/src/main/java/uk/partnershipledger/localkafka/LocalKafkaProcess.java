package uk.partnershipledger.localkafka;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The local broker as a child JVM, for tests that must kill it (SIGKILL included) and start it
 * again on the same port and data directory: an in-process broker cannot be killed without killing
 * the test.
 *
 * <p>Uses the JDK only, so that a test can use it with nothing of Kafka on its own classpath. The
 * broker's output is copied to this JVM's stderr, one line at a time, prefixed with {@code
 * [local-kafka]}.
 *
 * <pre>{@code
 * try (LocalKafkaProcess kafka = LocalKafkaProcess.start(port, controllerPort, dataDir,
 *         LocalKafkaProcess.currentJava(), "local-kafka/target/local-kafka.jar")) {
 *     kafka.bootstrapServers(); // "127.0.0.1:<port>"
 *     kafka.kill();
 *     kafka.restart();
 * }
 * }</pre>
 */
public final class LocalKafkaProcess implements AutoCloseable {

  public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final int OUTPUT_LINES_KEPT = 40;

  private final int port;
  private final int controllerPort;
  private final Path dataDir;
  private final List<String> command;
  private final Duration readyTimeout;
  private final Deque<String> recentOutput = new ArrayDeque<>();
  private volatile Process process;

  private LocalKafkaProcess(
      int port, int controllerPort, Path dataDir, List<String> command, Duration readyTimeout) {
    this.port = port;
    this.controllerPort = controllerPort;
    this.dataDir = dataDir;
    this.command = List.copyOf(command);
    this.readyTimeout = readyTimeout;
    // A test run that ends without stop() (a crash, a forgotten close) must not leave a broker
    // holding the ports for the next run.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  Process current = process;
                  if (current != null && current.isAlive()) {
                    current.destroy();
                  }
                },
                "local-kafka-process-cleanup"));
  }

  /**
   * Starts the broker and returns once it accepts clients.
   *
   * @param javaCommand the {@code java} executable, e.g. {@link #currentJava()}
   * @param classpathOrJar the executable {@code local-kafka.jar}, or a class path that holds {@link
   *     LocalKafka} and its dependencies (e.g. {@code java.class.path})
   */
  public static LocalKafkaProcess start(
      int port, int controllerPort, Path dataDir, String javaCommand, String classpathOrJar) {
    return start(port, controllerPort, dataDir, javaCommand, classpathOrJar, DEFAULT_READY_TIMEOUT);
  }

  public static LocalKafkaProcess start(
      int port,
      int controllerPort,
      Path dataDir,
      String javaCommand,
      String classpathOrJar,
      Duration readyTimeout) {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(javaCommand, "javaCommand");
    Objects.requireNonNull(classpathOrJar, "classpathOrJar");
    if (isSingleJar(classpathOrJar) && !Files.isRegularFile(Path.of(classpathOrJar))) {
      throw new IllegalArgumentException(
          "No such jar: "
              + Path.of(classpathOrJar).toAbsolutePath()
              + " (build it with ./mvnw -pl local-kafka -am package -DskipTests)");
    }
    Path absoluteDataDir = dataDir.toAbsolutePath().normalize();
    List<String> command = new ArrayList<>();
    command.add(javaCommand);
    // A developer broker: the JVM default (a quarter of the machine) is far more than it needs.
    command.add("-Xmx512m");
    if (isExecutableLocalKafkaJar(classpathOrJar)) {
      command.add("-jar");
      command.add(classpathOrJar);
    } else {
      command.add("-cp");
      command.add(classpathOrJar);
      command.add(LocalKafka.class.getName());
    }
    command.add("--port");
    command.add(Integer.toString(port));
    command.add("--controller-port");
    command.add(Integer.toString(controllerPort));
    command.add("--data-dir");
    command.add(absoluteDataDir.toString());
    LocalKafkaProcess kafka =
        new LocalKafkaProcess(port, controllerPort, absoluteDataDir, command, readyTimeout);
    kafka.launch();
    return kafka;
  }

  /**
   * Starts the broker this repository builds ({@code local-kafka/target/local-kafka.jar} under
   * {@code repositoryRoot}) on free ports with the running JVM's {@code java}: what the system
   * tests and the benchmarks each need.
   */
  public static LocalKafkaProcess startBuilt(Path repositoryRoot, Path dataDir) {
    return start(
        freePort(),
        freePort(),
        dataDir,
        currentJava(),
        repositoryRoot.resolve("local-kafka/target/local-kafka.jar").toString());
  }

  /** The {@code java} of the running JVM, so that the broker runs on the same JDK as the test. */
  public static String currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A port that was free a moment ago on 127.0.0.1; good enough for tests on one machine. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String bootstrapServers() {
    return LocalKafka.HOST + ":" + port;
  }

  public int port() {
    return port;
  }

  public int controllerPort() {
    return controllerPort;
  }

  public Path dataDir() {
    return dataDir;
  }

  public synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  public synchronized long pid() {
    if (process == null) {
      throw new IllegalStateException("Not started");
    }
    return process.pid();
  }

  /** Kills the broker at once (SIGKILL on Unix): no shutdown hook, no clean close of the logs. */
  public synchronized void kill() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    awaitExit(STOP_TIMEOUT);
  }

  /** Stops the broker cleanly (SIGTERM) and waits; kills it if it has not stopped within 30 s. */
  public synchronized void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    if (!awaitExit(STOP_TIMEOUT)) {
      kill();
    }
  }

  /** Stops the broker if it still runs, then starts it on the same ports and data directory. */
  public synchronized void restart() {
    stop();
    launch();
  }

  @Override
  public void close() {
    stop();
  }

  private synchronized void launch() {
    synchronized (recentOutput) {
      recentOutput.clear();
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Process child;
    try {
      Files.createDirectories(dataDir);
      child = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + String.join(" ", command), e);
    }
    process = child;
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread pump = new Thread(() -> copyOutput(child, ready), "local-kafka-output-" + child.pid());
    // The pump keeps reading after READY: a child whose pipe is never drained blocks on its next
    // write.
    pump.setDaemon(true);
    pump.start();
    try {
      ready.get(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      kill();
      throw new IllegalStateException(
          "Local Kafka was not ready within " + readyTimeout + ". " + describe(), e);
    } catch (ExecutionException e) {
      awaitExit(Duration.ofSeconds(5));
      throw new IllegalStateException(e.getCause().getMessage() + " " + describe(), e.getCause());
    } catch (InterruptedException e) {
      kill();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for local Kafka", e);
    }
  }

  private void copyOutput(Process child, CompletableFuture<Void> ready) {
    String readyLine = LocalKafka.READY_PREFIX + bootstrapServers();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        synchronized (recentOutput) {
          recentOutput.addLast(line);
          if (recentOutput.size() > OUTPUT_LINES_KEPT) {
            recentOutput.removeFirst();
          }
        }
        System.err.println("[local-kafka] " + line);
        if (line.trim().equals(readyLine)) {
          ready.complete(null);
        }
      }
    } catch (IOException e) {
      // The stream closes under us when the child is killed: nothing to report beyond its exit.
    }
    ready.completeExceptionally(
        new IllegalStateException("Local Kafka exited before it was ready."));
  }

  private boolean awaitExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  private String describe() {
    StringBuilder text = new StringBuilder("Command: ").append(String.join(" ", command));
    if (process != null && !process.isAlive()) {
      text.append("\nExit code: ").append(process.exitValue());
    }
    text.append("\nLast output:");
    synchronized (recentOutput) {
      recentOutput.forEach(line -> text.append('\n').append(line));
    }
    return text.toString();
  }

  private static boolean isSingleJar(String classpathOrJar) {
    return !classpathOrJar.contains(File.pathSeparator) && classpathOrJar.endsWith(".jar");
  }

  /**
   * A test's class path can itself be a single jar (Surefire's manifest-only booter jar), so a jar
   * is run with -jar only when its manifest says it starts LocalKafka.
   */
  static boolean isExecutableLocalKafkaJar(String classpathOrJar) {
    Path jar = isSingleJar(classpathOrJar) ? Path.of(classpathOrJar) : null;
    if (jar == null || !Files.isRegularFile(jar)) {
      return false;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      if (manifest == null) {
        return false;
      }
      Attributes main = manifest.getMainAttributes();
      return LocalKafka.class.getName().equals(main.getValue("Start-Class"))
          || LocalKafka.class.getName().equals(main.getValue(Attributes.Name.MAIN_CLASS));
    } catch (IOException e) {
      return false;
    }
  }
}
