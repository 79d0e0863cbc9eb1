package uk.partnershipledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipledger.command.mou.AmendMouOnPartyLeaving;
import uk.partnershipledger.command.mou.MouDirectory;
import uk.partnershipledger.command.mou.SucceedMouSignature;
import uk.partnershipledger.command.support.Http;
import uk.partnershipledger.command.support.SharedKafka;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * The command side end to end within its own process: real HTTP, the real event store on a real
 * database, and a real Kafka broker. Each database gets a subclass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CommandApiTestBase {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static KafkaConsumer<String, CloudEvent> consumer;
  private static final List<ConsumerRecord<String, CloudEvent>> published = new ArrayList<>();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired MouDirectory mouDirectory;
  @Autowired CommandGateway commandGateway;
  Http http;

  static void commonProperties(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", SharedKafka::bootstrapServers);
    registry.add("ledger.data-dir", () -> "target/test-data");
  }

  @BeforeAll
  static void subscribe() {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), new CloudEventDeserializer());
    consumer.subscribe(List.of("governance.events"));
    published.clear();
  }

  @AfterAll
  static void unsubscribe() {
    consumer.close();
  }

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void a_registered_organisation_is_stored_and_published_as_a_cloud_event() {
    Http.Response response =
        http.post(
            "/organisations",
            """
            {"name": "Durham County Council", "kind": "LOCAL_AUTHORITY",
             "effectiveDate": "1974-04-01", "reason": "Party to the April 2017 MoU"}""");

    assertThat(response.status()).isEqualTo(201);
    String id = response.json().get("organisationId").asString();
    assertThat(response.header("Location")).isEqualTo("/organisations/" + id);

    Map<String, Object> stored =
        jdbc.queryForMap(
            "select event_identifier, payload_type, payload_revision, time_stamp"
                + " from domain_event_entry where aggregate_identifier = ?",
            id);
    assertThat(stored.get("payload_revision")).isEqualTo("1");

    ConsumerRecord<String, CloudEvent> record = publishedFor(id, 1).get(0);
    CloudEvent event = record.value();
    assertThat(record.key()).isEqualTo(id);
    assertThat(event.getId()).isEqualTo(stored.get("event_identifier"));
    assertThat(event.getType()).isEqualTo("organisation.registered.v1");
    assertThat(event.getSource()).hasToString("/partnership-ledger/command-service");
    assertThat(event.getSubject()).isEqualTo(id);
    assertThat(event.getTime().toInstant()).hasToString((String) stored.get("time_stamp"));
    assertThat(event.getDataContentType()).isEqualTo("application/json");
    assertThat(event.getExtension("effectivedate")).isEqualTo("1974-04-01");
    assertThat(event.getExtension("aggregatetype")).isEqualTo("organisation");
    assertThat(event.getExtension("aggregatesequence")).isEqualTo("0");
    assertThat(event.getExtension("actor")).isEqualTo("governance.officer@durham.gov.uk");
    assertThat(event.getExtension("onbehalfof")).isEqualTo("Durham County Council");
    assertThat(event.getExtension("reason")).isEqualTo("Party to the April 2017 MoU");
    assertThat(header(record, "ce_effectivedate")).isEqualTo("1974-04-01");
    JsonNode body = JSON.readTree(event.getData().toBytes());
    assertThat(body.get("organisationId").asString()).isEqualTo(id);
    assertThat(body.get("name").asString()).isEqualTo("Durham County Council");
    assertThat(body.get("kind").asString()).isEqualTo("LOCAL_AUTHORITY");
    assertThat(body.get("statutoryBody").asBoolean()).isTrue();
    assertThat(body.get("effectiveDate").asString()).isEqualTo("1974-04-01");
  }

  @Test
  void a_partnership_s_events_reach_kafka_in_order_on_one_partition() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String hdft = register("Harrogate and District NHS FT", "NHS_FOUNDATION_TRUST", "2004-01-01");
    String cdcp = form(dcc, ccg);

    assertThat(join(cdcp, hdft, "2020-12-01").status()).isEqualTo(201);
    assertThat(
            http.post(
                    "/partnerships/" + cdcp + "/partners/" + ccg + "/notice",
                    """
                    {"effectiveDate": "2022-01-10", "intendedLeavingDate": "2022-07-01",
                     "reason": "Letter of 10 January 2022"}""")
                .status())
        .isEqualTo(200);
    assertThat(
            http.post(
                    "/partnerships/" + cdcp + "/partners/" + ccg + "/leaving",
                    """
                    {"effectiveDate": "2022-07-01", "reason": "Health and Care Act 2022"}""")
                .status())
        .isEqualTo(200);

    List<ConsumerRecord<String, CloudEvent>> events = publishedFor(cdcp, 6);
    assertThat(events)
        .extracting(r -> r.value().getType())
        .containsExactly(
            "partnership.formed.v1",
            "partnership.partner-joined.v1",
            "partnership.partner-joined.v1",
            "partnership.partner-joined.v1",
            "partnership.partner-gave-notice.v1",
            "partnership.partner-left.v1");
    assertThat(events)
        .extracting(r -> r.value().getExtension("aggregatesequence"))
        .containsExactly("0", "1", "2", "3", "4", "5");
    assertThat(events)
        .extracting(ConsumerRecord::partition)
        .containsOnly(events.get(0).partition());
    assertThat(events.get(5).value().getExtension("effectivedate")).isEqualTo("2022-07-01");
  }

  @Test
  void joining_twice_is_refused_with_a_problem_naming_the_rule_and_stores_nothing() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = form(dcc, ccg);
    long before = storedEvents();

    Http.Response refused = join(cdcp, ccg, "2021-04-01");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = refused.json();
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:already-a-partner");
    assertThat(problem.get("status").asInt()).isEqualTo(409);
    assertThat(problem.get("detail").asString())
        .isEqualTo(
            "NHS County Durham CCG is already a partner of County Durham Care Partnership"
                + " (from 2018-04-01)");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void leaving_without_notice_is_refused_and_stores_nothing() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = form(dcc, ccg);
    long before = storedEvents();

    Http.Response refused =
        http.post(
            "/partnerships/" + cdcp + "/partners/" + ccg + "/leaving",
            """
            {"effectiveDate": "2022-07-01", "reason": "Health and Care Act 2022"}""");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:notice-required-before-leaving");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void an_unknown_organisation_cannot_join() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = form(dcc, ccg);
    long before = storedEvents();

    Http.Response refused = join(cdcp, UUID.randomUUID().toString(), "2021-04-01");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:unknown-organisation");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void bad_input_gets_a_400_problem_naming_the_field_and_stores_nothing() {
    long before = storedEvents();

    assertInvalid(
        http.post(
            "/organisations",
            """
            {"name": "DCC", "kind": "LOCAL_AUTHORITY", "effectiveDate": "1974-04-01",
             "reason": "r", "colour": "blue"}"""),
        "colour");
    assertInvalid(
        http.post(
            "/organisations",
            """
            {"name": "DCC", "kind": "LOCAL_AUTHORITY", "effectiveDate": "1974-13-01",
             "reason": "r"}"""),
        "effectiveDate");
    assertInvalid(
        http.post(
            "/organisations",
            """
            {"name": "DCC", "kind": "PARISH_COUNCIL", "effectiveDate": "1974-04-01",
             "reason": "r"}"""),
        "kind");
    assertInvalid(
        http.post(
            "/organisations",
            """
            {"name": "DCC", "kind": "LOCAL_AUTHORITY", "effectiveDate": "1974-04-01"}"""),
        "reason");
    assertInvalid(
        http.post(
            "/organisations",
            """
            {"name": " ", "kind": "LOCAL_AUTHORITY", "effectiveDate": "1974-04-01",
             "reason": "r"}"""),
        "name");
    assertInvalid(http.post("/organisations", "{not json"), "JSON");
    assertInvalid(
        http.post(
            "/organisations",
            """
            {"name": "DCC", "kind": "LOCAL_AUTHORITY", "effectiveDate": "1974-04-01",
             "reason": "r"}""",
            java.util.Collections.singletonMap("X-Actor", " ")),
        "X-Actor");
    Map<String, String> noOrganisation = new java.util.HashMap<>();
    noOrganisation.put("X-On-Behalf-Of", null);
    assertInvalid(
        http.post(
            "/organisations",
            """
            {"name": "DCC", "kind": "LOCAL_AUTHORITY", "effectiveDate": "1974-04-01",
             "reason": "r"}""",
            noOrganisation),
        "X-On-Behalf-Of");
    assertInvalid(
        http.post(
            "/partnerships/not-a-uuid/partners",
            """
            {"organisationId": "%s", "effectiveDate": "2021-04-01", "reason": "r"}"""
                .formatted(UUID.randomUUID())),
        "partnershipId");
    assertInvalid(
        http.post(
            "/partnerships",
            """
            {"name": "CDCP", "place": "County Durham", "foundingPartners": ["x", "y"],
             "effectiveDate": "2018-04-01", "reason": "r"}"""),
        "foundingPartners");

    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void a_command_for_an_unknown_partnership_is_a_404() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");

    Http.Response missing = join(UUID.randomUUID().toString(), dcc, "2021-04-01");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:problem:not-found");
  }

  @Test
  void a_repeated_idempotency_key_returns_the_first_answer_and_stores_nothing_new() {
    String body =
        """
        {"name": "Durham Community Action", "kind": "VOLUNTARY_SECTOR",
         "effectiveDate": "1990-01-01", "reason": "Voluntary sector partner"}""";
    Map<String, String> key = Map.of("Idempotency-Key", "dca-" + UUID.randomUUID());

    Http.Response first = http.post("/organisations", body, key);
    long afterFirst = storedEvents();
    Http.Response second = http.post("/organisations", body, key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json()).isEqualTo(first.json());
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(storedEvents()).isEqualTo(afterFirst);
  }

  @Test
  void the_same_idempotency_key_with_a_different_request_is_refused() {
    Map<String, String> key = Map.of("Idempotency-Key", "k-" + UUID.randomUUID());
    http.post(
        "/organisations",
        """
        {"name": "TEWV", "kind": "NHS_FOUNDATION_TRUST", "effectiveDate": "2008-01-01",
         "reason": "r"}""",
        key);
    long before = storedEvents();

    Http.Response reused =
        http.post(
            "/organisations",
            """
            {"name": "CDDFT", "kind": "NHS_FOUNDATION_TRUST", "effectiveDate": "2008-01-01",
             "reason": "r"}""",
            key);

    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:problem:idempotency-key-reused");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void concurrent_requests_with_one_idempotency_key_store_one_event() throws Exception {
    String body =
        """
        {"name": "Healthwatch County Durham", "kind": "HEALTHWATCH",
         "effectiveDate": "2013-04-01", "reason": "Healthwatch joins the forum"}""";
    Map<String, String> key = Map.of("Idempotency-Key", "hw-" + UUID.randomUUID());
    long before = storedEvents();
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Http.Response>> racing = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      racing.add(
          CompletableFuture.supplyAsync(
              () -> {
                await(start);
                return http.post("/organisations", body, key);
              }));
    }
    start.countDown();
    List<Http.Response> answers = racing.stream().map(CompletableFuture::join).toList();

    assertThat(storedEvents()).isEqualTo(before + 1);
    List<Http.Response> created = answers.stream().filter(a -> a.status() == 201).toList();
    assertThat(created).isNotEmpty();
    assertThat(created).extracting(Http.Response::body).containsOnly(created.get(0).body());
    // A twin that arrives while the first is still running may be told to retry, never a 5xx.
    assertThat(answers).extracting(Http.Response::status).allMatch(s -> s == 201 || s == 409);
  }

  @Test
  void the_global_index_has_no_gaps() {
    register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    register("Tees, Esk and Wear Valleys NHS FT", "NHS_FOUNDATION_TRUST", "2008-01-01");

    List<Long> last3 =
        jdbc.queryForList(
            "select global_index from domain_event_entry order by global_index desc limit 3",
            Long.class);

    assertThat(last3.get(0) - last3.get(2)).isEqualTo(2);
  }

  /** The Durham joint committee, with the council as a partner able to delegate to it. */
  private record Committee(String dcc, String ccg, String partnership, String body) {}

  private Committee jointCommittee() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = form(dcc, ccg);
    String body =
        establish(cdcp, "County Durham Health and Care Joint Committee", "JOINT_COMMITTEE");
    assertThat(
            http.post(
                    "/bodies/" + body + "/status",
                    """
                    {"status": "OPERATIONAL", "effectiveDate": "2023-04-01", "reason": "seeds/000 §7"}""")
                .status())
        .isEqualTo(200);
    return new Committee(dcc, ccg, cdcp, body);
  }

  private String establish(String partnership, String name, String type) {
    Http.Response established =
        http.post(
            "/bodies",
            """
            {"partnershipId": "%s", "name": "%s", "type": "%s", "status": "SHADOW",
             "effectiveDate": "2022-10-01", "reason": "Cabinet, July 2022 (seeds/000 §7)"}"""
                .formatted(partnership, name, type));
    assertThat(established.status()).as(established.body()).isEqualTo(201);
    return established.json().get("bodyId").asString();
  }

  private Http.Response delegate(
      String body, String delegator, String function, String newSchemes, String date) {
    return http.post(
        "/bodies/" + body + "/delegations",
        """
        {"delegatorId": "%s", "function": "%s", "scope": "Community services for County Durham",
         "limits": [
           {"kind": "BUDGET_MOVEMENT", "maximum": 1000000,
            "description": "Move up to £1m within the base budget"},
           {"kind": "NEW_SCHEME", "maximum": %s, "description": "New schemes"}],
         "conditions": ["Reports quarterly to Cabinet"],
         "approval": {"approvedBy": "Durham County Council Cabinet", "approvedOn": "2023-03-15",
                      "reference": "Cabinet minute 2023/41"},
         "effectiveDate": "%s", "reason": "Delegation to the joint committee (seeds/003 §4.6.3)"}"""
            .formatted(delegator, function, newSchemes, date));
  }

  private Http.Response decide(String body, String function, String amount, String date) {
    return http.post(
        "/bodies/" + body + "/decisions",
        """
        {"subject": "Community mental health crisis service", "matter": "CMH-7",
         "function": "%s", "limitKind": "NEW_SCHEME", "amount": %s, "effectiveDate": "%s",
         "reason": "Joint committee meeting, item 7"}"""
            .formatted(function, amount, date));
  }

  private long eventsOfType(String aggregate, String payloadTypeSuffix) {
    return jdbc.queryForObject(
        "select count(*) from domain_event_entry where aggregate_identifier = ?"
            + " and payload_type like ?",
        Long.class,
        aggregate,
        "%$" + payloadTypeSuffix);
  }

  @Test
  void a_delegation_authorises_decisions_within_its_limit_and_a_refused_decision_is_kept() {
    Committee committee = jointCommittee();
    Http.Response granted =
        delegate(
            committee.body(), committee.dcc(), "community-mental-health", "500000", "2023-04-01");
    assertThat(granted.status()).as(granted.body()).isEqualTo(201);
    String delegation = granted.json().get("delegationId").asString();

    Http.Response withinLimit =
        decide(committee.body(), "community-mental-health", "500000.00", "2023-07-12");
    Http.Response overLimit =
        decide(committee.body(), "community-mental-health", "500000.01", "2023-07-12");
    Http.Response uncovered = decide(committee.body(), "public-health", "1000", "2023-07-12");
    Http.Response inShadow =
        decide(committee.body(), "community-mental-health", "1000", "2023-01-10");

    assertThat(withinLimit.status()).as(withinLimit.body()).isEqualTo(201);
    assertThat(withinLimit.json().get("delegationId").asString()).isEqualTo(delegation);
    assertThat(withinLimit.json().get("delegatorId").asString()).isEqualTo(committee.dcc());
    assertThat(overLimit.status()).isEqualTo(409);
    assertThat(overLimit.header("Content-Type")).startsWith("application/problem+json");
    assertThat(overLimit.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:amount-over-limit");
    assertThat(overLimit.json().get("detail").asString())
        .isEqualTo(
            "£500,000.01 is more than County Durham Health and Care Joint Committee may commit"
                + " under the delegation of community-mental-health from Durham County Council"
                + " on 2023-07-12: its new scheme limit is £500,000.00");
    assertThat(overLimit.json().get("refusalRecorded").asBoolean()).isTrue();
    assertThat(uncovered.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:no-delegation-for-function");
    assertThat(inShadow.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:body-not-operational");
    assertThat(inShadow.json().get("detail").asString())
        .contains("in shadow form on 2023-01-10", "may record a recommendation");
    // The three refusals are kept for the auditor, and published like any other event.
    assertThat(eventsOfType(committee.body(), "DecisionRefused")).isEqualTo(3);
    assertThat(eventsOfType(committee.body(), "DecisionRecorded")).isEqualTo(1);
    String refusedId = overLimit.json().get("decisionId").asString();
    assertThat(publishedFor(committee.body(), 7))
        .filteredOn(r -> r.value().getType().equals("body.decision-refused.v1"))
        .extracting(r -> JSON.readTree(r.value().getData().toBytes()))
        .anySatisfy(
            refusal -> {
              assertThat(refusal.get("decisionId").asString()).isEqualTo(refusedId);
              assertThat(refusal.get("rule").asString()).isEqualTo("amount-over-limit");
              assertThat(refusal.get("amount").decimalValue()).isEqualByComparingTo("500000.01");
            });
  }

  @Test
  void a_recorded_refusal_is_replayed_under_its_idempotency_key_and_kept_once() {
    Committee committee = jointCommittee();
    Map<String, String> key = Map.of("Idempotency-Key", "refused-" + UUID.randomUUID());
    String request =
        """
        {"subject": "Crisis service", "function": "community-mental-health",
         "limitKind": "NEW_SCHEME", "amount": 1000, "effectiveDate": "2023-07-12",
         "reason": "item 7"}""";

    Http.Response first = http.post("/bodies/" + committee.body() + "/decisions", request, key);
    Http.Response again = http.post("/bodies/" + committee.body() + "/decisions", request, key);

    assertThat(first.status()).isEqualTo(409);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    assertThat(again.json().get("decisionId")).isEqualTo(first.json().get("decisionId"));
    assertThat(eventsOfType(committee.body(), "DecisionRefused")).isEqualTo(1);
  }

  @Test
  void delegations_that_the_rules_forbid_are_refused_and_store_nothing() {
    Committee committee = jointCommittee();
    String forum = establish(committee.partnership(), "County Durham Partnership Forum", "FORUM");
    String healthwatch = register("Healthwatch County Durham", "HEALTHWATCH", "2013-04-01");
    String icb =
        register("NHS North East and North Cumbria ICB", "INTEGRATED_CARE_BOARD", "2022-07-01");
    long before = storedEvents();

    Http.Response safeguarding =
        delegate(committee.body(), committee.dcc(), "adult-safeguarding-lead", "1", "2023-04-01");
    Http.Response toForum =
        delegate(forum, committee.dcc(), "community-mental-health", "1", "2023-04-01");
    Http.Response notStatutory =
        delegate(committee.body(), healthwatch, "community-mental-health", "1", "2023-04-01");
    Http.Response notAPartner =
        delegate(committee.body(), icb, "community-mental-health", "1", "2023-04-01");
    Http.Response beforeApproval =
        delegate(committee.body(), committee.dcc(), "community-mental-health", "1", "2023-03-14");

    assertThat(safeguarding.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:non-delegable-function");
    assertThat(safeguarding.json().get("detail").asString()).contains("Care Act 2014");
    assertThat(toForum.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:body-cannot-hold-delegation");
    assertThat(notStatutory.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:delegator-not-statutory");
    assertThat(notAPartner.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:delegator-not-a-partner");
    assertThat(beforeApproval.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:approval-after-effective-date");
    assertThat(List.of(safeguarding, toForum, notStatutory, notAPartner, beforeApproval))
        .extracting(Http.Response::status)
        .containsOnly(409);
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void bad_delegation_and_decision_input_gets_a_400_and_an_unknown_delegation_a_404() {
    Committee committee = jointCommittee();
    long before = storedEvents();

    Http.Response malformedAmount =
        http.post(
            "/bodies/" + committee.body() + "/decisions",
            """
            {"subject": "s", "function": "community-mental-health", "limitKind": "NEW_SCHEME",
             "amount": "lots", "effectiveDate": "2023-07-12", "reason": "r"}""");
    Http.Response amountWithoutKind =
        http.post(
            "/bodies/" + committee.body() + "/decisions",
            """
            {"subject": "s", "function": "community-mental-health", "amount": 10,
             "effectiveDate": "2023-07-12", "reason": "r"}""");
    Http.Response fractionOfAPenny =
        decide(committee.body(), "community-mental-health", "10.001", "2023-07-12");
    Http.Response badFunction = decide(committee.body(), "Mental Health!", "10", "2023-07-12");
    Http.Response negativeLimit =
        delegate(committee.body(), committee.dcc(), "community-mental-health", "-5", "2023-04-01");
    Http.Response unknownDelegation =
        http.post(
            "/bodies/" + committee.body() + "/delegations/" + UUID.randomUUID() + "/revocation",
            """
            {"effectiveDate": "2024-04-01", "reason": "r"}""");
    Http.Response unknownBody = decide(UUID.randomUUID().toString(), "x", "1", "2023-07-12");

    assertInvalid(malformedAmount, "amount");
    assertInvalid(amountWithoutKind, "limitKind");
    assertInvalid(fractionOfAPenny, "amount");
    assertInvalid(badFunction, "function");
    assertInvalid(negativeLimit, "maximum");
    assertThat(unknownDelegation.status()).isEqualTo(404);
    assertThat(unknownDelegation.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:unknown-delegation");
    assertThat(unknownBody.status()).isEqualTo(404);
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void a_delegation_is_varied_with_a_new_approval_revoked_and_then_authorises_nothing() {
    Committee committee = jointCommittee();
    String delegation =
        delegate(
                committee.body(),
                committee.dcc(),
                "community-mental-health",
                "500000",
                "2023-04-01")
            .json()
            .get("delegationId")
            .asString();
    String path = "/bodies/" + committee.body() + "/delegations/" + delegation;

    Http.Response unapproved =
        http.post(
            path + "/variations",
            """
            {"limits": [{"kind": "NEW_SCHEME", "maximum": 750000, "description": "£750k"}],
             "approval": {"approvedBy": "Cabinet", "approvedOn": "2024-04-02", "reference": "m/17"},
             "effectiveDate": "2024-04-01", "reason": "Annual review"}""");
    Http.Response varied =
        http.post(
            path + "/variations",
            """
            {"limits": [{"kind": "NEW_SCHEME", "maximum": 750000, "description": "£750k"}],
             "approval": {"approvedBy": "Cabinet", "approvedOn": "2024-03-13", "reference": "m/17"},
             "effectiveDate": "2024-04-01", "reason": "Annual review"}""");
    Http.Response beforeVariation =
        decide(committee.body(), "community-mental-health", "600000", "2024-03-31");
    Http.Response afterVariation =
        decide(committee.body(), "community-mental-health", "600000", "2024-06-01");
    Http.Response revokedBeforeTheDecision =
        http.post(
            path + "/revocation",
            """
            {"effectiveDate": "2024-05-01", "reason": "Cabinet withdrew it"}""");
    Http.Response revoked =
        http.post(
            path + "/revocation",
            """
            {"effectiveDate": "2025-04-01", "reason": "Cabinet withdrew it"}""");
    Http.Response afterRevocation =
        decide(committee.body(), "community-mental-health", "1000", "2025-04-01");
    Http.Response dayBeforeRevocation =
        decide(committee.body(), "community-mental-health", "1000", "2025-03-31");

    assertThat(unapproved.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:approval-after-effective-date");
    assertThat(varied.status()).as(varied.body()).isEqualTo(200);
    assertThat(beforeVariation.status()).isEqualTo(409);
    assertThat(afterVariation.status()).as(afterVariation.body()).isEqualTo(201);
    assertThat(revokedBeforeTheDecision.status()).isEqualTo(409);
    assertThat(revokedBeforeTheDecision.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:delegation-has-later-decisions");
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    assertThat(afterRevocation.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:no-delegation-for-function");
    assertThat(dayBeforeRevocation.status()).isEqualTo(201);
  }

  /**
   * Issue 3's race: a decision and the revocation of its delegation sent at the same moment. Both
   * land on the body's own record, so one is judged after the other; whichever comes second sees
   * the first. A decision dated on or after the revocation is never authorised by it.
   */
  @Test
  void a_revoked_delegation_never_authorises_a_decision_dated_after_its_revocation()
      throws Exception {
    Committee committee = jointCommittee();
    for (int round = 0; round < 12; round++) {
      String function = "function-" + round;
      String delegation =
          delegate(committee.body(), committee.dcc(), "function-" + round, "500000", "2023-04-01")
              .json()
              .get("delegationId")
              .asString();
      CountDownLatch start = new CountDownLatch(1);
      CompletableFuture<Http.Response> revocation =
          CompletableFuture.supplyAsync(
              () -> {
                await(start);
                return http.post(
                    "/bodies/" + committee.body() + "/delegations/" + delegation + "/revocation",
                    """
                    {"effectiveDate": "2024-01-01", "reason": "Cabinet withdrew it"}""");
              });
      CompletableFuture<Http.Response> decision =
          CompletableFuture.supplyAsync(
              () -> {
                await(start);
                return decide(committee.body(), function, "1000", "2024-01-01");
              });
      start.countDown();
      Http.Response revoked = revocation.join();
      Http.Response decided = decision.join();

      // Exactly one of the two holds: the other was judged against it and refused.
      assertThat(List.of(revoked.status(), decided.status()))
          .as("round %d: %s / %s", round, revoked.body(), decided.body())
          .isIn(List.of(200, 409), List.of(409, 201));
      if (decided.status() == 409) {
        assertThat(decided.json().get("type").asString())
            .isEqualTo("urn:partnership-ledger:rule:no-delegation-for-function");
      } else {
        assertThat(revoked.json().get("type").asString())
            .isEqualTo("urn:partnership-ledger:rule:delegation-has-later-decisions");
      }
    }
    // And in the store: no delegation was both revoked and used on or after its revocation.
    List<String> payloads =
        jdbc.queryForList(
            "select payload_type from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number",
            String.class,
            committee.body());
    assertThat(
            payloads.stream().filter(p -> p.endsWith("DelegationRevoked")).count()
                + payloads.stream().filter(p -> p.endsWith("DecisionRecorded")).count())
        .isEqualTo(12);
  }

  @Test
  void a_partner_s_leaving_ends_its_memberships_and_lapses_its_delegations_on_the_same_date() {
    Committee committee = jointCommittee();
    String member =
        appoint(committee.body(), "Dr Stewart Findlay", committee.ccg(), "MEMBER", "2023-04-01")
            .json()
            .get("membershipId")
            .asString();
    String delegation =
        delegate(committee.body(), committee.ccg(), "community-mental-health", "1", "2023-04-01")
            .json()
            .get("delegationId")
            .asString();
    String mou = signedMou(committee);
    http.post(
        "/partnerships/" + committee.partnership() + "/partners/" + committee.ccg() + "/notice",
        """
        {"effectiveDate": "2024-01-10", "reason": "Letter of 10 January 2024"}""");

    Http.Response left =
        http.post(
            "/partnerships/"
                + committee.partnership()
                + "/partners/"
                + committee.ccg()
                + "/leaving",
            """
            {"effectiveDate": "2024-04-01", "reason": "Withdrawal agreed by the partners"}""",
            Map.of("X-Actor", "clerk@cddccg.nhs.uk", "X-On-Behalf-Of", "NHS County Durham CCG"));

    assertThat(left.status()).as(left.body()).isEqualTo(200);
    List<ConsumerRecord<String, CloudEvent>> bodyEvents = publishedFor(committee.body(), 6);
    ConsumerRecord<String, CloudEvent> ended = bodyEvents.get(bodyEvents.size() - 2);
    ConsumerRecord<String, CloudEvent> lapsed = bodyEvents.get(bodyEvents.size() - 1);
    assertThat(ended.value().getType()).isEqualTo("body.membership-ended.v1");
    assertThat(JSON.readTree(ended.value().getData().toBytes()).get("membershipId").asString())
        .isEqualTo(member);
    assertThat(lapsed.value().getType()).isEqualTo("body.delegation-lapsed.v1");
    JsonNode lapse = JSON.readTree(lapsed.value().getData().toBytes());
    assertThat(lapse.get("delegationId").asString()).isEqualTo(delegation);
    assertThat(lapse.get("reason").asString()).isEqualTo("DELEGATOR_LEFT_PARTNERSHIP");
    // Each consequence is on the record as the leaving's, with the same issuer and reason.
    for (ConsumerRecord<String, CloudEvent> consequence : List.of(ended, lapsed)) {
      assertThat(consequence.value().getExtension("effectivedate")).isEqualTo("2024-04-01");
      assertThat(consequence.value().getExtension("actor")).isEqualTo("clerk@cddccg.nhs.uk");
      assertThat(consequence.value().getExtension("reason"))
          .isEqualTo("Withdrawal agreed by the partners");
    }
    assertThat(decide(committee.body(), "community-mental-health", "1", "2024-04-01").status())
        .isEqualTo(409);
    ConsumerRecord<String, CloudEvent> amended =
        publishedFor(mou, 5).stream()
            .filter(r -> r.value().getType().equals("mou.amended-on-leaving.v1"))
            .findFirst()
            .orElseThrow();
    JsonNode amendment = JSON.readTree(amended.value().getData().toBytes());
    assertThat(amendment.get("leavingOrganisationId").asString()).isEqualTo(committee.ccg());
    assertThat(amendment.get("parties").get(0).asString()).isEqualTo(committee.dcc());
    assertThat(amended.value().getExtension("effectivedate")).isEqualTo("2024-04-01");
  }

  /** The partnership's MoU, signed by the council and the CCG, in force from 1 December 2020. */
  private String signedMou(Committee committee) {
    Http.Response drafted =
        http.post(
            "/mous",
            """
            {"partnershipId": "%s", "title": "County Durham Integrated Care MoU",
             "versionLabel": "December 2020", "parties": ["%s", "%s"],
             "schedules": ["Schedule 1: governance"], "initialTermMonths": 12,
             "reviewPeriodMonths": 12, "effectiveDate": "2020-11-01", "reason": "seeds/001 MoU"}"""
                .formatted(committee.partnership(), committee.dcc(), committee.ccg()));
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
    String mou = drafted.json().get("mouId").asString();
    for (String party : List.of(committee.dcc(), committee.ccg())) {
      Http.Response signed =
          http.post(
              "/mous/" + mou + "/versions/1/signatures",
              """
              {"organisationId": "%s", "signatory": "Chief Executive",
               "effectiveDate": "2020-12-01", "reason": "Signed"}"""
                  .formatted(party));
      assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    }
    return mou;
  }

  private String eventIdOf(String aggregate, String payloadTypeSuffix) {
    return jdbc.queryForObject(
        "select event_identifier from domain_event_entry where aggregate_identifier = ?"
            + " and payload_type like ? order by sequence_number desc limit 1",
        String.class,
        aggregate,
        "%$" + payloadTypeSuffix);
  }

  @Test
  void a_renaming_is_corrected_in_date_order_and_the_directory_follows_the_current_name() {
    String trust = register("County Durham NHS Trust", "NHS_FOUNDATION_TRUST", "1998-04-01");
    assertThat(
            http.post(
                    "/organisations/" + trust + "/name",
                    """
                    {"name": "County Durham and Darlington NHS Trust",
                     "effectiveDate": "2002-05-01", "reason": "Renamed"}""")
                .status())
        .isEqualTo(200);
    String renamed = eventIdOf(trust, "OrganisationRenamed");
    String path = "/organisations/" + trust + "/renaming-corrections";
    long before = storedEvents();

    Http.Response onTheRegistration =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "effectiveDate": "1998-04-01", "reason": "r"}"""
                .formatted(renamed));
    Http.Response noEvent =
        http.post(
            path,
            """
            {"name": "x", "reason": "r"}""");
    Http.Response unknown =
        http.post(
            "/organisations/" + UUID.randomUUID() + "/renaming-corrections",
            """
            {"correctedEventId": "%s", "name": "x", "reason": "r"}"""
                .formatted(renamed));

    assertRule(onTheRegistration, 409, "rename-out-of-order");
    assertInvalid(noEvent, "correctedEventId");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected =
        http.post(
            path,
            """
            {"correctedEventId": "%s",
             "name": "County Durham and Darlington NHS Foundation Trust",
             "effectiveDate": "2002-04-01", "reason": "The authorisation is dated 1 April"}"""
                .formatted(renamed));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(storedEvents()).isEqualTo(before + 1);
    assertThat(
            jdbc.queryForObject(
                "select name from organisation_directory where organisation_id = ?",
                String.class,
                trust))
        .isEqualTo("County Durham and Darlington NHS Foundation Trust");
    JsonNode event = publishedOfType(trust, 3, "organisation.renaming-corrected.v1");
    assertThat(event.get("correctedEventId").asString()).isEqualTo(renamed);
    assertThat(event.get("previousDate").asString()).isEqualTo("2002-05-01");
    assertThat(event.get("effectiveDate").asString()).isEqualTo("2002-04-01");

    // Once renamed again, correcting the earlier renaming leaves the current name as it is.
    assertThat(
            http.post(
                    "/organisations/" + trust + "/name",
                    """
                    {"name": "CDDFT", "effectiveDate": "2010-01-01", "reason": "Renamed"}""")
                .status())
        .isEqualTo(200);
    assertThat(
            http.post(
                    path,
                    """
                    {"correctedEventId": "%s", "name": "County Durham and Darlington NHS FT",
                     "reason": "Abbreviated in the order"}"""
                        .formatted(eventIdOf(trust, "RenamingCorrected")))
                .status())
        .isEqualTo(200);
    assertThat(
            jdbc.queryForObject(
                "select name from organisation_directory where organisation_id = ?",
                String.class,
                trust))
        .isEqualTo("CDDFT");
  }

  @Test
  void a_partner_s_notice_is_corrected_within_its_tenure_and_the_leaving_is_judged_by_it() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = form(dcc, ccg);
    String partner = "/partnerships/" + cdcp + "/partners/" + ccg;
    assertThat(
            http.post(
                    partner + "/notice",
                    """
                    {"effectiveDate": "2022-01-10", "intendedLeavingDate": "2022-07-01",
                     "reason": "Letter"}""")
                .status())
        .isEqualTo(200);
    String notice = eventIdOf(cdcp, "PartnerGaveNotice");
    String path = partner + "/notice-corrections";
    String correction =
        """
        {"correctedEventId": "%s", "effectiveDate": "%s", "reason": "The letter's date"}""";
    long before = storedEvents();

    Http.Response beforeJoining = http.post(path, correction.formatted(notice, "2018-03-31"));
    Http.Response noEvent =
        http.post(
            path,
            """
            {"effectiveDate": "2022-01-12", "reason": "r"}""");
    Http.Response unknown =
        http.post(
            "/partnerships/" + UUID.randomUUID() + "/partners/" + ccg + "/notice-corrections",
            correction.formatted(notice, "2022-01-12"));

    assertRule(beforeJoining, 409, "not-a-partner");
    assertInvalid(noEvent, "correctedEventId");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected = http.post(path, correction.formatted(notice, "2022-01-12"));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertRule(
        http.post(
            partner + "/leaving",
            """
            {"effectiveDate": "2022-01-11", "reason": "Left"}"""),
        409,
        "notice-required-before-leaving");
    JsonNode event = publishedOfType(cdcp, 5, "partnership.notice-corrected.v1");
    assertThat(event.get("correctedEventId").asString()).isEqualTo(notice);
    assertThat(event.get("previousDate").asString()).isEqualTo("2022-01-10");
    assertThat(event.get("intendedLeavingDate").asString()).isEqualTo("2022-07-01");
  }

  @Test
  void a_reporting_line_is_corrected_unless_it_would_close_a_circle_of_accountability() {
    Committee committee = jointCommittee();
    String board =
        establish(
            committee.partnership(), "Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD");
    String icb = establish(committee.partnership(), "ICB Board", "PARTNERSHIP_BOARD");
    String lines = "/partnerships/" + committee.partnership() + "/reporting-lines";
    String line =
        """
        {"fromBodyId": "%s", "toBodyId": "%s", "kind": "%s", "effectiveDate": "2023-04-01",
         "reason": "Structure chart"}""";
    for (String drawn :
        List.of(
            line.formatted(committee.body(), board, "DIRECT_ACCOUNTABILITY"),
            line.formatted(board, icb, "DIRECT_ACCOUNTABILITY"),
            line.formatted(icb, committee.body(), "REPORTING_RELATIONSHIP"))) {
      assertThat(http.post(lines, drawn).status()).isEqualTo(201);
    }
    String reporting = eventIdOf(committee.partnership(), "ReportingLineDrawn");
    String path = "/partnerships/" + committee.partnership() + "/reporting-line-corrections";
    long before = storedEvents();

    Http.Response circle =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "kind": "DIRECT_ACCOUNTABILITY", "reason": "r"}"""
                .formatted(reporting));
    Http.Response badKind =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "kind": "SIDEWAYS", "reason": "r"}"""
                .formatted(reporting));
    Http.Response unknown =
        http.post(
            "/partnerships/" + UUID.randomUUID() + "/reporting-line-corrections",
            """
            {"correctedEventId": "%s", "effectiveDate": "2023-05-01", "reason": "r"}"""
                .formatted(reporting));

    assertRule(circle, 409, "direct-accountability-cycle");
    assertThat(badKind.status()).as(badKind.body()).isEqualTo(400);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "effectiveDate": "2023-05-01",
             "reason": "The ICB Board agreed the line in May"}"""
                .formatted(reporting));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    JsonNode event =
        publishedOfType(committee.partnership(), 7, "partnership.reporting-line-corrected.v1");
    assertThat(event.get("correctedEventId").asString()).isEqualTo(reporting);
    assertThat(event.get("kind").asString()).isEqualTo("REPORTING_RELATIONSHIP");
    assertThat(event.get("previousDate").asString()).isEqualTo("2023-04-01");
    assertThat(event.get("effectiveDate").asString()).isEqualTo("2023-05-01");
  }

  @Test
  void an_mou_draft_is_corrected_unless_it_would_move_a_recorded_review_due_date() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String mou = mouInForce(form(dcc, ccg), dcc, ccg);
    String drafted = eventIdOf(mou, "MouDrafted");
    String path = "/mous/" + mou + "/versions/1/draft-corrections";
    long before = storedEvents();

    Http.Response longerTerm =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "initialTermMonths": 24, "reason": "r"}"""
                .formatted(drafted));
    Http.Response blankTitle =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "title": " ", "reason": "r"}"""
                .formatted(drafted));
    Http.Response unknownMou =
        http.post(
            "/mous/" + UUID.randomUUID() + "/versions/1/draft-corrections",
            """
            {"correctedEventId": "%s", "versionLabel": "x", "reason": "r"}"""
                .formatted(drafted));
    Http.Response unknownVersion =
        http.post(
            "/mous/" + mou + "/versions/2/draft-corrections",
            """
            {"correctedEventId": "%s", "versionLabel": "x", "reason": "r"}"""
                .formatted(drafted));

    assertRule(longerTerm, 409, "correction-contradicts-record");
    assertThat(longerTerm.json().get("detail").asString()).contains("review due");
    assertInvalid(blankTitle, "title");
    assertRule(unknownMou, 404, "unknown-mou");
    assertRule(unknownVersion, 404, "unknown-mou-version");
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected =
        http.post(
            path,
            """
            {"correctedEventId": "%s",
             "title": "County Durham Care Partnership Memorandum of Understanding",
             "schedules": ["Schedule 1: Strategic Integrated Commissioning", "Schedule 2"],
             "reason": "The version Cabinet approved"}"""
                .formatted(drafted));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(mouDirectory.require(MouId.of(mou)).title())
        .isEqualTo("County Durham Care Partnership Memorandum of Understanding");
    JsonNode event = publishedOfType(mou, 5, "mou.draft-corrected.v1");
    assertThat(event.get("correctedEventId").asString()).isEqualTo(drafted);
    assertThat(event.get("schedules")).hasSize(2);
    assertThat(event.get("initialTermMonths").asInt()).isEqualTo(12);
  }

  @Test
  void an_mou_review_is_corrected_within_its_review_period() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String mou = mouInForce(form(dcc, ccg), dcc, ccg);
    assertThat(
            http.post(
                    "/mous/" + mou + "/reviews",
                    """
                    {"nextReviewDue": "2023-03-01", "effectiveDate": "2022-03-01",
                     "reason": "Annual review"}""")
                .status())
        .isEqualTo(200);
    String reviewed = eventIdOf(mou, "MouReviewed");
    String path = "/mous/" + mou + "/review-corrections";
    long before = storedEvents();

    Http.Response beyondThePeriod =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "nextReviewDue": "2023-03-02", "reason": "r"}"""
                .formatted(reviewed));
    Http.Response noEvent =
        http.post(
            path,
            """
            {"effectiveDate": "2022-03-03", "reason": "r"}""");
    Http.Response unknown =
        http.post(
            "/mous/" + UUID.randomUUID() + "/review-corrections",
            """
            {"correctedEventId": "%s", "effectiveDate": "2022-03-03", "reason": "r"}"""
                .formatted(reviewed));

    assertRule(beyondThePeriod, 409, "next-review-beyond-review-period");
    assertInvalid(noEvent, "correctedEventId");
    assertRule(unknown, 404, "unknown-mou");
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "effectiveDate": "2022-03-03",
             "reason": "The Partnership Executive met on 3 March"}"""
                .formatted(reviewed));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    JsonNode event = publishedOfType(mou, 6, "mou.review-corrected.v1");
    assertThat(event.get("correctedEventId").asString()).isEqualTo(reviewed);
    assertThat(event.get("nextReviewDue").asString()).isEqualTo("2023-03-01");
    assertThat(event.get("previousDate").asString()).isEqualTo("2022-03-01");
  }

  @Test
  void an_mou_notice_and_its_termination_are_redated_in_the_order_of_its_acts() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String mou = mouInForce(form(dcc, ccg), dcc, ccg);
    assertThat(
            http.post(
                    "/mous/" + mou + "/parties/" + ccg + "/notice",
                    """
                    {"effectiveDate": "2022-04-01", "reason": "Letter"}""")
                .status())
        .isEqualTo(200);
    assertThat(
            http.post(
                    "/mous/" + mou + "/termination",
                    """
                    {"effectiveDate": "2022-06-01", "reason": "Replaced"}""")
                .status())
        .isEqualTo(200);
    String notice = eventIdOf(mou, "MouPartyGaveNotice");
    String termination = eventIdOf(mou, "MouTerminated");
    String path = "/mous/" + mou + "/date-corrections";
    String correction =
        """
        {"correctedEventId": "%s", "effectiveDate": "%s", "reason": "The letter's date"}""";
    long before = storedEvents();

    Http.Response terminatedBeforeTheNotice =
        http.post(path, correction.formatted(termination, "2022-04-01"));
    Http.Response noticeAfterTermination =
        http.post(path, correction.formatted(notice, "2022-06-01"));
    Http.Response noDate =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "reason": "r"}"""
                .formatted(notice));
    Http.Response unknown =
        http.post(
            "/mous/" + UUID.randomUUID() + "/date-corrections",
            correction.formatted(notice, "2022-04-04"));

    assertRule(terminatedBeforeTheNotice, 409, "mou-act-out-of-order");
    assertRule(noticeAfterTermination, 409, "mou-not-in-force");
    assertInvalid(noDate, "effectiveDate");
    assertRule(unknown, 404, "unknown-mou");
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response noticeCorrected = http.post(path, correction.formatted(notice, "2022-04-04"));
    Http.Response terminationCorrected =
        http.post(path, correction.formatted(termination, "2022-07-01"));

    assertThat(noticeCorrected.status()).as(noticeCorrected.body()).isEqualTo(200);
    assertThat(terminationCorrected.status()).as(terminationCorrected.body()).isEqualTo(200);
    assertThat(storedEvents()).isEqualTo(before + 2);
    List<JsonNode> events =
        publishedFor(mou, 8).stream()
            .filter(r -> r.value().getType().equals("mou.date-corrected.v1"))
            .map(r -> JSON.readTree(r.value().getData().toBytes()))
            .toList();
    assertThat(events)
        .extracting(e -> e.get("correctedEventId").asString())
        .containsExactly(notice, termination);
    assertThat(events)
        .extracting(e -> e.get("effectiveDate").asString())
        .containsExactly("2022-04-04", "2022-07-01");
  }

  /** An MoU of the partnership between the two parties, in force from 22 March 2021. */
  private String mouInForce(String partnership, String first, String second) {
    Http.Response drafted = draftMou(partnership, "2020-12-01", first, second);
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
    String mou = drafted.json().get("mouId").asString();
    assertThat(signMou(mou, 1, first, "2021-03-17").status()).isEqualTo(200);
    assertThat(signMou(mou, 1, second, "2021-03-22").status()).isEqualTo(200);
    return mou;
  }

  /** The payload of the first event of the type published for the aggregate. */
  private static JsonNode publishedOfType(String aggregate, int atLeast, String type) {
    return JSON.readTree(
        publishedFor(aggregate, atLeast).stream()
            .filter(r -> r.value().getType().equals(type))
            .findFirst()
            .orElseThrow()
            .value()
            .getData()
            .toBytes());
  }

  @Test
  void a_partnership_s_name_and_place_are_corrected_and_the_directory_follows_the_name() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = form(dcc, ccg);
    String formed = eventIdOf(cdcp, "PartnershipFormed");
    String path = "/partnerships/" + cdcp + "/formation-corrections";
    long before = storedEvents();

    Http.Response unchanged =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "name": "County Durham Care Partnership", "reason": "r"}"""
                .formatted(formed));
    Http.Response blankName =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "name": " ", "reason": "r"}"""
                .formatted(formed));
    Http.Response unknown =
        http.post(
            "/partnerships/" + UUID.randomUUID() + "/formation-corrections",
            """
            {"correctedEventId": "%s", "name": "x", "reason": "r"}"""
                .formatted(formed));

    assertRule(unchanged, 409, "correction-changes-nothing");
    assertInvalid(blankName, "name");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "name": "County Durham Health and Care Partnership",
             "place": "County Durham and Darlington", "reason": "The framework's own words"}"""
                .formatted(formed));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(storedEvents()).isEqualTo(before + 1);
    assertThat(
            jdbc.queryForObject(
                "select name from partnership_directory where partnership_id = ?",
                String.class,
                cdcp))
        .isEqualTo("County Durham Health and Care Partnership");
    JsonNode event = publishedOfType(cdcp, 4, "partnership.formation-corrected.v1");
    assertThat(event.get("correctedEventId").asString()).isEqualTo(formed);
    assertThat(event.get("place").asString()).isEqualTo("County Durham and Darlington");
    assertThat(event.get("effectiveDate").asString()).isEqualTo("2018-04-01");
  }

  @Test
  void a_formation_date_is_corrected_with_its_founders_unless_a_body_or_mou_would_fall_before_it() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = form(dcc, ccg);
    String formed = eventIdOf(cdcp, "PartnershipFormed");
    String path = "/partnerships/" + cdcp + "/formation-corrections";
    String redate =
        """
        {"correctedEventId": "%s", "effectiveDate": "%s", "reason": "Framework minutes"}""";
    String body =
        establish(cdcp, "County Durham Health and Care Joint Committee", "JOINT_COMMITTEE");
    // The body directory follows the establishment's corrected date, and the formation by it.
    Http.Response earlierBody =
        http.post(
            "/bodies/" + body + "/status-corrections",
            redate.formatted(eventIdOf(body, "BodyEstablished"), "2022-09-01"));
    assertThat(earlierBody.status()).as(earlierBody.body()).isEqualTo(200);
    long before = storedEvents();

    Http.Response afterBody = http.post(path, redate.formatted(formed, "2022-09-02"));
    assertThat(storedEvents()).isEqualTo(before);
    assertThat(draftMou(cdcp, "2019-01-01", dcc, ccg).status()).isEqualTo(201);
    before = storedEvents();
    Http.Response afterMou = http.post(path, redate.formatted(formed, "2019-01-02"));
    Http.Response beforeCcg = http.post(path, redate.formatted(formed, "2013-03-31"));
    Http.Response unchanged = http.post(path, redate.formatted(formed, "2018-04-01"));

    assertRule(afterBody, 409, "formation-after-recorded-acts");
    assertThat(afterBody.json().get("detail").asString())
        .contains("County Durham Health and Care Joint Committee was established");
    assertRule(afterMou, 409, "formation-after-recorded-acts");
    assertThat(afterMou.json().get("detail").asString())
        .contains("County Durham Care Partnership MoU was drafted");
    assertRule(beforeCcg, 409, "organisation-not-yet-established");
    assertRule(unchanged, 409, "correction-changes-nothing");
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response later = http.post(path, redate.formatted(formed, "2019-01-01"));

    assertThat(later.status()).as(later.body()).isEqualTo(200);
    assertThat(storedEvents()).isEqualTo(before + 1);
    assertThat(
            jdbc.queryForObject(
                "select formed_on from partnership_directory where partnership_id = ?",
                LocalDate.class,
                cdcp))
        .isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(
            jdbc.queryForList(
                "select valid_from from partner_directory where partnership_id = ?",
                LocalDate.class,
                cdcp))
        .containsOnly(LocalDate.of(2019, 1, 1));
    assertRule(
        join(cdcp, register("HDFT", "NHS_FOUNDATION_TRUST", "2004-01-01"), "2018-12-31"),
        409,
        "partnership-not-yet-formed");
    JsonNode event = publishedOfType(cdcp, 4, "partnership.formation-date-corrected.v1");
    assertThat(event.get("correctedEventId").asString()).isEqualTo(formed);
    assertThat(event.get("previousDate").asString()).isEqualTo("2018-04-01");
    assertThat(event.get("effectiveDate").asString()).isEqualTo("2019-01-01");
    List<String> moved = new ArrayList<>();
    event.get("movedFoundingPartners").forEach(founder -> moved.add(founder.asString()));
    assertThat(moved).containsExactly(dcc, ccg);

    String corrected = eventIdOf(cdcp, "FormationDateCorrected");
    Http.Response stale = http.post(path, redate.formatted(formed, "2017-01-01"));
    Http.Response earlier = http.post(path, redate.formatted(corrected, "2017-01-01"));

    assertRule(stale, 404, "unknown-recorded-fact");
    assertThat(earlier.status()).as(earlier.body()).isEqualTo(200);
    assertThat(
            jdbc.queryForList(
                "select valid_from from partner_directory where partnership_id = ?",
                LocalDate.class,
                cdcp))
        .containsOnly(LocalDate.of(2017, 1, 1));
  }

  /**
   * A body established between the old and the new formation date while the formation is moved
   * later: both take the formation's row lock, so whichever is judged second sees the first, and no
   * body is ever left established before its partnership was formed (docs/adr/0008).
   */
  @Test
  void a_body_established_while_the_formation_moves_later_never_falls_before_it() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    for (int round = 0; round < 8; round++) {
      String cdcp = form(dcc, ccg);
      List<Http.Response> raced =
          raceWithFormationMovedTo(
              cdcp,
              "2019-01-01",
              () ->
                  http.post(
                      "/bodies",
                      """
                      {"partnershipId": "%s", "name": "Integrated Care Board",
                       "type": "PARTNERSHIP_BOARD", "status": "OPERATIONAL",
                       "effectiveDate": "2018-06-01", "reason": "r"}"""
                          .formatted(cdcp)));
      Http.Response corrected = raced.get(0);
      Http.Response established = raced.get(1);

      assertThat(List.of(corrected.status(), established.status()))
          .as("round %d: %s / %s", round, corrected.body(), established.body())
          .isIn(List.of(200, 409), List.of(409, 201));
      if (established.status() == 409) {
        assertRule(established, 409, "partnership-not-yet-formed");
      } else {
        assertRule(corrected, 409, "formation-after-recorded-acts");
      }
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from body_directory b join partnership_directory p"
                      + " on p.partnership_id = b.partnership_id"
                      + " where b.partnership_id = ? and b.established_on < p.formed_on",
                  Long.class,
                  cdcp))
          .isZero();
    }
  }

  /**
   * A founder's leaving and the formation moved later, both allowed whichever comes first: the
   * correction locks the partnership's tenures before it loads the partnership, so the two never
   * wait for each other in a circle, and the founder's tenure ends up moved and ended.
   */
  @Test
  void a_founder_s_leaving_and_a_later_formation_date_both_hold_whichever_comes_first() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    for (int round = 0; round < 8; round++) {
      String cdcp = form(dcc, ccg);
      Http.Response notice =
          http.post(
              "/partnerships/" + cdcp + "/partners/" + ccg + "/notice",
              """
              {"effectiveDate": "2020-01-01", "reason": "Letter"}""");
      assertThat(notice.status()).as(notice.body()).isLessThan(300);
      List<Http.Response> raced =
          raceWithFormationMovedTo(
              cdcp,
              "2019-01-01",
              () ->
                  http.post(
                      "/partnerships/" + cdcp + "/partners/" + ccg + "/leaving",
                      """
                      {"effectiveDate": "2021-01-01", "reason": "r"}"""));
      Http.Response corrected = raced.get(0);
      Http.Response left = raced.get(1);

      assertThat(List.of(corrected.status(), left.status()))
          .as("round %d: %s / %s", round, corrected.body(), left.body())
          .allMatch(status -> status < 300);
      assertThat(
              jdbc.queryForMap(
                  "select valid_from, valid_to from partner_directory"
                      + " where partnership_id = ? and organisation_id = ?",
                  cdcp,
                  ccg))
          .containsValues(java.sql.Date.valueOf("2019-01-01"), java.sql.Date.valueOf("2021-01-01"));
    }
  }

  /** Sends a correction of the formation's date and another request at the same moment. */
  private List<Http.Response> raceWithFormationMovedTo(
      String partnership, String date, Supplier<Http.Response> other) {
    String formed = eventIdOf(partnership, "PartnershipFormed");
    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<Http.Response> correction =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return http.post(
                  "/partnerships/" + partnership + "/formation-corrections",
                  """
                  {"correctedEventId": "%s", "effectiveDate": "%s", "reason": "r"}"""
                      .formatted(formed, date));
            });
    CompletableFuture<Http.Response> raced =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return other.get();
            });
    start.countDown();
    return List.of(correction.join(), raced.join());
  }

  @Test
  void a_reporting_line_s_end_is_corrected_but_not_to_before_it_began() {
    Committee committee = jointCommittee();
    String board =
        establish(
            committee.partnership(), "Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD");
    String lines = "/partnerships/" + committee.partnership() + "/reporting-lines";
    assertThat(
            http.post(
                    lines,
                    """
                    {"fromBodyId": "%s", "toBodyId": "%s", "kind": "DIRECT_ACCOUNTABILITY",
                     "effectiveDate": "2023-04-01", "reason": "Structure chart"}"""
                        .formatted(committee.body(), board))
                .status())
        .isEqualTo(201);
    assertThat(
            http.post(
                    lines + "/ending",
                    """
                    {"fromBodyId": "%s", "toBodyId": "%s", "effectiveDate": "2025-04-01",
                     "reason": "Review"}"""
                        .formatted(committee.body(), board))
                .status())
        .isEqualTo(200);
    String ended = eventIdOf(committee.partnership(), "ReportingLineEnded");
    String path = "/partnerships/" + committee.partnership() + "/reporting-line-end-corrections";
    String correction =
        """
        {"correctedEventId": "%s", "effectiveDate": "%s", "reason": "The review's minutes"}""";
    long before = storedEvents();

    Http.Response onItsFirstDay = http.post(path, correction.formatted(ended, "2023-04-01"));
    Http.Response noDate =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "reason": "r"}"""
                .formatted(ended));
    Http.Response unknown =
        http.post(
            "/partnerships/" + UUID.randomUUID() + "/reporting-line-end-corrections",
            correction.formatted(ended, "2025-03-31"));

    assertRule(onItsFirstDay, 409, "reporting-line-not-in-force");
    assertInvalid(noDate, "effectiveDate");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected = http.post(path, correction.formatted(ended, "2025-03-31"));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    JsonNode event =
        publishedOfType(committee.partnership(), 6, "partnership.reporting-line-end-corrected.v1");
    assertThat(event.get("correctedEventId").asString()).isEqualTo(ended);
    assertThat(event.get("fromBodyId").asString()).isEqualTo(committee.body());
    assertThat(event.get("previousDate").asString()).isEqualTo("2025-04-01");
    assertThat(event.get("effectiveDate").asString()).isEqualTo("2025-03-31");
  }

  @Test
  void an_mou_version_s_parties_and_date_are_corrected_before_anyone_signs() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String trust =
        register("County Durham and Darlington NHS FT", "NHS_FOUNDATION_TRUST", "2004-01-01");
    Http.Response draftedMou = draftMou(form(dcc, ccg), "2020-12-01", dcc, ccg);
    assertThat(draftedMou.status()).as(draftedMou.body()).isEqualTo(201);
    String mou = draftedMou.json().get("mouId").asString();
    String drafted = eventIdOf(mou, "MouDrafted");
    String path = "/mous/" + mou + "/versions/1/drafting-corrections";
    String correction =
        """
        {"correctedEventId": "%s", "parties": ["%s", "%s", "%s"], "effectiveDate": "%s",
         "reason": "The version Cabinet approved"}""";
    long before = storedEvents();

    Http.Response beforeFormed =
        http.post(path, correction.formatted(drafted, dcc, ccg, trust, "2018-03-31"));
    Http.Response nullParty =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "parties": [null, "%s"], "reason": "r"}"""
                .formatted(drafted, dcc));
    Http.Response unknownMou =
        http.post(
            "/mous/" + UUID.randomUUID() + "/versions/1/drafting-corrections",
            correction.formatted(drafted, dcc, ccg, trust, "2020-12-02"));
    Http.Response unknownVersion =
        http.post(
            "/mous/" + mou + "/versions/2/drafting-corrections",
            correction.formatted(drafted, dcc, ccg, trust, "2020-12-02"));

    assertRule(beforeFormed, 409, "partnership-not-yet-formed");
    assertInvalid(nullParty, "parties");
    assertRule(unknownMou, 404, "unknown-mou");
    assertRule(unknownVersion, 404, "unknown-mou-version");
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected =
        http.post(path, correction.formatted(drafted, dcc, ccg, trust, "2020-12-02"));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(mouDirectory.withParty(OrganisationId.of(trust))).containsExactly(MouId.of(mou));
    assertThat(mouDirectory.require(MouId.of(mou)).draftedOn()).isEqualTo("2020-12-02");
    JsonNode event = publishedOfType(mou, 2, "mou.drafting-corrected.v1");
    assertThat(event.get("correctedEventId").asString()).isEqualTo(drafted);
    assertThat(event.get("parties")).hasSize(3);
    assertThat(event.get("previousDate").asString()).isEqualTo("2020-12-01");

    assertThat(signMou(mou, 1, dcc, "2021-03-17").status()).isEqualTo(200);
    assertRule(
        http.post(
            path,
            """
            {"correctedEventId": "%s", "parties": ["%s", "%s"], "reason": "r"}"""
                .formatted(eventIdOf(mou, "MouDraftingCorrected"), dcc, ccg)),
        409,
        "correction-contradicts-record");
  }

  @Test
  void a_wrong_amount_on_a_decision_is_corrected_and_the_first_record_stays() {
    Committee committee = jointCommittee();
    delegate(committee.body(), committee.dcc(), "community-mental-health", "500000", "2023-04-01");
    String decision =
        decide(committee.body(), "community-mental-health", "400000", "2023-07-12")
            .json()
            .get("decisionId")
            .asString();
    String recorded = eventIdOf(committee.body(), "DecisionRecorded");
    String path = "/bodies/" + committee.body() + "/decisions/" + decision + "/corrections";
    long before = storedEvents();

    Http.Response overLimit =
        http.post(
            path,
            """
            {"amount": 600000, "reason": "keying error"}""");
    Http.Response nothingNew =
        http.post(
            path,
            """
            {"amount": 400000, "reason": "again"}""");
    Http.Response corrected =
        http.post(
            path,
            """
            {"amount": 40000, "reason": "The minute says £40,000"}""");
    Http.Response unknown =
        http.post(
            "/bodies/" + committee.body() + "/decisions/" + UUID.randomUUID() + "/corrections",
            """
            {"amount": 1, "reason": "r"}""");

    assertThat(overLimit.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:amount-over-limit");
    assertThat(nothingNew.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:correction-changes-nothing");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(storedEvents()).isEqualTo(before + 1);
    assertThat(eventsOfType(committee.body(), "DecisionRecorded")).isEqualTo(1);
    JsonNode correction =
        JSON.readTree(
            publishedFor(committee.body(), 5).stream()
                .filter(r -> r.value().getType().equals("body.decision-corrected.v1"))
                .findFirst()
                .orElseThrow()
                .value()
                .getData()
                .toBytes());
    assertThat(correction.get("correctedEventId").asString()).isEqualTo(recorded);
    assertThat(correction.get("amount").decimalValue()).isEqualByComparingTo("40000");
    assertThat(correction.get("reason").asString()).isEqualTo("The minute says £40,000");
  }

  @Test
  void a_wrong_limit_is_corrected_unless_a_recorded_decision_would_be_over_it() {
    Committee committee = jointCommittee();
    String delegation =
        delegate(
                committee.body(),
                committee.dcc(),
                "community-mental-health",
                "500000",
                "2023-04-01")
            .json()
            .get("delegationId")
            .asString();
    String grant = eventIdOf(committee.body(), "DelegationGranted");
    decide(committee.body(), "community-mental-health", "400000", "2023-07-12");
    String path =
        "/bodies/" + committee.body() + "/delegations/" + delegation + "/limit-corrections";
    String correction =
        """
        {"correctedEventId": "%s", "limits": [{"kind": "NEW_SCHEME", "maximum": %s,
          "description": "New schemes"}], "reason": "Cabinet minute 2023/41"}""";

    Http.Response underTheDecision = http.post(path, correction.formatted(grant, "300000"));
    Http.Response corrected = http.post(path, correction.formatted(grant, "450000"));
    Http.Response staleEvent = http.post(path, correction.formatted(grant, "460000"));

    assertThat(underTheDecision.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:correction-contradicts-record");
    assertThat(underTheDecision.json().get("detail").asString()).contains("£400,000.00");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    // The grant's limits are now those of the correction: a further one names the correction.
    assertThat(staleEvent.status()).isEqualTo(404);
    assertThat(
            http.post(
                    path,
                    correction.formatted(
                        eventIdOf(committee.body(), "DelegationLimitsCorrected"), "460000"))
                .status())
        .isEqualTo(200);
    assertThat(decide(committee.body(), "community-mental-health", "470000", "2023-08-01").status())
        .isEqualTo(409);
  }

  @Test
  void a_status_date_is_corrected_only_where_recorded_decisions_stay_operational() {
    Committee committee = jointCommittee();
    String operational = eventIdOf(committee.body(), "BodyStatusChanged");
    delegate(committee.body(), committee.dcc(), "community-mental-health", "500000", "2023-04-01");
    decide(committee.body(), "community-mental-health", "1000", "2023-04-15");
    String path = "/bodies/" + committee.body() + "/status-corrections";
    String correction =
        """
        {"correctedEventId": "%s", "effectiveDate": "%s", "reason": "First meeting's date"}""";

    Http.Response afterTheDecision =
        http.post(path, correction.formatted(operational, "2023-05-01"));
    Http.Response beforeShadow = http.post(path, correction.formatted(operational, "2022-09-01"));
    Http.Response corrected = http.post(path, correction.formatted(operational, "2023-03-20"));

    assertThat(afterTheDecision.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:correction-contradicts-record");
    assertThat(beforeShadow.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:body-status-must-move-forward");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    // Operational from the corrected date: a decision then fails only for want of a delegation.
    assertThat(
            decide(committee.body(), "community-mental-health", "1000", "2023-03-25")
                .json()
                .get("type")
                .asString())
        .isEqualTo("urn:partnership-ledger:rule:no-delegation-for-function");
  }

  @Test
  void an_appointment_naming_the_wrong_person_is_corrected() {
    Committee committee = jointCommittee();
    String member =
        appoint(committee.body(), "Cllr Lucy Hovells", committee.dcc(), "CHAIR", "2023-04-01")
            .json()
            .get("membershipId")
            .asString();
    String path = "/bodies/" + committee.body() + "/members/" + member + "/corrections";

    Http.Response corrected =
        http.post(
            path,
            """
            {"personName": "Cllr Lucy Hovvels", "reason": "Misspelt"}""");
    Http.Response same =
        http.post(
            path,
            """
            {"personName": "Cllr Lucy Hovvels", "reason": "again"}""");
    Http.Response beforeTheBody =
        http.post(
            path,
            """
            {"effectiveDate": "2022-01-01", "reason": "wrong"}""");

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(same.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:correction-changes-nothing");
    assertThat(beforeTheBody.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:body-not-yet-established");
  }

  @Test
  void a_chair_arrangement_s_turns_are_corrected_unless_a_recorded_chair_would_be_out_of_turn() {
    Committee committee = jointCommittee();
    String path = "/bodies/" + committee.body() + "/chair-arrangement-corrections";
    String rotation =
        """
        {"correctedEventId": "%s", "rotation": [
           {"organisationId": "%s", "from": "2023-04-01"},
           {"organisationId": "%s", "from": "%s"}], "reason": "%s"}""";
    Http.Response set =
        http.post(
            "/bodies/" + committee.body() + "/chair-arrangement",
            """
            {"arrangement": "ROTATING", "rotation": [
               {"organisationId": "%s", "from": "2023-04-01"},
               {"organisationId": "%s", "from": "2024-04-01"}],
             "effectiveDate": "2023-04-01", "reason": "The chair rotates annually"}"""
                .formatted(committee.dcc(), committee.ccg()));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    String arrangement = eventIdOf(committee.body(), "ChairArrangementSet");
    assertThat(
            appoint(committee.body(), "Cllr Lucy Hovvels", committee.dcc(), "CHAIR", "2023-04-01")
                .status())
        .isEqualTo(201);

    Http.Response outOfTurn =
        http.post(
            path,
            rotation.formatted(
                arrangement, committee.ccg(), committee.dcc(), "2024-04-01", "ICB first"));
    Http.Response corrected =
        http.post(
            path,
            rotation.formatted(
                arrangement, committee.dcc(), committee.ccg(), "2024-06-01", "June, not April"));
    Http.Response withoutReason =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "arrangement": "APPOINTED"}"""
                .formatted(arrangement));
    Http.Response stale =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "arrangement": "APPOINTED", "reason": "r"}"""
                .formatted(arrangement));

    assertRule(outOfTurn, 409, "chair-not-from-rotation");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertInvalid(withoutReason, "reason");
    assertRule(stale, 404, "unknown-recorded-fact");
    assertThat(eventsOfType(committee.body(), "ChairArrangementCorrected")).isEqualTo(1);
  }

  @Test
  void a_replacement_is_corrected_to_a_body_of_the_partnership_established_by_then() {
    Committee committee = jointCommittee();
    String executive =
        establish(
            committee.partnership(),
            "County Durham Care Partnership Executive",
            "PARTNERSHIP_EXECUTIVE");
    String board =
        establish(
            committee.partnership(), "Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD");
    Http.Response late =
        http.post(
            "/bodies",
            """
            {"partnershipId": "%s", "name": "Integrated Care Board of 2025",
             "type": "PARTNERSHIP_BOARD", "status": "SHADOW", "effectiveDate": "2025-01-01",
             "reason": "Established later"}"""
                .formatted(committee.partnership()));
    assertThat(late.status()).as(late.body()).isEqualTo(201);
    Http.Response replaced =
        http.post(
            "/bodies/" + executive + "/replacements",
            """
            {"replacedBodyIds": ["%s"], "effectiveDate": "2024-04-01", "reason": "MoU §9"}"""
                .formatted(committee.body()));
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    String replacement = eventIdOf(committee.body(), "BodyReplaced");
    String path = "/bodies/" + committee.body() + "/replacement-corrections";
    String correction =
        """
        {"correctedEventId": "%s", "replacementBodyId": "%s", "reason": "The MoU names it"}""";

    Http.Response notYetEstablished =
        http.post(path, correction.formatted(replacement, late.json().get("bodyId").asString()));
    Http.Response corrected = http.post(path, correction.formatted(replacement, board));
    Http.Response withoutReplacement =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "reason": "r"}"""
                .formatted(replacement));
    Http.Response stale = http.post(path, correction.formatted(replacement, executive));

    assertRule(notYetEstablished, 409, "body-not-yet-established");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertInvalid(withoutReplacement, "replacementBodyId");
    assertRule(stale, 404, "unknown-recorded-fact");
  }

  @Test
  void an_appointment_s_organisation_is_corrected_to_a_partner_for_a_voting_role() {
    Committee committee = jointCommittee();
    String trust =
        register("County Durham and Darlington NHS FT", "NHS_FOUNDATION_TRUST", "2004-01-01");
    String member =
        appoint(committee.body(), "Dr Stewart Findlay", committee.dcc(), "MEMBER", "2023-04-01")
            .json()
            .get("membershipId")
            .asString();
    String path =
        "/bodies/" + committee.body() + "/members/" + member + "/organisation-corrections";
    String correction =
        """
        {"organisationId": "%s", "reason": "He represents the CCG"}""";

    Http.Response notAPartner = http.post(path, correction.formatted(trust));
    Http.Response corrected = http.post(path, correction.formatted(committee.ccg()));
    Http.Response withoutOrganisation =
        http.post(
            path,
            """
            {"reason": "r"}""");
    Http.Response unknownMember =
        http.post(
            "/bodies/"
                + committee.body()
                + "/members/"
                + UUID.randomUUID()
                + "/organisation-corrections",
            correction.formatted(committee.ccg()));

    assertRule(notAPartner, 409, "member-organisation-not-a-partner");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertInvalid(withoutOrganisation, "organisationId");
    assertRule(unknownMember, 404, "unknown-membership");
    assertThat(eventsOfType(committee.body(), "AppointmentOrganisationCorrected")).isEqualTo(1);
  }

  @Test
  void a_delegation_s_grant_is_corrected_to_a_delegable_function_and_the_delegation_moves() {
    Committee committee = jointCommittee();
    String delegation =
        delegate(
                committee.body(),
                committee.dcc(),
                "community-mental-health",
                "500000",
                "2023-04-01")
            .json()
            .get("delegationId")
            .asString();
    String grant = eventIdOf(committee.body(), "DelegationGranted");
    String path =
        "/bodies/" + committee.body() + "/delegations/" + delegation + "/grant-corrections";

    Http.Response nonDelegable =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "function": "power-to-charge", "reason": "r"}"""
                .formatted(grant));
    Http.Response corrected =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "function": "adult-social-care",
             "delegatorId": "%s", "effectiveDate": "2023-04-03",
             "reason": "The CCG delegated adult social care from 3 April"}"""
                .formatted(grant, committee.ccg()));
    Http.Response badFunction =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "function": "Adult Social Care", "reason": "r"}"""
                .formatted(grant));
    Http.Response unknownDelegation =
        http.post(
            "/bodies/"
                + committee.body()
                + "/delegations/"
                + UUID.randomUUID()
                + "/grant-corrections",
            """
            {"correctedEventId": "%s", "effectiveDate": "2023-04-02", "reason": "r"}"""
                .formatted(grant));

    assertRule(nonDelegable, 409, "non-delegable-function");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertInvalid(badFunction, "function");
    assertRule(unknownDelegation, 404, "unknown-delegation");
    assertRule(
        decide(committee.body(), "adult-social-care", "1000", "2023-04-02"),
        409,
        "no-delegation-for-function");
    Http.Response decided = decide(committee.body(), "adult-social-care", "1000", "2023-04-03");
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    assertThat(decided.json().get("delegatorId").asString()).isEqualTo(committee.ccg());
  }

  @Test
  void a_decision_s_function_is_corrected_only_to_one_a_delegation_covers() {
    Committee committee = jointCommittee();
    delegate(committee.body(), committee.dcc(), "community-mental-health", "500000", "2023-04-01");
    delegate(committee.body(), committee.dcc(), "adult-social-care", "500000", "2023-04-01");
    String decision =
        decide(committee.body(), "community-mental-health", "400000", "2023-07-12")
            .json()
            .get("decisionId")
            .asString();
    String path =
        "/bodies/" + committee.body() + "/decisions/" + decision + "/function-corrections";
    String correction =
        """
        {"function": "%s", "reason": "Item 7 was an adult social care scheme"}""";

    Http.Response uncovered = http.post(path, correction.formatted("public-health"));
    Http.Response corrected = http.post(path, correction.formatted("adult-social-care"));
    Http.Response withoutFunction =
        http.post(
            path,
            """
            {"reason": "r"}""");
    Http.Response unknownDecision =
        http.post(
            "/bodies/"
                + committee.body()
                + "/decisions/"
                + UUID.randomUUID()
                + "/function-corrections",
            correction.formatted("adult-social-care"));

    assertRule(uncovered, 409, "no-delegation-for-function");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertInvalid(withoutFunction, "function");
    assertRule(unknownDecision, 404, "unknown-recorded-fact");
    assertThat(eventsOfType(committee.body(), "DecisionFunctionCorrected")).isEqualTo(1);
  }

  @Test
  void a_body_s_name_and_type_are_corrected_and_the_directory_follows_the_name() {
    Committee committee = jointCommittee();
    String path = "/bodies/" + committee.body() + "/establishment-corrections";
    String established = eventIdOf(committee.body(), "BodyEstablished");

    Http.Response corrected =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "name": "County Durham Joint Committee",
             "reason": "The Cabinet report names it so"}"""
                .formatted(established));
    delegate(committee.body(), committee.dcc(), "community-mental-health", "500000", "2023-04-01");
    Http.Response forum =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "type": "FORUM", "reason": "r"}"""
                .formatted(eventIdOf(committee.body(), "EstablishmentCorrected")));
    Http.Response stale =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "name": "Another", "reason": "r"}"""
                .formatted(established));
    Http.Response withoutReason =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "name": "Another"}"""
                .formatted(established));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(
            jdbc.queryForObject(
                "select name from body_directory where body_id = ?",
                String.class,
                committee.body()))
        .isEqualTo("County Durham Joint Committee");
    assertRule(forum, 409, "body-cannot-hold-delegation");
    assertRule(stale, 404, "unknown-recorded-fact");
    assertInvalid(withoutReason, "reason");
  }

  @Test
  void a_role_change_s_date_is_corrected_within_the_member_s_roles() {
    Committee committee = jointCommittee();
    String member =
        appoint(committee.body(), "Cllr Lucy Hovvels", committee.dcc(), "MEMBER", "2023-04-01")
            .json()
            .get("membershipId")
            .asString();
    Http.Response chaired =
        http.post(
            "/bodies/" + committee.body() + "/members/" + member + "/role",
            """
            {"role": "CHAIR", "effectiveDate": "2023-06-01", "reason": "Elected chair"}""");
    assertThat(chaired.status()).as(chaired.body()).isEqualTo(200);
    String path = "/bodies/" + committee.body() + "/members/" + member + "/role-corrections";
    String change = eventIdOf(committee.body(), "MemberRoleChanged");

    Http.Response beforeAppointment =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "effectiveDate": "2023-04-01", "reason": "r"}"""
                .formatted(change));
    Http.Response corrected =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "effectiveDate": "2023-06-14",
             "reason": "Elected at the meeting of 14 June"}"""
                .formatted(change));
    Http.Response withoutEvent =
        http.post(
            path,
            """
            {"role": "VICE_CHAIR", "reason": "r"}""");
    Http.Response unknownMember =
        http.post(
            "/bodies/" + committee.body() + "/members/" + UUID.randomUUID() + "/role-corrections",
            """
            {"correctedEventId": "%s", "role": "VICE_CHAIR", "reason": "r"}"""
                .formatted(change));

    assertRule(beforeAppointment, 409, "role-change-out-of-order");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertInvalid(withoutEvent, "correctedEventId");
    assertRule(unknownMember, 404, "unknown-membership");
  }

  @Test
  void a_membership_s_end_is_corrected_but_not_to_before_its_last_role() {
    Committee committee = jointCommittee();
    String member =
        appoint(committee.body(), "Dr Stewart Findlay", committee.ccg(), "MEMBER", "2023-04-01")
            .json()
            .get("membershipId")
            .asString();
    Http.Response ended =
        http.post(
            "/bodies/" + committee.body() + "/members/" + member + "/ending",
            """
            {"effectiveDate": "2024-06-01", "reason": "Stood down"}""");
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    String path = "/bodies/" + committee.body() + "/members/" + member + "/ending-corrections";
    String end = eventIdOf(committee.body(), "MembershipEnded");

    Http.Response onAppointment =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "effectiveDate": "2023-04-01", "reason": "r"}"""
                .formatted(end));
    Http.Response corrected =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "effectiveDate": "2024-05-01",
             "reason": "The resignation took effect on 1 May"}"""
                .formatted(end));
    Http.Response withoutDate =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "reason": "r"}"""
                .formatted(end));
    Http.Response stale =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "effectiveDate": "2024-04-01", "reason": "r"}"""
                .formatted(end));

    assertRule(onAppointment, 409, "membership-not-in-force");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertInvalid(withoutDate, "effectiveDate");
    assertRule(stale, 404, "unknown-recorded-fact");
  }

  @Test
  void a_delegation_s_terms_are_corrected_with_an_approval_given_by_its_date() {
    Committee committee = jointCommittee();
    String delegation =
        delegate(
                committee.body(),
                committee.dcc(),
                "community-mental-health",
                "500000",
                "2023-04-01")
            .json()
            .get("delegationId")
            .asString();
    String grant = eventIdOf(committee.body(), "DelegationGranted");
    String path =
        "/bodies/" + committee.body() + "/delegations/" + delegation + "/terms-corrections";

    Http.Response approvedLate =
        http.post(
            path,
            """
            {"correctedEventId": "%s",
             "approval": {"approvedBy": "Durham County Council Cabinet",
                          "approvedOn": "2023-04-02", "reference": "Cabinet minute 2023/42"},
             "reason": "r"}"""
                .formatted(grant));
    Http.Response corrected =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "scope": "Adult community mental health services",
             "conditions": ["Reports quarterly to Cabinet", "Annual report to the ICB"],
             "reason": "Cabinet minute 2023/41"}"""
                .formatted(grant));
    Http.Response blankApprover =
        http.post(
            path,
            """
            {"correctedEventId": "%s",
             "approval": {"approvedBy": " ", "approvedOn": "2023-03-15", "reference": "r"},
             "reason": "r"}"""
                .formatted(grant));
    Http.Response unknownDelegation =
        http.post(
            "/bodies/"
                + committee.body()
                + "/delegations/"
                + UUID.randomUUID()
                + "/terms-corrections",
            """
            {"correctedEventId": "%s", "scope": "s", "reason": "r"}"""
                .formatted(grant));

    assertRule(approvedLate, 409, "approval-after-effective-date");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertInvalid(blankApprover, "approvedBy");
    assertRule(unknownDelegation, 404, "unknown-delegation");
  }

  @Test
  void a_revocation_s_date_is_corrected_unless_a_recorded_decision_would_follow_it() {
    Committee committee = jointCommittee();
    String delegation =
        delegate(
                committee.body(),
                committee.dcc(),
                "community-mental-health",
                "500000",
                "2023-04-01")
            .json()
            .get("delegationId")
            .asString();
    String grant = eventIdOf(committee.body(), "DelegationGranted");
    decide(committee.body(), "community-mental-health", "1000", "2023-07-12");
    Http.Response revoked =
        http.post(
            "/bodies/" + committee.body() + "/delegations/" + delegation + "/revocation",
            """
            {"effectiveDate": "2025-04-01", "reason": "Cabinet withdrew the delegation"}""");
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    String revocation = eventIdOf(committee.body(), "DelegationRevoked");
    String path =
        "/bodies/" + committee.body() + "/delegations/" + delegation + "/change-date-corrections";

    Http.Response beforeTheDecision =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "effectiveDate": "2023-07-12", "reason": "r"}"""
                .formatted(revocation));
    Http.Response corrected =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "effectiveDate": "2024-04-01",
             "reason": "Cabinet minute 2024/17 withdrew it from April 2024"}"""
                .formatted(revocation));
    Http.Response withoutDate =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "reason": "r"}"""
                .formatted(revocation));
    Http.Response theGrant =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "effectiveDate": "2023-05-01", "reason": "r"}"""
                .formatted(grant));

    assertRule(beforeTheDecision, 409, "delegation-has-later-decisions");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(decide(committee.body(), "community-mental-health", "1000", "2024-04-01").status())
        .isEqualTo(409);
    assertInvalid(withoutDate, "effectiveDate");
    assertRule(theGrant, 404, "unknown-recorded-fact");
  }

  @Test
  void a_declaration_of_interest_is_corrected_while_the_member_is_in_office() {
    Committee committee = jointCommittee();
    String member =
        appoint(committee.body(), "Dr Stewart Findlay", committee.ccg(), "MEMBER", "2023-04-01")
            .json()
            .get("membershipId")
            .asString();
    Http.Response declared =
        http.post(
            "/bodies/" + committee.body() + "/declarations",
            """
            {"membershipId": "%s", "matter": "CMH-7", "interest": "Trustee of a bidder",
             "effectiveDate": "2023-07-12", "reason": "Declared at the meeting"}"""
                .formatted(member));
    assertThat(declared.status()).as(declared.body()).isEqualTo(201);
    String path =
        "/bodies/"
            + committee.body()
            + "/declarations/"
            + declared.json().get("declarationId").asString()
            + "/corrections";

    Http.Response beforeAppointment =
        http.post(
            path,
            """
            {"effectiveDate": "2023-03-31", "reason": "r"}""");
    Http.Response corrected =
        http.post(
            path,
            """
            {"matter": "CMH-8", "reason": "The declaration was on item 8"}""");
    Http.Response blankMatter =
        http.post(
            path,
            """
            {"matter": "  ", "reason": "r"}""");
    Http.Response unknown =
        http.post(
            "/bodies/" + committee.body() + "/declarations/" + UUID.randomUUID() + "/corrections",
            """
            {"matter": "CMH-9", "reason": "r"}""");

    assertRule(beforeAppointment, 409, "membership-not-in-force");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertInvalid(blankMatter, "matter");
    assertRule(unknown, 404, "unknown-recorded-fact");
  }

  @Test
  void a_recommendation_is_corrected_to_a_day_the_body_existed() {
    Committee committee = jointCommittee();
    Http.Response recommended =
        http.post(
            "/bodies/" + committee.body() + "/recommendations",
            """
            {"subject": "Crisis service", "function": "community-mental-health",
             "limitKind": "NEW_SCHEME", "amount": 400000, "recommendedTo": "NENC ICB Board",
             "effectiveDate": "2022-11-09", "reason": "Shadow joint committee (seeds/000 §7)"}""");
    assertThat(recommended.status()).as(recommended.body()).isEqualTo(201);
    String path =
        "/bodies/"
            + committee.body()
            + "/recommendations/"
            + recommended.json().get("decisionId").asString()
            + "/corrections";

    Http.Response beforeEstablished =
        http.post(
            path,
            """
            {"effectiveDate": "2022-09-30", "reason": "r"}""");
    Http.Response corrected =
        http.post(
            path,
            """
            {"amount": 40000, "recommendedTo": "NHS North East and North Cumbria ICB",
             "reason": "The minute recommends £40,000 to the ICB"}""");
    Http.Response withoutReason =
        http.post(
            path,
            """
            {"amount": 4000}""");
    Http.Response unknown =
        http.post(
            "/bodies/"
                + committee.body()
                + "/recommendations/"
                + UUID.randomUUID()
                + "/corrections",
            """
            {"amount": 1, "reason": "r"}""");

    assertRule(beforeEstablished, 409, "body-not-yet-established");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertInvalid(withoutReason, "reason");
    assertRule(unknown, 404, "unknown-recorded-fact");
  }

  @Test
  void a_registration_is_corrected_unless_a_later_date_would_leave_a_tenure_before_it() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    form(dcc, ccg);
    String registration = eventIdOf(ccg, "OrganisationRegistered");
    String path = "/organisations/" + ccg + "/registration-corrections";
    long before = storedEvents();

    Http.Response afterItsTenure =
        http.post(
            path,
            """
            {"effectiveDate": "2018-04-02", "reason": "Establishment order"}""");
    Http.Response blankName =
        http.post(
            path,
            """
            {"name": "  ", "reason": "r"}""");
    Http.Response unknown =
        http.post(
            "/organisations/" + UUID.randomUUID() + "/registration-corrections",
            """
            {"name": "x", "reason": "r"}""");
    assertRule(afterItsTenure, 409, "correction-contradicts-record");
    assertThat(afterItsTenure.json().get("detail").asString()).contains("2018-04-01");
    assertInvalid(blankName, "name");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected =
        http.post(
            path,
            """
            {"name": "NHS County Durham Clinical Commissioning Group",
             "effectiveDate": "2018-04-01", "reason": "Establishment order"}""");
    Http.Response again =
        http.post(
            path,
            """
            {"effectiveDate": "2018-04-01", "reason": "again"}""");

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertRule(again, 409, "correction-changes-nothing");
    Map<String, Object> row =
        jdbc.queryForMap(
            "select name, established_on from organisation_directory where organisation_id = ?",
            ccg);
    assertThat(row.get("name")).isEqualTo("NHS County Durham Clinical Commissioning Group");
    assertThat(row.get("established_on")).hasToString("2018-04-01");
    JsonNode correction = JSON.readTree(publishedFor(ccg, 2).get(1).value().getData().toBytes());
    assertThat(correction.get("correctedEventId").asString()).isEqualTo(registration);

    // Once renamed, the directory keeps the current name; only the date follows a correction.
    assertThat(
            http.post(
                    "/organisations/" + ccg + "/name",
                    """
                    {"name": "NHS County Durham CCG (renamed)", "effectiveDate": "2019-01-01",
                     "reason": "r"}""")
                .status())
        .isEqualTo(200);
    assertThat(
            http.post(
                    path,
                    """
                    {"name": "County Durham CCG", "effectiveDate": "2017-04-01", "reason": "r"}""")
                .status())
        .isEqualTo(200);
    row =
        jdbc.queryForMap(
            "select name, established_on from organisation_directory where organisation_id = ?",
            ccg);
    assertThat(row.get("name")).isEqualTo("NHS County Durham CCG (renamed)");
    assertThat(row.get("established_on")).hasToString("2017-04-01");
  }

  @Test
  void a_joining_date_is_corrected_unless_a_voting_member_relies_on_the_days_given_up() {
    Committee committee = jointCommittee();
    String hdft = register("Harrogate and District NHS FT", "NHS_FOUNDATION_TRUST", "2004-01-01");
    assertThat(join(committee.partnership(), hdft, "2020-12-01").status()).isEqualTo(201);
    String joined = eventIdOf(committee.partnership(), "PartnerJoined");
    assertThat(appoint(committee.body(), "Jane Doe", hdft, "MEMBER", "2023-04-01").status())
        .isEqualTo(201);
    String path =
        "/partnerships/" + committee.partnership() + "/partners/" + hdft + "/joining-corrections";
    String correction =
        """
        {"correctedEventId": "%s", "effectiveDate": "%s", "reason": "Board minutes"}""";
    long before = storedEvents();

    Http.Response reliedOn = http.post(path, correction.formatted(joined, "2023-04-02"));
    Http.Response beforeFormation = http.post(path, correction.formatted(joined, "2018-03-31"));
    Http.Response noEvent =
        http.post(
            path,
            """
            {"effectiveDate": "2021-01-01", "reason": "r"}""");
    Http.Response unknown =
        http.post(
            "/partnerships/" + UUID.randomUUID() + "/partners/" + hdft + "/joining-corrections",
            correction.formatted(joined, "2021-01-01"));

    assertRule(reliedOn, 409, "correction-contradicts-record");
    assertRule(beforeFormation, 409, "partnership-not-yet-formed");
    assertInvalid(noEvent, "correctedEventId");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected = http.post(path, correction.formatted(joined, "2023-04-01"));
    Http.Response stale = http.post(path, correction.formatted(joined, "2021-01-01"));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertRule(stale, 404, "unknown-recorded-fact");
    assertThat(
            jdbc.queryForObject(
                "select valid_from from partner_directory where organisation_id = ?",
                LocalDate.class,
                hdft))
        .isEqualTo(LocalDate.of(2023, 4, 1));
    assertRule(
        appoint(committee.body(), "John Doe", hdft, "MEMBER", "2023-03-31"),
        409,
        "member-organisation-not-a-partner");
    JsonNode event =
        JSON.readTree(
            publishedFor(committee.partnership(), 5).stream()
                .filter(r -> r.value().getType().equals("partnership.joining-corrected.v1"))
                .findFirst()
                .orElseThrow()
                .value()
                .getData()
                .toBytes());
    assertThat(event.get("correctedEventId").asString()).isEqualTo(joined);
    assertThat(event.get("previousDate").asString()).isEqualTo("2020-12-01");
  }

  @Test
  void a_leaving_s_date_is_corrected_with_every_consequence_of_the_leaving_or_not_at_all() {
    Committee committee = jointCommittee();
    String mou = signedMou(committee);
    delegate(committee.body(), committee.ccg(), "continuing-healthcare", "300000", "2023-04-01");
    String findlay =
        appoint(committee.body(), "Dr Stewart Findlay", committee.ccg(), "MEMBER", "2023-04-01")
            .json()
            .get("membershipId")
            .asString();
    String partner = "/partnerships/" + committee.partnership() + "/partners/" + committee.ccg();
    assertThat(
            http.post(
                    partner + "/notice",
                    """
                    {"effectiveDate": "2024-01-10", "reason": "Letter of 10 January 2024"}""")
                .status())
        .isEqualTo(200);
    assertThat(decide(committee.body(), "continuing-healthcare", "1000", "2024-05-01").status())
        .isEqualTo(201);
    assertThat(
            http.post(
                    partner + "/leaving",
                    """
                    {"effectiveDate": "2024-07-01", "reason": "Withdrawal"}""")
                .status())
        .isEqualTo(200);
    assertThat(
            http.post(
                    "/mous/" + mou + "/reviews",
                    """
                    {"effectiveDate": "2024-06-15", "reason": "Annual review"}""")
                .status())
        .isEqualTo(200);
    String leaving = eventIdOf(committee.partnership(), "PartnerLeft");
    String ended = eventIdOf(committee.body(), "MembershipEnded");
    String path = partner + "/leaving-corrections";
    String correction =
        """
        {"correctedEventId": "%s", "effectiveDate": "%s", "reason": "Board minute"}""";
    long before = storedEvents();

    // The body would move its member's end and its lapse; the MoU, reviewed on 15 June under the
    // version the leaving amended, refuses, and nothing of the correction is stored.
    Http.Response overReview = http.post(path, correction.formatted(leaving, "2024-06-01"));
    Http.Response overDecision = http.post(path, correction.formatted(leaving, "2024-04-01"));
    Http.Response beforeNotice = http.post(path, correction.formatted(leaving, "2024-01-01"));
    Http.Response same = http.post(path, correction.formatted(leaving, "2024-07-01"));
    Http.Response notALeaving = http.post(path, correction.formatted(ended, "2024-08-01"));
    Http.Response noDate = http.post(path, "{\"reason\": \"r\"}");

    assertRule(overReview, 409, "mou-act-out-of-order");
    assertRule(overDecision, 409, "delegation-has-later-decisions");
    assertRule(beforeNotice, 409, "notice-required-before-leaving");
    assertRule(same, 409, "correction-changes-nothing");
    assertRule(notALeaving, 404, "unknown-recorded-fact");
    assertInvalid(noDate, "effectiveDate");
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected =
        http.post(path, "{\"effectiveDate\": \"2024-09-01\", \"reason\": \"Board minute\"}");

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(eventsOfType(committee.partnership(), "LeavingCorrected")).isEqualTo(1);
    assertThat(eventsOfType(committee.body(), "MembershipEndCorrected")).isEqualTo(1);
    assertThat(eventsOfType(committee.body(), "DelegationChangeDateCorrected")).isEqualTo(1);
    assertThat(eventsOfType(mou, "MouAmendmentOnLeavingCorrected")).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select valid_to from partner_directory where organisation_id = ?",
                LocalDate.class,
                committee.ccg()))
        .isEqualTo(LocalDate.of(2024, 9, 1));
    Http.Response decidedInBetween =
        decide(committee.body(), "continuing-healthcare", "1000", "2024-08-15");
    assertThat(decidedInBetween.status()).as(decidedInBetween.body()).isEqualTo(201);
    assertRule(
        http.post(
            "/bodies/" + committee.body() + "/members/" + findlay + "/ending-corrections",
            """
            {"correctedEventId": "%s", "effectiveDate": "2024-08-01", "reason": "r"}"""
                .formatted(eventIdOf(committee.body(), "MembershipEndCorrected"))),
        409,
        "correction-contradicts-record");
    JsonNode event =
        JSON.readTree(
            // drafted, two signatures, in force, reviewed, amended, and the amendment corrected
            publishedFor(mou, 7).stream()
                .filter(r -> r.value().getType().equals("mou.amendment-on-leaving-corrected.v1"))
                .findFirst()
                .orElseThrow()
                .value()
                .getData()
                .toBytes());
    assertThat(event.get("previousDate").asString()).isEqualTo("2024-07-01");
    assertThat(event.get("reviewDue").asString()).isEqualTo("2025-09-01");
  }

  @Test
  void an_abolition_s_date_is_corrected_with_its_succession_passings_and_signatures() {
    Committee committee = jointCommittee();
    String mou = signedMou(committee);
    String icb =
        register("NHS North East and North Cumbria ICB", "INTEGRATED_CARE_BOARD", "2022-07-01");
    delegate(committee.body(), committee.ccg(), "continuing-healthcare", "300000", "2023-04-01");
    assertThat(
            http.post(
                    "/organisations/" + committee.ccg() + "/abolition",
                    """
                    {"successorId": "%s", "effectiveDate": "2023-07-01",
                     "reason": "Health and Care Act 2022 (seeds/003 §2.1)"}"""
                        .formatted(icb))
                .status())
        .isEqualTo(200);
    Http.Response decided = decide(committee.body(), "continuing-healthcare", "1000", "2023-09-01");
    assertThat(decided.json().get("delegatorId").asString()).isEqualTo(icb);
    String path = "/organisations/" + committee.ccg() + "/abolition-corrections";
    String correction =
        """
        {"effectiveDate": "%s", "reason": "The order dates the abolition otherwise"}""";
    long before = storedEvents();

    Http.Response beforeSuccessor = http.post(path, correction.formatted("2022-06-01"));
    Http.Response beforeGrant = http.post(path, correction.formatted("2023-03-01"));
    Http.Response same = http.post(path, correction.formatted("2023-07-01"));
    Http.Response unknown =
        http.post(
            path,
            """
            {"correctedEventId": "%s", "effectiveDate": "2023-10-01", "reason": "r"}"""
                .formatted(UUID.randomUUID()));

    assertRule(beforeSuccessor, 409, "organisation-not-yet-established");
    assertRule(beforeGrant, 409, "delegation-change-out-of-order");
    assertRule(same, 409, "correction-changes-nothing");
    assertRule(unknown, 404, "unknown-recorded-fact");
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected = http.post(path, correction.formatted("2023-10-01"));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(eventsOfType(committee.ccg(), "AbolitionCorrected")).isEqualTo(1);
    assertThat(eventsOfType(committee.partnership(), "SuccessionCorrected")).isEqualTo(1);
    assertThat(eventsOfType(committee.body(), "DelegationChangeDateCorrected")).isEqualTo(1);
    assertThat(eventsOfType(committee.body(), "DecisionCorrected")).isEqualTo(1);
    assertThat(eventsOfType(mou, "MouSignatureSuccessionCorrected")).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select abolished_on from organisation_directory where organisation_id = ?",
                LocalDate.class,
                committee.ccg()))
        .isEqualTo(LocalDate.of(2023, 10, 1));
    JsonNode redecided =
        JSON.readTree(
            publishedFor(committee.body(), 7).stream()
                .filter(r -> r.value().getType().equals("body.decision-corrected.v1"))
                .findFirst()
                .orElseThrow()
                .value()
                .getData()
                .toBytes());
    assertThat(redecided.get("delegatorId").asString()).isEqualTo(committee.ccg());
    assertThat(redecided.get("effectiveDate").asString()).isEqualTo("2023-09-01");
    // The ICB's place now begins on 1 October: a voting member of it in September is refused.
    assertRule(
        appoint(committee.body(), "Sam Allen", icb, "MEMBER", "2023-09-15"),
        409,
        "member-organisation-not-a-partner");
  }

  @Test
  void a_version_of_the_terms_of_reference_is_corrected_within_the_order_of_versions() {
    Committee committee = jointCommittee();
    String terms =
        """
        {"title": "Joint committee terms of reference", "reference": "JC-ToR-%s",
         "effectiveDate": "%s", "reason": "Adopted at a meeting"}""";
    String adoptPath = "/bodies/" + committee.body() + "/terms-of-reference";
    assertThat(http.post(adoptPath, terms.formatted(1, "2022-11-01")).status()).isEqualTo(201);
    assertThat(http.post(adoptPath, terms.formatted(2, "2023-04-01")).status()).isEqualTo(201);
    String adoption = eventIdOf(committee.body(), "TermsOfReferenceAdopted");
    String path = adoptPath + "/2/corrections";
    long before = storedEvents();

    Http.Response beforeThePrevious =
        http.post(
            path,
            """
            {"effectiveDate": "2022-10-31", "reason": "r"}""");
    Http.Response blankTitle =
        http.post(
            path,
            """
            {"title": " ", "reason": "r"}""");
    Http.Response unknownVersion =
        http.post(
            adoptPath + "/3/corrections",
            """
            {"title": "x", "reason": "r"}""");
    Http.Response unknownBody =
        http.post(
            "/bodies/" + UUID.randomUUID() + "/terms-of-reference/1/corrections",
            """
            {"title": "x", "reason": "r"}""");

    assertRule(beforeThePrevious, 409, "terms-of-reference-out-of-order");
    assertInvalid(blankTitle, "title");
    assertRule(unknownVersion, 404, "unknown-recorded-fact");
    assertThat(unknownBody.status()).isEqualTo(404);
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected =
        http.post(
            path,
            """
            {"reference": "JC-ToR-2023-01", "effectiveDate": "2023-04-03",
             "reason": "Adopted at the first meeting, 3 April 2023"}""");
    Http.Response again =
        http.post(
            path,
            """
            {"reference": "JC-ToR-2023-01", "reason": "again"}""");

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertRule(again, 409, "correction-changes-nothing");
    JsonNode event =
        JSON.readTree(
            publishedFor(committee.body(), 5).stream()
                .filter(r -> r.value().getType().equals("body.terms-of-reference-corrected.v1"))
                .findFirst()
                .orElseThrow()
                .value()
                .getData()
                .toBytes());
    assertThat(event.get("correctedEventId").asString()).isEqualTo(adoption);
    assertThat(event.get("version").asInt()).isEqualTo(2);
    assertThat(event.get("title").asString()).isEqualTo("Joint committee terms of reference");
    assertThat(event.get("reference").asString()).isEqualTo("JC-ToR-2023-01");
    assertThat(event.get("effectiveDate").asString()).isEqualTo("2023-04-03");
  }

  /**
   * An event stored by an earlier release in a retired revision (ADR 15): the aggregate reads it
   * through the upcaster, a correction and the last signature build on it, the publisher sends it
   * in the current revision, and the stored row stays as it was written.
   */
  @Test
  void a_signature_stored_in_revision_1_is_read_corrected_and_published_as_revision_2() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String mou = draftMou(form(dcc, ccg), "2020-12-01", dcc, ccg).json().get("mouId").asString();
    String storedV1 =
        storeAsAnEarlierReleaseDid(
            mou,
            "uk.partnershipledger.events.mou.MouEvent$MouSigned",
            "1",
            """
            {"mouId": "%s", "version": 1, "organisationId": "%s",
             "signatory": "John Hewitt, Interim Chief Executive, Durham County Council",
             "effectiveDate": "2021-03-17"}"""
                .formatted(mou, dcc));

    Http.Response corrected =
        http.post(
            "/mous/" + mou + "/versions/1/signatures/" + dcc + "/corrections",
            """
            {"signatory": "John Hewitt", "post": "Interim Chief Executive",
             "reason": "The signature block gives the name and the post apart"}""");
    Http.Response lastSignature =
        http.post(
            "/mous/" + mou + "/versions/1/signatures",
            """
            {"organisationId": "%s", "signatory": "Neil O'Brien", "post": "Accountable Officer",
             "effectiveDate": "2021-03-31", "reason": "Signed for the CCG"}"""
                .formatted(ccg));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(lastSignature.status()).as(lastSignature.body()).isEqualTo(200);
    assertThat(lastSignature.json().get("inForceFrom").asString()).isEqualTo("2021-03-31");
    List<ConsumerRecord<String, CloudEvent>> records = publishedFor(mou, 5);
    ConsumerRecord<String, CloudEvent> republished =
        records.stream().filter(r -> r.value().getId().equals(storedV1)).findFirst().orElseThrow();
    assertThat(republished.value().getType()).isEqualTo("mou.signed.v2");
    assertThat(dataOf(republished).get("signatory").toString())
        .isEqualTo(
            "{\"name\":\"John Hewitt, Interim Chief Executive, Durham County Council\","
                + "\"post\":null}");
    JsonNode correction = dataOf(ofType(records, "mou.signature-corrected.v2"));
    assertThat(correction.get("correctedEventId").asString()).isEqualTo(storedV1);
    assertThat(correction.get("signatory").get("name").asString()).isEqualTo("John Hewitt");
    assertThat(correction.get("signatory").get("post").asString())
        .isEqualTo("Interim Chief Executive");
    assertThat(dataOf(ofType(records, "mou.came-into-force.v1")).get("effectiveDate").asString())
        .isEqualTo("2021-03-31");
    assertThat(
            jdbc.queryForObject(
                "select payload_revision from domain_event_entry where event_identifier = ?",
                String.class,
                storedV1))
        .as("the stored event is never rewritten")
        .isEqualTo("1");
  }

  /**
   * Appends an event to the aggregate's stream as a row, the way Axon stored it, with the metadata
   * of the aggregate's first event; returns its id.
   */
  private String storeAsAnEarlierReleaseDid(
      String aggregate, String payloadType, String revision, String payload) {
    String eventId = UUID.randomUUID().toString();
    boolean postgres =
        Boolean.TRUE.equals(
            jdbc.execute(
                (org.springframework.jdbc.core.ConnectionCallback<Boolean>)
                    c -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
    long globalIndex =
        jdbc.queryForObject(
            postgres
                ? "select nextval('domain_event_global_index_seq')"
                : "select next value for domain_event_global_index_seq",
            Long.class);
    jdbc.update(
        "insert into domain_event_entry (global_index, aggregate_identifier, sequence_number,"
            + " type, event_identifier, time_stamp, payload_type, payload_revision, payload,"
            + " meta_data)"
            + " select ?, aggregate_identifier, (select max(sequence_number) + 1 from"
            + " domain_event_entry where aggregate_identifier = ?), type, ?, ?, ?, ?, ?, meta_data"
            + " from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
        globalIndex,
        aggregate,
        eventId,
        java.time.Instant.now().toString(),
        payloadType,
        revision,
        payload.getBytes(StandardCharsets.UTF_8),
        aggregate);
    return eventId;
  }

  private static ConsumerRecord<String, CloudEvent> ofType(
      List<ConsumerRecord<String, CloudEvent>> records, String type) {
    return records.stream().filter(r -> r.value().getType().equals(type)).findFirst().orElseThrow();
  }

  private static JsonNode dataOf(ConsumerRecord<String, CloudEvent> record) {
    return JSON.readTree(record.value().getData().toBytes());
  }

  @Test
  void an_mou_signature_is_corrected_without_moving_the_day_it_came_into_force() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = form(dcc, ccg);
    String mou = draftMou(cdcp, "2020-12-01", dcc, ccg).json().get("mouId").asString();
    signMou(mou, 1, dcc, "2021-03-17");
    String signature = eventIdOf(mou, "MouSigned");
    signMou(mou, 1, ccg, "2021-03-31");
    String path = "/mous/" + mou + "/versions/1/signatures/%s/corrections";
    long before = storedEvents();

    Http.Response afterInForce =
        http.post(
            path.formatted(dcc),
            """
            {"effectiveDate": "2021-04-01", "reason": "r"}""");
    Http.Response lastMoves =
        http.post(
            path.formatted(ccg),
            """
            {"effectiveDate": "2021-03-30", "reason": "r"}""");
    Http.Response blankSignatory =
        http.post(
            path.formatted(dcc),
            """
            {"signatory": "", "reason": "r"}""");
    Http.Response unknownMou =
        http.post(
            "/mous/" + UUID.randomUUID() + "/versions/1/signatures/" + dcc + "/corrections",
            """
            {"signatory": "x", "reason": "r"}""");
    Http.Response unknownVersion =
        http.post(
            "/mous/" + mou + "/versions/2/signatures/" + dcc + "/corrections",
            """
            {"signatory": "x", "reason": "r"}""");

    assertRule(afterInForce, 409, "correction-contradicts-record");
    assertRule(lastMoves, 409, "correction-contradicts-record");
    assertInvalid(blankSignatory, "signatory");
    assertRule(unknownMou, 404, "unknown-mou");
    assertRule(unknownVersion, 404, "unknown-mou-version");
    assertThat(storedEvents()).isEqualTo(before);

    Http.Response corrected =
        http.post(
            path.formatted(dcc),
            """
            {"signatory": "John Hewitt", "post": "Chief Executive", "effectiveDate": "2021-03-31",
             "reason": "The signed copy"}""");

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(storedEvents()).isEqualTo(before + 1);
    JsonNode event =
        JSON.readTree(
            publishedFor(mou, 5).stream()
                .filter(r -> r.value().getType().equals("mou.signature-corrected.v2"))
                .findFirst()
                .orElseThrow()
                .value()
                .getData()
                .toBytes());
    assertThat(event.get("correctedEventId").asString()).isEqualTo(signature);
    assertThat(event.get("signatory").get("name").asString()).isEqualTo("John Hewitt");
    assertThat(event.get("signatory").get("post").asString()).isEqualTo("Chief Executive");
    assertThat(event.get("effectiveDate").asString()).isEqualTo("2021-03-31");
  }

  @Test
  void a_leaving_that_would_strip_a_recorded_decision_of_its_authority_is_refused_whole() {
    Committee committee = jointCommittee();
    delegate(committee.body(), committee.ccg(), "community-mental-health", "1000", "2023-04-01");
    assertThat(decide(committee.body(), "community-mental-health", "10", "2024-06-01").status())
        .isEqualTo(201);
    http.post(
        "/partnerships/" + committee.partnership() + "/partners/" + committee.ccg() + "/notice",
        """
        {"effectiveDate": "2024-01-10", "reason": "Letter"}""");
    long before = storedEvents();

    Http.Response left =
        http.post(
            "/partnerships/"
                + committee.partnership()
                + "/partners/"
                + committee.ccg()
                + "/leaving",
            """
            {"effectiveDate": "2024-04-01", "reason": "Withdrawal"}""");

    assertThat(left.status()).isEqualTo(409);
    assertThat(left.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:delegation-has-later-decisions");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void an_abolished_ccg_s_place_and_delegations_pass_to_the_icb_on_the_same_date() {
    Committee committee = jointCommittee();
    String icb =
        register("NHS North East and North Cumbria ICB", "INTEGRATED_CARE_BOARD", "2022-07-01");
    String cdcpShadow = committee.body();
    delegate(cdcpShadow, committee.ccg(), "continuing-healthcare", "300000", "2023-04-01");
    Http.Response selfSuccession =
        http.post(
            "/organisations/" + committee.ccg() + "/abolition",
            """
            {"successorId": "%s", "effectiveDate": "2023-07-01", "reason": "r"}"""
                .formatted(committee.ccg()));

    // In this test the CCG outlives July 2022, so that it has delegated to the committee first.
    Http.Response abolished =
        http.post(
            "/organisations/" + committee.ccg() + "/abolition",
            """
            {"successorId": "%s", "effectiveDate": "2023-07-01",
             "reason": "Health and Care Act 2022 (seeds/003 §2.1)"}"""
                .formatted(icb));
    assertThat(abolished.status()).as(abolished.body()).isEqualTo(200);
    assertThat(selfSuccession.status()).isEqualTo(400);
    assertThat(selfSuccession.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:successor-is-the-abolished-organisation");
    assertThat(publishedFor(committee.partnership(), 4))
        .extracting(r -> r.value().getType())
        .contains("partnership.partner-succeeded.v1");
    assertThat(publishedFor(cdcpShadow, 4))
        .extracting(r -> r.value().getType())
        .contains("body.delegation-passed-to-successor.v1");
    Http.Response decided =
        http.post(
            "/bodies/" + cdcpShadow + "/decisions",
            """
            {"subject": "Continuing healthcare packages", "function": "continuing-healthcare",
             "limitKind": "NEW_SCHEME", "amount": 250000, "effectiveDate": "2023-09-01",
             "reason": "item 4"}""");
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    assertThat(decided.json().get("delegatorId").asString()).isEqualTo(icb);
    Http.Response abolishedActs = join(committee.partnership(), committee.ccg(), "2023-08-01");
    assertThat(abolishedActs.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:organisation-abolished");
    assertThat(abolishedActs.json().get("detail").asString())
        .contains("succeeded by NHS North East and North Cumbria ICB");
  }

  @Test
  void a_member_who_declared_an_interest_is_recorded_as_not_voting_on_the_matter() {
    Committee committee = jointCommittee();
    delegate(committee.body(), committee.dcc(), "community-mental-health", "500000", "2023-04-01");
    String findlay =
        appoint(committee.body(), "Dr Stewart Findlay", committee.ccg(), "MEMBER", "2023-04-01")
            .json()
            .get("membershipId")
            .asString();
    String declarations = "/bodies/" + committee.body() + "/declarations";

    Http.Response declared =
        http.post(
            declarations,
            """
            {"membershipId": "%s", "matter": "CMH-7", "interest": "Trustee of a bidder",
             "effectiveDate": "2023-07-12", "reason": "Declared at the start of the meeting"}"""
                .formatted(findlay));
    Http.Response beforeAppointment =
        http.post(
            declarations,
            """
            {"membershipId": "%s", "matter": "CMH-8", "interest": "x",
             "effectiveDate": "2023-03-31", "reason": "r"}"""
                .formatted(findlay));
    Http.Response unknownMember =
        http.post(
            declarations,
            """
            {"membershipId": "%s", "matter": "CMH-8", "interest": "x",
             "effectiveDate": "2023-07-12", "reason": "r"}"""
                .formatted(UUID.randomUUID()));
    Http.Response decided =
        decide(committee.body(), "community-mental-health", "1000", "2023-07-12");

    assertThat(declared.status()).as(declared.body()).isEqualTo(201);
    assertThat(beforeAppointment.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:membership-not-in-force");
    assertThat(unknownMember.status()).isEqualTo(404);
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    assertThat(decided.json().get("abstainingMembershipIds").get(0).asString()).isEqualTo(findlay);
  }

  @Test
  void a_body_in_shadow_form_recommends_and_a_dissolved_one_does_not() {
    Committee committee = jointCommittee();
    String recommendations = "/bodies/" + committee.body() + "/recommendations";
    String recommendation =
        """
        {"subject": "Crisis service", "function": "community-mental-health",
         "limitKind": "NEW_SCHEME", "amount": 400000, "recommendedTo": "NENC ICB Board",
         "effectiveDate": "%s", "reason": "Shadow joint committee (seeds/000 §7)"}""";

    Http.Response inShadow = http.post(recommendations, recommendation.formatted("2022-11-09"));
    Http.Response beforeEstablished =
        http.post(recommendations, recommendation.formatted("2022-09-30"));
    http.post(
        "/bodies/" + committee.body() + "/status",
        """
        {"status": "DISSOLVED", "effectiveDate": "2025-04-01", "reason": "Wound up"}""");
    Http.Response dissolved = http.post(recommendations, recommendation.formatted("2025-04-01"));
    Http.Response withoutRecipient =
        http.post(
            recommendations,
            """
            {"subject": "s", "function": "community-mental-health", "effectiveDate": "2022-11-09",
             "reason": "r"}""");

    assertThat(inShadow.status()).as(inShadow.body()).isEqualTo(201);
    assertThat(beforeEstablished.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:body-not-yet-established");
    assertThat(dissolved.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:body-dissolved");
    assertInvalid(withoutRecipient, "recommendedTo");
  }

  @Test
  void a_reporting_line_ends_once_and_only_after_it_began() {
    Committee committee = jointCommittee();
    String board =
        establish(
            committee.partnership(), "Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD");
    String lines = "/partnerships/" + committee.partnership() + "/reporting-lines";
    http.post(
        lines,
        """
        {"fromBodyId": "%s", "toBodyId": "%s", "kind": "REPORTING_RELATIONSHIP",
         "effectiveDate": "2023-04-01", "reason": "seeds/000 §17"}"""
            .formatted(committee.body(), board));
    String ending =
        """
        {"fromBodyId": "%s", "toBodyId": "%s", "effectiveDate": "%s", "reason": "Review"}""";

    Http.Response onTheFirstDay =
        http.post(lines + "/ending", ending.formatted(committee.body(), board, "2023-04-01"));
    Http.Response ended =
        http.post(lines + "/ending", ending.formatted(committee.body(), board, "2025-04-01"));
    Http.Response again =
        http.post(lines + "/ending", ending.formatted(committee.body(), board, "2025-05-01"));

    assertThat(onTheFirstDay.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:reporting-line-not-in-force");
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(409);
    assertThat(publishedFor(committee.partnership(), 5))
        .extracting(r -> r.value().getType())
        .contains("partnership.reporting-line-drawn.v1", "partnership.reporting-line-ended.v1");
  }

  @Test
  void lines_of_direct_accountability_cannot_run_in_a_circle() {
    Committee committee = jointCommittee();
    String board =
        establish(
            committee.partnership(), "Health and Wellbeing Board", "HEALTH_AND_WELLBEING_BOARD");
    String lines = "/partnerships/" + committee.partnership() + "/reporting-lines";

    Http.Response up =
        http.post(
            lines,
            """
            {"fromBodyId": "%s", "toBodyId": "%s", "kind": "DIRECT_ACCOUNTABILITY",
             "effectiveDate": "2023-04-01", "reason": "seeds/000 §17"}"""
                .formatted(committee.body(), board));
    Http.Response back =
        http.post(
            lines,
            """
            {"fromBodyId": "%s", "toBodyId": "%s", "kind": "DIRECT_ACCOUNTABILITY",
             "effectiveDate": "2023-05-01", "reason": "mistake"}"""
                .formatted(board, committee.body()));
    Http.Response toItself =
        http.post(
            lines,
            """
            {"fromBodyId": "%s", "toBodyId": "%s", "kind": "REPORTING_RELATIONSHIP",
             "effectiveDate": "2023-05-01", "reason": "mistake"}"""
                .formatted(board, board));

    assertThat(up.status()).as(up.body()).isEqualTo(201);
    assertThat(back.status()).isEqualTo(409);
    assertThat(back.json().get("type").asString())
        .isIn(
            "urn:partnership-ledger:rule:direct-accountability-cycle",
            "urn:partnership-ledger:rule:reporting-line-already-drawn");
    assertThat(toItself.status()).isEqualTo(400);
  }

  @Test
  void the_executive_replaces_two_bodies_which_are_dissolved_that_day() {
    Committee committee = jointCommittee();
    String oldBoard =
        establish(committee.partnership(), "Integrated Care Board (local)", "PARTNERSHIP_BOARD");
    String advisory =
        establish(committee.partnership(), "System Advisory Group", "CONSULTATIVE_FORUM");
    String executive =
        establish(committee.partnership(), "CDCP Executive", "PARTNERSHIP_EXECUTIVE");

    Http.Response replaced =
        http.post(
            "/bodies/" + executive + "/replacements",
            """
            {"replacedBodyIds": ["%s", "%s"], "effectiveDate": "2023-04-01",
             "reason": "seeds/001 MoU §9"}"""
                .formatted(oldBoard, advisory));
    Http.Response again =
        http.post(
            "/bodies/" + executive + "/replacements",
            """
            {"replacedBodyIds": ["%s"], "effectiveDate": "2023-05-01", "reason": "twice"}"""
                .formatted(oldBoard));

    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    assertThat(publishedFor(advisory, 3))
        .extracting(r -> r.value().getType())
        .containsExactly("body.established.v1", "body.status-changed.v1", "body.replaced.v1");
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void
      a_rotating_chair_comes_from_the_organisation_whose_turn_it_is_and_a_rename_keeps_the_partner() {
    Committee committee = jointCommittee();
    Http.Response arrangement =
        http.post(
            "/bodies/" + committee.body() + "/chair-arrangement",
            """
            {"arrangement": "ROTATING", "rotation": [
               {"organisationId": "%s", "from": "2023-04-01"},
               {"organisationId": "%s", "from": "2024-04-01"}],
             "effectiveDate": "2023-04-01", "reason": "seeds/003 §4.5.3"}"""
                .formatted(committee.dcc(), committee.ccg()));
    Http.Response wrongTurn =
        appoint(committee.body(), "Dr Stewart Findlay", committee.ccg(), "CHAIR", "2023-04-01");
    Http.Response rightTurn =
        appoint(committee.body(), "Cllr Lucy Hovvels", committee.dcc(), "CHAIR", "2023-04-01");
    Http.Response renamed =
        http.post(
            "/organisations/" + committee.ccg() + "/name",
            """
            {"name": "NHS County Durham Clinical Commissioning Group", "effectiveDate": "2020-04-01",
             "reason": "Full name"}""");
    Http.Response sameName =
        http.post(
            "/organisations/" + committee.ccg() + "/name",
            """
            {"name": "NHS County Durham Clinical Commissioning Group", "effectiveDate": "2021-04-01",
             "reason": "again"}""");

    assertThat(arrangement.status()).as(arrangement.body()).isEqualTo(200);
    assertThat(wrongTurn.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:chair-not-from-rotation");
    assertThat(rightTurn.status()).as(rightTurn.body()).isEqualTo(201);
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(sameName.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:name-unchanged");
    assertThat(
            join(committee.partnership(), committee.ccg(), "2021-04-01")
                .json()
                .get("detail")
                .asString())
        .startsWith("NHS County Durham Clinical Commissioning Group is already a partner");
  }

  @Test
  void a_joint_committee_is_established_in_shadow_form_made_operational_and_given_terms() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = form(dcc, ccg);

    Http.Response established =
        http.post(
            "/bodies",
            """
            {"partnershipId": "%s", "name": "County Durham Health and Care Joint Committee",
             "type": "JOINT_COMMITTEE", "status": "SHADOW", "hostOrganisationId": "%s",
             "effectiveDate": "2022-10-01", "reason": "Cabinet, July 2022 (seeds/000 §7)"}"""
                .formatted(cdcp, dcc));
    assertThat(established.status()).as(established.body()).isEqualTo(201);
    String body = established.json().get("bodyId").asString();

    Http.Response operational =
        http.post(
            "/bodies/" + body + "/status",
            """
            {"status": "OPERATIONAL", "effectiveDate": "2023-04-01", "reason": "April 2023"}""");
    Http.Response terms =
        http.post(
            "/bodies/" + body + "/terms-of-reference",
            """
            {"title": "Joint committee terms of reference", "reference": "JC-ToR-1",
             "effectiveDate": "2023-04-01", "reason": "Adopted at the first meeting"}""");
    long before = storedEvents();
    Http.Response backwards =
        http.post(
            "/bodies/" + body + "/status",
            """
            {"status": "SHADOW", "effectiveDate": "2023-05-01", "reason": "mistake"}""");

    assertThat(operational.status()).as(operational.body()).isEqualTo(200);
    assertThat(terms.status()).as(terms.body()).isEqualTo(201);
    assertThat(terms.json().get("version").asInt()).isEqualTo(1);
    assertThat(terms.header("Location")).isEqualTo("/bodies/" + body + "/terms-of-reference/1");
    assertThat(backwards.status()).isEqualTo(409);
    assertThat(backwards.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:body-status-must-move-forward");
    assertThat(storedEvents()).isEqualTo(before);
    assertThat(publishedFor(body, 3))
        .extracting(r -> r.value().getType())
        .containsExactly(
            "body.established.v1", "body.status-changed.v1", "body.terms-of-reference-adopted.v1");
  }

  @Test
  void a_body_has_one_chair_at_a_time_and_members_represent_partners() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String healthwatch = register("Healthwatch County Durham", "HEALTHWATCH", "2013-04-01");
    String cdcp = form(dcc, ccg);
    String body =
        http.post(
                "/bodies",
                """
                {"partnershipId": "%s", "name": "CDCP Executive", "type": "PARTNERSHIP_EXECUTIVE",
                 "status": "OPERATIONAL", "effectiveDate": "2021-04-01", "reason": "seeds/001 §23"}"""
                    .formatted(cdcp))
            .json()
            .get("bodyId")
            .asString();

    Http.Response chair = appoint(body, "Cllr Lucy Hovvels", dcc, "CHAIR", "2021-04-01");
    String chairMembership = chair.json().get("membershipId").asString();
    Http.Response secondChair = appoint(body, "Dr Stewart Findlay", ccg, "CHAIR", "2021-06-01");
    Http.Response healthwatchMember =
        appoint(body, "A. Member", healthwatch, "MEMBER", "2021-04-01");
    Http.Response healthwatchAttends =
        appoint(body, "A. Member", healthwatch, "ATTENDEE", "2021-04-01");
    Http.Response ended =
        http.post(
            "/bodies/" + body + "/members/" + chairMembership + "/ending",
            """
            {"effectiveDate": "2022-04-01", "reason": "Stood down"}""");
    Http.Response newChair = appoint(body, "Dr Stewart Findlay", ccg, "CHAIR", "2022-04-01");

    assertThat(chair.status()).as(chair.body()).isEqualTo(201);
    assertThat(chair.header("Location"))
        .isEqualTo("/bodies/" + body + "/members/" + chairMembership);
    assertThat(secondChair.status()).isEqualTo(409);
    assertThat(secondChair.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:chair-already-appointed");
    assertThat(healthwatchMember.status()).isEqualTo(409);
    assertThat(healthwatchMember.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:member-organisation-not-a-partner");
    assertThat(healthwatchAttends.status()).isEqualTo(201);
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(newChair.status()).as(newChair.body()).isEqualTo(201);
    assertThat(
            http.post(
                    "/bodies/" + body + "/members/" + UUID.randomUUID() + "/role",
                    """
                    {"role": "MEMBER", "effectiveDate": "2022-04-01", "reason": "r"}""")
                .status())
        .isEqualTo(404);
  }

  private Http.Response appoint(
      String body, String person, String organisation, String role, String date) {
    return http.post(
        "/bodies/" + body + "/members",
        """
        {"personName": "%s", "organisationId": "%s", "role": "%s", "effectiveDate": "%s",
         "reason": "Appointed by the partners"}"""
            .formatted(person, organisation, role, date));
  }

  @Test
  void a_body_in_an_unknown_partnership_or_with_an_unknown_status_is_refused() {
    long before = storedEvents();

    Http.Response unknownPartnership =
        http.post(
            "/bodies",
            """
            {"partnershipId": "%s", "name": "Forum", "type": "FORUM", "status": "OPERATIONAL",
             "effectiveDate": "2021-04-01", "reason": "r"}"""
                .formatted(UUID.randomUUID()));
    Http.Response unknownStatus =
        http.post(
            "/bodies/" + UUID.randomUUID() + "/status",
            """
            {"status": "ABOLISHED", "effectiveDate": "2021-04-01", "reason": "r"}""");
    Http.Response unknownBody =
        http.post(
            "/bodies/" + UUID.randomUUID() + "/status",
            """
            {"status": "DISSOLVED", "effectiveDate": "2021-04-01", "reason": "r"}""");

    assertThat(unknownPartnership.status()).isEqualTo(400);
    assertThat(unknownPartnership.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:unknown-partnership");
    assertInvalid(unknownStatus, "status");
    assertThat(unknownBody.status()).isEqualTo(404);
    assertThat(storedEvents()).isEqualTo(before);
  }

  /** Issue 3: every act can be recorded over HTTP and is documented in OpenAPI with an example. */
  @Test
  void every_command_is_documented_with_an_example_request() {
    JsonNode docs = http.get("/v3/api-docs").json();
    List<String> withoutExample = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    docs.get("paths")
        .properties()
        .forEach(
            path -> {
              JsonNode post = path.getValue().get("post");
              if (post == null) {
                return;
              }
              commands.add(path.getKey());
              String ref =
                  post.get("requestBody")
                      .get("content")
                      .get("application/json")
                      .get("schema")
                      .get("$ref")
                      .asString();
              JsonNode schema =
                  docs.get("components").get("schemas").get(ref.replaceFirst(".*/", ""));
              if (schema.get("example") == null || schema.get("example").isNull()) {
                withoutExample.add(path.getKey());
              }
            });
    assertThat(commands).hasSizeGreaterThan(30);
    assertThat(withoutExample).isEmpty();
  }

  @Test
  void openapi_and_health_are_served() {
    Http.Response docs = http.get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("paths").has("/partnerships/{partnershipId}/partners")).isTrue();
    List<String> commandHeaders = new ArrayList<>();
    docs.json()
        .get("paths")
        .get("/organisations")
        .get("post")
        .get("parameters")
        .forEach(p -> commandHeaders.add(p.get("name").asString() + ":" + p.get("in").asString()));
    assertThat(commandHeaders)
        .containsExactlyInAnyOrder(
            "X-Actor:header", "X-On-Behalf-Of:header", "Idempotency-Key:header");
    Http.Response health = http.get("/actuator/health");
    assertThat(health.json().get("components").has("db")).isTrue();
    assertThat(health.json().get("components").get("kafka").get("status").asString())
        .isEqualTo("UP");
  }

  @Test
  void an_mou_is_drafted_signed_into_force_reviewed_varied_and_published_in_order() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cddft =
        register("County Durham and Darlington NHS FT", "NHS_FOUNDATION_TRUST", "2004-01-01");
    String tewv =
        register("Tees, Esk and Wear Valleys NHS FT", "NHS_FOUNDATION_TRUST", "2008-01-01");
    String cdcp = form(dcc, ccg);

    Http.Response drafted = draftMou(cdcp, "2020-12-01", dcc, ccg, cddft);
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
    String mou = drafted.json().get("mouId").asString();
    assertThat(drafted.json().get("version").asInt()).isEqualTo(1);
    assertThat(drafted.header("Location")).isEqualTo("/mous/" + mou + "/versions/1");

    Http.Response first = signMou(mou, 1, dcc, "2021-03-17");
    Http.Response second = signMou(mou, 1, ccg, "2021-03-22");
    Http.Response last = signMou(mou, 1, cddft, "2021-03-31");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("cameIntoForce").asBoolean()).isFalse();
    assertThat(second.json().get("cameIntoForce").asBoolean()).isFalse();
    assertThat(last.status()).as(last.body()).isEqualTo(200);
    assertThat(last.json().get("cameIntoForce").asBoolean()).isTrue();
    assertThat(last.json().get("inForceFrom").asString()).isEqualTo("2021-03-31");
    assertThat(last.json().get("reviewDue").asString()).isEqualTo("2022-03-31");

    Http.Response reviewed =
        http.post(
            "/mous/" + mou + "/reviews",
            """
            {"nextReviewDue": "2023-03-01", "effectiveDate": "2022-03-01",
             "reason": "Annual review (seeds/001 MoU §24)"}""");
    assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
    assertThat(reviewed.json().get("version").asInt()).isEqualTo(1);
    assertThat(reviewed.json().get("nextReviewDue").asString()).isEqualTo("2023-03-01");

    Http.Response varied = varyMou(mou, "2022-03-01", dcc, ccg, cddft, tewv);
    assertThat(varied.status()).as(varied.body()).isEqualTo(201);
    assertThat(varied.json().get("version").asInt()).isEqualTo(2);
    assertThat(varied.header("Location")).isEqualTo("/mous/" + mou + "/versions/2");

    Http.Response notice =
        http.post(
            "/mous/" + mou + "/parties/" + ccg + "/notice",
            """
            {"effectiveDate": "2022-04-01", "reason": "Letter to the other signatories"}""");
    assertThat(notice.status()).as(notice.body()).isEqualTo(200);

    List<ConsumerRecord<String, CloudEvent>> events = publishedFor(mou, 8);
    assertThat(events)
        .extracting(r -> r.value().getType())
        .containsExactly(
            "mou.drafted.v1",
            "mou.signed.v2",
            "mou.signed.v2",
            "mou.signed.v2",
            "mou.came-into-force.v1",
            "mou.reviewed.v1",
            "mou.variation-drafted.v1",
            "mou.party-gave-notice.v1");
    assertThat(events).extracting(r -> r.value().getExtension("aggregatetype")).containsOnly("mou");
    assertThat(events.get(4).value().getExtension("effectivedate")).isEqualTo("2021-03-31");
    JsonNode cameIntoForce = JSON.readTree(events.get(4).value().getData().toBytes());
    assertThat(cameIntoForce.get("reviewDue").asString()).isEqualTo("2022-03-31");
    assertThat(mouDirectory.ofPartnership(PartnershipId.of(cdcp))).containsExactly(MouId.of(mou));
    assertThat(mouDirectory.withParty(OrganisationId.of(tewv))).containsExactly(MouId.of(mou));
  }

  @Test
  void mou_refusals_are_409_problems_naming_the_rule_and_store_nothing() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String tewv =
        register("Tees, Esk and Wear Valleys NHS FT", "NHS_FOUNDATION_TRUST", "2008-01-01");
    String cdcp = form(dcc, ccg);
    String mou = draftMou(cdcp, "2020-12-01", dcc, ccg).json().get("mouId").asString();
    long before = storedEvents();

    assertRule(signMou(mou, 1, tewv, "2021-03-17"), 409, "not-an-mou-party");
    assertRule(signMou(mou, 1, dcc, "2020-11-30"), 409, "mou-signed-before-drafted");
    assertRule(
        http.post(
            "/mous/" + mou + "/reviews",
            """
            {"effectiveDate": "2021-04-01", "reason": "Review of a draft"}"""),
        409,
        "mou-not-in-force");
    assertRule(varyMou(mou, "2021-04-01", dcc, ccg), 409, "mou-not-in-force");
    assertThat(storedEvents()).isEqualTo(before);

    assertThat(signMou(mou, 1, dcc, "2021-03-17").status()).isEqualTo(200);
    assertThat(signMou(mou, 1, ccg, "2021-03-31").json().get("cameIntoForce").asBoolean()).isTrue();
    long inForce = storedEvents();

    assertRule(signMou(mou, 1, dcc, "2021-04-01"), 409, "mou-already-signed");
    Http.Response leftOut = varyMou(mou, "2022-03-01", dcc, tewv);
    assertRule(leftOut, 409, "variation-without-all-signatories");
    assertThat(leftOut.json().get("detail").asString())
        .contains("it leaves out NHS County Durham CCG");
    assertRule(varyMou(mou, "2021-03-30", dcc, ccg, tewv), 409, "mou-act-out-of-order");
    assertRule(
        http.post(
            "/mous/" + mou + "/reviews",
            """
            {"nextReviewDue": "2024-03-01", "effectiveDate": "2022-03-01", "reason": "r"}"""),
        409,
        "next-review-beyond-review-period");
    assertRule(
        http.post(
            "/mous/" + mou + "/parties/" + tewv + "/notice",
            """
            {"effectiveDate": "2022-01-10", "reason": "r"}"""),
        409,
        "not-an-mou-party");
    assertRule(
        http.post(
            "/mous/" + mou + "/termination",
            """
            {"effectiveDate": "2021-03-31", "reason": "r"}"""),
        409,
        "mou-act-out-of-order");
    assertThat(storedEvents()).isEqualTo(inForce);

    assertThat(
            http.post(
                    "/mous/" + mou + "/parties/" + ccg + "/notice",
                    """
                    {"effectiveDate": "2022-01-10", "reason": "Letter of 10 January 2022"}""")
                .status())
        .isEqualTo(200);
    assertRule(
        http.post(
            "/mous/" + mou + "/parties/" + ccg + "/notice",
            """
            {"effectiveDate": "2022-01-11", "reason": "r"}"""),
        409,
        "mou-notice-already-given");
    assertThat(varyMou(mou, "2022-03-01", dcc, ccg, tewv).status()).isEqualTo(201);
    assertRule(varyMou(mou, "2022-03-02", dcc, ccg), 409, "mou-draft-pending");
    Http.Response terminated =
        http.post(
            "/mous/" + mou + "/termination",
            """
            {"effectiveDate": "2023-04-01", "reason": "Replaced by the joint committee's MoU"}""");
    assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);
    long afterTermination = storedEvents();

    assertRule(signMou(mou, 2, tewv, "2023-04-02"), 409, "mou-terminated");
    assertRule(
        http.post(
            "/mous/" + mou + "/termination",
            """
            {"effectiveDate": "2023-05-01", "reason": "r"}"""),
        409,
        "mou-terminated");
    assertThat(storedEvents()).isEqualTo(afterTermination);
  }

  @Test
  void mou_rules_about_the_request_itself_are_400_problems() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = form(dcc, ccg);
    long before = storedEvents();

    assertRule(draftMou(cdcp, "2020-12-01", dcc), 400, "too-few-mou-parties");
    assertRule(draftMou(cdcp, "2020-12-01", dcc, ccg, dcc), 400, "duplicate-mou-party");
    assertRule(
        draftMou(UUID.randomUUID().toString(), "2020-12-01", dcc, ccg), 400, "unknown-partnership");
    assertRule(
        draftMou(cdcp, "2020-12-01", dcc, UUID.randomUUID().toString()),
        400,
        "unknown-organisation");
    assertRule(draftMou(cdcp, "2018-03-31", dcc, ccg), 409, "partnership-not-yet-formed");
    assertRule(
        http.post(
            "/mous",
            """
            {"partnershipId": "%s", "title": "MoU", "versionLabel": "December 2020",
             "parties": ["%s", "%s"], "initialTermMonths": 0, "reviewPeriodMonths": 12,
             "effectiveDate": "2020-12-01", "reason": "r"}"""
                .formatted(cdcp, dcc, ccg)),
        400,
        "mou-period-out-of-range");
    String mou = draftMou(cdcp, "2020-12-01", dcc, ccg).json().get("mouId").asString();
    signMou(mou, 1, dcc, "2021-03-31");
    signMou(mou, 1, ccg, "2021-03-31");
    long inForce = storedEvents();
    assertRule(
        http.post(
            "/mous/" + mou + "/reviews",
            """
            {"nextReviewDue": "2022-03-01", "effectiveDate": "2022-03-01", "reason": "r"}"""),
        400,
        "next-review-not-after-review");
    assertThat(storedEvents()).isEqualTo(inForce);
    assertThat(inForce).isEqualTo(before + 4);
  }

  @Test
  void bad_mou_input_gets_a_400_problem_naming_the_field() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = form(dcc, ccg);
    String mou = draftMou(cdcp, "2020-12-01", dcc, ccg).json().get("mouId").asString();
    long before = storedEvents();

    assertInvalid(
        http.post(
            "/mous",
            """
            {"partnershipId": "%s", "versionLabel": "December 2020", "parties": ["%s", "%s"],
             "initialTermMonths": 12, "reviewPeriodMonths": 12, "effectiveDate": "2020-12-01",
             "reason": "r"}"""
                .formatted(cdcp, dcc, ccg)),
        "title");
    assertInvalid(
        http.post(
            "/mous",
            """
            {"partnershipId": "%s", "title": "MoU", "versionLabel": "December 2020",
             "parties": ["%s", "%s"], "reviewPeriodMonths": 12, "effectiveDate": "2020-12-01",
             "reason": "r"}"""
                .formatted(cdcp, dcc, ccg)),
        "initialTermMonths");
    assertInvalid(
        http.post(
            "/mous/" + mou + "/versions/1/signatures",
            """
            {"organisationId": "%s", "signatory": "John Hewitt", "effectiveDate": "2021-02-30",
             "reason": "r"}"""
                .formatted(dcc)),
        "effectiveDate");
    assertInvalid(
        http.post(
            "/mous/" + mou + "/versions/1/signatures",
            """
            {"organisationId": "%s", "signatory": "John Hewitt", "effectiveDate": "2021-03-17",
             "reason": "r", "witness": "the monitoring officer"}"""
                .formatted(dcc)),
        "witness");
    assertInvalid(
        http.post(
            "/mous/" + mou + "/versions/1/signatures",
            """
            {"organisationId": "%s", "effectiveDate": "2021-03-17", "reason": "r"}"""
                .formatted(dcc)),
        "signatory");
    assertInvalid(
        http.post(
            "/mous/" + mou + "/versions/first/signatures",
            """
            {"organisationId": "%s", "signatory": "John Hewitt", "effectiveDate": "2021-03-17",
             "reason": "r"}"""
                .formatted(dcc)),
        "version");
    assertInvalid(
        http.post(
            "/mous/" + mou + "/variations",
            """
            {"versionLabel": "2022", "parties": [], "reviewPeriodMonths": 12,
             "effectiveDate": "2022-03-01", "reason": "r"}"""),
        "parties");
    assertInvalid(
        http.post(
            "/mous/" + mou + "/parties/not-an-id/notice",
            """
            {"effectiveDate": "2022-01-10", "reason": "r"}"""),
        "organisationId");
    assertInvalid(
        http.post(
            "/mous/" + mou + "/reviews",
            """
            {"nextReviewDue": "soon", "effectiveDate": "2022-03-01", "reason": "r"}"""),
        "nextReviewDue");
    assertInvalid(
        http.post(
            "/mous/" + mou + "/termination",
            """
            {"effectiveDate": "2023-04-01"}"""),
        "reason");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void a_command_for_an_unknown_mou_or_version_is_a_404() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cdcp = form(dcc, ccg);
    String mou = draftMou(cdcp, "2020-12-01", dcc, ccg).json().get("mouId").asString();
    String unknown = UUID.randomUUID().toString();
    long before = storedEvents();

    assertRule(varyMou(unknown, "2022-03-01", dcc, ccg), 404, "unknown-mou");
    assertRule(signMou(unknown, 1, dcc, "2021-03-17"), 404, "unknown-mou");
    assertRule(
        http.post(
            "/mous/" + unknown + "/reviews",
            """
            {"effectiveDate": "2022-03-01", "reason": "r"}"""),
        404,
        "unknown-mou");
    assertRule(
        http.post(
            "/mous/" + unknown + "/parties/" + dcc + "/notice",
            """
            {"effectiveDate": "2022-03-01", "reason": "r"}"""),
        404,
        "unknown-mou");
    assertRule(
        http.post(
            "/mous/" + unknown + "/termination",
            """
            {"effectiveDate": "2022-03-01", "reason": "r"}"""),
        404,
        "unknown-mou");
    assertRule(signMou(mou, 2, dcc, "2021-03-17"), 404, "unknown-mou-version");
    assertThat(storedEvents()).isEqualTo(before);
  }

  /** The cascades as the leaving and abolition handlers will send them, through the real bus. */
  @Test
  void the_succession_and_leaving_cascades_change_an_mou_only_where_the_organisation_is_a_party() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    String cddft =
        register("County Durham and Darlington NHS FT", "NHS_FOUNDATION_TRUST", "2004-01-01");
    String tewv =
        register("Tees, Esk and Wear Valleys NHS FT", "NHS_FOUNDATION_TRUST", "2008-01-01");
    String icb =
        register("NHS North East and North Cumbria ICB", "INTEGRATED_CARE_BOARD", "2022-07-01");
    String cdcp = form(dcc, ccg);
    String mou = draftMou(cdcp, "2020-12-01", dcc, ccg, cddft).json().get("mouId").asString();
    signMou(mou, 1, dcc, "2021-03-31");
    signMou(mou, 1, ccg, "2021-03-31");
    signMou(mou, 1, cddft, "2021-03-31");
    long inForce = storedEvents();
    MouId id = MouId.of(mou);

    cascade(new AmendMouOnPartyLeaving(id, OrganisationId.of(tewv), LocalDate.of(2022, 7, 1)));
    cascade(
        new SucceedMouSignature(
            id, OrganisationId.of(tewv), OrganisationId.of(icb), LocalDate.of(2022, 7, 1)));
    assertThat(storedEvents()).isEqualTo(inForce);

    cascade(
        new SucceedMouSignature(
            id, OrganisationId.of(ccg), OrganisationId.of(icb), LocalDate.of(2022, 7, 1)));
    cascade(new AmendMouOnPartyLeaving(id, OrganisationId.of(cddft), LocalDate.of(2022, 9, 1)));

    assertThat(storedEvents()).isEqualTo(inForce + 2);
    assertThat(mouDirectory.withParty(OrganisationId.of(icb))).containsExactly(id);
    assertThat(mouDirectory.withParty(OrganisationId.of(ccg))).containsExactly(id);
    List<ConsumerRecord<String, CloudEvent>> events = publishedFor(mou, 7);
    assertThat(events.subList(5, 7))
        .extracting(r -> r.value().getType())
        .containsExactly("mou.signature-succeeded.v1", "mou.amended-on-leaving.v1");
    JsonNode amended = JSON.readTree(events.get(6).value().getData().toBytes());
    assertThat(amended.get("version").asInt()).isEqualTo(2);
    assertThat(amended.get("versionLabel").asString())
        .isEqualTo("December 2020 (amended on the leaving of a party)");
    List<String> parties = new ArrayList<>();
    amended.get("parties").forEach(party -> parties.add(party.asString()));
    assertThat(parties).containsExactly(dcc, icb);
    assertThat(amended.get("reviewDue").asString()).isEqualTo("2023-09-01");
    assertThat(events.get(6).value().getExtension("actor")).isEqualTo("cascade");
  }

  private void cascade(Object command) {
    commandGateway.sendAndWait(
        GenericCommandMessage.asCommandMessage(command)
            .andMetaData(
                Map.of(
                    "actor", "cascade",
                    "onBehalfOf", "Durham County Council",
                    "reason", "partner left")));
  }

  private void assertRule(Http.Response response, int status, String rule) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:rule:" + rule);
  }

  Http.Response draftMou(String partnership, String date, String... parties) {
    return http.post(
        "/mous",
        """
        {"partnershipId": "%s", "title": "County Durham Care Partnership MoU",
         "versionLabel": "December 2020", "parties": ["%s"],
         "schedules": ["Schedule 1: Strategic Integrated Commissioning"],
         "initialTermMonths": 12, "reviewPeriodMonths": 12, "effectiveDate": "%s",
         "reason": "MoU at Appendix 4 (seeds/001)"}"""
            .formatted(partnership, String.join("\", \"", parties), date));
  }

  Http.Response varyMou(String mou, String date, String... parties) {
    return http.post(
        "/mous/" + mou + "/variations",
        """
        {"versionLabel": "March 2022", "parties": ["%s"], "reviewPeriodMonths": 12,
         "effectiveDate": "%s", "reason": "Variation agreed by the signatories"}"""
            .formatted(String.join("\", \"", parties), date));
  }

  Http.Response signMou(String mou, int version, String organisation, String date) {
    return http.post(
        "/mous/" + mou + "/versions/" + version + "/signatures",
        """
        {"organisationId": "%s", "signatory": "Chief Executive", "effectiveDate": "%s",
         "reason": "Signed for the organisation"}"""
            .formatted(organisation, date));
  }

  private void assertInvalid(Http.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:problem:invalid-request");
    assertThat(response.json().get("detail").asString()).contains(field);
  }

  String register(String name, String kind, String established) {
    Http.Response response =
        http.post(
            "/organisations",
            """
            {"name": "%s", "kind": "%s", "effectiveDate": "%s", "reason": "registered for a test"}"""
                .formatted(name, kind, established));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("organisationId").asString();
  }

  String form(String... partners) {
    Http.Response response =
        http.post(
            "/partnerships",
            """
            {"name": "County Durham Care Partnership", "place": "County Durham",
             "foundingPartners": ["%s"], "effectiveDate": "2018-04-01",
             "reason": "Integrated Governance Framework, April 2018"}"""
                .formatted(String.join("\", \"", partners)));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("partnershipId").asString();
  }

  Http.Response join(String partnership, String organisation, String date) {
    return http.post(
        "/partnerships/" + partnership + "/partners",
        """
        {"organisationId": "%s", "effectiveDate": "%s", "reason": "Signed the MoU"}"""
            .formatted(organisation, date));
  }

  long storedEvents() {
    return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
  }

  /** Waits until Kafka has delivered {@code count} events of the aggregate, in delivery order. */
  static synchronized List<ConsumerRecord<String, CloudEvent>> publishedFor(
      String aggregateId, int count) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              consumer.poll(Duration.ofMillis(200)).forEach(published::add);
              return published.stream().filter(r -> aggregateId.equals(r.key())).count() >= count;
            });
    return published.stream().filter(r -> aggregateId.equals(r.key())).toList();
  }

  private static String header(ConsumerRecord<String, CloudEvent> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
