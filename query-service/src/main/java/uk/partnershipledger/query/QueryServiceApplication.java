package uk.partnershipledger.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The read side of the ledger: projects the governance events published on Kafka into tables shaped
 * for the questions auditors and partners ask, and answers those questions over HTTP.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QueryServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(QueryServiceApplication.class, args);
  }
}
