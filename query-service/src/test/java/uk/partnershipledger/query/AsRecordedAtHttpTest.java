package uk.partnershipledger.query;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.partnershipledger.query.History.justBefore;
import static uk.partnershipledger.query.History.recordingOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLimitsCorrected;
import uk.partnershipledger.events.body.BodyEvent.InterestDeclared;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DeclarationId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.mou.MouEvent.MouCameIntoForce;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouSigned;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Every query over HTTP as the ledger stood at an instant (asRecordedAt, docs/adr/0010), on each
 * database: what was recorded later is not seen, what was not yet known is 404, and a malformed
 * instant is a 400 problem. Given one of every kind of fact, then every query at the instants
 * before and after they were recorded, so that every read model's SQL runs as recorded.
 */
abstract class AsRecordedAtHttpTest {

  private static final LocalDate DAY = LocalDate.of(2021, 4, 1);
  private static final FinancialLimit NEW_SCHEMES_500K =
      new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("500000.00"), "New schemes");
  private static final FinancialLimit NEW_SCHEMES_50K =
      new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("50000.00"), "New schemes");

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final OrganisationId council = OrganisationId.newId();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final BodyId executive = BodyId.newId();
  private final BodyId forum = BodyId.newId();
  private final MembershipId councillor = MembershipId.newId();
  private final DelegationId mentalHealth = DelegationId.newId();
  private final MouId mou = MouId.newId();
  private RecordedEvent registered;
  private RecordedEvent appointment;
  private RecordedEvent correction;

  @BeforeEach
  void givenOneOfEveryKindOfFact() {
    http = new Http(port);
    registered =
        given(
            new OrganisationRegistered(
                council,
                "Durham County Council",
                OrganisationKind.LOCAL_AUTHORITY,
                true,
                LocalDate.of(1974, 4, 1)));
    given(new PartnershipFormed(cdcp, "County Durham Care Partnership", "County Durham", DAY));
    given(new PartnerJoined(cdcp, council, DAY));
    given(body(executive, "CDCP Executive", BodyType.PARTNERSHIP_EXECUTIVE));
    given(body(forum, "CDCP Forum", BodyType.FORUM));
    given(
        new ReportingLineDrawn(
            cdcp, forum, executive, ReportingLineKind.REPORTING_RELATIONSHIP, DAY));
    RecordedEvent granted =
        given(
            new DelegationGranted(
                executive,
                mentalHealth,
                council,
                "community-mental-health",
                "Community mental health services for adults",
                List.of(NEW_SCHEMES_500K),
                List.of("Reports quarterly"),
                null,
                DAY));
    given(
        new MouDrafted(
            mou,
            cdcp,
            "CDCP MoU",
            1,
            "April 2021",
            List.of(council),
            List.of("Schedule 1"),
            12,
            12,
            DAY));
    given(new MouSigned(mou, 1, council, Signatory.named("Chief Executive"), DAY));
    given(new MouCameIntoForce(mou, 1, DAY.plusYears(1), DAY));
    // Back-dated: recorded after everything above, effective from the day.
    appointment =
        given(
            new MemberAppointed(
                executive, councillor, "Cllr Lucy Hovvels", council, MemberRole.CHAIR, DAY));
    given(
        new InterestDeclared(
            executive, DeclarationId.newId(), councillor, "Scheme X", "Trustee", DAY.plusDays(1)));
    given(
        new DecisionRecorded(
            executive,
            DecisionId.newId(),
            mentalHealth,
            council,
            "Crisis team",
            "Scheme X",
            "community-mental-health",
            LimitKind.NEW_SCHEME,
            new BigDecimal("40000.00"),
            List.of(councillor),
            DAY.plusDays(1)));
    correction =
        given(
            new DelegationLimitsCorrected(
                executive,
                mentalHealth,
                granted.eventId().toString(),
                List.of(NEW_SCHEMES_50K),
                "The report says £50k",
                DAY));
  }

  @Test
  void every_query_answers_as_recorded_after_the_facts() {
    String asRecordedAt = "asRecordedAt=" + recordingOf(correction);
    for (String query : queries()) {
      Http.Response answer = http.get(query + (query.contains("?") ? "&" : "?") + asRecordedAt);
      assertThat(answer.status()).as(query).isEqualTo(200);
    }
    assertThat(http.get("/organisations?" + asRecordedAt).body()).contains(council.toString());
  }

  @Test
  void every_query_with_an_id_is_not_found_as_recorded_before_the_facts() {
    String asRecordedAt = "asRecordedAt=" + justBefore(registered);
    String bodies = "/partnerships/" + cdcp + "/bodies?on=2021-05-01";
    for (String query : queries()) {
      if (query.equals(bodies)) {
        // A list of bodies is empty, not unknown, as for a partnership never recorded.
        assertThat(http.get(query + "&" + asRecordedAt).json().size()).isZero();
        continue;
      }
      Http.Response answer = http.get(query + (query.contains("?") ? "&" : "?") + asRecordedAt);
      assertThat(answer.status()).as(query).isEqualTo(404);
      assertThat(answer.json().get("type").asString())
          .isEqualTo("urn:partnership-ledger:problem:not-found");
    }
    assertThat(http.get("/organisations?" + asRecordedAt).body())
        .doesNotContain(council.toString());
  }

  @Test
  void a_back_dated_appointment_is_not_seen_as_recorded_before_it_was() {
    String members = "/bodies/" + executive + "/members?on=2021-05-01&asRecordedAt=";

    assertThat(http.get(members + justBefore(appointment)).json().get("members").size()).isZero();
    JsonNode then = http.get(members + recordingOf(appointment)).json();
    assertThat(then.get("members").size()).isEqualTo(1);
    assertThat(then.get("chair").get("membershipId").asString()).isEqualTo(councillor.toString());
  }

  @Test
  void a_corrected_limit_is_the_old_one_as_recorded_before_the_correction() {
    String delegations = "/bodies/" + executive + "/delegations?on=2021-05-01&asRecordedAt=";

    assertThat(limit(http.get(delegations + justBefore(correction)).json()))
        .isEqualByComparingTo("500000");
    assertThat(limit(http.get(delegations + recordingOf(correction)).json()))
        .isEqualByComparingTo("50000");
  }

  @Test
  void an_instant_with_an_offset_is_the_same_instant_in_utc() {
    Instant instant = recordingOf(appointment);
    String withOffset = instant.atOffset(ZoneOffset.ofHours(1)).toString().replace("+", "%2B");
    String members = "/bodies/" + executive + "/members?on=2021-05-01&asRecordedAt=";

    assertThat(withOffset).contains("%2B01:00");
    assertThat(http.get(members + withOffset).body()).isEqualTo(http.get(members + instant).body());
  }

  @Test
  void an_instant_in_the_future_answers_as_the_ledger_stands_now() {
    for (String query : queries()) {
      assertThat(
              http.get(
                      query
                          + (query.contains("?") ? "&" : "?")
                          + "asRecordedAt=2100-01-01T00:00:00Z")
                  .body())
          .as(query)
          .isEqualTo(http.get(query).body());
    }
  }

  @Test
  void a_malformed_instant_is_a_bad_request_naming_the_parameter() {
    for (String bad : List.of("yesterday", "2026-11-02", "2026-11-02T09:00:00")) {
      Http.Response answer = http.get("/bodies/" + executive + "?asRecordedAt=" + bad);

      assertThat(answer.status()).as(bad).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      JsonNode problem = answer.json();
      assertThat(problem.get("type").asString())
          .isEqualTo("urn:partnership-ledger:problem:invalid-request");
      assertThat(problem.get("detail").asString()).contains("asRecordedAt").contains("ISO-8601");
      assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("asRecordedAt");
    }
  }

  private List<String> queries() {
    return List.of(
        "/organisations/" + council + "?on=2021-05-01",
        "/partnerships/" + cdcp,
        "/partnerships/" + cdcp + "/partners?on=2021-05-01",
        "/partnerships/" + cdcp + "/reporting-lines?on=2021-05-01",
        "/partnerships/" + cdcp + "/bodies?on=2021-05-01",
        "/partnerships/" + cdcp + "/mous?on=2021-05-01",
        "/bodies/" + executive + "?on=2021-05-01",
        "/bodies/" + executive + "/members?on=2021-05-01",
        "/bodies/" + executive + "/delegations?on=2021-05-01",
        "/bodies/" + executive + "/decisions",
        "/bodies/" + executive + "/declarations",
        "/delegations/" + mentalHealth + "?on=2021-05-01",
        "/mous/" + mou + "?on=2021-05-01");
  }

  private static BigDecimal limit(JsonNode delegations) {
    JsonNode held = delegations.get("delegations");
    assertThat(held.size()).isEqualTo(1);
    return held.get(0).get("limits").get(0).get("maximum").decimalValue();
  }

  private BodyEstablished body(BodyId body, String name, BodyType type) {
    return new BodyEstablished(
        body, cdcp, name, type, BodyStatus.OPERATIONAL, null, List.of(), DAY);
  }

  private RecordedEvent given(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
