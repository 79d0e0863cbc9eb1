package uk.partnershipledger.events.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The two Jackson set-ups that meet on the wire, as the services build them. */
final class WireJson {

  private WireJson() {}

  /**
   * The writer: command-service's {@code LedgerJson} (Jackson 2, for Axon), setting for setting.
   * The contract cannot depend on the command side, so a change there must be mirrored here.
   */
  static final ObjectMapper LEDGER =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** A reader as the query service's {@code CloudEventReader} builds one (Jackson 3). */
  static final tools.jackson.databind.json.JsonMapper QUERY_SIDE =
      tools.jackson.databind.json.JsonMapper.builder()
          .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** The JSON form the ledger publishes, indented so that a diff of a pinned file reads well. */
  static String published(Object event) {
    try {
      return LEDGER.writerWithDefaultPrettyPrinter().writeValueAsString(event).replace("\r\n", "\n")
          + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
