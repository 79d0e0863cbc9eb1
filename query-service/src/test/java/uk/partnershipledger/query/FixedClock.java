package uk.partnershipledger.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** "Today" for tests: 1 March 2022, between the CCG's notice and its abolition. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

  public static final LocalDate TODAY = LocalDate.of(2022, 3, 1);

  @Bean
  @Primary
  Clock fixedClock() {
    ZoneId london = ZoneId.of("Europe/London");
    return Clock.fixed(TODAY.atTime(12, 0).atZone(london).toInstant(), london);
  }
}
