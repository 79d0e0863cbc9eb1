package uk.partnershipledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipId;

/** Typed ids travel as bare strings and dates as ISO dates, so consumers need no Java types. */
class EventJsonTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void a_typed_id_is_written_as_a_plain_string_and_read_back() {
    PartnerJoined joined =
        new PartnerJoined(
            PartnershipId.of("5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10"),
            OrganisationId.of("0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22"),
            LocalDate.of(2021, 4, 1));

    String written = json.writeValueAsString(joined);

    assertThat(written)
        .isEqualTo(
            "{\"partnershipId\":\"5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10\","
                + "\"organisationId\":\"0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22\","
                + "\"effectiveDate\":\"2021-04-01\"}");
    assertThat(json.readValue(written, PartnerJoined.class)).isEqualTo(joined);
  }
}
