package uk.partnershipledger.query.body;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
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
 */
record BodyView(
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
    List<Member> members) {

  record TermsOfReference(int version, String title, String reference, LocalDate adoptedOn) {}

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
          LocalDate since) {

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
