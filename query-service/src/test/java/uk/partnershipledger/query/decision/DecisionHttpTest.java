package uk.partnershipledger.query.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DecisionCorrected;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DecisionRefused;
import uk.partnershipledger.events.body.BodyEvent.InterestDeclared;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DeclarationId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.RecordedEvent;

@H2ReadModelTest
class DecisionHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final BodyId committee = BodyId.newId();
  private final MembershipId member = MembershipId.newId();
  private final DecisionId decision = DecisionId.newId();
  private final DelegationId delegation = DelegationId.newId();
  private final OrganisationId delegator = OrganisationId.newId();
  private RecordedEvent decided;

  @BeforeEach
  void givenADecisionAndARefusal() {
    http = new Http(port);
    intake.accept(
        history.record(
            new BodyEstablished(
                committee,
                PartnershipId.newId(),
                "Joint Committee",
                BodyType.JOINT_COMMITTEE,
                BodyStatus.OPERATIONAL,
                null,
                List.of(),
                LocalDate.of(2023, 4, 1))));
    intake.accept(
        history.record(
            new InterestDeclared(
                committee,
                DeclarationId.newId(),
                member,
                "CMH-1",
                "Trustee",
                LocalDate.of(2023, 5, 10))));
    decided =
        history.record(
            new DecisionRecorded(
                committee,
                decision,
                delegation,
                delegator,
                "Crisis café",
                "CMH-1",
                "community-mental-health",
                LimitKind.NEW_SCHEME,
                new BigDecimal("400000.00"),
                List.of(member),
                LocalDate.of(2023, 5, 10)));
    intake.accept(decided);
    intake.accept(
        history.record(
            new DecisionRefused(
                committee,
                DecisionId.newId(),
                "Countywide cafés",
                null,
                "community-mental-health",
                LimitKind.NEW_SCHEME,
                new BigDecimal("600000.00"),
                "amount-within-limit",
                "over the limit",
                LocalDate.of(2023, 6, 14))));
  }

  @Test
  void a_body_s_decisions_in_a_period_are_answered_with_their_outcomes() {
    Http.Response answer =
        http.get("/bodies/" + committee + "/decisions?from=2023-05-10&to=2023-06-14");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode decisions = answer.json().get("decisions");
    assertThat(decisions.size()).isEqualTo(2);
    assertThat(decisions.get(0).get("outcome").asString()).isEqualTo("DECIDED");
    assertThat(decisions.get(0).get("amount").decimalValue()).isEqualByComparingTo("400000");
    assertThat(decisions.get(0).get("abstainingMembers").get(0).get("membershipId").asString())
        .isEqualTo(member.toString());
    assertThat(decisions.get(1).get("outcome").asString()).isEqualTo("REFUSED");
    assertThat(decisions.get(1).get("rule").asString()).isEqualTo("amount-within-limit");
    assertThat(
            http.get("/bodies/" + committee + "/decisions?from=2023-05-11")
                .json()
                .get("decisions")
                .size())
        .isEqualTo(1);
  }

  @Test
  void a_corrected_decision_is_answered_with_its_corrected_facts_and_its_corrections() {
    intake.accept(
        history.record(
            new DecisionCorrected(
                committee,
                decision,
                decided.eventId().toString(),
                delegation,
                delegator,
                "Crisis café",
                LimitKind.NEW_SCHEME,
                new BigDecimal("450000.00"),
                List.of(),
                "The minutes say £450,000 on 17 May",
                LocalDate.of(2023, 5, 17))));

    JsonNode decisions = http.get("/bodies/" + committee + "/decisions").json().get("decisions");
    JsonNode corrected = decisions.get(0);
    assertThat(corrected.get("on").asString()).isEqualTo("2023-05-17");
    assertThat(corrected.get("amount").decimalValue()).isEqualByComparingTo("450000");
    assertThat(corrected.get("abstainingMembers").size()).isZero();
    JsonNode correction = corrected.get("corrections").get(0);
    assertThat(corrected.get("corrections").size()).isEqualTo(1);
    assertThat(correction.get("reason").asString()).isEqualTo("The minutes say £450,000 on 17 May");
    assertThat(correction.get("correctedEventId").asString())
        .isEqualTo(decided.eventId().toString());
    assertThat(correction.get("correctedAt").asString()).startsWith("2026-11-02T09:00");
    JsonNode before = correction.get("before");
    assertThat(before.get("on").asString()).isEqualTo("2023-05-10");
    assertThat(before.get("amount").decimalValue()).isEqualByComparingTo("400000");
    assertThat(before.get("delegationId").asString()).isEqualTo(delegation.toString());
    assertThat(before.get("abstainingMembers").get(0).get("membershipId").asString())
        .isEqualTo(member.toString());
    assertThat(decisions.get(1).get("corrections").size()).as("a refusal").isZero();
    assertThat(
            http.get("/bodies/" + committee + "/decisions?from=2023-05-10&to=2023-05-16")
                .json()
                .get("decisions")
                .size())
        .isZero();
  }

  @Test
  void a_body_s_declarations_are_answered() {
    Http.Response answer = http.get("/bodies/" + committee + "/declarations");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode declaration = answer.json().get("declarations").get(0);
    assertThat(declaration.get("matter").asString()).isEqualTo("CMH-1");
    assertThat(declaration.get("on").asString()).isEqualTo("2023-05-10");
    assertThat(declaration.get("member").get("membershipId").asString())
        .isEqualTo(member.toString());
  }

  @Test
  void unknown_bodies_are_not_found_and_bad_or_reversed_periods_are_invalid_requests() {
    for (String path :
        List.of(
            "/bodies/" + BodyId.newId() + "/decisions",
            "/bodies/" + BodyId.newId() + "/declarations")) {
      Http.Response missing = http.get(path);
      assertThat(missing.status()).as(path).isEqualTo(404);
      assertThat(missing.json().get("type").asString())
          .isEqualTo("urn:partnership-ledger:problem:not-found");
    }
    Http.Response badDate = http.get("/bodies/" + committee + "/decisions?from=10-05-2023");
    Http.Response reversed =
        http.get("/bodies/" + committee + "/declarations?from=2023-06-01&to=2023-05-01");

    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.contentType()).startsWith("application/problem+json");
    assertThat(reversed.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:problem:invalid-request");
    assertThat(reversed.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
    assertThat(reversed.json().get("detail").asString()).contains("before it begins");
  }
}
