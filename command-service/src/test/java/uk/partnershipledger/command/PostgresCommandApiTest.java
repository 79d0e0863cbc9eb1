package uk.partnershipledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.partnershipledger.command.support.TestPostgres;

/** The command side on PostgreSQL, its production database. */
class PostgresCommandApiTest extends CommandApiTestBase {

  private static String url;

  @BeforeAll
  static void database() {
    url = TestPostgres.freshDatabase("ledger_command_test");
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    commonProperties(registry);
    registry.add("spring.datasource.url", () -> url);
  }

  @Test
  void payloads_are_stored_as_readable_bytea_not_as_large_objects() {
    register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");

    List<String> types =
        jdbc.queryForList(
            "select data_type from information_schema.columns where table_name ="
                + " 'domain_event_entry' and column_name in ('payload', 'meta_data')",
            String.class);
    String payload =
        jdbc.queryForObject(
            "select convert_from(payload, 'UTF8') from domain_event_entry"
                + " order by global_index desc limit 1",
            String.class);

    assertThat(types).containsOnly("bytea");
    assertThat(payload).contains("\"name\":\"Durham County Council\"");
    assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class))
        .isZero();
  }
}
