package uk.partnershipledger.command.partnership;

import java.time.LocalDate;
import java.util.Optional;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.ledger.RuleViolation;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/** The partnerships other aggregates may refer to (docs/adr/0004). */
public interface PartnershipDirectory {

  Optional<KnownPartnership> find(PartnershipId partnershipId);

  /** Whether the organisation is a partner on the date: joined on or before it, not yet left. */
  boolean isPartnerOn(PartnershipId partnershipId, OrganisationId organisationId, LocalDate date);

  /** The partnership, provided it is recorded and already formed on {@code date}. */
  default KnownPartnership requireFormed(PartnershipId partnershipId, LocalDate date) {
    KnownPartnership known =
        find(partnershipId)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.UNKNOWN_PARTNERSHIP,
                        "no partnership with id " + partnershipId + " is recorded"));
    if (date.isBefore(known.formedOn())) {
      throw new RuleViolation(
          Rule.PARTNERSHIP_NOT_YET_FORMED,
          known.name()
              + " was formed on "
              + known.formedOn()
              + "; nothing can happen in it on "
              + date);
    }
    return known;
  }

  record KnownPartnership(PartnershipId partnershipId, String name, LocalDate formedOn) {}
}
