package uk.partnershipledger.command.infrastructure;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import uk.partnershipledger.command.api.CommandIssuer;
import uk.partnershipledger.events.EventType;

@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

  /**
   * Revisions come from the contract's own {@link EventType}, not from Axon's {@code @Revision}.
   */
  @Bean
  RevisionResolver revisionResolver() {
    return payloadType -> {
      EventType type = payloadType.getAnnotation(EventType.class);
      return type == null ? null : String.valueOf(type.revision());
    };
  }

  @Bean
  @Primary
  Serializer serializer(RevisionResolver revisionResolver) {
    return jackson(revisionResolver);
  }

  @Bean
  @Qualifier("eventSerializer")
  Serializer eventSerializer(RevisionResolver revisionResolver) {
    return jackson(revisionResolver);
  }

  @Bean
  @Qualifier("messageSerializer")
  Serializer messageSerializer(RevisionResolver revisionResolver) {
    return jackson(revisionResolver);
  }

  /** Who issued a command, for whom and why travels from the command onto every event it causes. */
  @Bean
  CorrelationDataProvider commandIssuerProvider() {
    return new SimpleCorrelationDataProvider(CommandIssuer.METADATA_KEYS);
  }

  private static Serializer jackson(RevisionResolver revisionResolver) {
    return JacksonSerializer.builder()
        .objectMapper(LedgerJson.objectMapper())
        .revisionResolver(revisionResolver)
        .build();
  }
}
