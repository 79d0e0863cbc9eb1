package uk.partnershipledger.query.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Repository;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;
import uk.partnershipledger.query.bitemporal.AsRecorded;
import uk.partnershipledger.query.bitemporal.RecordedTables;

/** The chart's bodies and lines on a date: one indexed interval query each. */
@Repository
class StructureChartReadModel {

  private final RecordedTables tables;

  StructureChartReadModel(RecordedTables tables) {
    this.tables = tables;
  }

  /**
   * The partnership's structure on the date, as the ledger stands or as it stood at the instant;
   * empty if the partnership is unknown (then).
   */
  Optional<StructureChart> on(PartnershipId partnership, LocalDate on, Instant asRecordedAt) {
    AsRecorded jdbc = tables.at(asRecordedAt);
    return jdbc
        .query(
            "select name from partnership where partnership_id = ?",
            (rs, row) -> rs.getString("name"),
            partnership.value())
        .stream()
        .findFirst()
        .map(name -> chart(jdbc, partnership, name, on));
  }

  private StructureChart chart(
      AsRecorded jdbc, PartnershipId partnership, String name, LocalDate on) {
    List<StructureChart.Node> nodes =
        jdbc.query(
            "select b.body_id, b.name, b.type, s.status from body b join body_status s"
                + " on s.body_id = b.body_id and s.valid_from <= ?"
                + " and (s.valid_to is null or ? < s.valid_to)"
                + " where b.partnership_id = ? and b.established_on <= ?"
                + " and s.status <> 'DISSOLVED' order by b.established_on, b.name, b.body_id",
            (rs, row) ->
                new StructureChart.Node(
                    new BodyId(rs.getObject("body_id", UUID.class)),
                    rs.getString("name"),
                    rs.getString("type"),
                    rs.getString("status")),
            on,
            on,
            partnership.value(),
            on);
    Set<BodyId> onChart =
        nodes.stream().map(StructureChart.Node::bodyId).collect(Collectors.toSet());
    List<StructureChart.Edge> edges =
        jdbc
            .query(
                "select from_body_id, to_body_id, kind, valid_from from reporting_line"
                    + " where partnership_id = ? and valid_from <= ?"
                    + " and (valid_to is null or ? < valid_to)"
                    + " order by valid_from, id",
                (rs, row) ->
                    new StructureChart.Edge(
                        new BodyId(rs.getObject("from_body_id", UUID.class)),
                        new BodyId(rs.getObject("to_body_id", UUID.class)),
                        ReportingLineKind.valueOf(rs.getString("kind")),
                        rs.getObject("valid_from", LocalDate.class)),
                partnership.value(),
                on,
                on)
            .stream()
            // A line to a body of another partnership, or to one not in being, has no box to end
            // at.
            .filter(edge -> onChart.contains(edge.from()) && onChart.contains(edge.to()))
            .toList();
    return new StructureChart(partnership, name, on, nodes, edges);
  }
}
