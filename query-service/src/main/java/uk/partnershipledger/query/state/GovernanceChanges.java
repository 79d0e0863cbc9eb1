package uk.partnershipledger.query.state;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * What changed in a partnership's governance from one date to another (issue 4 item 4): the state
 * on {@code from} compared with the state on {@code to}, kind by kind. A change made and undone
 * between the two dates does not show: the history endpoints list every act.
 */
@Schema(name = "GovernanceChanges")
record GovernanceChanges(
    @Schema(type = "string", format = "uuid") PartnershipId partnershipId,
    @Schema(description = "The earlier date", example = "2021-03-31") LocalDate from,
    @Schema(description = "The later date", example = "2021-04-01") LocalDate to,
    @Schema(description = "The recording instant both states are as of; null for now")
        Instant asRecordedAt,
    @Schema(
            description =
                "By kind (partners, bodies, members, chairs, termsOfReference, delegations, mous,"
                    + " reportingLines): what was added, removed and changed; kinds with no"
                    + " change are left out")
        Map<String, Group> changes) {

  /** The changes of one kind. */
  @Schema(name = "GovernanceChangeGroup")
  record Group(List<Change> added, List<Change> removed, List<Change> changed) {}

  /**
   * One thing added, removed or changed, with how it stood on each date (null where it was not).
   *
   * @param key what identifies it across the two dates: an id, or for a line its two bodies
   */
  @Schema(name = "GovernanceChange")
  record Change(
      @Schema(example = "0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22") String key,
      @Schema(example = "Harrogate and District NHS Foundation Trust") String label,
      @Schema(description = "As it stood on from") JsonNode before,
      @Schema(description = "As it stood on to") JsonNode after) {}
}
