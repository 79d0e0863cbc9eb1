package uk.partnershipledger.query.mou;

/** Where an MoU stood on a date. */
public enum MouStatus {
  /** Drafted, but no version had come into force yet. */
  DRAFT,
  /** A version was in force. */
  IN_FORCE,
  /** Terminated on or before the date. */
  TERMINATED
}
