package uk.partnershipledger.query.organisation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;

/**
 * A partner organisation as it stood on a date.
 *
 * @param name its name on the date; before it was established, its latest name
 * @param corrections the corrections of its registration, in the order recorded; the name it was
 *     registered with (the first of {@code names}) and {@code establishedOn} are the corrected ones
 */
@Schema(name = "Organisation")
record OrganisationView(
    @Schema(type = "string", format = "uuid", example = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22")
        OrganisationId organisationId,
    @Schema(description = "Its name on the date", example = "Durham County Council") String name,
    @Schema(example = "LOCAL_AUTHORITY") OrganisationKind kind,
    @Schema(description = "Whether it holds statutory functions it can delegate", example = "true")
        boolean statutoryBody,
    @Schema(description = "The day it was established", example = "1974-04-01")
        LocalDate establishedOn,
    @Schema(description = "The date the answer is for", example = "2022-07-01") LocalDate on,
    @Schema(
            description =
                "The day it was abolished, if it was by the date (its first day no longer in"
                    + " existence); otherwise null",
            example = "2022-07-01")
        LocalDate abolishedOn,
    @Schema(
            description = "Who took over its functions on abolition, if it was abolished by then",
            type = "string",
            format = "uuid",
            example = "9c1d7e55-3a2b-4f60-8e71-2d4c6b8a0f13")
        OrganisationId successorId,
    @Schema(
            description = "The successor's name on the date",
            example = "NHS North East and North Cumbria ICB")
        String successorName,
    @Schema(description = "Every name it has had, oldest first") List<Name> names,
    @Schema(
            description =
                "The corrections of its registration, in the order recorded: the registered name"
                    + " and the day of establishment above are the corrected ones")
        List<Correction> corrections) {

  /**
   * One name and the half-open interval [from, to) it was used in; {@code to} null if current.
   *
   * @param corrections the corrections of the renaming that gave it, in the order recorded; the
   *     name and {@code from} are the corrected ones
   */
  @Schema(name = "OrganisationName")
  record Name(
      @Schema(example = "NHS County Durham CCG") String name,
      @Schema(example = "2013-04-01") LocalDate from,
      @Schema(description = "The first day of the next name; null if still in use") LocalDate to,
      @Schema(
              description =
                  "The corrections of the renaming that gave this name, in the order recorded:"
                      + " the name and its first day above are the corrected ones")
          List<RenamingCorrection> corrections) {

    /** A name whose renaming was never corrected. */
    Name(String name, LocalDate from, LocalDate to) {
      this(name, from, to, List.of());
    }
  }

  /** A correction of a renaming (DOMAIN.md rule 7), with what it said until then. */
  @Schema(name = "RenamingCorrection")
  record RenamingCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(
              description = "Why it was corrected",
              example = "The merger took effect on 1 April, as the order says")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the renaming or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "What the renaming said before this correction") Name before) {}

  /** A correction of the registration (DOMAIN.md rule 7), with what it said until then. */
  @Schema(name = "RegistrationCorrection")
  record Correction(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(
              description = "Why it was corrected",
              example = "Established on 1 April 2013 under the Health and Social Care Act 2012")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the registration or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "What the registration said before this correction")
          Registration before) {}

  /** The facts of a registration that a correction can change. */
  @Schema(name = "Registration")
  record Registration(
      @Schema(example = "NHS Durham Dales CCG") String name,
      @Schema(example = "2013-04-01") LocalDate establishedOn) {}
}
