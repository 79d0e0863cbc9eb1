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
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLimitsCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given a joint committee in shadow form from 1 January 2022, operational from 1 March 2022,
 * holding a council delegation of community services with a £500k new scheme limit from 1 February
 * 2022 until its revocation on 1 January 2023; then the authority check on each side of each
 * change.
 */
@H2ReadModelTest
class AuthorityHttpTest {

  private static final LocalDate SHADOW = LocalDate.of(2022, 1, 1);
  private static final LocalDate GRANTED = LocalDate.of(2022, 2, 1);
  private static final LocalDate OPERATIONAL = LocalDate.of(2022, 3, 1);
  private static final LocalDate REVOKED = LocalDate.of(2023, 1, 1);

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final BodyId committee = BodyId.newId();
  private final BodyId forum = BodyId.newId();
  private final DelegationId delegation = DelegationId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private RecordedEvent grant;
  // Each test's own function code: the read model is shared by the tests of the class.
  private final String function =
      "community-services-" + delegation.value().toString().substring(0, 8);

  @BeforeEach
  void givenAJointCommitteeWithACouncilDelegation() {
    http = new Http(port);
    PartnershipId partnership = PartnershipId.newId();
    intake.accept(
        history.record(
            new OrganisationRegistered(
                council,
                "Durham County Council",
                OrganisationKind.LOCAL_AUTHORITY,
                true,
                LocalDate.of(1974, 4, 1))));
    intake.accept(
        history.record(
            new BodyEstablished(
                committee,
                partnership,
                "County Durham Care Partnership Executive",
                BodyType.JOINT_COMMITTEE,
                BodyStatus.SHADOW,
                null,
                List.of(),
                SHADOW)));
    intake.accept(
        history.record(
            new BodyEstablished(
                forum,
                partnership,
                "County Durham Care Partnership Forum",
                BodyType.FORUM,
                BodyStatus.OPERATIONAL,
                null,
                List.of(),
                SHADOW)));
    grant =
        history.record(
            new DelegationGranted(
                committee,
                delegation,
                council,
                function,
                "Community services for adults",
                List.of(
                    new FinancialLimit(
                        LimitKind.NEW_SCHEME, new BigDecimal("500000.00"), "New schemes"),
                    new FinancialLimit(
                        LimitKind.BUDGET_MOVEMENT,
                        new BigDecimal("1000000.00"),
                        "Within the base budget")),
                List.of(),
                new Approval("Durham County Council Cabinet", LocalDate.of(2022, 1, 19), "CAB-9"),
                GRANTED));
    intake.accept(grant);
    intake.accept(
        history.record(
            new BodyStatusChanged(
                committee, BodyStatus.SHADOW, BodyStatus.OPERATIONAL, OPERATIONAL)));
    intake.accept(history.record(new DelegationRevoked(committee, delegation, REVOKED)));
  }

  private JsonNode check(String query) {
    Http.Response answer = http.get("/bodies/" + committee + "/authority?" + query);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  @Test
  void
      an_operational_body_within_its_limit_is_authorised_naming_delegation_delegator_limit_and_approval() {
    JsonNode yes =
        check("function=" + function + "&limitKind=NEW_SCHEME&amount=400000&on=2022-03-01");

    assertThat(yes.get("authorised").asBoolean()).isTrue();
    assertThat(yes.get("failedRule").isNull()).isTrue();
    assertThat(yes.get("delegation").get("delegationId").asString())
        .isEqualTo(delegation.toString());
    assertThat(yes.get("delegation").get("delegator").get("name").asString())
        .isEqualTo("Durham County Council");
    assertThat(yes.get("delegation").get("approval").get("reference").asString())
        .isEqualTo("CAB-9");
    assertThat(yes.get("limit").get("kind").asString()).isEqualTo("NEW_SCHEME");
    assertThat(yes.get("limit").get("maximum").decimalValue()).isEqualByComparingTo("500000");
    assertThat(yes.get("answer").asString())
        .isEqualTo(
            "Yes: £400,000.00 is within the £500,000.00 new scheme limit of the delegation of"
                + " "
                + function
                + " from Durham County Council");
  }

  @Test
  void an_amount_exactly_at_the_limit_is_authorised_and_a_penny_over_is_refused_for_the_limit() {
    JsonNode at =
        check("function=" + function + "&limitKind=NEW_SCHEME&amount=500000.00&on=2022-06-01");
    JsonNode over =
        check("function=" + function + "&limitKind=NEW_SCHEME&amount=500000.01&on=2022-06-01");

    assertThat(at.get("authorised").asBoolean()).isTrue();
    assertThat(over.get("authorised").asBoolean()).isFalse();
    assertThat(over.get("failedRule").get("rule").asString()).isEqualTo("amount-over-limit");
    assertThat(over.get("failedRule").get("detail").asString())
        .contains("£500,000.01")
        .contains("its new scheme limit was £500,000.00");
    assertThat(over.get("delegation").get("delegationId").asString())
        .isEqualTo(delegation.toString());
    assertThat(over.get("limit").isNull()).isTrue();
  }

  @Test
  void each_kind_of_spending_is_judged_against_its_own_limit() {
    JsonNode movement =
        check("function=" + function + "&limitKind=BUDGET_MOVEMENT&amount=900000&on=2022-06-01");
    JsonNode expenditure =
        check("function=" + function + "&limitKind=EXPENDITURE&amount=1&on=2022-06-01");

    assertThat(movement.get("authorised").asBoolean()).isTrue();
    assertThat(movement.get("limit").get("maximum").decimalValue()).isEqualByComparingTo("1000000");
    assertThat(expenditure.get("authorised").asBoolean()).isFalse();
    assertThat(expenditure.get("failedRule").get("detail").asString())
        .contains("it had no expenditure limit");
  }

  @Test
  void in_shadow_form_the_day_before_it_became_operational_the_body_could_only_recommend() {
    JsonNode dayBefore =
        check("function=" + function + "&limitKind=NEW_SCHEME&amount=1000&on=2022-02-28");

    assertThat(dayBefore.get("authorised").asBoolean()).isFalse();
    assertThat(dayBefore.get("bodyStatus").asString()).isEqualTo("SHADOW");
    assertThat(dayBefore.get("failedRule").get("rule").asString())
        .isEqualTo("body-not-operational");
    assertThat(dayBefore.get("failedRule").get("detail").asString())
        .contains("in shadow form on 2022-02-28")
        .contains("could record a recommendation");
  }

  @Test
  void before_its_establishment_the_body_could_not_decide() {
    JsonNode before = check("function=" + function + "&on=2021-12-31");

    assertThat(before.get("authorised").asBoolean()).isFalse();
    assertThat(before.get("bodyStatus").isNull()).isTrue();
    assertThat(before.get("failedRule").get("rule").asString())
        .isEqualTo("body-not-yet-established");
  }

  @Test
  void on_the_day_of_the_revocation_no_delegation_covers_the_function_and_the_day_before_one_did() {
    JsonNode dayBefore = check("function=" + function + "&on=2022-12-31");
    JsonNode dayOf = check("function=" + function + "&on=2023-01-01");
    JsonNode otherFunction = check("function=adult-safeguarding&on=2022-12-31");

    assertThat(dayBefore.get("authorised").asBoolean()).isTrue();
    assertThat(dayBefore.get("limit").isNull()).isTrue();
    assertThat(dayOf.get("authorised").asBoolean()).isFalse();
    assertThat(dayOf.get("failedRule").get("rule").asString())
        .isEqualTo("no-delegation-for-function");
    assertThat(dayOf.get("failedRule").get("detail").asString()).contains("held none at all");
    assertThat(otherFunction.get("failedRule").get("detail").asString())
        .contains("it held " + function);
  }

  @Test
  void who_could_decide_lists_every_body_holding_the_function_with_its_answer() {
    Http.Response answer =
        http.get(
            "/authority?function="
                + function
                + "&limitKind=NEW_SCHEME&amount=400000"
                + "&on=2022-03-01");
    Http.Response none =
        http.get(
            "/authority?function=" + function + "&limitKind=NEW_SCHEME&amount=1&on=2023-01-01");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().size()).isEqualTo(1);
    assertThat(answer.json().get(0).get("bodyName").asString())
        .isEqualTo("County Durham Care Partnership Executive");
    assertThat(answer.json().get(0).get("authorised").asBoolean()).isTrue();
    assertThat(none.json().size()).isZero();
  }

  @Test
  void a_forum_holds_no_delegation_so_it_cannot_decide() {
    JsonNode no =
        http.get("/bodies/" + forum + "/authority?function=" + function + "&on=2022-06-01").json();

    assertThat(no.get("authorised").asBoolean()).isFalse();
    assertThat(no.get("failedRule").get("rule").asString()).isEqualTo("no-delegation-for-function");
  }

  @Test
  void bad_questions_are_invalid_request_problems_and_unknown_bodies_not_found() {
    Http.Response amountWithoutKind =
        http.get("/bodies/" + committee + "/authority?function=" + function + "&amount=10");
    Http.Response kindWithoutAmount =
        http.get(
            "/bodies/" + committee + "/authority?function=" + function + "&limitKind=NEW_SCHEME");
    Http.Response badAmount =
        http.get("/bodies/" + committee + "/authority?function=x&limitKind=NEW_SCHEME&amount=lots");
    Http.Response negative =
        http.get("/bodies/" + committee + "/authority?function=x&limitKind=NEW_SCHEME&amount=-1");
    Http.Response noFunction = http.get("/bodies/" + committee + "/authority");
    Http.Response blankFunction = http.get("/authority?function=%20");
    Http.Response badDate = http.get("/bodies/" + committee + "/authority?function=x&on=2022-3-1");
    Http.Response badKind =
        http.get("/bodies/" + committee + "/authority?function=x&limitKind=SCHEMES&amount=1");
    Http.Response unknown = http.get("/bodies/" + BodyId.newId() + "/authority?function=x");

    for (Http.Response bad :
        List.of(
            amountWithoutKind,
            kindWithoutAmount,
            badAmount,
            negative,
            noFunction,
            blankFunction,
            badDate,
            badKind)) {
      assertThat(bad.status()).as(bad.body()).isEqualTo(400);
      assertThat(bad.json().get("type").asString())
          .isEqualTo("urn:partnership-ledger:problem:invalid-request");
    }
    assertThat(amountWithoutKind.json().get("errors").get(0).get("field").asString())
        .isEqualTo("limitKind");
    assertThat(kindWithoutAmount.json().get("errors").get(0).get("field").asString())
        .isEqualTo("amount");
    assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("on");
    assertThat(badKind.json().get("errors").get(0).get("field").asString()).isEqualTo("limitKind");
    assertThat(badAmount.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void a_limit_corrected_later_authorises_the_amount_but_not_as_recorded_before_the_correction() {
    RecordedEvent correction =
        history.record(
            new DelegationLimitsCorrected(
                committee,
                delegation,
                grant.eventId().toString(),
                List.of(
                    new FinancialLimit(
                        LimitKind.NEW_SCHEME, new BigDecimal("700000.00"), "New schemes")),
                "Cabinet agreed £700k, not £500k",
                GRANTED));
    intake.accept(correction);
    String question = "function=" + function + "&limitKind=NEW_SCHEME&amount=600000&on=2022-06-01";

    JsonNode now = check(question);
    JsonNode before =
        check(question + "&asRecordedAt=" + correction.recordedAt().minusNanos(1_000).toInstant());
    JsonNode at = check(question + "&asRecordedAt=" + correction.recordedAt().toInstant());

    assertThat(now.get("authorised").asBoolean()).isTrue();
    assertThat(now.get("limit").get("maximum").decimalValue()).isEqualByComparingTo("700000");
    assertThat(before.get("authorised").asBoolean()).isFalse();
    assertThat(before.get("failedRule").get("rule").asString()).isEqualTo("amount-over-limit");
    assertThat(at.get("authorised").asBoolean()).isTrue();
  }
}
