package uk.partnershipledger.events.partnership;

/** The two kinds of line in the structure charts of seeds/001 Appendix 2 and 3. */
public enum ReportingLineKind {
  /** Drawn solid: the body answers to the other and acts under its authority. */
  DIRECT_ACCOUNTABILITY,
  /** Drawn dashed: the body reports to the other, which has no authority over it. */
  REPORTING_RELATIONSHIP
}
