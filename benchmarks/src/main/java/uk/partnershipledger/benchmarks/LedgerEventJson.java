package uk.partnershipledger.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of events on Kafka, with command-service's {@code infrastructure/LedgerJson}
 * settings (Jackson 2, ISO dates, ids as strings). Repeated rather than shared: that class lives in
 * the command service's executable jar, and {@code shared-events} carries no serialisation code.
 * The generator's test reads every event back with these settings into its catalogue class.
 */
final class LedgerEventJson {

  private LedgerEventJson() {}

  static ObjectMapper objectMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }
}
