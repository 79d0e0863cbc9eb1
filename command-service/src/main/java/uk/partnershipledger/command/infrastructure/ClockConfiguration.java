package uk.partnershipledger.command.infrastructure;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  /** Injected rather than read statically, so that tests can fix "today". */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
