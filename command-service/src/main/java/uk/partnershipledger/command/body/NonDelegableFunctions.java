package uk.partnershipledger.command.body;

import java.util.Map;
import java.util.Optional;

/**
 * Functions a local authority may not delegate. "The Care Act is clear that local authorities can
 * delegate a majority of their care and support functions, but not all. Exclusions include being
 * the lead for adult safeguarding and the power to charge" (seeds/004 §14).
 *
 * <p>Functions travel as codes so that a decision names the same function its delegation does;
 * these two codes are reserved for the functions the Act keeps with the authority.
 */
final class NonDelegableFunctions {

  private static final Map<String, String> WHY =
      Map.of(
          "adult-safeguarding-lead",
          "under the Care Act 2014 a local authority remains the lead for adult safeguarding and"
              + " cannot delegate it (seeds/004 §14)",
          "power-to-charge",
          "under the Care Act 2014 a local authority keeps the power to charge for care and support"
              + " and cannot delegate it (seeds/004 §14)");

  private NonDelegableFunctions() {}

  /** Why the function cannot be delegated, if it cannot. */
  static Optional<String> whyNot(String function) {
    return Optional.ofNullable(WHY.get(function));
  }
}
