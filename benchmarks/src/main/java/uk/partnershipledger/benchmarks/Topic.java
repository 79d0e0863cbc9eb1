package uk.partnershipledger.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** The governance topic on the benchmark's broker, and how far a consumer group has read it. */
final class Topic implements AutoCloseable {

  static final String NAME = "governance.events";
  static final int PARTITIONS = 3;

  private final Admin admin;

  Topic(String bootstrapServers) {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    this.admin = Admin.create(config);
  }

  /** As the command service creates it: three partitions, one replica on the one broker. */
  void create() throws ExecutionException, InterruptedException {
    admin.createTopics(List.of(new NewTopic(NAME, PARTITIONS, (short) 1))).all().get();
  }

  /** The events the group has committed (every partition's committed offset, summed). */
  long committed(String group) throws ExecutionException, InterruptedException {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    return offsets.entrySet().stream()
        .filter(entry -> entry.getKey().topic().equals(NAME) && entry.getValue() != null)
        .mapToLong(entry -> entry.getValue().offset())
        .sum();
  }

  /** True once the group's committed offset is the end offset on every partition. */
  boolean readToEnd(String group) throws ExecutionException, InterruptedException {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    Map<TopicPartition, OffsetSpec> latest =
        java.util.stream.IntStream.range(0, PARTITIONS)
            .boxed()
            .collect(
                Collectors.toMap(
                    partition -> new TopicPartition(NAME, partition),
                    partition -> OffsetSpec.latest()));
    return admin.listOffsets(latest).all().get().entrySet().stream()
        .allMatch(
            end -> {
              OffsetAndMetadata read = committed.get(end.getKey());
              return end.getValue().offset() == 0
                  || (read != null && read.offset() >= end.getValue().offset());
            });
  }

  @Override
  public void close() {
    admin.close();
  }
}
