package uk.partnershipledger.query.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureSucceeded;
import uk.partnershipledger.events.mou.MouEvent.MouSigned;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipId;

/** The Kafka contract as the command side writes it, read without a broker. */
class CloudEventReaderTest {

  private static final String CDCP = "5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10";
  private static final String CCG = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22";
  private static final String EVENT_ID = "7d1f4c2a-8e9b-4f3d-a1c6-2b5e8d9f0a13";
  private static final String NOTICE =
      "{\"partnershipId\":\""
          + CDCP
          + "\",\"organisationId\":\""
          + CCG
          + "\","
          + "\"intendedLeavingDate\":\"2022-07-01\",\"effectiveDate\":\"2022-01-10\"}";

  private final CloudEventReader reader = new CloudEventReader(JsonMapper.builder().build());

  @Test
  void the_binary_mode_headers_of_the_contract_are_read_into_a_recorded_event() {
    RecordHeaders headers = new RecordHeaders();
    header(headers, "ce_specversion", "1.0");
    header(headers, "ce_id", EVENT_ID);
    header(headers, "ce_type", "partnership.partner-gave-notice.v1");
    header(headers, "ce_source", "/partnership-ledger/command-service");
    header(headers, "ce_time", "2026-11-02T09:15:30.123Z");
    header(headers, "ce_subject", CDCP);
    header(headers, "content-type", "application/json");
    header(headers, "ce_effectivedate", "2022-01-10");
    header(headers, "ce_aggregatetype", "partnership");
    header(headers, "ce_aggregatesequence", "4");
    header(headers, "ce_actor", "governance.officer@durham.gov.uk");
    header(headers, "ce_onbehalfof", "durham-county-council");
    header(headers, "ce_reason", "CCG abolished by the Health and Care Act 2022");
    CloudEvent cloudEvent;
    try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
      cloudEvent =
          deserializer.deserialize(
              "governance.events", headers, NOTICE.getBytes(StandardCharsets.UTF_8));
    }

    RecordedEvent recorded = reader.read(cloudEvent);

    assertThat(recorded.eventId()).isEqualTo(UUID.fromString(EVENT_ID));
    assertThat(recorded.type()).isEqualTo("partnership.partner-gave-notice.v1");
    assertThat(recorded.aggregateId()).isEqualTo(CDCP);
    assertThat(recorded.aggregateType()).isEqualTo("partnership");
    assertThat(recorded.aggregateSequence()).isEqualTo(4);
    assertThat(recorded.recordedAt()).isEqualTo(OffsetDateTime.parse("2026-11-02T09:15:30.123Z"));
    assertThat(recorded.actor()).isEqualTo("governance.officer@durham.gov.uk");
    assertThat(recorded.onBehalfOf()).isEqualTo("durham-county-council");
    assertThat(recorded.reason()).isEqualTo("CCG abolished by the Health and Care Act 2022");
    assertThat(recorded.event())
        .isEqualTo(
            new PartnerGaveNotice(
                PartnershipId.of(CDCP),
                OrganisationId.of(CCG),
                LocalDate.of(2022, 7, 1),
                LocalDate.of(2022, 1, 10)));
  }

  @Test
  void an_envelope_that_does_not_say_who_recorded_the_event_still_reads() {
    RecordedEvent recorded = reader.read(event("partnership.partner-gave-notice.v1", "4", NOTICE));

    assertThat(recorded.actor()).isNull();
    assertThat(recorded.onBehalfOf()).isNull();
    assertThat(recorded.reason()).isNull();
  }

  @Test
  void a_field_this_service_does_not_know_yet_is_ignored() {
    String withNewField = NOTICE.replace("{", "{\"noticeReference\":\"CDCP/2022/7\",");

    assertThat(reader.read(event("partnership.partner-gave-notice.v1", "4", withNewField)).event())
        .isInstanceOf(PartnerGaveNotice.class);
  }

  @Test
  void a_notice_without_an_intended_leaving_date_is_read() {
    String withoutDate = NOTICE.replace("\"2022-07-01\"", "null");

    PartnerGaveNotice notice =
        (PartnerGaveNotice)
            reader.read(event("partnership.partner-gave-notice.v1", "4", withoutDate)).event();

    assertThat(notice.intendedLeavingDate()).isNull();
  }

  /** mou.signed as command-service published it in revision 1, before posts (ADR 15). */
  private static final String MOU = "2c9d7e1a-4b3f-4a8e-9c2d-1e0f3a4b5c6d";

  private static final String SIGNED_V1 =
      "{\"mouId\":\""
          + MOU
          + "\",\"version\":1,\"organisationId\":\""
          + CCG
          + "\",\"signatory\":\"Neil O'Brien, Accountable Officer\","
          + "\"effectiveDate\":\"2021-03-22\"}";

  @Test
  void a_retired_revision_is_read_as_the_current_one_with_its_text_as_the_signatory_s_name() {
    RecordedEvent recorded = reader.read(mouEvent("mou.signed.v1", SIGNED_V1));

    assertThat(recorded.type()).isEqualTo("mou.signed.v2");
    assertThat(recorded.event())
        .isEqualTo(
            new MouSigned(
                MouId.of(MOU),
                1,
                OrganisationId.of(CCG),
                Signatory.named("Neil O'Brien, Accountable Officer"),
                LocalDate.of(2021, 3, 22)));
  }

  @Test
  void a_revision_this_service_has_never_heard_of_is_unreadable_rather_than_guessed() {
    assertThatThrownBy(() -> reader.read(mouEvent("mou.signed.v3", SIGNED_V1)))
        .isInstanceOf(UnreadableEvent.class)
        .hasMessageContaining("unknown type 'mou.signed.v3'");
    assertThatThrownBy(() -> reader.read(mouEvent("mou.signed.v2", SIGNED_V1)))
        .as("revision 1's body under revision 2's type")
        .isInstanceOf(UnreadableEvent.class)
        .hasMessageContaining("is not a mou.signed.v2");
  }

  private static CloudEvent mouEvent(String type, String body) {
    return CloudEventBuilder.v1(event(type, "1", body))
        .withSubject(MOU)
        .withExtension(CloudEventReader.AGGREGATE_TYPE, "mou")
        .build();
  }

  @Test
  void an_unknown_type_is_unreadable() {
    assertThatThrownBy(() -> reader.read(event("partnership.renamed.v1", "4", NOTICE)))
        .isInstanceOf(UnreadableEvent.class)
        .hasMessageContaining("unknown type 'partnership.renamed.v1'");
  }

  @Test
  void a_later_revision_than_this_service_knows_is_unreadable() {
    assertThatThrownBy(() -> reader.read(event("partnership.partner-gave-notice.v2", "4", NOTICE)))
        .isInstanceOf(UnreadableEvent.class)
        .hasMessageContaining("unknown type");
  }

  @Test
  void a_body_that_is_not_the_events_json_is_unreadable() {
    assertThatThrownBy(
            () -> reader.read(event("partnership.partner-gave-notice.v1", "4", "not json")))
        .isInstanceOf(UnreadableEvent.class)
        .hasMessageContaining("not a partnership.partner-gave-notice.v1 in JSON");
    assertThatThrownBy(
            () ->
                reader.read(
                    event(
                        "partnership.partner-gave-notice.v1",
                        "4",
                        NOTICE.replace("2022-01-10", "10/01/2022"))))
        .isInstanceOf(UnreadableEvent.class);
  }

  @Test
  void an_event_without_its_aggregate_sequence_is_unreadable() {
    assertThatThrownBy(() -> reader.read(event("partnership.partner-gave-notice.v1", null, NOTICE)))
        .isInstanceOf(UnreadableEvent.class)
        .hasMessageContaining("aggregatesequence");
    assertThatThrownBy(
            () -> reader.read(event("partnership.partner-gave-notice.v1", "four", NOTICE)))
        .isInstanceOf(UnreadableEvent.class)
        .hasMessageContaining("'four'");
    assertThatThrownBy(() -> reader.read(event("partnership.partner-gave-notice.v1", "-1", NOTICE)))
        .isInstanceOf(UnreadableEvent.class);
  }

  @Test
  void an_event_claiming_the_wrong_aggregate_type_is_unreadable() {
    CloudEvent wrong =
        CloudEventBuilder.v1(event("partnership.partner-gave-notice.v1", "4", NOTICE))
            .withExtension(CloudEventReader.AGGREGATE_TYPE, "organisation")
            .build();

    assertThatThrownBy(() -> reader.read(wrong))
        .isInstanceOf(UnreadableEvent.class)
        .hasMessageContaining("aggregate type");
  }

  @Test
  void a_delegation_granted_is_read_with_its_limits_in_exact_pounds_and_its_approval() {
    String body = "8a4e2c1d-3b5f-4a6e-9c7d-1e2f3a4b5c6d";
    String delegation = "6d1f0a2b-3c4d-4e5f-8a7b-9c0d1e2f3a4b";
    String granted =
        "{\"bodyId\":\""
            + body
            + "\",\"delegationId\":\""
            + delegation
            + "\",\"delegatorId\":\""
            + CCG
            + "\",\"function\":\"community-mental-health\",\"scope\":\"Adults\","
            + "\"limits\":[{\"kind\":\"NEW_SCHEME\",\"maximum\":500000.00,"
            + "\"description\":\"New schemes\"},{\"kind\":\"BUDGET_MOVEMENT\","
            + "\"maximum\":1000000.1,\"description\":null}],"
            + "\"conditions\":[\"Reports quarterly\"],"
            + "\"approval\":{\"approvedBy\":\"CCG Governing Body\","
            + "\"approvedOn\":\"2021-03-10\",\"reference\":\"GB-5\"},"
            + "\"effectiveDate\":\"2021-04-01\"}";

    RecordedEvent recorded =
        reader.read(
            CloudEventBuilder.v1(event("body.delegation-granted.v1", "3", granted))
                .withSubject(body)
                .withExtension(CloudEventReader.AGGREGATE_TYPE, "body")
                .build());

    assertThat(recorded.aggregateType()).isEqualTo("body");
    assertThat(recorded.event())
        .isEqualTo(
            new DelegationGranted(
                BodyId.of(body),
                DelegationId.of(delegation),
                OrganisationId.of(CCG),
                "community-mental-health",
                "Adults",
                List.of(
                    new FinancialLimit(
                        LimitKind.NEW_SCHEME, new BigDecimal("500000.00"), "New schemes"),
                    new FinancialLimit(
                        LimitKind.BUDGET_MOVEMENT, new BigDecimal("1000000.1"), null)),
                List.of("Reports quarterly"),
                new Approval("CCG Governing Body", LocalDate.of(2021, 3, 10), "GB-5"),
                LocalDate.of(2021, 4, 1)));
  }

  @Test
  void an_mou_event_is_read_as_the_mou_family() {
    String mou = "8e2f4a6c-1b3d-4e5f-9a7b-2c4d6e8f0a1b";
    String succeeded =
        "{\"mouId\":\""
            + mou
            + "\",\"version\":2,\"predecessorId\":\""
            + CCG
            + "\",\"successorId\":\""
            + CDCP
            + "\",\"effectiveDate\":\"2022-07-01\"}";

    RecordedEvent recorded =
        reader.read(
            CloudEventBuilder.v1(event("mou.signature-succeeded.v1", "9", succeeded))
                .withSubject(mou)
                .withExtension(CloudEventReader.AGGREGATE_TYPE, "mou")
                .build());

    assertThat(recorded.aggregateType()).isEqualTo("mou");
    assertThat(recorded.event())
        .isEqualTo(
            new MouSignatureSucceeded(
                MouId.of(mou),
                2,
                OrganisationId.of(CCG),
                OrganisationId.of(CDCP),
                LocalDate.of(2022, 7, 1)));
  }

  private static CloudEvent event(String type, String sequence, String body) {
    CloudEventBuilder builder =
        CloudEventBuilder.v1()
            .withId(EVENT_ID)
            .withType(type)
            .withSource(URI.create("/partnership-ledger/command-service"))
            .withTime(OffsetDateTime.parse("2026-11-02T09:15:30Z"))
            .withSubject(CDCP)
            .withDataContentType("application/json")
            .withExtension(CloudEventReader.AGGREGATE_TYPE, "partnership")
            .withData(body.getBytes(StandardCharsets.UTF_8));
    if (sequence != null) {
      builder.withExtension(CloudEventReader.AGGREGATE_SEQUENCE, sequence);
    }
    return builder.build();
  }

  private static void header(RecordHeaders headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
