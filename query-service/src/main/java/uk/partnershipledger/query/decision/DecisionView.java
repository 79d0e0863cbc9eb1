package uk.partnershipledger.query.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * A decision a body took, a decision it attempted and was refused, or a recommendation it made.
 * Fields that do not apply to the outcome are null (or empty). A corrected decision shows its
 * corrected facts, and in {@code corrections} what it said before each correction.
 */
@Schema(name = "Decision")
record DecisionView(
    @Schema(type = "string", format = "uuid") DecisionId decisionId,
    @Schema(example = "DECIDED") DecisionOutcome outcome,
    @Schema(description = "The day it was decided, refused or recommended", example = "2023-05-10")
        LocalDate on,
    @Schema(description = "When the ledger recorded it, in UTC") OffsetDateTime recordedAt,
    @Schema(example = "Crisis café pilot in Durham city") String subject,
    @Schema(example = "CMH-2023-05") String matter,
    @Schema(example = "community-mental-health") String function,
    @Schema(example = "NEW_SCHEME") LimitKind limitKind,
    @Schema(description = "In pounds, with pence as two decimals", example = "400000.00")
        BigDecimal amount,
    @Schema(description = "The delegation it was decided under (DECIDED only)", type = "string")
        DelegationId delegationId,
    @Schema(description = "That delegation's delegator (DECIDED only)", type = "string")
        OrganisationId delegatorId,
    @Schema(description = "The delegator's name on the day") String delegatorName,
    @Schema(description = "Members who had declared an interest and did not vote")
        List<Member> abstainingMembers,
    @Schema(
            description =
                "The refusing rule (REFUSED only), as in urn:partnership-ledger:rule:<rule>",
            example = "amount-within-limit")
        String rule,
    @Schema(description = "Why it was refused, as the client was told (REFUSED only)")
        String reason,
    @Schema(description = "To whom it was recommended (RECOMMENDED only)", example = "NENC ICB")
        String recommendedTo,
    @Schema(
            description =
                "Its corrections (DECIDED and RECOMMENDED), in the order recorded: the facts"
                    + " above are the corrected ones")
        List<Correction> corrections) {

  /** A correction of the decision (DOMAIN.md rule 7), with what the decision said until then. */
  @Schema(name = "DecisionCorrection")
  record Correction(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(
              description = "Why it was corrected",
              example = "The minutes record £400,000, not £40,000")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the decision's record or an earlier"
                      + " correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "What the decision said before this correction") Facts before) {}

  /** The facts of a decision that a correction can change. */
  @Schema(name = "DecisionFacts")
  record Facts(
      @Schema(description = "The day it was dated", example = "2023-05-10") LocalDate on,
      String subject,
      LimitKind limitKind,
      BigDecimal amount,
      @Schema(type = "string", format = "uuid") DelegationId delegationId,
      @Schema(type = "string", format = "uuid") OrganisationId delegatorId,
      List<Member> abstainingMembers,
      @Schema(description = "To whom it was recommended (RECOMMENDED only)") String recommendedTo,
      @Schema(
              description = "The function it was recorded under; null in corrections before V14",
              example = "community-mental-health")
          String function) {

    /** The facts of a decision or recommendation, with no function kept. */
    Facts(
        LocalDate on,
        String subject,
        LimitKind limitKind,
        BigDecimal amount,
        DelegationId delegationId,
        OrganisationId delegatorId,
        List<Member> abstainingMembers,
        String recommendedTo) {
      this(
          on,
          subject,
          limitKind,
          amount,
          delegationId,
          delegatorId,
          abstainingMembers,
          recommendedTo,
          null);
    }

    /** The facts of a decision, which has no recipient. */
    Facts(
        LocalDate on,
        String subject,
        LimitKind limitKind,
        BigDecimal amount,
        DelegationId delegationId,
        OrganisationId delegatorId,
        List<Member> abstainingMembers) {
      this(on, subject, limitKind, amount, delegationId, delegatorId, abstainingMembers, null);
    }
  }

  /** A member of the body, named as on their appointment. */
  @Schema(name = "DecisionMember")
  record Member(
      @Schema(type = "string", format = "uuid") MembershipId membershipId,
      @Schema(description = "Null while the appointment has not arrived", example = "Alan Foster")
          String personName,
      @Schema(type = "string", format = "uuid") OrganisationId organisationId,
      @Schema(example = "Durham County Council") String organisationName) {}
}
