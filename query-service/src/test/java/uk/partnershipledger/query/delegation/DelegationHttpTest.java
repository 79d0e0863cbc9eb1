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
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLimitsCorrected;
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
import uk.partnershipledger.query.intake.RecordedEvent;

@H2ReadModelTest
class DelegationHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final BodyId jointCommittee = BodyId.newId();
  private final DelegationId delegation = DelegationId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private RecordedEvent variation;

  @BeforeEach
  void givenADelegationVariedOnce() {
    http = new Http(port);
    intake.accept(
        history.record(
            new BodyEstablished(
                jointCommittee,
                PartnershipId.newId(),
                "County Durham Health and Care Joint Committee",
                BodyType.JOINT_COMMITTEE,
                BodyStatus.OPERATIONAL,
                null,
                List.of(),
                LocalDate.of(2023, 4, 1))));
    intake.accept(
        history.record(
            new DelegationGranted(
                jointCommittee,
                delegation,
                council,
                "adult-social-care",
                "Adult social care commissioning",
                List.of(
                    new FinancialLimit(
                        LimitKind.NEW_SCHEME, new BigDecimal("500000.00"), "New schemes")),
                List.of("Within the approved budget"),
                new Approval("Cabinet", LocalDate.of(2023, 3, 15), "CAB-7"),
                LocalDate.of(2023, 4, 1))));
    variation =
        history.record(
            new DelegationVaried(
                jointCommittee,
                delegation,
                List.of(
                    new FinancialLimit(
                        LimitKind.NEW_SCHEME, new BigDecimal("400000.50"), "New schemes")),
                List.of(),
                new Approval("Cabinet", LocalDate.of(2023, 9, 13), "CAB-12"),
                LocalDate.of(2023, 10, 1)));
    intake.accept(variation);
  }

  @Test
  void a_body_s_delegations_on_a_date_show_the_limits_in_force_then_as_pounds_and_pence() {
    Http.Response before = http.get("/bodies/" + jointCommittee + "/delegations?on=2023-09-30");
    Http.Response after = http.get("/bodies/" + jointCommittee + "/delegations?on=2023-10-01");

    assertThat(before.status()).isEqualTo(200);
    JsonNode first = before.json().get("delegations").get(0);
    assertThat(first.get("delegationId").asString()).isEqualTo(delegation.toString());
    assertThat(first.get("function").asString()).isEqualTo("adult-social-care");
    assertThat(first.get("delegator").get("organisationId").asString())
        .isEqualTo(council.toString());
    assertThat(first.get("limits").get(0).get("maximum").isNumber()).isTrue();
    assertThat(first.get("limits").get(0).get("maximum").decimalValue())
        .isEqualByComparingTo("500000.00");
    assertThat(first.get("approval").get("reference").asString()).isEqualTo("CAB-7");
    assertThat(first.get("conditions").get(0).asString()).isEqualTo("Within the approved budget");
    JsonNode varied = after.json().get("delegations").get(0);
    assertThat(varied.get("limits").get(0).get("maximum").decimalValue())
        .isEqualByComparingTo("400000.50");
    assertThat(varied.get("approval").get("approvedOn").asString()).isEqualTo("2023-09-13");
    assertThat(
            http.get("/bodies/" + jointCommittee + "/delegations?on=2023-03-31")
                .json()
                .get("delegations")
                .size())
        .isZero();
  }

  @Test
  void a_delegation_s_history_lists_its_acts_with_dates_and_recorded_times() {
    Http.Response answer = http.get("/delegations/" + delegation + "?on=2023-04-01");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode json = answer.json();
    assertThat(json.get("bodyName").asString())
        .isEqualTo("County Durham Health and Care Joint Committee");
    assertThat(json.get("onDate").get("termsSince").asString()).isEqualTo("2023-04-01");
    JsonNode timeline = json.get("timeline");
    assertThat(timeline.size()).isEqualTo(2);
    assertThat(timeline.get(0).get("act").asString()).isEqualTo("GRANTED");
    assertThat(timeline.get(1).get("act").asString()).isEqualTo("VARIED");
    assertThat(timeline.get(1).get("effectiveDate").asString()).isEqualTo("2023-10-01");
    assertThat(timeline.get(1).get("recordedAt").asString()).startsWith("2026-11-02T09:00");
  }

  @Test
  void corrected_limits_are_in_force_and_the_correction_is_on_the_timeline_with_its_reason() {
    intake.accept(
        history.record(
            new DelegationLimitsCorrected(
                jointCommittee,
                delegation,
                variation.eventId().toString(),
                List.of(
                    new FinancialLimit(
                        LimitKind.NEW_SCHEME, new BigDecimal("450000.00"), "New schemes")),
                "Cabinet agreed £450,000",
                LocalDate.of(2023, 10, 1))));

    JsonNode json = http.get("/delegations/" + delegation + "?on=2023-10-01").json();

    assertThat(json.get("onDate").get("limits").get(0).get("maximum").decimalValue())
        .isEqualByComparingTo("450000.00");
    JsonNode timeline = json.get("timeline");
    assertThat(timeline.size()).isEqualTo(3);
    assertThat(timeline.get(1).get("act").asString()).isEqualTo("VARIED");
    assertThat(timeline.get(1).get("limits").get(0).get("maximum").decimalValue())
        .isEqualByComparingTo("400000.50");
    assertThat(timeline.get(1).get("reason").isNull()).isTrue();
    JsonNode correction = timeline.get(2);
    assertThat(correction.get("act").asString()).isEqualTo("LIMITS_CORRECTED");
    assertThat(correction.get("effectiveDate").asString()).isEqualTo("2023-10-01");
    assertThat(correction.get("reason").asString()).isEqualTo("Cabinet agreed £450,000");
    assertThat(correction.get("correctedEventId").asString())
        .isEqualTo(variation.eventId().toString());
    assertThat(correction.get("limits").get(0).get("maximum").decimalValue())
        .isEqualByComparingTo("450000.00");
  }

  @Test
  void unknown_ids_are_not_found_problems_and_bad_parameters_invalid_request_problems() {
    for (String path :
        List.of(
            "/bodies/" + BodyId.newId() + "/delegations", "/delegations/" + DelegationId.newId())) {
      Http.Response missing = http.get(path);
      assertThat(missing.status()).as(path).isEqualTo(404);
      assertThat(missing.json().get("type").asString())
          .isEqualTo("urn:partnership-ledger:problem:not-found");
    }
    Http.Response badId = http.get("/delegations/not-a-delegation");
    Http.Response badDate = http.get("/bodies/" + jointCommittee + "/delegations?on=2023-9-1");

    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.json().get("detail").asString()).contains("delegationId").contains("UUID");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("on");
  }
}
