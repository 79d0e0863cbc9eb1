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

  /**
   * The first day the organisation took over from an abolished one, if it ever did: it must have
   * existed by then.
   */
  Optional<LocalDate> earliestSuccessionTo(OrganisationId organisationId);

  /**
   * The last day the organisation took over from an abolished one, if it ever did: an abolition of
   * its own cannot come before it.
   */
  Optional<LocalDate> latestSuccessionTo(OrganisationId organisationId);

  /**
   * The organisation, provided it is registered, already existed on {@code date} and was not yet
   * abolished.
   */
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
    if (organisation.abolishedOn() != null && !date.isBefore(organisation.abolishedOn())) {
      throw new RuleViolation(
          Rule.ORGANISATION_ABOLISHED,
          organisation.name()
              + " was abolished on "
              + organisation.abolishedOn()
              + (organisation.successorId() == null
                  ? ""
                  : " and succeeded by " + describe(organisation.successorId()))
              + "; it cannot act on "
              + date);
    }
    return organisation;
  }

  /** The organisation's current name, or its id if none is registered: for refusals' words. */
  default String describe(OrganisationId organisationId) {
    return find(organisationId).map(KnownOrganisation::name).orElse(organisationId.toString());
  }

  /**
   * @param abolishedOn the first day it no longer existed; null while it exists
   * @param successorId who took over on its abolition; null if none did
   */
  record KnownOrganisation(
      OrganisationId organisationId,
      String name,
      boolean statutoryBody,
      LocalDate establishedOn,
      LocalDate abolishedOn,
      OrganisationId successorId) {

    public KnownOrganisation(
        OrganisationId organisationId,
        String name,
        boolean statutoryBody,
        LocalDate establishedOn) {
      this(organisationId, name, statutoryBody, establishedOn, null, null);
    }
  }
}
