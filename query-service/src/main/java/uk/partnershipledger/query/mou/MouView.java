package uk.partnershipledger.query.mou;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * A memorandum of understanding as it stood on a date.
 *
 * @param status null before it was drafted
 * @param version while in force, the version in force; while in draft, the latest version drafted
 *     by the date; null before it was drafted and once terminated
 */
@Schema(name = "Mou")
public record MouView(
    @Schema(type = "string", format = "uuid", example = "8e2f4a6c-1b3d-4e5f-9a7b-2c4d6e8f0a1b")
        MouId mouId,
    @Schema(type = "string", format = "uuid") PartnershipId partnershipId,
    @Schema(example = "County Durham Care Partnership Memorandum of Understanding") String title,
    @Schema(description = "The date the answer is for", example = "2021-04-01") LocalDate on,
    @Schema(description = "DRAFT, IN_FORCE or TERMINATED on the date; null before it was drafted")
        MouStatus status,
    @Schema(example = "2017-03-01") LocalDate draftedOn,
    @Schema(description = "Its first day no longer in force, if terminated by the date")
        LocalDate terminatedOn,
    @Schema(description = "The version in force (or, in draft, being signed) on the date")
        Version version,
    @Schema(description = "Notices to leave given by the date by parties of that version")
        List<Notice> notices,
    @Schema(
            description =
                "The corrections of the termination's day, if terminated by the date, in the order"
                    + " recorded: terminatedOn is the corrected day")
        List<DateCorrection> terminationCorrections) {

  /** A correction of a notice's or the termination's day (DOMAIN.md rule 7). */
  @Schema(name = "MouDateCorrection")
  record DateCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "The letter is dated 10 January")
          String reason,
      @Schema(
              description = "The event whose date it replaced, or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "The day it was recorded with before this correction")
          LocalDate previousDate) {}

  /** A correction of a version's drafted facts (DOMAIN.md rule 7), with what they were before. */
  @Schema(name = "MouDraftCorrection")
  record DraftCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "Schedule 3 was left out")
          String reason,
      @Schema(
              description = "The event whose facts it replaced: the draft or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "What the draft said before this correction") Draft before) {}

  /**
   * The facts of a drafted version that a correction can change.
   *
   * @param title the MoU's title then
   * @param initialTermMonths the MoU's initial term then
   */
  @Schema(name = "MouDraft")
  record Draft(
      String title,
      String label,
      List<String> schedules,
      Integer initialTermMonths,
      Integer reviewPeriodMonths) {}

  /** A correction of a review (DOMAIN.md rule 7), with what it said before. */
  @Schema(name = "MouReviewCorrection")
  record ReviewCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "Reviewed at the March board")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the review or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(example = "2021-11-01") LocalDate previousReviewedOn,
      @Schema(example = "2022-11-01") LocalDate previousNextReviewDue) {}

  /**
   * One version of the MoU.
   *
   * @param inForceFrom the day it came into force, if it had by the date
   * @param amendedOnLeavingOf the party whose leaving produced this version, if one did
   */
  @Schema(name = "MouVersion")
  record Version(
      @Schema(example = "2") int version,
      @Schema(example = "December 2020") String label,
      @Schema(example = "2020-11-01") LocalDate draftedOn,
      @Schema(example = "2020-12-01") LocalDate inForceFrom,
      @Schema(description = "The parties to it, named as on the date") List<Party> parties,
      @Schema(description = "Its schedules, in order") List<String> schedules,
      @Schema(description = "The signatures held on the date, in party order")
          List<Signature> signatories,
      @Schema(description = "When it must next be reviewed, as of the date", example = "2021-12-01")
          LocalDate reviewDue,
      @Schema(description = "The last review by the date, if any") LocalDate lastReviewedOn,
      @Schema(type = "string", format = "uuid") OrganisationId amendedOnLeavingOf,
      @Schema(
              description =
                  "The corrections of its drafted facts, in the order recorded: the label and"
                      + " schedules above (and the MoU's title) are the corrected ones")
          List<DraftCorrection> draftCorrections,
      @Schema(
              description =
                  "The corrections of its reviews by the date, in the order recorded: reviewDue"
                      + " and lastReviewedOn follow them")
          List<ReviewCorrection> reviewCorrections,
      @Schema(
              description =
                  "The corrections of its parties and draft day, in the order recorded: the"
                      + " parties and draftedOn above are the corrected ones")
          List<DraftingCorrection> draftingCorrections) {}

  /** A correction of a version's parties and draft day (DOMAIN.md rule 7). */
  @Schema(name = "MouDraftingCorrection")
  record DraftingCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "The draft of 1 November names five")
          String reason,
      @Schema(
              description = "The event whose facts it replaced: the draft or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "The draft day before this correction", example = "2020-11-01")
          LocalDate previousDraftedOn,
      @Schema(description = "The parties before this correction, in order")
          List<OrganisationId> previousParties) {}

  @Schema(name = "MouParty")
  record Party(
      @Schema(type = "string", format = "uuid") OrganisationId organisationId,
      @Schema(example = "Durham County Council") String name) {}

  /**
   * A party's signature as held on the date.
   *
   * @param succeededFrom the abolished party whose signature this was, if it passed by succession
   * @param heldSince the first day the holder held it for this version
   * @param corrections the corrections of the signature as its party gave it, in the order
   *     recorded; {@code signatory} and {@code signedOn} are the corrected ones
   */
  @Schema(name = "MouSignature")
  record Signature(
      @Schema(type = "string", format = "uuid") OrganisationId organisationId,
      @Schema(example = "NHS North East and North Cumbria ICB") String organisationName,
      @Schema(
              description =
                  "Who signed, as the signature block names them (where it names only a post,"
                      + " the post)",
              example = "Nicola Bailey")
          String signatory,
      @Schema(
              description =
                  "The post they signed in; null when not given, as for every signature recorded"
                      + " before posts were (mou.signed revision 1)",
              example = "Chief Officer")
          String signatoryPost,
      @Schema(example = "2020-12-01") LocalDate signedOn,
      @Schema(type = "string", format = "uuid") OrganisationId succeededFrom,
      @Schema(example = "2022-07-01") LocalDate heldSince,
      @Schema(
              description =
                  "The corrections of the signature, in the order recorded: the signatory and the"
                      + " day it was signed above are the corrected ones")
          List<SignatureCorrection> corrections) {}

  /** A correction of a signature (DOMAIN.md rule 7), with what it said until then. */
  @Schema(name = "MouSignatureCorrection")
  record SignatureCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(
              description = "Why it was corrected",
              example = "Signed by the Chief Officer on 23 November, as the signed copy shows")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the signing or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "What the signature said before this correction") Signing before) {}

  /** The facts of a signature that a correction can change. */
  @Schema(name = "MouSigning")
  record Signing(
      @Schema(example = "Nicola Bailey") String signatory,
      @Schema(example = "Chief Officer") String signatoryPost,
      @Schema(example = "2020-11-23") LocalDate signedOn) {}

  @Schema(name = "MouNotice")
  record Notice(
      @Schema(type = "string", format = "uuid") OrganisationId organisationId,
      String organisationName,
      @Schema(example = "2022-01-10") LocalDate givenOn,
      @Schema(
              description =
                  "The corrections of the day it was given, in the order recorded: givenOn is"
                      + " the corrected day")
          List<DateCorrection> corrections) {

    /** A notice whose day was never corrected. */
    Notice(OrganisationId organisationId, String organisationName, LocalDate givenOn) {
      this(organisationId, organisationName, givenOn, List.of());
    }
  }
}
