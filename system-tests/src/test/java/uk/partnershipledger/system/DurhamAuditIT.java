package uk.partnershipledger.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipledger.demo.DurhamDemo;
import uk.partnershipledger.localkafka.LocalKafkaProcess;

/**
 * An auditor's questions about County Durham, asked of the query service after the demo timeline
 * was loaded through the command API, with the answers the seed reports give (seeds/000, 001, 003;
 * where the demo's dates or amounts are illustrative, DurhamTimeline says so). Then the read model
 * is rebuilt from the beginning of the topic by a second query service, on an empty database and a
 * new consumer group, and must answer every question exactly as the live one does (issue 4 item 8).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DurhamAuditIT {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(120);
  private static final String TOPIC = "governance.events";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static final String DCC = "Durham County Council";
  private static final String CCG = "NHS County Durham CCG";
  private static final String ICB = "NHS North East and North Cumbria Integrated Care Board";
  private static final String HDFT = "Harrogate and District NHS Foundation Trust";
  private static final String EXECUTIVE = "County Durham Care Partnership Executive";

  private static Path run;
  private static LocalKafkaProcess kafka;
  private static ServiceProcess commandService;
  private static ServiceProcess liveQueries;
  private static ServiceProcess rebuiltQueries;
  private static Map<String, String> ids;

  /** Every question asked of the live read model, to ask the rebuilt one again. */
  private static final List<String> asked = new ArrayList<>();

  @BeforeAll
  static void loadTheDurhamTimeline() throws IOException {
    Path root = Path.of(System.getProperty("ledger.root", "..")).toAbsolutePath().normalize();
    run =
        Path.of(System.getProperty("ledger.work", "target/system-test-runs"))
            .resolve("durham-audit-" + System.currentTimeMillis())
            .toAbsolutePath();
    Path logs = Files.createDirectories(run.resolve("logs"));
    kafka = LocalKafkaProcess.startBuilt(root, run.resolve("kafka"));
    List<String> common =
        List.of(
            "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
            "--ledger.data-dir=" + run.resolve("live"));
    commandService =
        new ServiceProcess(
            "command-service",
            root.resolve("command-service/target/command-service.jar"),
            LocalKafkaProcess.freePort(),
            logs.resolve("command-service.log"),
            common);
    liveQueries =
        new ServiceProcess(
            "query-service",
            root.resolve("query-service/target/query-service.jar"),
            LocalKafkaProcess.freePort(),
            logs.resolve("query-service.log"),
            common);
    rebuiltQueries =
        new ServiceProcess(
            "rebuilt query-service",
            root.resolve("query-service/target/query-service.jar"),
            LocalKafkaProcess.freePort(),
            logs.resolve("rebuilt-query-service.log"),
            List.of(
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--ledger.data-dir=" + run.resolve("rebuilt"),
                "--spring.kafka.consumer.group-id=query-service-rebuild"));
    commandService.start();
    liveQueries.start();
    CompletableFuture.allOf(
            CompletableFuture.runAsync(() -> commandService.awaitHealthy(START_TIMEOUT)),
            CompletableFuture.runAsync(() -> liveQueries.awaitHealthy(START_TIMEOUT)))
        .join();
    DurhamDemo.Report report = DurhamDemo.load(URI.create(commandService.baseUrl()), System.out);
    ids = report.ids();
    TopicReadToEnd.await(kafka.bootstrapServers(), TOPIC, "query-service", CATCH_UP_TIMEOUT);
  }

  @AfterAll
  static void stopEverything() {
    for (ServiceProcess service :
        new ServiceProcess[] {rebuiltQueries, liveQueries, commandService}) {
      if (service != null) {
        service.stop();
      }
    }
    if (kafka != null) {
      kafka.close();
    }
  }

  private static String id(String name) {
    String id = ids.get(name);
    assertThat(id).as("the demo kept an id for " + name).isNotNull();
    return id;
  }

  /** Asks the live read model, and remembers the question for the rebuilt one. */
  private static JsonNode ask(String path) {
    asked.add(path);
    HttpResponse<String> answer = get(liveQueries, path);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static HttpResponse<String> get(ServiceProcess service, String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(element -> values.add(element.get(field).asString()));
    return values;
  }

  private static JsonNode only(JsonNode array, String field, String value) {
    List<JsonNode> found = new ArrayList<>();
    array.forEach(
        element -> {
          if (value.equals(element.get(field).asString())) {
            found.add(element);
          }
        });
    assertThat(found).as(field + " = " + value + " in " + array).hasSize(1);
    return found.get(0);
  }

  @Test
  @Order(1)
  void who_could_approve_a_400k_community_scheme_on_1_march_2022_the_executive_under_the_ccg() {
    JsonNode answers =
        ask(
            "/authority?function=community-health-services-commissioning&limitKind=NEW_SCHEME"
                + "&amount=400000&on=2022-03-01");

    assertThat(answers.size()).isEqualTo(1);
    JsonNode executive = answers.get(0);
    assertThat(executive.get("authorised").asBoolean()).isTrue();
    assertThat(executive.get("bodyName").asString()).isEqualTo(EXECUTIVE);
    assertThat(executive.get("delegation").get("delegator").get("name").asString()).isEqualTo(CCG);
    assertThat(executive.get("limit").get("maximum").decimalValue()).isEqualByComparingTo("500000");
    assertThat(executive.get("delegation").get("approval").get("approvedBy").asString())
        .isEqualTo("NHS County Durham CCG Governing Body");
  }

  @Test
  @Order(2)
  void after_the_ccg_was_abolished_the_same_authority_came_from_the_icb_as_its_successor() {
    JsonNode answers =
        ask(
            "/authority?function=community-health-services-commissioning&limitKind=NEW_SCHEME"
                + "&amount=400000&on=2022-11-01");

    JsonNode delegator = answers.get(0).get("delegation").get("delegator");
    assertThat(delegator.get("name").asString()).isEqualTo(ICB);
    assertThat(delegator.get("since").asString()).isEqualTo("2022-07-01");
    assertThat(delegator.get("succeededFrom").asString()).isEqualTo(id("ccg"));
  }

  @Test
  @Order(3)
  void on_1_may_2021_hdft_was_bound_by_the_december_2020_version_it_signed_on_17_march_2021() {
    JsonNode mou = ask("/mous/" + id("mou") + "?on=2021-05-01");

    JsonNode version = mou.get("version");
    assertThat(version.get("label").asString()).isEqualTo("December 2020");
    assertThat(version.get("inForceFrom").asString()).isEqualTo("2021-03-17");
    JsonNode hdft = only(version.get("signatories"), "organisationName", HDFT);
    assertThat(hdft.get("signatory").asString()).isEqualTo("Steve Russell");
    assertThat(hdft.get("signatoryPost").asString()).isEqualTo("Chief Executive");
    assertThat(hdft.get("signedOn").asString()).isEqualTo("2021-03-17");
  }

  @Test
  @Order(4)
  void the_day_before_the_last_signature_the_april_2017_version_bound_and_hdft_was_no_party() {
    JsonNode version = ask("/mous/" + id("mou") + "?on=2021-03-16").get("version");

    assertThat(version.get("label").asString()).isEqualTo("April 2017");
    assertThat(texts(version.get("parties"), "name")).doesNotContain(HDFT).contains(DCC, CCG);
  }

  @Test
  @Order(5)
  void
      the_partners_in_may_2021_were_the_eight_of_the_mou_and_the_forum_and_from_july_2022_the_icb_replaced_the_ccg() {
    JsonNode may2021 = ask("/partnerships/" + id("cdcp") + "/partners?on=2021-05-01");
    JsonNode july2022 = ask("/partnerships/" + id("cdcp") + "/partners?on=2022-07-01");

    assertThat(texts(may2021.get("partners"), "name"))
        .containsExactlyInAnyOrder(
            DCC,
            CCG,
            "County Durham and Darlington NHS Foundation Trust",
            "Tees, Esk and Wear Valleys NHS Foundation Trust",
            HDFT,
            "County Durham Primary Care Networks",
            "Durham Community Action",
            "Healthwatch County Durham");
    assertThat(texts(july2022.get("partners"), "name")).doesNotContain(CCG).contains(ICB);
    assertThat(only(july2022.get("partners"), "name", ICB).get("succeededFrom").asString())
        .isEqualTo(id("ccg"));
  }

  @Test
  @Order(6)
  void the_ccg_was_abolished_on_1_july_2022_and_succeeded_by_the_icb() {
    JsonNode ccg = ask("/organisations/" + id("ccg") + "?on=2022-07-01");

    assertThat(ccg.get("abolishedOn").asString()).isEqualTo("2022-07-01");
    assertThat(ccg.get("successorName").asString()).isEqualTo(ICB);
  }

  @Test
  @Order(7)
  void in_shadow_form_on_1_march_2023_the_joint_committee_could_not_decide_from_1_april_it_could() {
    String path = "/bodies/" + id("jointCommittee") + "/authority";
    JsonNode shadow = ask(path + "?function=community-mental-health-commissioning&on=2023-03-01");
    JsonNode operational =
        ask(
            path
                + "?function=community-mental-health-commissioning&limitKind=NEW_SCHEME"
                + "&amount=400000&on=2023-04-01");

    assertThat(shadow.get("authorised").asBoolean()).isFalse();
    assertThat(shadow.get("bodyStatus").asString()).isEqualTo("SHADOW");
    assertThat(shadow.get("failedRule").get("rule").asString()).isEqualTo("body-not-operational");
    assertThat(operational.get("authorised").asBoolean()).isTrue();
    assertThat(operational.get("delegation").get("delegator").get("name").asString())
        .isEqualTo(DCC);
  }

  @Test
  @Order(8)
  void the_joint_committee_had_its_jointly_appointed_chair_from_1_october_2022_and_none_before() {
    JsonNode before = ask("/bodies/" + id("jointCommittee") + "/members?on=2022-09-30");
    JsonNode from = ask("/bodies/" + id("jointCommittee") + "/members?on=2022-10-01");

    assertThat(before.get("chair").isNull()).isTrue();
    assertThat(from.get("chair").get("personName").asString()).isEqualTo("Jane Robinson");
    assertThat(from.get("chair").get("organisationName").asString()).isEqualTo(DCC);
    assertThat(from.get("members").size()).isEqualTo(7);
  }

  @Test
  @Order(9)
  void
      on_7_june_2023_the_crisis_service_was_decided_without_tewv_s_vote_and_the_autism_centres_refused() {
    JsonNode decisions =
        ask("/bodies/" + id("jointCommittee") + "/decisions?from=2023-06-07&to=2023-06-07")
            .get("decisions");

    JsonNode crisis =
        only(decisions, "subject", "Community mental health crisis and recovery service");
    assertThat(crisis.get("outcome").asString()).isEqualTo("DECIDED");
    assertThat(texts(crisis.get("abstainingMembers"), "personName"))
        .containsExactly("Brent Kilmurray");
    JsonNode autism =
        only(decisions, "subject", "Autism diagnostic centres: expansion across the county");
    assertThat(autism.get("outcome").asString()).isEqualTo("REFUSED");
    assertThat(autism.get("rule").asString()).isEqualTo("amount-over-limit");
  }

  @Test
  @Order(10)
  void
      the_executive_answered_to_the_ccg_governing_body_until_30_june_2022_and_to_the_icb_board_from_1_july() {
    JsonNode june = ask("/partnerships/" + id("cdcp") + "/structure-chart?on=2022-06-30");
    JsonNode july = ask("/partnerships/" + id("cdcp") + "/structure-chart?on=2022-07-01");

    assertThat(directLinesFrom(june, id("executive"))).contains(id("ccgGoverningBody"));
    assertThat(directLinesFrom(july, id("executive")))
        .contains(id("icbBoard"))
        .doesNotContain(id("ccgGoverningBody"));
    assertThat(texts(july.get("nodes"), "bodyId")).doesNotContain(id("ccgGoverningBody"));
  }

  @Test
  @Order(11)
  void
      from_april_2023_the_joint_committee_answered_directly_to_the_icb_board_and_cabinet_and_reported_to_the_hwb()
          throws IOException {
    JsonNode chart = ask("/partnerships/" + id("cdcp") + "/structure-chart?on=2023-04-01");

    assertThat(directLinesFrom(chart, id("jointCommittee")))
        .containsExactlyInAnyOrder(id("icbBoard"), id("cabinet"));
    List<String> reporting = new ArrayList<>();
    chart
        .get("edges")
        .forEach(
            edge -> {
              if (edge.get("from").asString().equals(id("jointCommittee"))
                  && edge.get("kind").asString().equals("REPORTING_RELATIONSHIP")) {
                reporting.add(edge.get("to").asString());
              }
            });
    assertThat(reporting).containsExactly(id("hwb"));
    HttpResponse<String> picture =
        get(liveQueries, "/partnerships/" + id("cdcp") + "/structure-chart.svg?on=2023-04-01");
    assertThat(picture.statusCode()).isEqualTo(200);
    assertThat(picture.body()).contains("Joint Committee").contains("Direct Accountability");
    // Kept beside the run's logs for a person to look at.
    Files.writeString(run.resolve("durham-2023-04-01.svg"), picture.body());
  }

  @Test
  @Order(12)
  void the_local_integrated_care_board_s_delegation_lapsed_when_the_executive_replaced_it() {
    JsonNode before = ask("/bodies/" + id("localIcb") + "/delegations?on=2021-03-31");
    JsonNode after = ask("/bodies/" + id("localIcb") + "/delegations?on=2021-04-01");

    assertThat(texts(before.get("delegations"), "function"))
        .containsExactly("adult-social-care-commissioning");
    assertThat(after.get("delegations").size()).isZero();
  }

  @Test
  @Order(13)
  void on_1_april_2021_the_executive_and_forum_came_in_and_the_local_icb_and_advisory_group_went() {
    JsonNode changes =
        ask("/partnerships/" + id("cdcp") + "/changes?from=2021-03-31&to=2021-04-01")
            .get("changes");

    assertThat(texts(changes.get("bodies").get("added"), "key"))
        .containsExactlyInAnyOrder(id("executive"), id("forum"));
    assertThat(texts(changes.get("bodies").get("removed"), "key"))
        .containsExactlyInAnyOrder(id("localIcb"), id("sag"));
    assertThat(texts(changes.get("partners").get("added"), "label"))
        .containsExactlyInAnyOrder("Durham Community Action", "Healthwatch County Durham");
    assertThat(texts(changes.get("delegations").get("added"), "key"))
        .contains(id("dccToExecutive"), id("ccgToExecutive"));
  }

  @Test
  @Order(14)
  void the_state_on_1_april_2023_has_the_operational_joint_committee_with_its_two_delegations() {
    JsonNode state = ask("/partnerships/" + id("cdcp") + "/state?on=2023-04-01");

    JsonNode committee = null;
    for (JsonNode body : state.get("bodies")) {
      if (body.get("body").get("bodyId").asString().equals(id("jointCommittee"))) {
        committee = body;
      }
    }
    assertThat(committee).as("the joint committee is in the state").isNotNull();
    assertThat(committee.get("body").get("status").asString()).isEqualTo("OPERATIONAL");
    assertThat(committee.get("body").get("chair").get("personName").asString())
        .isEqualTo("Jane Robinson");
    assertThat(texts(committee.get("delegations").get("delegations"), "function"))
        .containsExactlyInAnyOrder(
            "primary-care-commissioning", "community-mental-health-commissioning");
    assertThat(texts(state.get("mousInForce"), "mouId")).containsExactly(id("mou"));
  }

  @Test
  @Order(15)
  void as_recorded_before_the_abolition_was_entered_the_ccg_was_still_a_partner_on_1_july_2022() {
    JsonNode abolition =
        only(
            ask("/organisations/" + id("ccg") + "/history").get("changes"),
            "type",
            "organisation.abolished.v1");
    assertThat(abolition.get("effectiveDate").asString()).isEqualTo("2022-07-01");
    assertThat(abolition.get("onBehalfOf").asString()).isEqualTo(ICB);
    assertThat(abolition.get("reason").asString()).contains("CCGs abolished");
    // The partnership's side of the cascade: the ICB takes the CCG's place, in the same unit of
    // work, stamped a moment after the abolition itself.
    JsonNode succession =
        only(
            ask("/partnerships/" + id("cdcp") + "/history").get("changes"),
            "type",
            "partnership.partner-succeeded.v1");
    Instant abolished = Instant.parse(abolition.get("recordedAt").asString());
    Instant succeeded = Instant.parse(succession.get("recordedAt").asString());

    JsonNode before =
        ask(
            "/partnerships/"
                + id("cdcp")
                + "/partners?on=2022-07-01&asRecordedAt="
                + abolished.minusMillis(1));
    JsonNode after =
        ask("/partnerships/" + id("cdcp") + "/partners?on=2022-07-01&asRecordedAt=" + succeeded);

    assertThat(succeeded).isAfterOrEqualTo(abolished);
    assertThat(texts(before.get("partners"), "name")).contains(CCG).doesNotContain(ICB);
    assertThat(texts(after.get("partners"), "name")).contains(ICB).doesNotContain(CCG);
  }

  @Test
  @Order(16)
  void the_audit_trail_lists_what_was_recorded_for_the_icb_with_who_recorded_it() {
    JsonNode trail = ask("/audit-trail?organisation=" + id("icb") + "&size=200");

    assertThat(trail.get("totalEvents").asLong()).isGreaterThanOrEqualTo(5);
    assertThat(texts(trail.get("events"), "type")).contains("organisation.abolished.v1");
  }

  private static List<String> directLinesFrom(JsonNode chart, String body) {
    List<String> to = new ArrayList<>();
    chart
        .get("edges")
        .forEach(
            edge -> {
              if (edge.get("from").asString().equals(body)
                  && edge.get("kind").asString().equals("DIRECT_ACCOUNTABILITY")) {
                to.add(edge.get("to").asString());
              }
            });
    return to;
  }

  @Test
  @Order(100)
  void a_read_model_rebuilt_from_the_beginning_of_the_topic_answers_every_question_as_the_live_one()
      throws IOException {
    assertThat(asked).hasSizeGreaterThanOrEqualTo(15);
    rebuiltQueries.start();
    rebuiltQueries.awaitHealthy(START_TIMEOUT);
    TopicReadToEnd.await(
        kafka.bootstrapServers(), TOPIC, "query-service-rebuild", CATCH_UP_TIMEOUT);

    for (String path : asked) {
      HttpResponse<String> live = get(liveQueries, path);
      HttpResponse<String> rebuilt = get(rebuiltQueries, path);
      assertThat(rebuilt.statusCode()).as(path).isEqualTo(live.statusCode());
      assertThat(JSON.readTree(rebuilt.body())).as(path).isEqualTo(JSON.readTree(live.body()));
    }
    assertThat(Files.isDirectory(run.resolve("rebuilt").resolve("query-service")))
        .as("the rebuilt read model is a database of its own")
        .isTrue();
  }
}
