package uk.partnershipledger.query.partnership;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;

/** The reporting lines between a partnership's bodies on one date. */
@Schema(name = "ReportingLinesOnDate")
public record ReportingLinesOnDate(
    @Schema(type = "string", format = "uuid", example = "5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10")
        PartnershipId partnershipId,
    @Schema(example = "County Durham Care Partnership") String name,
    @Schema(description = "The date the answer is for", example = "2023-04-01") LocalDate on,
    @Schema(description = "The lines in force on that date, by the reporting body's name")
        List<Line> lines) {

  /**
   * One line: the first body reports to the second. A body's name is null while its establishment
   * has not reached the read model yet: bodies travel on other partitions than their partnership.
   */
  @Schema(name = "ReportingLine")
  public record Line(
      @Schema(type = "string", format = "uuid", example = "7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b")
          BodyId fromBodyId,
      @Schema(example = "County Durham Health and Care Joint Committee") String fromBodyName,
      @Schema(type = "string", format = "uuid", example = "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091")
          BodyId toBodyId,
      @Schema(example = "Health and Wellbeing Board") String toBodyName,
      @Schema(example = "REPORTING_RELATIONSHIP") ReportingLineKind kind,
      @Schema(description = "The first day the line was in force", example = "2023-04-01")
          LocalDate since,
      @Schema(
              description =
                  "The corrections of how the line was drawn, in the order recorded: kind and"
                      + " since are the corrected ones")
          List<Correction> corrections,
      @Schema(
              description =
                  "The corrections of the day the line ended, in the order recorded: the line is"
                      + " shown up to the corrected day")
          List<EndCorrection> endCorrections) {

    /** A line whose end was never corrected. */
    Line(
        BodyId fromBodyId,
        String fromBodyName,
        BodyId toBodyId,
        String toBodyName,
        ReportingLineKind kind,
        LocalDate since,
        List<Correction> corrections) {
      this(fromBodyId, fromBodyName, toBodyId, toBodyName, kind, since, corrections, List.of());
    }

    /** A line whose drawing was never corrected. */
    Line(
        BodyId fromBodyId,
        String fromBodyName,
        BodyId toBodyId,
        String toBodyName,
        ReportingLineKind kind,
        LocalDate since) {
      this(fromBodyId, fromBodyName, toBodyId, toBodyName, kind, since, List.of(), List.of());
    }

    /**
     * Sorted here rather than by the database, whose collation differs between installations;
     * bodies not yet known (no name) come last.
     */
    static final Comparator<Line> ORDER =
        Comparator.comparing(
                Line::fromBodyName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(Line::toBodyName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(l -> l.fromBodyId().value())
            .thenComparing(l -> l.toBodyId().value());
  }

  /** A correction of how a line was drawn (DOMAIN.md rule 7), with what it said until then. */
  @Schema(name = "ReportingLineCorrection")
  record Correction(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "The board's minute names 1 May")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the drawing or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "What the line said before this correction") Drawn before) {}

  /** The facts of a reporting line that a correction can change. */
  @Schema(name = "ReportingLineFacts")
  record Drawn(
      @Schema(example = "REPORTING_RELATIONSHIP") ReportingLineKind kind,
      @Schema(description = "Its first day", example = "2023-04-01") LocalDate since) {}

  /** A correction of the day a line ended (DOMAIN.md rule 7). */
  @Schema(name = "ReportingLineEndCorrection")
  record EndCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "The board ended it on 30 June")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the ending or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "The first day no longer in force, before this correction")
          LocalDate previousUntil,
      @Schema(description = "The corrected first day no longer in force") LocalDate until) {}
}
