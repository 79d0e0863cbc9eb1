package uk.partnershipledger.events.body;

/** Why a delegation stopped without being revoked. */
public enum LapseReason {
  /** The delegator left the partnership (DOMAIN.md rule 6). */
  DELEGATOR_LEFT_PARTNERSHIP,
  /** The delegator was abolished with no successor to take the delegation over. */
  DELEGATOR_ABOLISHED,
  /** The body holding it was dissolved or replaced. */
  BODY_DISSOLVED
}
