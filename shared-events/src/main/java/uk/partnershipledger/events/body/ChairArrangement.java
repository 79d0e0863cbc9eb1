package uk.partnershipledger.events.body;

/** How a body's chair is chosen. */
public enum ChairArrangement {
  /** Appointed by the body's host or parent; the ledger records whom. */
  APPOINTED,
  /** Jointly appointed by the members (seeds/000 §19a). */
  JOINTLY_APPOINTED_BY_MEMBERS,
  /** Rotates between named organisations on a schedule (seeds/003 §4.5.3). */
  ROTATING
}
