package uk.partnershipledger.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The service on an in-memory H2 database, serving real HTTP on a random port, without Kafka. Every
 * class so annotated shares one Spring context; tests keep apart by using fresh ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:readmodel;DB_CLOSE_DELAY=-1")
@ActiveProfiles("without-kafka")
@Import(FixedClock.class)
public @interface H2ReadModelTest {}
