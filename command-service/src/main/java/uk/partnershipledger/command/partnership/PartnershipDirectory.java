package uk.partnershipledger.command.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.ledger.RuleViolation;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/** The partnerships other aggregates may refer to (docs/adr/0004). */
public interface PartnershipDirectory {

  Optional<KnownPartnership> find(PartnershipId partnershipId);

  /**
   * The organisation's tenure covering the date, if it is a partner then: joined on or before it,
   * not yet left.
   *
   * <p>The tenure is locked until the caller's transaction ends, so that a leaving or an abolition
   * recorded at the same moment waits for the caller, and then sees (and ends) what the caller
   * recorded on the strength of it (docs/adr/0004).
   */
  Optional<KnownTenure> tenureOn(
      PartnershipId partnershipId, OrganisationId organisationId, LocalDate date);

  /**
   * The day the organisation's first tenure in any partnership began, if it was ever a partner: it
   * must have existed by then.
   */
  Optional<LocalDate> earliestTenureStart(OrganisationId organisationId);

  /** Whether the organisation is a partner on the date (and locks the tenure, as above). */
  default boolean isPartnerOn(
      PartnershipId partnershipId, OrganisationId organisationId, LocalDate date) {
    return tenureOn(partnershipId, organisationId, date).isPresent();
  }

  /**
   * The partnerships the organisation is a partner of on the date, with its tenures locked until
   * the caller's transaction ends: the cascades of a leaving or an abolition take this lock before
   * they look at what the partner holds.
   */
  List<PartnershipId> lockPartnershipsOf(OrganisationId organisationId, LocalDate date);

  /**
   * The partnership, with its formation locked until the caller's transaction ends: a correction of
   * the formation date waits for whoever holds it, and whoever waits for it then reads the
   * corrected date (docs/adr/0008, docs/adr/0009). A directory kept in memory has nothing to lock.
   */
  default Optional<KnownPartnership> lockFormation(PartnershipId partnershipId) {
    return find(partnershipId);
  }

  /**
   * Locks every tenure of the partnership until the caller's transaction ends, in one order. A
   * correction of the formation date takes these before it records anything, after the formation's
   * lock: a leaving, an abolition or a joining correction holding one of them (each takes its
   * tenure before it writes to the partnership) finishes first, and the correction then judges the
   * partnership with it. A directory kept in memory has nothing to lock.
   */
  default void lockTenures(PartnershipId partnershipId) {}

  /**
   * The partnerships in which the organisation's tenure ended on the date, with those tenures
   * locked until the caller's transaction ends: the correction of a departure's date takes this
   * lock before it moves what the departure recorded, as the departure itself did (docs/adr/0008).
   */
  List<PartnershipId> lockTenuresEndingOn(OrganisationId organisationId, LocalDate date);

  /**
   * The partnership, provided it is recorded and already formed on {@code date}. Its formation is
   * locked as {@link #lockFormation} does: whatever is dated by this check (a body's establishment,
   * an MoU's drafting) is then either seen by a correction moving the formation later, or judged
   * against the corrected date.
   */
  default KnownPartnership requireFormed(PartnershipId partnershipId, LocalDate date) {
    KnownPartnership known =
        lockFormation(partnershipId)
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

  /** From inclusive to exclusive; {@code leftOn} is null while the tenure lasts. */
  record KnownTenure(LocalDate joinedOn, LocalDate leftOn) {}
}
