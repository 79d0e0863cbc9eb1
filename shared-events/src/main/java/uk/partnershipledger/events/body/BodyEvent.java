package uk.partnershipledger.events.body;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.events.EventType;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/** What happens to a governance body: a committee, board, executive or forum. */
public sealed interface BodyEvent extends GovernanceEvent {

  BodyId bodyId();

  /**
   * A body is established in a partnership with its first status on the effective date.
   *
   * @param hostOrganisationId the organisation that hosts the body, if one does (a council's
   *     cabinet)
   * @param parentBodyIds the bodies it is a sub-committee or sub-group of, if any
   */
  @EventType(name = "body.established", revision = 1)
  record BodyEstablished(
      BodyId bodyId,
      PartnershipId partnershipId,
      String name,
      BodyType type,
      BodyStatus status,
      OrganisationId hostOrganisationId,
      List<BodyId> parentBodyIds,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /** The body's status from the effective date on: shadow form, operational, dissolved. */
  @EventType(name = "body.status-changed", revision = 1)
  record BodyStatusChanged(
      BodyId bodyId, BodyStatus previousStatus, BodyStatus status, LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A numbered version of the body's terms of reference, in force from the day it was adopted until
   * the next version.
   */
  @EventType(name = "body.terms-of-reference-adopted", revision = 1)
  record TermsOfReferenceAdopted(
      BodyId bodyId, int version, String title, String reference, LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A person is appointed to the body, representing an organisation, in a role, from the effective
   * date.
   */
  @EventType(name = "body.member-appointed", revision = 1)
  record MemberAppointed(
      BodyId bodyId,
      MembershipId membershipId,
      String personName,
      OrganisationId organisationId,
      MemberRole role,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /** The member holds a new role from the effective date (a member becomes chair, say). */
  @EventType(name = "body.member-role-changed", revision = 1)
  record MemberRoleChanged(
      BodyId bodyId,
      MembershipId membershipId,
      MemberRole previousRole,
      MemberRole role,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /** The membership ends: the effective date is the first day the person is no longer a member. */
  @EventType(name = "body.membership-ended", revision = 1)
  record MembershipEnded(BodyId bodyId, MembershipId membershipId, LocalDate effectiveDate)
      implements BodyEvent {}
}
