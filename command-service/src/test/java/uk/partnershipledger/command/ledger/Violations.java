package uk.partnershipledger.command.ledger;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by the rule it names, so tests check the rule and not only the words. */
public final class Violations {

  private Violations() {}

  public static Matcher<RuleViolation> violates(Rule rule) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(RuleViolation violation) {
        return violation.rule() == rule;
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("a violation of rule ").appendValue(rule);
      }

      @Override
      protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
        mismatch
            .appendText("violated ")
            .appendValue(violation.rule())
            .appendText(": " + violation.getMessage());
      }
    };
  }
}
