package uk.partnershipledger.events.body;

import java.math.BigDecimal;

/**
 * The most a body may commit, in pounds, under a delegation, for one kind of spending.
 *
 * @param maximum inclusive, in pounds sterling with pence as two decimals
 * @param description the limit as the delegating report words it
 */
public record FinancialLimit(LimitKind kind, BigDecimal maximum, String description) {}
