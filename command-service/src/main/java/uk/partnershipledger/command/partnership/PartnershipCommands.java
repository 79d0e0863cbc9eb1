package uk.partnershipledger.command.partnership;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/** The commands a partnership takes; each is judged on its effective date. */
final class PartnershipCommands {

  private PartnershipCommands() {}

  record FormPartnership(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      String name,
      String place,
      List<OrganisationId> foundingPartners,
      LocalDate effectiveDate) {}

  record JoinPartnership(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      OrganisationId organisationId,
      LocalDate effectiveDate) {}

  record GiveNotice(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      OrganisationId organisationId,
      LocalDate intendedLeavingDate,
      LocalDate effectiveDate) {}

  record LeavePartnership(
      @TargetAggregateIdentifier PartnershipId partnershipId,
      OrganisationId organisationId,
      LocalDate effectiveDate) {}
}
