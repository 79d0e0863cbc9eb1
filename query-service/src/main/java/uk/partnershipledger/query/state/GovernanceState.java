package uk.partnershipledger.query.state;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.query.body.BodyView;
import uk.partnershipledger.query.delegation.BodyDelegations;
import uk.partnershipledger.query.mou.MouView;
import uk.partnershipledger.query.partnership.PartnersOnDate;
import uk.partnershipledger.query.partnership.PartnershipView;
import uk.partnershipledger.query.partnership.ReportingLinesOnDate;

/**
 * How a partnership was governed on a date, in one answer (issue 4 item 1): its partners; its
 * bodies in being with their type, status, terms of reference in force, chair and members; the
 * delegations each body held with their limits and approvals; the MoUs in force with the version
 * and its signatories; and the reporting lines. As the ledger stands now, or as it stood at {@code
 * asRecordedAt}.
 */
@Schema(name = "GovernanceState")
record GovernanceState(
    @Schema(description = "The partnership as formed") PartnershipView partnership,
    @Schema(description = "The date the answer is for", example = "2021-05-01") LocalDate on,
    @Schema(
            description =
                "The recording instant the answer is as of; null for as the ledger stands",
            example = "2026-11-02T09:30:00Z")
        Instant asRecordedAt,
    @Schema(description = "The partners on the date") PartnersOnDate partners,
    @Schema(description = "Each body established by the date and not dissolved on it, by name")
        List<BodyState> bodies,
    @Schema(
            description =
                "The MoUs in force on the date, with the version that bound and who signed")
        List<MouView> mousInForce,
    @Schema(description = "The reporting lines in force on the date")
        ReportingLinesOnDate reportingLines) {

  /** A body on the date: what it was, who sat on it, and what it could decide. */
  @Schema(name = "BodyState")
  record BodyState(
      @Schema(description = "Type, status, terms of reference in force, chair and members")
          BodyView body,
      @Schema(description = "The delegations it held on the date, with limits and approvals")
          BodyDelegations delegations) {}
}
