package uk.partnershipledger.command.ledger;

/**
 * A command the ledger refuses, with the rule it breaks and a reason a governance officer can read.
 * Nothing is stored when it is thrown.
 */
public class RuleViolation extends RuntimeException {

  private final Rule rule;

  public RuleViolation(Rule rule, String detail) {
    super(detail);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
