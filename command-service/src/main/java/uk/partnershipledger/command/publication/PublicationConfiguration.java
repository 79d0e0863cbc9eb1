package uk.partnershipledger.command.publication;

import io.cloudevents.CloudEvent;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import uk.partnershipledger.command.infrastructure.LedgerJson;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicationProperties.class)
class PublicationConfiguration {

  @Bean
  NewTopic governanceEventsTopic(PublicationProperties properties) {
    // Kept forever: a new consumer, or a rebuilt read model, replays the topic from the beginning.
    return TopicBuilder.name(properties.topic())
        .partitions(properties.partitions())
        .replicas(properties.replicationFactor())
        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"))
        .build();
  }

  @Bean
  CloudEventMapper cloudEventMapper(PublicationProperties properties) {
    return new CloudEventMapper(LedgerJson.objectMapper(), properties.source());
  }

  @Bean
  GovernanceEventPublisher governanceEventPublisher(
      KafkaTemplate<String, CloudEvent> kafka,
      KafkaAdmin admin,
      NewTopic governanceEventsTopic,
      CloudEventMapper mapper,
      PublicationProperties properties) {
    return new GovernanceEventPublisher(kafka, admin, governanceEventsTopic, mapper, properties);
  }

  /**
   * By default Axon logs a failing event handler and moves its token on: the event would never
   * reach Kafka (STACK.md, trap 3). Propagating the failure makes the processor back off and retry
   * it.
   */
  @Bean
  ConfigurerModule publisherRetriesUntilKafkaTakesTheEvent() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerListenerInvocationErrorHandler(
                GovernanceEventPublisher.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
  }
}
