package uk.partnershipledger.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The service on a fresh PostgreSQL database of its own, without Kafka or a web server. Every class
 * so annotated shares one Spring context and one database; see {@link PostgresTestDatabase} for
 * where it comes from and what happens when PostgreSQL is not there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PostgresTestDatabase.class)
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@ActiveProfiles("without-kafka")
@Import(FixedClock.class)
public @interface PostgresReadModelTest {}
