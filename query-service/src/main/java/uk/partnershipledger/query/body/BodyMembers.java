package uk.partnershipledger.query.body;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.events.body.BodyId;

/** Who sat on a body on one date. */
@Schema(name = "BodyMembersOnDate")
record BodyMembers(
    @Schema(type = "string", format = "uuid", example = "7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b")
        BodyId bodyId,
    @Schema(example = "County Durham Health and Care Joint Committee") String name,
    @Schema(description = "The date the answer is for", example = "2023-04-01") LocalDate on,
    @Schema(description = "The member chairing the body on that date, if any")
        BodyView.Member chair,
    @Schema(description = "The members on that date: chair first, then by role, then by name")
        List<BodyView.Member> members) {

  static BodyMembers of(BodyView body) {
    return new BodyMembers(body.bodyId(), body.name(), body.on(), body.chair(), body.members());
  }
}
