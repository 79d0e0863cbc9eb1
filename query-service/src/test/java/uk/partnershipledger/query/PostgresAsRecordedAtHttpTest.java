package uk.partnershipledger.query;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * As {@link PostgresReadModelTest}, but serving HTTP: the one PostgreSQL context with a web server,
 * so that every query's SQL is run as recorded on PostgreSQL too.
 */
@ExtendWith(PostgresTestDatabase.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@ActiveProfiles("without-kafka")
@Import(FixedClock.class)
class PostgresAsRecordedAtHttpTest extends AsRecordedAtHttpTest {}
