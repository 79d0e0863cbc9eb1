package uk.partnershipledger.command;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The command side on its embedded default, an H2 database. */
class H2CommandApiTest extends CommandApiTestBase {

  @DynamicPropertySource
  static void h2(DynamicPropertyRegistry registry) {
    commonProperties(registry);
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:command-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }
}
