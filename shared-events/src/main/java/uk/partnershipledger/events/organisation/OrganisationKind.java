package uk.partnershipledger.events.organisation;

/**
 * The kinds of partner seen in the seed reports (DOMAIN.md, "Organisation").
 *
 * <p>Local authorities, ICBs and CCGs hold statutory functions and can delegate them (seeds/001
 * §18, §27; seeds/003 §4.6), so they are always statutory bodies. Primary care networks and
 * voluntary sector organisations never are. For the other kinds the registering client says.
 */
public enum OrganisationKind {
  LOCAL_AUTHORITY(Statutory.ALWAYS),
  INTEGRATED_CARE_BOARD(Statutory.ALWAYS),
  CLINICAL_COMMISSIONING_GROUP(Statutory.ALWAYS),
  NHS_TRUST(Statutory.AS_DECLARED),
  NHS_FOUNDATION_TRUST(Statutory.AS_DECLARED),
  PRIMARY_CARE_NETWORK(Statutory.NEVER),
  VOLUNTARY_SECTOR(Statutory.NEVER),
  HEALTHWATCH(Statutory.AS_DECLARED);

  private final Statutory statutory;

  OrganisationKind(Statutory statutory) {
    this.statutory = statutory;
  }

  /** Whether an organisation of this kind can be declared a statutory body at all. */
  public boolean admitsStatutory(boolean declared) {
    return switch (statutory) {
      case ALWAYS -> declared;
      case NEVER -> !declared;
      case AS_DECLARED -> true;
    };
  }

  /** What to assume when the client does not say. */
  public boolean statutoryByDefault() {
    return statutory == Statutory.ALWAYS;
  }

  private enum Statutory {
    ALWAYS,
    NEVER,
    AS_DECLARED
  }
}
