package uk.partnershipledger.query.partnership;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/** A place-based partnership. */
@Schema(name = "Partnership")
public record PartnershipView(
    @Schema(type = "string", format = "uuid", example = "5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10")
        PartnershipId partnershipId,
    @Schema(example = "County Durham Care Partnership") String name,
    @Schema(example = "County Durham") String place,
    @Schema(description = "The day it was formed", example = "2018-04-01") LocalDate formedOn,
    @Schema(
            description =
                "The corrections of its formation (name, place), in the order recorded: the name"
                    + " and place above are the corrected ones")
        List<FormationCorrection> corrections,
    @Schema(
            description =
                "The corrections of its formation date, in the order recorded: formedOn above is"
                    + " the corrected one")
        List<FormationDateCorrection> dateCorrections) {

  /** A partnership whose formation was never corrected. */
  PartnershipView(PartnershipId partnershipId, String name, String place, LocalDate formedOn) {
    this(partnershipId, name, place, formedOn, List.of(), List.of());
  }

  /**
   * A correction of the day the partnership was formed (DOMAIN.md rule 7), with the day it replaced
   * and the founders whose joinings moved with it.
   */
  @Schema(name = "FormationDateCorrection")
  record FormationDateCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "The framework took effect in May")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the formation or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "The day of formation it replaced", example = "2018-04-01")
          LocalDate previousFormedOn,
      @Schema(description = "The day of formation it put instead", example = "2018-05-01")
          LocalDate formedOn,
      @Schema(description = "The founding partners whose tenures moved with the formation")
          List<OrganisationId> movedFoundingPartners) {}

  /** A correction of the partnership's formation (DOMAIN.md rule 7), with what it said before. */
  @Schema(name = "FormationCorrection")
  record FormationCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "The agreement names County Durham")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the formation or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "What the formation said before this correction") Formation before) {}

  /** The facts of a partnership's formation that a correction can change. */
  @Schema(name = "Formation")
  record Formation(
      @Schema(example = "County Durham Care Partnership") String name,
      @Schema(example = "County Durham") String place) {}
}
