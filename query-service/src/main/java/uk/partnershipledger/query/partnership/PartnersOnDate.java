package uk.partnershipledger.query.partnership;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipId;

/** Who the partners of a partnership were on one date. */
@Schema(name = "PartnersOnDate")
public record PartnersOnDate(
    @Schema(type = "string", format = "uuid", example = "5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10")
        PartnershipId partnershipId,
    @Schema(example = "County Durham Care Partnership") String name,
    @Schema(description = "The date the answer is for", example = "2021-04-01") LocalDate on,
    @Schema(description = "The partners on that date, sorted by name") List<Partner> partners) {

  /**
   * One partner on the date, named as it was on the date. The organisation's details are null while
   * its registration has not reached the read model yet: organisations and partnerships travel on
   * different partitions.
   *
   * @param corrections the corrections of the joining that began its current tenure, in the order
   *     recorded; {@code since} is the corrected day
   */
  @Schema(name = "Partner")
  record Partner(
      @Schema(type = "string", format = "uuid", example = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22")
          OrganisationId organisationId,
      @Schema(example = "Durham County Council") String name,
      @Schema(example = "LOCAL_AUTHORITY") OrganisationKind kind,
      @Schema(example = "true") Boolean statutoryBody,
      @Schema(description = "The first day of its current tenure", example = "2018-04-01")
          LocalDate since,
      @Schema(
              description = "When it gave notice to leave, if it had by the date; otherwise null",
              example = "2022-01-10")
          LocalDate noticeGivenOn,
      @Schema(description = "The leaving date its notice named, if any", example = "2022-07-01")
          LocalDate intendedLeavingDate,
      @Schema(
              description =
                  "The abolished partner whose place it took, if its tenure began by succession",
              type = "string",
              format = "uuid",
              example = "4e2a9c71-0b3d-4f5e-8a6c-1d2e3f4a5b6c")
          OrganisationId succeededFrom,
      @Schema(
              description =
                  "The corrections of the joining date of its current tenure, in the order"
                      + " recorded: since is the corrected day")
          List<JoiningCorrection> corrections,
      @Schema(
              description =
                  "The corrections of its notice to leave, if it had given one by the date, in"
                      + " the order recorded: noticeGivenOn and intendedLeavingDate are the"
                      + " corrected ones")
          List<NoticeCorrection> noticeCorrections) {}

  /** A correction of a notice to leave (DOMAIN.md rule 7), with what it said until then. */
  @Schema(name = "NoticeCorrection")
  record NoticeCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(
              description = "Why it was corrected",
              example = "The letter is dated 10 January and names 1 July")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the notice or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "What the notice said before this correction") Notice before) {}

  /** The facts of a notice to leave that a correction can change. */
  @Schema(name = "Notice")
  record Notice(
      @Schema(description = "The day it was given", example = "2022-01-10") LocalDate givenOn,
      @Schema(description = "The leaving date it named, if any", example = "2022-07-01")
          LocalDate intendedLeavingDate) {}

  /** A correction of a joining date (DOMAIN.md rule 7), with the day it replaced. */
  @Schema(name = "JoiningCorrection")
  record JoiningCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(
              description = "Why it was corrected",
              example = "The partnership board admitted the trust at its meeting of 3 December")
          String reason,
      @Schema(
              description =
                  "The event whose date it replaced: the joining or an earlier correction; for"
                      + " a founding partner moved with its partnership's formation, the"
                      + " formation or its earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "What the joining said before this correction") Joining before) {}

  /** The fact of a joining that a correction can change. */
  @Schema(name = "Joining")
  record Joining(
      @Schema(description = "The first day of the tenure", example = "2020-12-01")
          LocalDate since) {}
}
