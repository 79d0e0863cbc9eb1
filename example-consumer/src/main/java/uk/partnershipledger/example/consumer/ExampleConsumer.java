package uk.partnershipledger.example.consumer;

/**
 * Runs the example: {@code java -jar example-consumer.jar [bootstrapServers] [groupId]}, or the
 * environment variables {@code KAFKA_BOOTSTRAP_SERVERS} and {@code CONSUMER_GROUP_ID}. Ctrl-C or
 * SIGTERM stops it cleanly: the poll is woken up, what was handled is committed, and the consumer
 * leaves its group at once instead of holding its partitions until its session times out.
 */
public final class ExampleConsumer {

  private ExampleConsumer() {}

  public static void main(String[] args) throws InterruptedException {
    String bootstrapServers = setting(args, 0, "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    String groupId = setting(args, 1, "CONSUMER_GROUP_ID", "example-consumer");
    GovernanceEventConsumer consumer =
        GovernanceEventConsumer.connect(
            bootstrapServers,
            groupId,
            new InMemoryProcessedEvents(),
            new GovernanceEventPrinter(System.out),
            System.err);

    Thread polling = Thread.currentThread();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  consumer.shutdown();
                  try {
                    // The JVM halts when the hooks end: wait for the commit and the close.
                    polling.join();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "example-consumer-shutdown"));

    System.out.printf(
        "Reading %s from %s as group %s%n",
        GovernanceEventConsumer.TOPIC, bootstrapServers, groupId);
    consumer.run();
    System.out.println("Stopped: everything handled is committed");
  }

  private static String setting(String[] args, int index, String variable, String fallback) {
    if (args.length > index && !args[index].isBlank()) {
      return args[index];
    }
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value;
  }
}
