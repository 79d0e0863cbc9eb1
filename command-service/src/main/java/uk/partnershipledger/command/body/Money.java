package uk.partnershipledger.command.body;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as a governance officer writes them in a refusal: £500,000.00. */
final class Money {

  private Money() {}

  static String pounds(BigDecimal amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
    return format.format(amount);
  }
}
