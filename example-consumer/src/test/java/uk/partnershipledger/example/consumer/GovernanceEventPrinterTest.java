package uk.partnershipledger.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.core.builder.CloudEventBuilder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Forward compatibility: what a later ledger may publish must not stop this consumer. */
class GovernanceEventPrinterTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final GovernanceEventPrinter printer =
      new GovernanceEventPrinter(new PrintStream(out, true, StandardCharsets.UTF_8));

  @Test
  void given_a_known_type_whose_body_gained_a_property_when_printed_then_the_property_is_ignored() {
    printer.handle(
        event(
            "partnership.partner-joined.v1",
            """
            {"partnershipId": "p-1", "organisationId": "o-2", "effectiveDate": "2020-12-01",
             "addedInALaterRelease": {"anything": true}}"""));

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "partnership.partner-joined.v1 p-1 effective 2018-04-01 by"
                + " governance.officer@durham.gov.uk: organisation o-2 joined"
                + System.lineSeparator());
  }

  @Test
  void given_an_unknown_type_or_a_new_revision_when_printed_then_its_body_is_not_read() {
    printer.handle(event("partnership.partner-joined.v2", "not even JSON"));
    printer.handle(event("body.something-new.v1", "[]"));

    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "partnership.partner-joined.v2 p-1 effective 2018-04-01 by"
                + " governance.officer@durham.gov.uk: not used by this consumer",
            "body.something-new.v1 p-1 effective 2018-04-01 by governance.officer@durham.gov.uk:"
                + " not used by this consumer");
  }

  private static LedgerEvent event(String type, String body) {
    return LedgerEvent.from(
        CloudEventBuilder.v1(GovernanceEventConsumerTest.event("e-1", type, 3))
            .withSubject("p-1")
            .withData(body.getBytes(StandardCharsets.UTF_8))
            .build());
  }
}
