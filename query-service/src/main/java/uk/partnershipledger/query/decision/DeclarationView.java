package uk.partnershipledger.query.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.partnershipledger.events.body.DeclarationId;

/** A member's declaration of an interest in a matter before the body (seeds/001 MoU §23). */
@Schema(name = "Declaration")
record DeclarationView(
    @Schema(type = "string", format = "uuid") DeclarationId declarationId,
    @Schema(description = "The day it was declared", example = "2023-05-10") LocalDate on,
    @Schema(description = "When the ledger recorded it, in UTC") OffsetDateTime recordedAt,
    @Schema(description = "Who declared it") DecisionView.Member member,
    @Schema(example = "CMH-2023-05") String matter,
    @Schema(example = "Trustee of a charity bidding for the crisis café contract") String interest,
    @Schema(
            description =
                "Its corrections, in the order recorded: the date, matter and interest above are"
                    + " the corrected ones")
        List<Correction> corrections) {

  /** A correction of the declaration (DOMAIN.md rule 7), with what it said until then. */
  @Schema(name = "DeclarationCorrection")
  record Correction(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "The minutes name CMH-2023-06")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the declaration or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "What the declaration said before this correction") Facts before) {}

  /** The facts of a declaration that a correction can change. */
  @Schema(name = "DeclarationFacts")
  record Facts(
      @Schema(description = "The day it was declared", example = "2023-05-10") LocalDate on,
      String matter,
      String interest) {}
}
