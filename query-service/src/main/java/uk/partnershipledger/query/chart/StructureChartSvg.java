package uk.partnershipledger.query.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.partnership.ReportingLineKind;

/**
 * Draws a structure chart as the Durham reports draw theirs (seeds/001 Appendix 2 and 3): a box per
 * body, the bodies a body answers to above it, a solid line for direct accountability and a dashed
 * one for a reporting relationship, and the same key.
 *
 * <p>The layout is layered: a body with no line upward is on the top row; a body that answers
 * directly to others sits one row below the lowest of them; a body that only reports sits one row
 * below what it reports to. Direct accountability has no cycles (the command side refuses them), so
 * the rows are well defined; reporting relationships may form cycles and are not followed further
 * than one step. Within a row, bodies are ordered under the bodies they answer to.
 */
final class StructureChartSvg {

  static final int BOX_WIDTH = 240;
  static final int BOX_HEIGHT = 72;
  private static final int GAP_X = 40;
  private static final int GAP_Y = 70;
  private static final int MARGIN = 30;
  private static final int TITLE_HEIGHT = 50;
  private static final int KEY_HEIGHT = 70;
  private static final int CHARS_PER_LINE = 30;

  private StructureChartSvg() {}

  static String draw(StructureChart chart) {
    Map<BodyId, Integer> rows = rows(chart);
    Map<BodyId, Box> boxes = place(chart, rows);
    int rowCount = rows.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    int widest =
        (int)
            rows.values().stream().collect(Collectors.groupingBy(row -> row)).values().stream()
                .mapToLong(List::size)
                .max()
                .orElse(0);
    int width = Math.max(2 * MARGIN + widest * (BOX_WIDTH + GAP_X) - GAP_X, 520);
    int height = TITLE_HEIGHT + rowCount * (BOX_HEIGHT + GAP_Y) - GAP_Y / 2 + KEY_HEIGHT + MARGIN;
    centreRows(boxes, width);

    StringBuilder svg = new StringBuilder();
    svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" font-family=\"Arial,"
                + " Helvetica, sans-serif\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\">\n");
    svg.append("<title>")
        .append(escape(chart.name() + " governance structure on " + chart.on()))
        .append("</title>\n");
    svg.append(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
            + " markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">"
            + "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#222\"/></marker></defs>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    text(svg, MARGIN, 30, 18, "bold", chart.name() + ": governance structure on " + chart.on());

    // Lines arriving at one box end at points spread along its edge, not all at one point.
    Map<BodyId, List<StructureChart.Edge>> arriving =
        chart.edges().stream().collect(Collectors.groupingBy(StructureChart.Edge::to));
    for (StructureChart.Edge edge : chart.edges()) {
      Box from = boxes.get(edge.from());
      List<StructureChart.Edge> siblings =
          arriving.get(edge.to()).stream()
              .sorted(Comparator.comparingInt(other -> boxes.get(other.from()).x))
              .toList();
      double share = (siblings.indexOf(edge) + 1.0) / (siblings.size() + 1.0);
      line(svg, from, boxes.get(edge.to()), share, edge.kind());
    }
    for (StructureChart.Node node : chart.nodes()) {
      box(svg, boxes.get(node.bodyId()), node);
    }
    key(svg, height - KEY_HEIGHT);
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** Where a body's box is: its row, and its left edge once placed. */
  private static final class Box {
    final int row;
    double order;
    int x;
    int y;

    Box(int row) {
      this.row = row;
      this.y = TITLE_HEIGHT + row * (BOX_HEIGHT + GAP_Y);
    }
  }

  private static Map<BodyId, Integer> rows(StructureChart chart) {
    Map<BodyId, List<BodyId>> answersTo = new HashMap<>();
    Map<BodyId, List<BodyId>> reportsTo = new HashMap<>();
    for (StructureChart.Edge edge : chart.edges()) {
      (edge.kind() == ReportingLineKind.DIRECT_ACCOUNTABILITY ? answersTo : reportsTo)
          .computeIfAbsent(edge.from(), from -> new ArrayList<>())
          .add(edge.to());
    }
    Map<BodyId, Integer> direct = new HashMap<>();
    for (StructureChart.Node node : chart.nodes()) {
      directRow(node.bodyId(), answersTo, direct, new HashSet<>());
    }
    Map<BodyId, Integer> rows = new HashMap<>(direct);
    for (StructureChart.Node node : chart.nodes()) {
      BodyId body = node.bodyId();
      if (!answersTo.containsKey(body) && reportsTo.containsKey(body)) {
        rows.put(
            body, reportsTo.get(body).stream().mapToInt(to -> direct.get(to) + 1).max().orElse(0));
      }
    }
    return rows;
  }

  private static int directRow(
      BodyId body,
      Map<BodyId, List<BodyId>> answersTo,
      Map<BodyId, Integer> rows,
      Set<BodyId> visiting) {
    Integer known = rows.get(body);
    if (known != null) {
      return known;
    }
    int row = 0;
    if (visiting.add(body)) {
      for (BodyId above : answersTo.getOrDefault(body, List.of())) {
        row = Math.max(row, directRow(above, answersTo, rows, visiting) + 1);
      }
    }
    rows.put(body, row);
    return row;
  }

  /** Orders each row under the bodies its members answer or report to, top row first. */
  private static Map<BodyId, Box> place(StructureChart chart, Map<BodyId, Integer> rows) {
    Map<BodyId, Box> boxes = new HashMap<>();
    TreeMap<Integer, List<StructureChart.Node>> byRow = new TreeMap<>();
    for (StructureChart.Node node : chart.nodes()) {
      boxes.put(node.bodyId(), new Box(rows.get(node.bodyId())));
      byRow.computeIfAbsent(rows.get(node.bodyId()), row -> new ArrayList<>()).add(node);
    }
    byRow.forEach(
        (row, nodes) -> {
          for (int i = 0; i < nodes.size(); i++) {
            StructureChart.Node node = nodes.get(i);
            double above =
                chart.edges().stream()
                    .filter(edge -> edge.from().equals(node.bodyId()))
                    .map(edge -> boxes.get(edge.to()))
                    .filter(box -> box.row < row)
                    .mapToDouble(box -> box.order)
                    .average()
                    .orElse(i);
            boxes.get(node.bodyId()).order = above + i / 1000.0;
          }
          List<StructureChart.Node> ordered =
              nodes.stream()
                  .sorted(Comparator.comparingDouble(node -> boxes.get(node.bodyId()).order))
                  .toList();
          for (int i = 0; i < ordered.size(); i++) {
            boxes.get(ordered.get(i).bodyId()).order = i;
          }
        });
    return boxes;
  }

  private static void centreRows(Map<BodyId, Box> boxes, int width) {
    Map<Integer, List<Box>> byRow = new TreeMap<>();
    boxes
        .values()
        .forEach(box -> byRow.computeIfAbsent(box.row, row -> new ArrayList<>()).add(box));
    byRow
        .values()
        .forEach(
            row -> {
              int rowWidth = row.size() * (BOX_WIDTH + GAP_X) - GAP_X;
              int left = (width - rowWidth) / 2;
              for (Box box : row) {
                box.x = left + (int) box.order * (BOX_WIDTH + GAP_X);
              }
            });
  }

  private static void line(
      StringBuilder svg, Box from, Box to, double share, ReportingLineKind kind) {
    int along = (int) Math.round(BOX_WIDTH * share);
    int x1;
    int y1;
    int x2;
    int y2;
    if (from.row > to.row) {
      x1 = from.x + BOX_WIDTH / 2;
      y1 = from.y;
      x2 = to.x + along;
      y2 = to.y + BOX_HEIGHT;
    } else if (from.row < to.row) {
      x1 = from.x + BOX_WIDTH / 2;
      y1 = from.y + BOX_HEIGHT;
      x2 = to.x + along;
      y2 = to.y;
    } else {
      boolean rightwards = from.x < to.x;
      x1 = rightwards ? from.x + BOX_WIDTH : from.x;
      x2 = rightwards ? to.x : to.x + BOX_WIDTH;
      y1 = from.y + BOX_HEIGHT / 2;
      y2 = y1;
    }
    svg.append("<line class=\"")
        .append(kind == ReportingLineKind.DIRECT_ACCOUNTABILITY ? "direct" : "reporting")
        .append("\" x1=\"")
        .append(x1)
        .append("\" y1=\"")
        .append(y1)
        .append("\" x2=\"")
        .append(x2)
        .append("\" y2=\"")
        .append(y2)
        .append("\" ")
        .append(stroke(kind))
        .append(" marker-end=\"url(#arrow)\"/>\n");
  }

  private static String stroke(ReportingLineKind kind) {
    return kind == ReportingLineKind.DIRECT_ACCOUNTABILITY
        ? "stroke=\"#222\" stroke-width=\"2\""
        : "stroke=\"#222\" stroke-width=\"2\" stroke-dasharray=\"8 6\"";
  }

  private static void box(StringBuilder svg, Box box, StructureChart.Node node) {
    boolean operational = "OPERATIONAL".equals(node.status());
    svg.append("<g class=\"body\" data-body-id=\"")
        .append(node.bodyId())
        .append("\"><rect x=\"")
        .append(box.x)
        .append("\" y=\"")
        .append(box.y)
        .append("\" width=\"")
        .append(BOX_WIDTH)
        .append("\" height=\"")
        .append(BOX_HEIGHT)
        .append("\" rx=\"6\" fill=\"")
        .append(operational ? "#dbe9f6" : "#f2f2f2")
        .append("\" stroke=\"#1f4e79\" stroke-width=\"1.5\"/>\n");
    List<String> lines = wrap(node.name());
    int y = box.y + 20;
    for (String line : lines) {
      text(svg, box.x + BOX_WIDTH / 2, y, 12, "bold", line, true);
      y += 15;
    }
    text(
        svg,
        box.x + BOX_WIDTH / 2,
        box.y + BOX_HEIGHT - 8,
        11,
        "normal",
        words(node.type()) + (operational ? "" : " (" + status(node.status()) + ")"),
        true);
    svg.append("</g>\n");
  }

  private static void key(StringBuilder svg, int top) {
    text(svg, MARGIN, top + 18, 12, "bold", "KEY:");
    svg.append("<line x1=\"")
        .append(MARGIN)
        .append("\" y1=\"")
        .append(top + 34)
        .append("\" x2=\"")
        .append(MARGIN + 60)
        .append("\" y2=\"")
        .append(top + 34)
        .append("\" ")
        .append(stroke(ReportingLineKind.DIRECT_ACCOUNTABILITY))
        .append("/>\n");
    text(svg, MARGIN + 70, top + 38, 12, "normal", "Direct Accountability");
    svg.append("<line x1=\"")
        .append(MARGIN)
        .append("\" y1=\"")
        .append(top + 54)
        .append("\" x2=\"")
        .append(MARGIN + 60)
        .append("\" y2=\"")
        .append(top + 54)
        .append("\" ")
        .append(stroke(ReportingLineKind.REPORTING_RELATIONSHIP))
        .append("/>\n");
    text(svg, MARGIN + 70, top + 58, 12, "normal", "Reporting Relationship");
  }

  private static void text(
      StringBuilder svg, int x, int y, int size, String weight, String content) {
    text(svg, x, y, size, weight, content, false);
  }

  private static void text(
      StringBuilder svg, int x, int y, int size, String weight, String content, boolean centred) {
    svg.append("<text x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" font-size=\"")
        .append(size)
        .append("\" font-weight=\"")
        .append(weight)
        .append(centred ? "\" text-anchor=\"middle\">" : "\">")
        .append(escape(content))
        .append("</text>\n");
  }

  /** The name in lines of a box's width, at most three, the last cut short with an ellipsis. */
  static List<String> wrap(String name) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : name.split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > CHARS_PER_LINE) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    if (lines.size() > 3) {
      List<String> cut = new ArrayList<>(lines.subList(0, 3));
      cut.set(2, cut.get(2) + " …");
      return cut;
    }
    return lines;
  }

  private static String words(String constant) {
    String lower = constant.toLowerCase(Locale.UK).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static String status(String status) {
    return "SHADOW".equals(status) ? "shadow form" : status.toLowerCase(Locale.UK);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
