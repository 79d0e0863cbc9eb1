package uk.partnershipledger.command.infrastructure;

import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.NullLockFactory;
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
public class AxonConfiguration {

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
  /**
   * The name aggregates give in {@code @Aggregate(lockFactory = ...)}: no lock in the JVM around an
   * aggregate. Concurrent commands to one aggregate are kept apart by the event store's unique
   * (aggregate, sequence) key instead, as they are between instances (ADR 1, ADR 8). A JVM lock
   * would deadlock with the tenure row lock of ADR 8: an appointment holds the body's JVM lock and
   * waits for the tenure row, while the leaving holds the row and waits for the body.
   */
  public static final String NO_AGGREGATE_LOCKS = "noAggregateLocks";

  @Bean(NO_AGGREGATE_LOCKS)
  LockFactory noAggregateLocks() {
    return NullLockFactory.INSTANCE;
  }

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
