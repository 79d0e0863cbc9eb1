package uk.partnershipledger.localkafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collection;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a real single-node Kafka broker (KRaft, broker and controller in one process) for the local
 * run and the system tests.
 *
 * <p>Options: {@code --port 9092 --controller-port 9093 --data-dir ./data/kafka --partitions 3}.
 * Prints {@value #READY_PREFIX}{@code 127.0.0.1:<port>} on stdout, once, when clients can connect;
 * everything else (logs) goes to stderr so that callers can wait for that one line.
 */
public final class LocalKafka {

  public static final String READY_PREFIX = "LOCAL KAFKA READY ";
  public static final String HOST = "127.0.0.1";
  static final int NODE_ID = 1;

  private static final String META_PROPERTIES = "meta.properties";
  private static final String CLUSTER_ID_FILE = "cluster.id";
  private static final String SERVER_PROPERTIES = "server.properties";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private LocalKafka() {}

  public static void main(String[] args) {
    // Set before the first logger exists. A non-default name, so that putting this module on
    // another module's classpath (for LocalKafkaProcess) does not take over its logging.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "local-kafka-logback.xml");
    }
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.err.println(Options.USAGE);
      return;
    }
    Logger log = LoggerFactory.getLogger(LocalKafka.class);
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    try {
      run(options, log);
    } catch (Exception e) {
      log.error("Local Kafka failed", e);
      System.exit(1);
    }
  }

  private static void run(Options options, Logger log) throws Exception {
    Path dataDir = options.dataDir.toAbsolutePath().normalize();
    Files.createDirectories(dataDir);
    Properties props = brokerProperties(options, dataDir);
    Path propertiesFile = writeServerProperties(dataDir, props);

    if (!Files.exists(dataDir.resolve(META_PROPERTIES))) {
      format(propertiesFile, clusterId(dataDir), log);
    }

    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
    // Registered before startup so that a SIGTERM during a slow start still closes the logs cleanly
    // (a clean shutdown spares the next start a log recovery).
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.shutdown();
                  server.awaitShutdown();
                },
                "local-kafka-shutdown"));
    server.startup();

    awaitClientConnections(options.port);
    System.out.println(READY_PREFIX + HOST + ":" + options.port);
    System.out.flush();
    server.awaitShutdown();
    // Reached also when the broker stops itself; its leftover non-daemon threads must not keep the
    // JVM up.
    System.exit(0);
  }

  static Properties brokerProperties(Options options, Path dataDir) {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", Integer.toString(NODE_ID));
    // A static voter set, read from this file at every start, rather than the one --standalone
    // writes into the metadata log: then a restart with another controller port still finds its
    // quorum.
    p.setProperty("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + options.controllerPort);
    p.setProperty(
        "listeners",
        "PLAINTEXT://"
            + HOST
            + ":"
            + options.port
            + ",CONTROLLER://"
            + HOST
            + ":"
            + options.controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + options.port);
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("log.dirs", dataDir.toString());
    p.setProperty("num.partitions", Integer.toString(options.partitions));
    p.setProperty("auto.create.topics.enable", "true");
    // One broker: internal topics with the default replication factor 3 could never be created.
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    // Nobody else joins a local consumer group: waiting for them only slows every start.
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    // After a kill -9 the controller still holds the dead broker's registration and refuses the new
    // one
    // until that session expires: 9 s by default, 3 s here. Broker and controller share one JVM, so
    // a
    // missed heartbeat means a stalled process, not a slow network.
    p.setProperty("broker.heartbeat.interval.ms", "1000");
    p.setProperty("broker.session.timeout.ms", "3000");
    // The topics carry the ledger's events: they must not expire after the default 7 days.
    p.setProperty("log.retention.hours", "-1");
    return p;
  }

  private static Path writeServerProperties(Path dataDir, Properties props) throws IOException {
    // Written at each start for StorageTool (which reads a file) and for a person who wants to see
    // what the broker runs with; the options, not this file, are the source.
    Path file = dataDir.resolve(SERVER_PROPERTIES);
    Path tmp = dataDir.resolve(SERVER_PROPERTIES + ".tmp");
    try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      props.store(
          out,
          "Generated by " + LocalKafka.class.getName() + " at each start; edits are overwritten");
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  /**
   * The id is kept in its own file before formatting, so that a start killed halfway through
   * formatting formats again with the same id instead of a second one.
   */
  private static String clusterId(Path dataDir) throws IOException {
    Path file = dataDir.resolve(CLUSTER_ID_FILE);
    if (Files.exists(file)) {
      String id = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (!id.isEmpty()) {
        return id;
      }
    }
    String id = Uuid.randomUuid().toString();
    Path tmp = dataDir.resolve(CLUSTER_ID_FILE + ".tmp");
    Files.writeString(tmp, id + System.lineSeparator(), StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return id;
  }

  private static void format(Path propertiesFile, String clusterId, Logger log) {
    // StorageTool talks to a PrintStream; captured so that stdout carries only the READY line.
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int exitCode;
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      exitCode =
          StorageTool.execute(
              new String[] {
                "format",
                "--config",
                propertiesFile.toString(),
                "--cluster-id",
                clusterId,
                "--ignore-formatted"
              },
              out);
    }
    String output = buffer.toString(StandardCharsets.UTF_8).trim();
    if (exitCode != 0) {
      throw new IllegalStateException("Formatting the Kafka data directory failed: " + output);
    }
    log.info("Formatted {} for Kafka cluster {}", propertiesFile.getParent(), clusterId);
    log.debug("StorageTool said: {}", output);
  }

  /**
   * The broker's startup() returns before clients are served; this asks the broker as a client
   * would.
   */
  private static void awaitClientConnections(int port) throws InterruptedException {
    Properties props = new Properties();
    props.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, HOST + ":" + port);
    props.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
    props.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    Exception last = null;
    try (Admin admin = Admin.create(props)) {
      while (System.nanoTime() < deadline) {
        try {
          // An empty node list means the broker is up but still fenced: not yet able to host
          // topics.
          Collection<Node> nodes = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
          if (!nodes.isEmpty()) {
            return;
          }
        } catch (Exception e) {
          last = e;
        }
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException(
        "The broker did not accept clients within " + READY_TIMEOUT, last);
  }

  static final class Options {
    static final String USAGE =
        "Usage: java -jar local-kafka.jar [--port 9092] [--controller-port 9093]"
            + " [--data-dir ./data/kafka] [--partitions 3]";

    int port = 9092;
    int controllerPort = 9093;
    Path dataDir = Paths.get("data", "kafka");
    int partitions = 3;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        String value;
        int eq = name.indexOf('=');
        if (name.startsWith("--") && eq > 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new IllegalArgumentException("Missing value for " + name);
        }
        switch (name) {
          case "--port" -> o.port = port(name, value);
          case "--controller-port" -> o.controllerPort = port(name, value);
          case "--data-dir" -> o.dataDir = Paths.get(value);
          case "--partitions" -> o.partitions = positive(name, value);
          default -> throw new IllegalArgumentException("Unknown option " + name);
        }
      }
      if (o.port == o.controllerPort) {
        throw new IllegalArgumentException("--port and --controller-port must differ");
      }
      return o;
    }

    private static int port(String name, String value) {
      int port = positive(name, value);
      if (port > 65535) {
        throw new IllegalArgumentException(name + " must be a port number, not " + value);
      }
      return port;
    }

    private static int positive(String name, String value) {
      try {
        int n = Integer.parseInt(value);
        if (n < 1) {
          throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a number, not " + value, e);
      }
    }
  }
}
