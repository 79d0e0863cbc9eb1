package uk.partnershipledger.query.body;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.ChairArrangement;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * A governance body as it stood on a date.
 *
 * @param status its status on the date; null if it was not yet established then
 * @param termsOfReference the version in force on the date, if any
 * @param chair the member chairing it on the date, if any
 * @param members its members on the date, chair first (see {@link Member#ORDER})
 * @param chairArrangement how its chair was chosen on the date, if that was recorded
 * @param replacedBy the bodies that replaced it, if it was replaced on or before the date
 * @param replaces the bodies it replaced on or before the date
 * @param corrections the corrections of its establishment (name, type, host), in the order
 *     recorded; those above are the corrected ones
 */
public record BodyView(
    BodyId bodyId,
    PartnershipId partnershipId,
    String name,
    BodyType type,
    OrganisationId hostOrganisationId,
    List<BodyId> parentBodyIds,
    LocalDate establishedOn,
    LocalDate on,
    BodyStatus status,
    TermsOfReference termsOfReference,
    Member chair,
    List<Member> members,
    ChairArrangementOnDate chairArrangement,
    List<Replacement> replacedBy,
    List<Replacement> replaces,
    List<EstablishmentCorrection> corrections) {

  /** A correction of the body's establishment (DOMAIN.md rule 7), with what it said until then. */
  @Schema(name = "EstablishmentCorrection")
  record EstablishmentCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(
              description = "Why it was corrected",
              example = "The establishing report names it a joint committee")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the establishment or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "What the establishment said before this correction")
          Establishment before) {}

  /** The facts of a body's establishment that a correction can change. */
  @Schema(name = "Establishment")
  record Establishment(
      @Schema(example = "County Durham Health and Care Joint Committee") String name,
      @Schema(example = "JOINT_COMMITTEE") BodyType type,
      @Schema(type = "string", format = "uuid") OrganisationId hostOrganisationId) {}

  /**
   * A correction of a member's role change or of the end of their membership (DOMAIN.md rule 7).
   *
   * @param corrects ROLE_CHANGE or MEMBERSHIP_END
   * @param previousRole for a role change, the role it said before; null for an end
   * @param previousDate the day it said before
   */
  @Schema(name = "MembershipCorrection")
  record MembershipCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "She became chair on 1 May")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the role change or ending, or an earlier"
                      + " correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "ROLE_CHANGE or MEMBERSHIP_END", example = "ROLE_CHANGE")
          String corrects,
      @Schema(description = "The role the change gave before this correction (ROLE_CHANGE)")
          MemberRole previousRole,
      @Schema(description = "The day it took effect before this correction", example = "2023-04-01")
          LocalDate previousDate,
      @Schema(description = "The corrected role (ROLE_CHANGE)") MemberRole role,
      @Schema(description = "The corrected day", example = "2023-05-01") LocalDate date) {}

  /**
   * A version of the terms of reference.
   *
   * @param corrections its corrections, in the order recorded; the title, reference and adoption
   *     day are the corrected ones
   */
  @Schema(name = "TermsOfReference")
  record TermsOfReference(
      @Schema(example = "2") int version,
      @Schema(example = "County Durham Health and Care Joint Committee: Terms of Reference")
          String title,
      @Schema(example = "JC-ToR-2023") String reference,
      @Schema(description = "The day it was adopted", example = "2023-04-01") LocalDate adoptedOn,
      @Schema(
              description =
                  "Its corrections, in the order recorded: the title, reference and adoption day"
                      + " above are the corrected ones")
          List<TermsCorrection> corrections) {}

  /** A correction of a version of the terms of reference (DOMAIN.md rule 7). */
  @Schema(name = "TermsOfReferenceCorrection")
  record TermsCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(
              description = "Why it was corrected",
              example = "Adopted at the meeting of 29 March, as its minutes record")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the adoption or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "What the version said before this correction") Terms before) {}

  /** The facts of a version of the terms of reference that a correction can change. */
  @Schema(name = "TermsOfReferenceFacts")
  record Terms(
      String title,
      String reference,
      @Schema(description = "The day it was adopted", example = "2023-04-01")
          LocalDate adoptedOn) {}

  /**
   * The chair arrangement in force on the date.
   *
   * @param chairFrom for a rotating chair, the organisation whose turn it was on the date
   */
  @Schema(name = "ChairArrangementOnDate")
  record ChairArrangementOnDate(
      @Schema(example = "ROTATING") ChairArrangement arrangement,
      @Schema(description = "The first day of this arrangement", example = "2022-10-01")
          LocalDate since,
      @Schema(description = "For a rotating chair, the turn that covers the date; else null")
          Turn chairFrom,
      @Schema(description = "For a rotating chair, every turn in date order; else empty")
          List<Turn> rotation,
      @Schema(
              description =
                  "The corrections of this arrangement, in the order recorded: the arrangement,"
                      + " since and rotation above are the corrected ones")
          List<ChairArrangementCorrection> corrections) {}

  /** A correction of a chair arrangement (DOMAIN.md rule 7), with what it said until then. */
  @Schema(name = "ChairArrangementCorrection")
  record ChairArrangementCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "The rotation began in October")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the arrangement's setting or an earlier"
                      + " correction",
              format = "uuid")
          String correctedEventId,
      @Schema(example = "ROTATING") ChairArrangement previousArrangement,
      @Schema(description = "Its first day before this correction", example = "2022-10-01")
          LocalDate previousSince,
      @Schema(description = "Its turns before this correction: organisation and first day")
          List<PreviousTurn> previousRotation) {}

  /** A turn of a rotating chair as it was before a correction. */
  @Schema(name = "ChairTurnBefore")
  record PreviousTurn(
      @Schema(type = "string", format = "uuid") OrganisationId organisationId,
      @Schema(example = "2022-10-01") LocalDate from) {}

  /** One turn of a rotating chair: the half-open interval [from, to), {@code to} null if last. */
  @Schema(name = "ChairTurn")
  record Turn(
      @Schema(type = "string", format = "uuid", example = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22")
          OrganisationId organisationId,
      @Schema(example = "Durham County Council") String organisationName,
      @Schema(example = "2022-10-01") LocalDate from,
      @Schema(example = "2023-10-01") LocalDate to) {}

  /** A body replaced, or replacing, on a date (seeds/001 MoU §9). */
  @Schema(name = "BodyReplacement")
  record Replacement(
      @Schema(type = "string", format = "uuid", example = "7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b")
          BodyId bodyId,
      @Schema(description = "Null while the body has not reached the read model yet") String name,
      @Schema(description = "The day of the replacement", example = "2021-04-01") LocalDate on,
      @Schema(
              description =
                  "The corrections of which body replaced which, in the order recorded: the"
                      + " replacement above is the corrected one")
          List<ReplacementCorrection> corrections) {

    /** A replacement never corrected. */
    Replacement(BodyId bodyId, String name, LocalDate on) {
      this(bodyId, name, on, List.of());
    }
  }

  /** A correction of the body a replaced body was replaced by (DOMAIN.md rule 7). */
  @Schema(name = "BodyReplacementCorrection")
  record ReplacementCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "The Executive replaced it")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the replacement or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(
              description = "The body recorded as the replacement before this correction",
              type = "string",
              format = "uuid")
          BodyId previousReplacementBodyId) {}

  /** A correction of the organisation a member represents (DOMAIN.md rule 7). */
  @Schema(name = "AppointmentOrganisationCorrection")
  record OrganisationCorrection(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "She represents the ICB")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the appointment or an earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(
              description = "The organisation named before this correction; null if none",
              type = "string",
              format = "uuid")
          OrganisationId previousOrganisationId) {}

  /**
   * One member of a body on a date. The organisation's name is null while its registration has not
   * reached the read model yet: organisations and bodies travel on different partitions.
   */
  @Schema(name = "BodyMember")
  record Member(
      @Schema(type = "string", format = "uuid", example = "3d7e9f2a-8b41-4c6d-a1f0-6e2b9c4d8a31")
          MembershipId membershipId,
      @Schema(example = "Alan Foster") String personName,
      @Schema(type = "string", format = "uuid", example = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22")
          OrganisationId organisationId,
      @Schema(example = "Durham County Council") String organisationName,
      @Schema(example = "CHAIR") MemberRole role,
      @Schema(description = "Whether the role carries a vote", example = "true") boolean votes,
      @Schema(description = "The first day of the role held on the date", example = "2023-04-01")
          LocalDate since,
      @Schema(
              description =
                  "The corrections of the membership's role changes and end, in the order"
                      + " recorded: role and since above follow them")
          List<MembershipCorrection> corrections,
      @Schema(
              description =
                  "The corrections of the organisation the member represents, in the order"
                      + " recorded: the organisation above is the corrected one")
          List<OrganisationCorrection> organisationCorrections) {

    /** A member whose role changes and end were never corrected. */
    Member(
        MembershipId membershipId,
        String personName,
        OrganisationId organisationId,
        String organisationName,
        MemberRole role,
        boolean votes,
        LocalDate since) {
      this(
          membershipId,
          personName,
          organisationId,
          organisationName,
          role,
          votes,
          since,
          List.of(),
          List.of());
    }

    /**
     * Chair first, then by role down to attendees, then by name. Sorted here rather than by the
     * database, whose collation differs between installations.
     */
    static final Comparator<Member> ORDER =
        Comparator.comparing(Member::role)
            .thenComparing(Member::personName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Member::personName)
            .thenComparing(m -> m.membershipId().value());
  }
}
