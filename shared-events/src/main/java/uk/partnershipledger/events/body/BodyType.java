package uk.partnershipledger.events.body;

/**
 * The kinds of governance body in the seed reports: the Integration White Paper's five options for
 * place (seeds/000 §11) and the other bodies the reports name.
 */
public enum BodyType {
  /** Option (a): led by the ICB, advisory only; it can never take a decision. */
  CONSULTATIVE_FORUM(false),
  /** Option (b): delegation to an individual executive. */
  INDIVIDUAL_EXECUTIVE(true),
  /** Option (c): a committee of one statutory body. */
  COMMITTEE_OF_STATUTORY_BODY(true),
  /** Option (d): a joint committee with delegated decision-making functions. */
  JOINT_COMMITTEE(true),
  /** Option (e): a lead provider managing resources under a contract. */
  LEAD_PROVIDER(true),
  PARTNERSHIP_EXECUTIVE(true),
  PARTNERSHIP_BOARD(true),
  /** The Partnership Forum meets three times a year (seeds/001 MoU §11). */
  FORUM(false),
  HEALTH_AND_WELLBEING_BOARD(true),
  /** A statutory joint committee of the ICB and the councils (seeds/003 §4.5.1). */
  INTEGRATED_CARE_PARTNERSHIP(true),
  SCRUTINY_COMMITTEE(false),
  CABINET(true),
  GOVERNING_BODY(true);

  private final boolean canDecide;

  BodyType(boolean canDecide) {
    this.canDecide = canDecide;
  }

  /**
   * Whether a body of this type can take decisions, and so hold a delegation (DOMAIN.md rule 2).
   */
  public boolean canDecide() {
    return canDecide;
  }
}
