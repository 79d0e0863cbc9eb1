package uk.partnershipledger.command.partnership;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.events.organisation.OrganisationId;

/** Organisations as the directory knows them, without the database. */
final class Organisations implements OrganisationDirectory {

  private final Map<OrganisationId, KnownOrganisation> known = new HashMap<>();

  Organisations register(
      OrganisationId id, String name, LocalDate established, LocalDate abolished) {
    known.put(id, new KnownOrganisation(id, name, true, established, abolished, null));
    return this;
  }

  @Override
  public Optional<KnownOrganisation> find(OrganisationId organisationId) {
    return Optional.ofNullable(known.get(organisationId));
  }

  @Override
  public Optional<LocalDate> earliestSuccessionTo(OrganisationId organisationId) {
    return Optional.empty();
  }

  @Override
  public Optional<LocalDate> latestSuccessionTo(OrganisationId organisationId) {
    return Optional.empty();
  }
}
