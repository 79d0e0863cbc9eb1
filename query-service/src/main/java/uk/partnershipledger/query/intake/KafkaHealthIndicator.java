package uk.partnershipledger.query.intake;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Reports, as the health component {@code kafka}, whether the broker the events come from answers.
 *
 * <p>Each check uses a new admin client that is closed straight away: a long-lived client would
 * keep reconnecting, and logging, for as long as the broker is away.
 */
@Component
class KafkaHealthIndicator implements HealthIndicator {

  private final KafkaAdmin admin;
  private final Duration timeout;

  KafkaHealthIndicator(KafkaAdmin admin, IntakeProperties properties) {
    this.admin = admin;
    this.timeout = properties.healthTimeout();
  }

  @Override
  public Health health() {
    int millis = (int) timeout.toMillis();
    Map<String, Object> config = new HashMap<>(admin.getConfigurationProperties());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
    AdminClient client = AdminClient.create(config);
    try {
      DescribeClusterResult cluster =
          client.describeCluster(new DescribeClusterOptions().timeoutMs(millis));
      String clusterId = cluster.clusterId().get(millis, TimeUnit.MILLISECONDS);
      int nodes = cluster.nodes().get(millis, TimeUnit.MILLISECONDS).size();
      return Health.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.down(e).build();
    } catch (ExecutionException e) {
      return Health.down(unwrap(e)).build();
    } catch (Exception e) {
      return Health.down(e).build();
    } finally {
      client.close(Duration.ZERO);
    }
  }

  private static Exception unwrap(ExecutionException e) {
    return e.getCause() instanceof Exception cause ? cause : e;
  }
}
