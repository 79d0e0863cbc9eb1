package uk.partnershipledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.RegistrationCorrected;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.RecordedEvent;

@H2ReadModelTest
class AuditHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final String actor = "officer-" + UUID.randomUUID() + "@durham.gov.uk";

  @BeforeEach
  void setUp() {
    http = new Http(port);
    history.by(actor, "Durham County Council", "Cabinet 17 March 2021, item 7");
  }

  @Test
  void every_kind_of_thing_has_a_history() {
    OrganisationId council = OrganisationId.newId();
    PartnershipId cdcp = PartnershipId.newId();
    BodyId committee = BodyId.newId();
    MouId mou = MouId.newId();
    DelegationId delegation = DelegationId.newId();
    accept(
        new OrganisationRegistered(
            council,
            "Durham County Council",
            OrganisationKind.LOCAL_AUTHORITY,
            true,
            LocalDate.of(1974, 4, 1)));
    accept(new PartnershipFormed(cdcp, "CDCP", "County Durham", LocalDate.of(2018, 4, 1)));
    accept(
        new MouDrafted(
            mou,
            cdcp,
            "County Durham Integrated Care MoU",
            1,
            "April 2017",
            List.of(council),
            List.of(),
            12,
            12,
            LocalDate.of(2017, 4, 1)));
    accept(
        new BodyEstablished(
            committee,
            cdcp,
            "Joint Committee",
            BodyType.JOINT_COMMITTEE,
            BodyStatus.OPERATIONAL,
            null,
            List.of(),
            LocalDate.of(2023, 4, 1)));
    accept(
        new DelegationGranted(
            committee,
            delegation,
            council,
            "community-mental-health",
            "Community mental health services",
            List.of(),
            List.of(),
            new Approval("Cabinet", LocalDate.of(2023, 3, 15), "CAB-2023-17"),
            LocalDate.of(2023, 4, 1)));

    Map<String, List<String>> expected =
        Map.of(
            "/organisations/" + council,
            List.of("organisation.registered.v1", "mou.drafted.v1", "body.delegation-granted.v1"),
            "/partnerships/" + cdcp,
            List.of("mou.drafted.v1", "partnership.formed.v1", "body.established.v1"),
            "/bodies/" + committee,
            List.of("body.established.v1", "body.delegation-granted.v1"),
            "/mous/" + mou,
            List.of("mou.drafted.v1"),
            "/delegations/" + delegation,
            List.of("body.delegation-granted.v1"));
    expected.forEach(
        (resource, types) -> {
          Http.Response response = http.get(resource + "/history");
          assertThat(response.status()).as(resource).isEqualTo(200);
          JsonNode body = response.json();
          assertThat(resource).endsWith(body.get("id").asString());
          assertThat(body.get("changes").valueStream().map(c -> c.get("type").asString()))
              .as(resource)
              .containsExactlyElementsOf(types);
        });
    assertThat(http.get("/delegations/" + delegation + "/history").json().get("kind").asString())
        .isEqualTo("delegation");
  }

  @Test
  void a_change_says_who_recorded_it_when_for_whom_and_why_and_what_corrected_it() {
    OrganisationId ccg = OrganisationId.newId();
    RecordedEvent registered =
        accept(
            new OrganisationRegistered(
                ccg,
                "NHS Durham Dale CCG",
                OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
                true,
                LocalDate.of(2013, 4, 1)));
    history.by(actor, "NHS County Durham CCG", "Misspelt");
    RecordedEvent corrected =
        accept(
            new RegistrationCorrected(
                ccg,
                registered.eventId().toString(),
                "NHS Durham Dales CCG",
                "Misspelt",
                LocalDate.of(2013, 4, 1)));

    JsonNode changes = http.get("/organisations/" + ccg + "/history").json().get("changes");

    assertThat(changes.size()).isEqualTo(2);
    JsonNode first = changes.get(0);
    assertThat(first.get("eventId").asString()).isEqualTo(registered.eventId().toString());
    assertThat(first.get("type").asString()).isEqualTo("organisation.registered.v1");
    assertThat(first.get("effectiveDate").asString()).isEqualTo("2013-04-01");
    assertThat(first.get("summary").asString())
        .isEqualTo(
            "Registered: name NHS Durham Dale CCG; kind clinical commissioning group; statutory"
                + " body true");
    assertThat(first.get("recordedAt").asString()).isEqualTo("2026-11-02T09:00:01Z");
    assertThat(first.get("actor").asString()).isEqualTo(actor);
    assertThat(first.get("onBehalfOf").asString()).isEqualTo("Durham County Council");
    assertThat(first.get("reason").asString()).isEqualTo("Cabinet 17 March 2021, item 7");
    assertThat(first.get("corrects").isNull()).isTrue();
    assertThat(first.get("correctedBy").valueStream().map(JsonNode::asString))
        .containsExactly(corrected.eventId().toString());
    assertThat(first.get("payload").get("name").asString()).isEqualTo("NHS Durham Dale CCG");
    assertThat(first.get("concerns").get(0).get("kind").asString()).isEqualTo("organisation");
    JsonNode second = changes.get(1);
    assertThat(second.get("corrects").asString()).isEqualTo(registered.eventId().toString());
    assertThat(second.get("correctedBy").size()).isZero();
    assertThat(second.get("onBehalfOf").asString()).isEqualTo("NHS County Durham CCG");

    JsonNode asRecordedBefore =
        http.get("/organisations/" + ccg + "/history?asRecordedAt=2026-11-02T09:00:01.5Z").json();
    assertThat(asRecordedBefore.get("asRecordedAt").asString()).isEqualTo("2026-11-02T09:00:01.5Z");
    assertThat(asRecordedBefore.get("changes").size()).isEqualTo(1);
    assertThat(asRecordedBefore.get("changes").get(0).get("correctedBy").size()).isZero();
    JsonNode asRecordedAtCorrection =
        http.get("/organisations/" + ccg + "/history?asRecordedAt=2026-11-02T10:00:02%2B01:00")
            .json();
    assertThat(asRecordedAtCorrection.get("changes").size()).isEqualTo(2);
  }

  @Test
  void the_history_of_an_unknown_id_is_404_and_a_malformed_one_400() {
    assertProblem(
        http.get("/bodies/" + UUID.randomUUID() + "/history"),
        404,
        "urn:partnership-ledger:problem:not-found");
    assertProblem(
        http.get("/mous/not-a-uuid/history"),
        400,
        "urn:partnership-ledger:problem:invalid-request");
    JsonNode badInstant =
        assertProblem(
            http.get("/organisations/" + UUID.randomUUID() + "/history?asRecordedAt=yesterday"),
            400,
            "urn:partnership-ledger:problem:invalid-request");
    assertThat(badInstant.get("errors").get(0).get("field").asString()).isEqualTo("asRecordedAt");
  }

  @Test
  void the_audit_trail_is_paged_with_links_to_the_next_and_previous_pages() {
    OrganisationId council = OrganisationId.newId();
    List<RecordedEvent> recorded =
        List.of(
            accept(
                new OrganisationRegistered(
                    council,
                    "Name",
                    OrganisationKind.LOCAL_AUTHORITY,
                    true,
                    LocalDate.of(1974, 4, 1))),
            accept(
                new PartnershipFormed(
                    PartnershipId.newId(), "P", "Place", LocalDate.of(2018, 4, 1))),
            accept(
                new PartnershipFormed(
                    PartnershipId.newId(), "Q", "Place", LocalDate.of(2019, 4, 1))));
    String query = "/audit-trail?actor=" + URLEncoder.encode(actor, StandardCharsets.UTF_8);

    Http.Response first = http.get(query + "&size=2");

    assertThat(first.status()).isEqualTo(200);
    JsonNode page = first.json();
    assertThat(page.get("page").asInt()).isZero();
    assertThat(page.get("size").asInt()).isEqualTo(2);
    assertThat(page.get("totalEvents").asLong()).isEqualTo(3);
    assertThat(page.get("totalPages").asLong()).isEqualTo(2);
    assertThat(page.get("events").valueStream().map(e -> e.get("eventId").asString()))
        .containsExactly(
            recorded.get(0).eventId().toString(), recorded.get(1).eventId().toString());
    assertThat(page.get("links").get("prev").isNull()).isTrue();
    String next = page.get("links").get("next").asString();
    assertThat(next).startsWith("/audit-trail?actor=").endsWith("&page=1&size=2");
    JsonNode second = http.get(next).json();
    assertThat(second.get("events").valueStream().map(e -> e.get("eventId").asString()))
        .containsExactly(recorded.get(2).eventId().toString());
    assertThat(second.get("links").get("next").isNull()).isTrue();
    assertThat(second.get("links").get("prev").asString()).endsWith("&page=0&size=2");
    assertThat(second.get("links").get("last").asString()).isEqualTo(next);

    JsonNode defaults = http.get(query).json();
    assertThat(defaults.get("size").asInt()).isEqualTo(50);
    assertThat(defaults.get("events").size()).isEqualTo(3);
    assertThat(defaults.get("links").get("self").asString()).endsWith("page=0&size=50");
  }

  @Test
  void bad_audit_trail_parameters_are_400_problems_naming_the_parameter() {
    Map<String, String> parameterOf =
        Map.of(
            "page=-1", "page",
            "size=0", "size",
            "size=201", "size",
            "from=2026-11-02T10:00:00Z&to=2026-11-02T10:00:00Z", "to",
            "from=yesterday", "from",
            "organisation=durham", "organisation",
            "body=1", "body",
            "actor=%20", "actor",
            "asRecordedAt=2026-11-02", "asRecordedAt");
    parameterOf.forEach(
        (query, parameter) -> {
          JsonNode problem =
              assertProblem(
                  http.get("/audit-trail?" + query),
                  400,
                  "urn:partnership-ledger:problem:invalid-request");
          assertThat(problem.get("errors").get(0).get("field").asString())
              .as(query)
              .isEqualTo(parameter);
        });
  }

  @Test
  void the_audit_trail_and_histories_are_described_in_openapi() {
    JsonNode paths = http.get("/v3/api-docs").json().get("paths");

    assertThat(paths.propertyNames())
        .contains(
            "/audit-trail",
            "/organisations/{id}/history",
            "/partnerships/{id}/history",
            "/bodies/{id}/history",
            "/mous/{id}/history",
            "/delegations/{id}/history");
    JsonNode trail = paths.get("/audit-trail").get("get");
    assertThat(trail.get("parameters").valueStream().map(p -> p.get("name").asString()))
        .containsExactlyInAnyOrder(
            "organisation", "body", "actor", "from", "to", "asRecordedAt", "page", "size");
    assertThat(trail.get("responses").has("400")).isTrue();
    JsonNode history = paths.get("/bodies/{id}/history").get("get");
    assertThat(history.get("parameters").valueStream().map(p -> p.get("name").asString()))
        .containsExactlyInAnyOrder("id", "asRecordedAt");
    assertThat(history.get("responses").has("404")).isTrue();
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    intake.accept(recorded);
    return recorded;
  }

  private static JsonNode assertProblem(Http.Response response, int status, String type) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("type").asString()).isEqualTo(type);
    assertThat(problem.get("detail").asString()).isNotBlank();
    return problem;
  }
}
