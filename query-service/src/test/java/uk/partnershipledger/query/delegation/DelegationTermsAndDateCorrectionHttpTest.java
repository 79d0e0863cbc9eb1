package uk.partnershipledger.query.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DelegationChangeDateCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyEvent.DelegationTermsCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationVaried;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * A delegation's corrected terms and change dates over HTTP: the timeline's TERMS_CORRECTED,
 * VARIATION_DATE_CORRECTED and REVOCATION_DATE_CORRECTED acts and the list of corrections.
 */
@H2ReadModelTest
class DelegationTermsAndDateCorrectionHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final BodyId committee = BodyId.newId();
  private final DelegationId delegation = DelegationId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private RecordedEvent granted;
  private RecordedEvent varied;
  private RecordedEvent revoked;

  @BeforeEach
  void givenADelegationGrantedVariedAndRevoked() {
    http = new Http(port);
    accept(
        new BodyEstablished(
            committee,
            PartnershipId.newId(),
            "County Durham Health and Care Joint Committee",
            BodyType.JOINT_COMMITTEE,
            BodyStatus.OPERATIONAL,
            null,
            List.of(),
            LocalDate.of(2023, 4, 1)));
    granted =
        accept(
            new DelegationGranted(
                committee,
                delegation,
                council,
                "adult-social-care",
                "Adult social care",
                List.of(
                    new FinancialLimit(
                        LimitKind.NEW_SCHEME, new BigDecimal("500000.00"), "New schemes")),
                List.of("Within the approved budget"),
                new Approval("Cabinet", LocalDate.of(2023, 3, 15), "CAB-7"),
                LocalDate.of(2023, 4, 1)));
    varied =
        accept(
            new DelegationVaried(
                committee,
                delegation,
                List.of(
                    new FinancialLimit(
                        LimitKind.NEW_SCHEME, new BigDecimal("600000.00"), "New schemes")),
                List.of("Within the approved budget"),
                new Approval("Cabinet", LocalDate.of(2024, 3, 13), "CAB-12"),
                LocalDate.of(2024, 4, 1)));
    revoked = accept(new DelegationRevoked(committee, delegation, LocalDate.of(2025, 4, 1)));
  }

  @Test
  void corrected_terms_and_dates_are_answered_in_the_timeline_and_the_corrections() {
    accept(
        new DelegationTermsCorrected(
            committee,
            delegation,
            granted.eventId().toString(),
            "Adult social care commissioning",
            List.of("Within the approved budget", "Reports to Cabinet twice a year"),
            new Approval("Cabinet", LocalDate.of(2023, 3, 22), "CAB-9"),
            "Cabinet approved it on 22 March, with a reporting condition",
            LocalDate.of(2023, 4, 1)));
    accept(
        new DelegationChangeDateCorrected(
            committee,
            delegation,
            varied.eventId().toString(),
            LocalDate.of(2024, 4, 1),
            "The variation took effect on 1 May",
            LocalDate.of(2024, 5, 1)));
    accept(
        new DelegationChangeDateCorrected(
            committee,
            delegation,
            revoked.eventId().toString(),
            LocalDate.of(2025, 4, 1),
            "The revocation took effect on 1 March",
            LocalDate.of(2025, 3, 1)));

    Http.Response answer = http.get("/delegations/" + delegation + "?on=2024-04-30");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode json = answer.json();
    assertThat(json.get("scope").asString()).isEqualTo("Adult social care commissioning");
    assertThat(json.get("endedOn").asString()).isEqualTo("2025-03-01");
    JsonNode onDate = json.get("onDate");
    assertThat(onDate.get("limits").get(0).get("maximum").decimalValue())
        .isEqualByComparingTo("500000");
    assertThat(onDate.get("conditions").size()).isEqualTo(2);
    assertThat(onDate.get("approval").get("reference").asString()).isEqualTo("CAB-9");
    JsonNode timeline = json.get("timeline");
    assertThat(timeline.valueStream().map(act -> act.get("act").asString()))
        .containsExactly(
            "GRANTED",
            "TERMS_CORRECTED",
            "VARIED",
            "VARIATION_DATE_CORRECTED",
            "REVOKED",
            "REVOCATION_DATE_CORRECTED");
    JsonNode termsCorrected = timeline.get(1);
    assertThat(termsCorrected.get("effectiveDate").asString()).isEqualTo("2023-04-01");
    assertThat(termsCorrected.get("reason").asString())
        .isEqualTo("Cabinet approved it on 22 March, with a reporting condition");
    assertThat(termsCorrected.get("correctedEventId").asString())
        .isEqualTo(granted.eventId().toString());
    assertThat(termsCorrected.get("conditions").get(1).asString())
        .isEqualTo("Reports to Cabinet twice a year");
    assertThat(termsCorrected.get("approval").get("approvedOn").asString()).isEqualTo("2023-03-22");
    JsonNode variationDate = timeline.get(3);
    assertThat(variationDate.get("effectiveDate").asString()).isEqualTo("2024-05-01");
    assertThat(variationDate.get("correctedEventId").asString())
        .isEqualTo(varied.eventId().toString());
    assertThat(variationDate.get("reason").asString())
        .isEqualTo("The variation took effect on 1 May");
    assertThat(timeline.get(2).get("effectiveDate").asString()).isEqualTo("2024-05-01");
    JsonNode revocationDate = timeline.get(5);
    assertThat(revocationDate.get("effectiveDate").asString()).isEqualTo("2025-03-01");
    assertThat(revocationDate.get("correctedEventId").asString())
        .isEqualTo(revoked.eventId().toString());
    JsonNode corrections = json.get("corrections");
    assertThat(corrections.valueStream().map(c -> c.get("corrects").asString()))
        .containsExactly("TERMS", "CHANGE_DATE", "CHANGE_DATE");
    JsonNode terms = corrections.get(0);
    assertThat(terms.get("correctedAt").asString()).startsWith("2026-11-02T09:00");
    assertThat(terms.get("before").get("scope").asString()).isEqualTo("Adult social care");
    assertThat(terms.get("before").get("conditions").size()).isEqualTo(1);
    assertThat(terms.get("before").get("approval").get("reference").asString()).isEqualTo("CAB-7");
    assertThat(terms.get("before").get("effectiveDate").isNull()).isTrue();
    assertThat(corrections.get(1).get("before").get("effectiveDate").asString())
        .isEqualTo("2024-04-01");
    assertThat(corrections.get(2).get("before").get("effectiveDate").asString())
        .isEqualTo("2025-04-01");
    assertThat(corrections.get(2).get("reason").asString())
        .isEqualTo("The revocation took effect on 1 March");
  }

  @Test
  void a_revocation_moved_earlier_is_answered_as_no_longer_in_force_from_the_corrected_day() {
    accept(
        new DelegationChangeDateCorrected(
            committee,
            delegation,
            revoked.eventId().toString(),
            LocalDate.of(2025, 4, 1),
            "The revocation took effect on 1 March",
            LocalDate.of(2025, 3, 1)));

    JsonNode lastDay = http.get("/bodies/" + committee + "/delegations?on=2025-02-28").json();
    JsonNode corrected = http.get("/bodies/" + committee + "/delegations?on=2025-03-01").json();

    assertThat(lastDay.get("delegations").size()).isEqualTo(1);
    assertThat(corrected.get("delegations").size()).isZero();
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
