package uk.partnershipledger.query.infrastructure;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  /**
   * Injected rather than read statically, so that tests can fix "today". The ledger's partnerships
   * are English, so "today" is the date in London: shortly after midnight in summer time the UTC
   * date would still be yesterday's.
   */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/London"));
  }
}
