package uk.partnershipledger.query.chart;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;

/**
 * A partnership's governance structure on a date, as its reports draw it (seeds/001 Appendix 2 and
 * 3): the bodies in being that day, and the reporting lines between them.
 */
@Schema(name = "StructureChart")
record StructureChart(
    @Schema(type = "string", format = "uuid", example = "3c2a1b0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d")
        PartnershipId partnershipId,
    @Schema(example = "County Durham Care Partnership") String name,
    @Schema(description = "The date the chart is for", example = "2021-06-01") LocalDate on,
    @Schema(description = "Each body established by the date and not dissolved on it")
        List<Node> nodes,
    @Schema(description = "Each reporting line in force on the date between two of the nodes")
        List<Edge> edges) {

  /** A body on the chart, with what it was that day. */
  @Schema(name = "StructureChartNode")
  record Node(
      @Schema(type = "string", format = "uuid", example = "7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b")
          BodyId bodyId,
      @Schema(example = "County Durham Integrated Care Board") String name,
      @Schema(example = "PARTNERSHIP_BOARD") String type,
      @Schema(example = "OPERATIONAL") String status) {}

  /**
   * A line from the body that answers or reports to the body it answers or reports to.
   *
   * @param kind DIRECT_ACCOUNTABILITY is drawn solid, REPORTING_RELATIONSHIP dashed
   */
  @Schema(name = "StructureChartEdge")
  record Edge(
      @Schema(type = "string", format = "uuid") BodyId from,
      @Schema(type = "string", format = "uuid") BodyId to,
      @Schema(example = "DIRECT_ACCOUNTABILITY") ReportingLineKind kind,
      @Schema(description = "The day the line was drawn", example = "2018-04-01")
          LocalDate since) {}
}
