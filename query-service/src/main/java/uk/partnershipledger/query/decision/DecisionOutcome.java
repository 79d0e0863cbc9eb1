package uk.partnershipledger.query.decision;

/** What came of a matter put to a body. */
enum DecisionOutcome {
  /** Decided under a delegation in force, within its limit, while the body was operational. */
  DECIDED,
  /** Attempted and refused by a rule (DOMAIN.md rule 3); kept so an auditor sees the attempt. */
  REFUSED,
  /** Recommended to those who can decide, by a body that could not (seeds/000 §7). */
  RECOMMENDED
}
