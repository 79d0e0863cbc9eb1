package uk.partnershipledger.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import uk.partnershipledger.localkafka.LocalKafkaProcess;

/**
 * The local broker and one command service, each in its own JVM on a fresh run directory, the
 * service fully healthy: what a test of the command side and its publication needs, with no query
 * service.
 */
final class CommandSideRun implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Path root;
  private final Path directory;
  private final LocalKafkaProcess kafka;
  private final ServiceProcess commandService;

  private CommandSideRun(
      Path root, Path directory, LocalKafkaProcess kafka, ServiceProcess commandService) {
    this.root = root;
    this.directory = directory;
    this.kafka = kafka;
    this.commandService = commandService;
  }

  static CommandSideRun start(String name) throws IOException {
    Path root = Path.of(System.getProperty("ledger.root", "..")).toAbsolutePath().normalize();
    Path run =
        Path.of(System.getProperty("ledger.work", "target/system-test-runs"))
            .resolve(name + "-" + System.currentTimeMillis())
            .toAbsolutePath();
    Path logs = Files.createDirectories(run.resolve("logs"));
    LocalKafkaProcess kafka = LocalKafkaProcess.startBuilt(root, run.resolve("kafka"));
    ServiceProcess commandService =
        new ServiceProcess(
            "command-service",
            root.resolve("command-service/target/command-service.jar"),
            LocalKafkaProcess.freePort(),
            logs.resolve("command-service.log"),
            List.of(
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--ledger.data-dir=" + run));
    CommandSideRun started = new CommandSideRun(root, run, kafka, commandService);
    try {
      commandService.start();
      commandService.awaitHealthy(START_TIMEOUT);
    } catch (RuntimeException e) {
      started.close();
      throw e;
    }
    return started;
  }

  /** The repository's root, where the built jars are. */
  Path root() {
    return root;
  }

  /** This run's directory: the service's data, the broker's data and {@code logs/}. */
  Path directory() {
    return directory;
  }

  String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  ServiceProcess commandService() {
    return commandService;
  }

  @Override
  public void close() {
    commandService.stop();
    kafka.close();
  }
}
