package uk.partnershipledger.query.delegation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.organisation.OrganisationId;

/** A delegation in force on a date, with the delegator and the terms of that date. */
@Schema(name = "DelegationOnDate")
public record DelegationOnDate(
    @Schema(type = "string", format = "uuid", example = "6d1f0a2b-3c4d-4e5f-8a7b-9c0d1e2f3a4b")
        DelegationId delegationId,
    @Schema(type = "string", format = "uuid", example = "7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b")
        BodyId bodyId,
    @Schema(description = "The statutory function, as a code", example = "community-mental-health")
        String function,
    @Schema(example = "Community mental health services for adults in County Durham") String scope,
    @Schema(description = "The day it was granted", example = "2023-04-01") LocalDate grantedOn,
    @Schema(description = "Who delegated it, as of the date (after any succession)")
        Delegator delegator,
    @Schema(description = "The financial limits in force on the date (after any variation)")
        List<Limit> limits,
    @Schema(description = "The conditions in force on the date") List<String> conditions,
    @Schema(description = "The delegator's governing-body approval of the terms in force")
        Approval approval,
    @Schema(description = "The first day of the terms in force: the grant or the last variation")
        LocalDate termsSince) {

  /**
   * The organisation that delegated, named as on the date. The delegator stays accountable
   * (seeds/004 §14).
   *
   * @param succeededFrom the abolished delegator it took the delegation over from, if it did
   */
  @Schema(name = "Delegator")
  record Delegator(
      @Schema(type = "string", format = "uuid", example = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22")
          OrganisationId organisationId,
      @Schema(
              description = "Null while its registration has not arrived",
              example = "Durham County Council")
          String name,
      @Schema(description = "The first day it was the delegator", example = "2023-04-01")
          LocalDate since,
      @Schema(type = "string", format = "uuid") OrganisationId succeededFrom) {}

  /** The most the body may commit for one kind of spending, in pounds, inclusive. */
  @Schema(name = "FinancialLimit")
  record Limit(
      @Schema(example = "NEW_SCHEME") LimitKind kind,
      @Schema(example = "500000.00") BigDecimal maximum,
      @Schema(example = "New schemes up to £500k without further governance") String description) {}

  /** The delegator's governing-body agreement (seeds/001 §24, §26). */
  @Schema(name = "DelegationApproval")
  record Approval(
      @Schema(example = "Durham County Council Cabinet") String approvedBy,
      @Schema(example = "2023-03-15") LocalDate approvedOn,
      @Schema(example = "CAB-2023-03-15-7") String reference) {}
}
