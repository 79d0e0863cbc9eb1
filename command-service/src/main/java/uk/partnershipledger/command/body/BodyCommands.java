package uk.partnershipledger.command.body;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/** The commands a governance body takes; each is judged on its effective date. */
final class BodyCommands {

  private BodyCommands() {}

  record EstablishBody(
      @TargetAggregateIdentifier BodyId bodyId,
      PartnershipId partnershipId,
      String name,
      BodyType type,
      BodyStatus status,
      OrganisationId hostOrganisationId,
      List<BodyId> parentBodyIds,
      LocalDate effectiveDate) {}

  record ChangeBodyStatus(
      @TargetAggregateIdentifier BodyId bodyId, BodyStatus status, LocalDate effectiveDate) {}

  record AdoptTermsOfReference(
      @TargetAggregateIdentifier BodyId bodyId,
      String title,
      String reference,
      LocalDate effectiveDate) {}

  record AppointMember(
      @TargetAggregateIdentifier BodyId bodyId,
      MembershipId membershipId,
      String personName,
      OrganisationId organisationId,
      MemberRole role,
      LocalDate effectiveDate) {}

  record ChangeMemberRole(
      @TargetAggregateIdentifier BodyId bodyId,
      MembershipId membershipId,
      MemberRole role,
      LocalDate effectiveDate) {}

  record EndMembership(
      @TargetAggregateIdentifier BodyId bodyId,
      MembershipId membershipId,
      LocalDate effectiveDate) {}
}
