package uk.partnershipledger.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaTest {

  private static final String TOPIC = "ledger-test";

  @TempDir Path dataDir;

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void a_record_survives_a_kill_and_restart_of_the_broker() throws Exception {
    int port = LocalKafkaProcess.freePort();
    int controllerPort = LocalKafkaProcess.freePort();
    String classpath = System.getProperty("java.class.path");

    try (LocalKafkaProcess kafka =
        LocalKafkaProcess.start(
            port, controllerPort, dataDir, LocalKafkaProcess.currentJava(), classpath)) {
      assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
      createTopic(kafka.bootstrapServers());
      produce(kafka.bootstrapServers(), "partnership-1", "formed");
      assertThat(consumeAll(kafka.bootstrapServers())).containsExactly("partnership-1=formed");

      kafka.kill();
      assertThat(kafka.isAlive()).isFalse();
      kafka.restart();

      assertThat(kafka.isAlive()).isTrue();
      assertThat(consumeAll(kafka.bootstrapServers())).containsExactly("partnership-1=formed");
    }
  }

  private static void createTopic(String bootstrap) throws Exception {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(props)) {
      admin.createTopics(Set.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
  }

  private static void produce(String bootstrap, String key, String value) throws Exception {
    Map<String, Object> props =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      producer.send(new ProducerRecord<>(TOPIC, key, value)).get(30, TimeUnit.SECONDS);
    }
  }

  /**
   * Reads the topic from the start with a fresh group, so each call sees everything the broker
   * kept.
   */
  private static List<String> consumeAll(String bootstrap) {
    Map<String, Object> props =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG,
            "test-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class);
    List<String> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(TOPIC));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (seen.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          seen.add(record.key() + "=" + record.value());
        }
      }
      // One more poll: a second copy of the record (a duplicate write) must not go unnoticed.
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
        seen.add(record.key() + "=" + record.value());
      }
    }
    return seen;
  }
}
