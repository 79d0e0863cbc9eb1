package uk.partnershipledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipledger.events.mou.MouEvent.MouAmendmentOnLeavingCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureSuccessionCorrected;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationEvent.AbolitionCorrected;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.FormationDateCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.LeavingCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.SuccessionCorrected;
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

  /** Pinned: consumers read the moved founders as a list of bare ids, in the order named. */
  @Test
  void a_formation_date_correction_is_written_with_its_moved_founders_and_read_back() {
    FormationDateCorrected corrected =
        new FormationDateCorrected(
            PartnershipId.of("5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10"),
            "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
            List.of(
                OrganisationId.of("0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22"),
                OrganisationId.of("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")),
            LocalDate.of(2018, 4, 1),
            "The framework took effect on 1 May 2018",
            LocalDate.of(2018, 5, 1));

    String written = json.writeValueAsString(corrected);

    assertThat(written)
        .isEqualTo(
            "{\"partnershipId\":\"5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10\","
                + "\"correctedEventId\":\"7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6\","
                + "\"movedFoundingPartners\":[\"0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22\","
                + "\"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\"],"
                + "\"previousDate\":\"2018-04-01\","
                + "\"reason\":\"The framework took effect on 1 May 2018\","
                + "\"effectiveDate\":\"2018-05-01\"}");
    assertThat(json.readValue(written, FormationDateCorrected.class)).isEqualTo(corrected);
  }

  private static final String PARTNERSHIP = "5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10";
  private static final String CCG = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22";
  private static final String ICB = "7d3e9a20-1c4b-4f6e-8b2d-3a5c9e7f1b44";
  private static final String MOU = "2a4c6e80-3b5d-4f71-9c8e-1d2f3a4b5c66";
  private static final String CORRECTED = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4";

  /** The corrections of a departure's date are pinned so an accidental change fails the build. */
  @Test
  void the_corrections_of_a_departures_date_keep_their_published_form() {
    LocalDate was = LocalDate.of(2022, 7, 1);
    LocalDate now = LocalDate.of(2022, 6, 1);
    assertPinned(
        new LeavingCorrected(
            PartnershipId.of(PARTNERSHIP), OrganisationId.of(CCG), CORRECTED, was, "typo", now),
        LeavingCorrected.class,
        "{\"partnershipId\":\""
            + PARTNERSHIP
            + "\",\"organisationId\":\""
            + CCG
            + "\",\"correctedEventId\":\""
            + CORRECTED
            + "\",\"previousDate\":\"2022-07-01\",\"reason\":\"typo\","
            + "\"effectiveDate\":\"2022-06-01\"}");
    assertPinned(
        new SuccessionCorrected(
            PartnershipId.of(PARTNERSHIP),
            OrganisationId.of(CCG),
            OrganisationId.of(ICB),
            CORRECTED,
            was,
            "typo",
            now),
        SuccessionCorrected.class,
        "{\"partnershipId\":\""
            + PARTNERSHIP
            + "\",\"predecessorId\":\""
            + CCG
            + "\",\"successorId\":\""
            + ICB
            + "\",\"correctedEventId\":\""
            + CORRECTED
            + "\",\"previousDate\":\"2022-07-01\",\"reason\":\"typo\","
            + "\"effectiveDate\":\"2022-06-01\"}");
    assertPinned(
        new AbolitionCorrected(
            OrganisationId.of(CCG), OrganisationId.of(ICB), CORRECTED, was, "typo", now),
        AbolitionCorrected.class,
        "{\"organisationId\":\""
            + CCG
            + "\",\"successorId\":\""
            + ICB
            + "\",\"correctedEventId\":\""
            + CORRECTED
            + "\",\"previousDate\":\"2022-07-01\",\"reason\":\"typo\","
            + "\"effectiveDate\":\"2022-06-01\"}");
    assertPinned(
        new MouAmendmentOnLeavingCorrected(
            MouId.of(MOU),
            3,
            OrganisationId.of(CCG),
            CORRECTED,
            LocalDate.of(2023, 6, 1),
            was,
            "typo",
            now),
        MouAmendmentOnLeavingCorrected.class,
        "{\"mouId\":\""
            + MOU
            + "\",\"version\":3,\"leavingOrganisationId\":\""
            + CCG
            + "\",\"correctedEventId\":\""
            + CORRECTED
            + "\",\"reviewDue\":\"2023-06-01\",\"previousDate\":\"2022-07-01\","
            + "\"reason\":\"typo\",\"effectiveDate\":\"2022-06-01\"}");
    assertPinned(
        new MouSignatureSuccessionCorrected(
            MouId.of(MOU),
            2,
            OrganisationId.of(CCG),
            OrganisationId.of(ICB),
            CORRECTED,
            was,
            "typo",
            now),
        MouSignatureSuccessionCorrected.class,
        "{\"mouId\":\""
            + MOU
            + "\",\"version\":2,\"predecessorId\":\""
            + CCG
            + "\",\"successorId\":\""
            + ICB
            + "\",\"correctedEventId\":\""
            + CORRECTED
            + "\",\"previousDate\":\"2022-07-01\",\"reason\":\"typo\","
            + "\"effectiveDate\":\"2022-06-01\"}");
  }

  private <T> void assertPinned(T event, Class<T> type, String pinned) {
    String written = json.writeValueAsString(event);
    assertThat(written).isEqualTo(pinned);
    assertThat(json.readValue(written, type)).isEqualTo(event);
  }
}
