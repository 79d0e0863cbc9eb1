package uk.partnershipledger.command.partnership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.ledger.RuleViolation;

/**
 * Something of a partnership recorded on a day: a formation moved later may not leave it before the
 * formation. The partnership judges its own record with it, the formation-date cascade its bodies'
 * and MoUs'.
 */
public record RecordedBeforeFormation(LocalDate day, String what) {

  /** Refuses the formation on {@code date} with the earliest of the facts dated before it. */
  public static void refuseAnyBefore(
      String partnership, LocalDate date, Stream<RecordedBeforeFormation> facts) {
    facts
        .filter(fact -> fact.day().isBefore(date))
        .min(Comparator.comparing(RecordedBeforeFormation::day))
        .ifPresent(
            fact -> {
              throw new RuleViolation(
                  Rule.FORMATION_AFTER_RECORDED_ACTS,
                  partnership
                      + " cannot have been formed on "
                      + date
                      + ": on "
                      + fact.day()
                      + " "
                      + fact.what());
            });
  }
}
