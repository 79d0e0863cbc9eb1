package uk.partnershipledger.query.delegation;

import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.query.api.AsRecordedAt;
import uk.partnershipledger.query.api.BadQuery;

/**
 * The question an authority check answers, as a decision would have put it: a function, and an
 * amount with the kind of limit it counts against (both, or neither), on a date.
 */
record AuthorityQuestion(
    @Parameter(
            description = "The statutory function, as a code",
            required = true,
            example = "community-services")
        String function,
    @Parameter(description = "The amount in pounds; needs limitKind", example = "400000")
        BigDecimal amount,
    @Parameter(description = "The kind of limit the amount counts against; needs amount")
        LimitKind limitKind,
    @Parameter(description = "The date, yyyy-MM-dd; default today", example = "2022-03-01")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate on,
    @Parameter(description = AsRecordedAt.DESCRIPTION, example = AsRecordedAt.EXAMPLE)
        Instant asRecordedAt) {

  /**
   * The question with its function stripped; refuses, as a bad query, what no decision could have
   * asked. Not in the constructor: Spring binds the parameters through it, and would report a
   * refusal there as a failure to build the object, not as the bad parameter it is.
   */
  AuthorityQuestion validated() {
    if (function == null || function.isBlank()) {
      throw new BadQuery("function", "name the statutory function, as a code");
    }
    if (amount != null && limitKind == null) {
      throw new BadQuery("limitKind", "an amount needs the kind of limit it counts against");
    }
    if (limitKind != null && amount == null) {
      throw new BadQuery("amount", "a kind of limit needs the amount to judge against it");
    }
    if (amount != null && amount.signum() < 0) {
      throw new BadQuery("amount", "an amount cannot be negative");
    }
    return new AuthorityQuestion(function.strip(), amount, limitKind, on, asRecordedAt);
  }
}
