package uk.partnershipledger.command.organisation;

import java.time.LocalDate;
import java.util.Optional;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.ledger.RuleViolation;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * What the command side knows of organisations when another aggregate refers to one.
 *
 * <p>Kept in the command side's own database, in the same transaction as the events that change it,
 * so a command that names an organisation sees every registration committed before it
 * (docs/adr/0004).
 */
public interface OrganisationDirectory {

  Optional<KnownOrganisation> find(OrganisationId organisationId);

  /** The organisation, provided it is registered and already existed on {@code date}. */
  default KnownOrganisation requireEstablished(OrganisationId organisationId, LocalDate date) {
    KnownOrganisation organisation =
        find(organisationId)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.UNKNOWN_ORGANISATION,
                        "no organisation with id " + organisationId + " is registered"));
    if (date.isBefore(organisation.establishedOn())) {
      throw new RuleViolation(
          Rule.ORGANISATION_NOT_YET_ESTABLISHED,
          organisation.name()
              + " was established on "
              + organisation.establishedOn()
              + " and did not exist on "
              + date);
    }
    return organisation;
  }

  record KnownOrganisation(
      OrganisationId organisationId, String name, boolean statutoryBody, LocalDate establishedOn) {}
}
