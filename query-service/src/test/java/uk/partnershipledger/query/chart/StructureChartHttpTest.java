package uk.partnershipledger.query.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineEnded;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;

/**
 * Given the Durham structure of Appendix 2 in small: the Integrated Care Board, a commissioning
 * group answering to it directly and a forum reporting to it; a joint committee in shadow form from
 * 2021 answering to the board from its establishment; the forum's line ended and the commissioning
 * group dissolved in 2022. Then the chart on each side of each change.
 */
@H2ReadModelTest
class StructureChartHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final PartnershipId partnership = PartnershipId.newId();
  private final BodyId board = BodyId.newId();
  private final BodyId commissioning = BodyId.newId();
  private final BodyId forum = BodyId.newId();
  private final BodyId committee = BodyId.newId();

  @BeforeEach
  void givenTheIntegratedCareBoardStructure() {
    http = new Http(port);
    intake.accept(
        history.record(
            new PartnershipFormed(
                partnership,
                "County Durham Care Partnership",
                "County Durham",
                LocalDate.of(2017, 4, 1))));
    establish(
        board, "Integrated Care Board", BodyType.PARTNERSHIP_BOARD, BodyStatus.OPERATIONAL, 2018);
    establish(
        commissioning,
        "Integrated Strategic Commissioning Group",
        BodyType.COMMITTEE_OF_STATUTORY_BODY,
        BodyStatus.OPERATIONAL,
        2018);
    establish(
        forum, "Health & Care <Voluntary> Forum", BodyType.FORUM, BodyStatus.OPERATIONAL, 2018);
    draw(commissioning, board, ReportingLineKind.DIRECT_ACCOUNTABILITY, LocalDate.of(2018, 4, 1));
    draw(forum, board, ReportingLineKind.REPORTING_RELATIONSHIP, LocalDate.of(2018, 4, 1));
    intake.accept(
        history.record(
            new BodyEstablished(
                committee,
                partnership,
                "County Durham Health and Care Joint Committee",
                BodyType.JOINT_COMMITTEE,
                BodyStatus.SHADOW,
                null,
                List.of(),
                LocalDate.of(2021, 7, 1))));
    draw(committee, board, ReportingLineKind.DIRECT_ACCOUNTABILITY, LocalDate.of(2021, 7, 1));
    intake.accept(
        history.record(
            new ReportingLineEnded(partnership, forum, board, LocalDate.of(2022, 7, 1))));
    intake.accept(
        history.record(
            new BodyStatusChanged(
                commissioning,
                BodyStatus.OPERATIONAL,
                BodyStatus.DISSOLVED,
                LocalDate.of(2022, 7, 1))));
  }

  private void establish(BodyId body, String name, BodyType type, BodyStatus status, int year) {
    intake.accept(
        history.record(
            new BodyEstablished(
                body, partnership, name, type, status, null, List.of(), LocalDate.of(year, 4, 1))));
  }

  private void draw(BodyId from, BodyId to, ReportingLineKind kind, LocalDate on) {
    intake.accept(history.record(new ReportingLineDrawn(partnership, from, to, kind, on)));
  }

  private JsonNode chart(String on) {
    Http.Response answer = http.get("/partnerships/" + partnership + "/structure-chart?on=" + on);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static List<String> ids(JsonNode array, String field) {
    List<String> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.get(field).asString()));
    return ids;
  }

  @Test
  void the_chart_has_the_bodies_in_being_and_the_lines_in_force_with_their_kinds() {
    JsonNode chart = chart("2021-07-01");

    assertThat(chart.get("name").asString()).isEqualTo("County Durham Care Partnership");
    assertThat(ids(chart.get("nodes"), "bodyId"))
        .containsExactlyInAnyOrder(
            board.toString(), commissioning.toString(), forum.toString(), committee.toString());
    JsonNode committeeNode = null;
    for (JsonNode node : chart.get("nodes")) {
      if (node.get("bodyId").asString().equals(committee.toString())) {
        committeeNode = node;
      }
    }
    assertThat(committeeNode.get("type").asString()).isEqualTo("JOINT_COMMITTEE");
    assertThat(committeeNode.get("status").asString()).isEqualTo("SHADOW");
    assertThat(chart.get("edges").size()).isEqualTo(3);
    for (JsonNode edge : chart.get("edges")) {
      assertThat(edge.get("to").asString()).isEqualTo(board.toString());
      String expected =
          edge.get("from").asString().equals(forum.toString())
              ? "REPORTING_RELATIONSHIP"
              : "DIRECT_ACCOUNTABILITY";
      assertThat(edge.get("kind").asString()).isEqualTo(expected);
    }
  }

  @Test
  void a_body_is_on_the_chart_from_its_establishment_and_off_it_from_its_dissolution() {
    assertThat(ids(chart("2021-06-30").get("nodes"), "bodyId"))
        .doesNotContain(committee.toString());
    assertThat(ids(chart("2021-07-01").get("nodes"), "bodyId")).contains(committee.toString());
    assertThat(ids(chart("2022-06-30").get("nodes"), "bodyId")).contains(commissioning.toString());
    JsonNode afterDissolution = chart("2022-07-01");
    assertThat(ids(afterDissolution.get("nodes"), "bodyId"))
        .containsExactlyInAnyOrder(board.toString(), forum.toString(), committee.toString());
    // The dissolved body's line has no box to start from; the forum's line ended that day.
    assertThat(ids(afterDissolution.get("edges"), "from")).containsExactly(committee.toString());
    assertThat(ids(chart("2022-06-30").get("edges"), "from")).hasSize(3);
  }

  @Test
  void before_the_first_body_the_chart_is_empty_and_unknown_partnerships_are_not_found() {
    JsonNode empty = chart("2018-03-31");
    Http.Response unknown =
        http.get("/partnerships/" + PartnershipId.newId() + "/structure-chart.svg");
    Http.Response badDate =
        http.get("/partnerships/" + partnership + "/structure-chart?on=1-4-2018");

    assertThat(empty.get("nodes").size()).isZero();
    assertThat(empty.get("edges").size()).isZero();
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:problem:not-found");
    assertThat(badDate.status()).isEqualTo(400);
  }

  @Test
  void the_picture_draws_a_box_per_body_solid_direct_lines_dashed_reporting_lines_and_the_key()
      throws Exception {
    Http.Response picture =
        http.get("/partnerships/" + partnership + "/structure-chart.svg?on=2021-07-01");

    assertThat(picture.status()).isEqualTo(200);
    assertThat(picture.contentType()).startsWith("image/svg+xml");
    // Kept for a person to look at: the build does not judge a picture's readability.
    Files.writeString(Path.of("target", "structure-chart-example.svg"), picture.body());
    Document svg =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(picture.body().getBytes(StandardCharsets.UTF_8)));
    NodeList boxes = svg.getElementsByTagName("g");
    assertThat(boxes.getLength()).isEqualTo(4);
    List<String> lineClasses = new ArrayList<>();
    NodeList lines = svg.getElementsByTagName("line");
    for (int i = 0; i < lines.getLength(); i++) {
      Element line = (Element) lines.item(i);
      if (line.hasAttribute("class")) {
        lineClasses.add(line.getAttribute("class"));
        assertThat(line.hasAttribute("stroke-dasharray"))
            .as("only a reporting relationship is dashed")
            .isEqualTo(line.getAttribute("class").equals("reporting"));
      }
    }
    assertThat(lineClasses).containsExactlyInAnyOrder("direct", "direct", "reporting");
    assertThat(picture.body())
        .contains("Direct Accountability")
        .contains("Reporting Relationship")
        .contains("Joint committee (shadow form)")
        .contains("Health &amp; Care &lt;Voluntary&gt;");
  }

  @Test
  void the_board_a_body_answers_to_is_drawn_above_it() throws Exception {
    String body =
        http.get("/partnerships/" + partnership + "/structure-chart.svg?on=2021-07-01").body();
    Document svg =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    NodeList groups = svg.getElementsByTagName("g");
    int boardTop = -1;
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      Element rect = (Element) group.getElementsByTagName("rect").item(0);
      int y = Integer.parseInt(rect.getAttribute("y"));
      if (group.getAttribute("data-body-id").equals(board.toString())) {
        boardTop = y;
      } else {
        others.add(y);
      }
    }
    int top = boardTop;
    assertThat(top).isPositive();
    assertThat(others).hasSize(3).allSatisfy(y -> assertThat(y).isGreaterThan(top));
  }
}
