package uk.partnershipledger.events.body;

/**
 * What a financial limit of a delegation governs. A place partnership may move up to £1m within its
 * base budget and agree new schemes up to £500k without further governance (seeds/003 §4.6.3).
 */
public enum LimitKind {
  /** Moving money between lines within the base budget the body was given. */
  BUDGET_MOVEMENT,
  /** Approving a new scheme or service. */
  NEW_SCHEME,
  /** Any other spending commitment. */
  EXPENDITURE
}
