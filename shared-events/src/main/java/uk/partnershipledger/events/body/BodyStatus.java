package uk.partnershipledger.events.body;

/**
 * A body's lifecycle, in order: the County Durham joint committee was in shadow form from October
 * 2022 and fully operational from April 2023 (seeds/000 §7). A body only moves forward through it.
 */
public enum BodyStatus {
  PROPOSED,
  /** Meets and recommends, but cannot take decisions (DOMAIN.md rule 3). */
  SHADOW,
  OPERATIONAL,
  DISSOLVED;

  public boolean precedes(BodyStatus other) {
    return ordinal() < other.ordinal();
  }
}
