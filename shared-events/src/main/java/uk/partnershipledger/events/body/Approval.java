package uk.partnershipledger.events.body;

import java.time.LocalDate;

/**
 * The delegator's governing-body agreement to a delegation or to a change of its limits (seeds/001
 * §24, §26).
 *
 * @param approvedBy the governing body that agreed, such as "Durham County Council Cabinet"
 * @param approvedOn the day it agreed
 * @param reference the minute or report reference
 */
public record Approval(String approvedBy, LocalDate approvedOn, String reference) {}
