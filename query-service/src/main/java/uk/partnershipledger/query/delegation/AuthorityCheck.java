package uk.partnershipledger.query.delegation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.LimitKind;

/**
 * Whether a body could have decided on a function for an amount on a date, judged as the command
 * side judges a decision (DOMAIN.md rule 3): the body operational on the date, a delegation of the
 * function in force then, and a limit of the decision's kind that covers the amount.
 */
@Schema(name = "AuthorityCheck")
record AuthorityCheck(
    @Schema(type = "string", format = "uuid", example = "7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b")
        BodyId bodyId,
    @Schema(example = "County Durham Care Partnership Executive") String bodyName,
    @Schema(example = "community-services") String function,
    @Schema(example = "NEW_SCHEME") LimitKind limitKind,
    @Schema(example = "400000.00") BigDecimal amount,
    @Schema(description = "The date the question is for", example = "2022-03-01") LocalDate on,
    @Schema(
            description = "The body's status on the date; null before it was established",
            example = "OPERATIONAL")
        String bodyStatus,
    @Schema(description = "Whether a decision so would have been within the body's authority")
        boolean authorised,
    @Schema(
            description = "The answer in words",
            example =
                "Yes: £400,000.00 is within the £500,000.00 new scheme limit of the delegation of"
                    + " community-services from Durham County Council")
        String answer,
    @Schema(
            description =
                "The delegation that authorises it; when refused for the amount, the one with the"
                    + " widest limit of the kind; null when no delegation covers the function")
        DelegationOnDate delegation,
    @Schema(description = "The limit that covers the amount; null without a limit kind or refused")
        DelegationOnDate.Limit limit,
    @Schema(description = "The rule that fails; null when authorised") FailedRule failedRule,
    @Schema(description = "Every delegation of the function the body held on the date")
        List<DelegationOnDate> delegationsOfFunction) {

  /**
   * A rule of DOMAIN.md the decision would break, named as in the command side's refusals.
   *
   * @param rule the rule's slug, as in the problem type {@code urn:partnership-ledger:rule:<rule>}
   */
  @Schema(name = "FailedRule")
  record FailedRule(
      @Schema(example = "amount-over-limit") String rule,
      @Schema(
              example =
                  "£600,000.00 is more than the £500,000.00 new scheme limit of any delegation of"
                      + " community-services the body held on 2022-03-01")
          String detail) {}
}
