package uk.partnershipledger.query.delegation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * One delegation's whole life: what it is, whether it was in force on the date asked about, and
 * every act on it in effective-date order.
 *
 * @param endedOn the first day it was no longer in force, if it was revoked or lapsed
 * @param onDate the delegation as in force on the date; null if it was not in force then
 */
@Schema(name = "DelegationHistory")
record DelegationHistory(
    @Schema(type = "string", format = "uuid") DelegationId delegationId,
    @Schema(type = "string", format = "uuid") BodyId bodyId,
    @Schema(example = "County Durham Health and Care Joint Committee") String bodyName,
    @Schema(example = "community-mental-health") String function,
    String scope,
    @Schema(example = "2023-04-01") LocalDate grantedOn,
    @Schema(description = "Its first day no longer in force, once revoked or lapsed")
        LocalDate endedOn,
    @Schema(description = "REVOKED or LAPSED once it ended; null while in force") String endedBy,
    @Schema(description = "Why it lapsed, if it did") LapseReason lapseReason,
    @Schema(description = "The date the answer is for", example = "2023-04-01") LocalDate on,
    @Schema(description = "The delegation as in force on that date; null if it was not")
        DelegationOnDate onDate,
    @Schema(description = "Every act on it, by effective date, then by when it was recorded")
        List<Act> timeline,
    @Schema(
            description =
                "The corrections of its scope, conditions and approval, and of the dates of its"
                    + " variations and revocation, in the order recorded: the facts above are the"
                    + " corrected ones")
        List<Correction> corrections) {

  /**
   * A correction of the delegation's terms or of a change's date (DOMAIN.md rule 7).
   *
   * @param corrects TERMS (scope, conditions, approval), CHANGE_DATE (a variation's or the
   *     revocation's date) or GRANT (the grant's function, delegator and date)
   */
  @Schema(name = "DelegationCorrection")
  record Correction(
      @Schema(description = "When the ledger recorded the correction, in UTC")
          OffsetDateTime correctedAt,
      @Schema(description = "Why it was corrected", example = "Cabinet approved it on 15 March")
          String reason,
      @Schema(
              description =
                  "The event whose facts it replaced: the grant, variation or revocation, or an"
                      + " earlier correction",
              format = "uuid")
          String correctedEventId,
      @Schema(description = "TERMS, CHANGE_DATE or GRANT", example = "TERMS") String corrects,
      @Schema(description = "What was recorded before this correction") Before before) {}

  /**
   * What a correction replaced: for TERMS the scope, conditions and approval (date null); for
   * CHANGE_DATE the date the change was recorded with (the rest null or empty).
   */
  @Schema(name = "DelegationCorrectionBefore")
  record Before(
      String scope,
      List<String> conditions,
      DelegationOnDate.Approval approval,
      @Schema(example = "2024-04-01") LocalDate effectiveDate,
      @Schema(description = "For GRANT, the function granted", example = "community-mental-health")
          String function,
      @Schema(description = "For GRANT, the delegator named", type = "string", format = "uuid")
          OrganisationId delegatorId) {

    /** What a correction of terms or of a change's date replaced. */
    Before(
        String scope,
        List<String> conditions,
        DelegationOnDate.Approval approval,
        LocalDate effectiveDate) {
      this(scope, conditions, approval, effectiveDate, null, null);
    }
  }

  /**
   * One act on the delegation.
   *
   * @param delegatorId for a grant the grantor, for a succession the successor
   * @param limits for a grant or variation, the limits it set, as it recorded them even if they
   *     were corrected later; for a correction of limits, the corrected ones; empty otherwise
   * @param reason for a correction, why it was made
   * @param correctedEventId for a correction, the event whose facts it replaced
   */
  @Schema(name = "DelegationAct")
  record Act(
      @Schema(
              description =
                  "GRANTED, VARIED, LIMITS_CORRECTED, TERMS_CORRECTED, GRANT_CORRECTED,"
                      + " VARIATION_DATE_CORRECTED, REVOCATION_DATE_CORRECTED,"
                      + " PASSED_TO_SUCCESSOR, REVOKED or LAPSED",
              example = "VARIED")
          String act,
      @Schema(description = "The day it took effect", example = "2024-04-01")
          LocalDate effectiveDate,
      @Schema(description = "When the ledger recorded it, in UTC") OffsetDateTime recordedAt,
      @Schema(type = "string", format = "uuid") OrganisationId delegatorId,
      @Schema(description = "The delegator's name on the act's date") String delegatorName,
      @Schema(type = "string", format = "uuid") OrganisationId predecessorId,
      List<DelegationOnDate.Limit> limits,
      List<String> conditions,
      DelegationOnDate.Approval approval,
      LapseReason lapseReason,
      @Schema(
              description = "Why it was corrected (the *_CORRECTED acts only)",
              example = "The new-scheme limit was recorded as £50k; the report says £500k")
          String reason,
      @Schema(
              description =
                  "The event whose facts were replaced: the grant, the variation, the revocation"
                      + " or an earlier correction (the *_CORRECTED acts only)",
              format = "uuid")
          String correctedEventId) {}
}
