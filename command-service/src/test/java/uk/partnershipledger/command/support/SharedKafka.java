package uk.partnershipledger.command.support;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real KRaft broker for every Spring context of the test JVM: a broker per context would cost
 * ten seconds each (STACK.md, trap 8), and the H2 and PostgreSQL contexts can share one.
 */
public final class SharedKafka {

  private static EmbeddedKafkaKraftBroker broker;

  private SharedKafka() {}

  public static synchronized String bootstrapServers() {
    if (broker == null) {
      broker = new EmbeddedKafkaKraftBroker(1, 3);
      broker.afterPropertiesSet();
      Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
    }
    return broker.getBrokersAsString();
  }
}
