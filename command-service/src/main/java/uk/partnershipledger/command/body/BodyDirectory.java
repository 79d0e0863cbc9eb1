package uk.partnershipledger.command.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.ledger.RuleViolation;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.partnership.PartnershipId;

/** The bodies other aggregates may refer to (docs/adr/0004). */
public interface BodyDirectory {

  Optional<KnownBody> find(BodyId bodyId);

  /** Every body ever established in the partnership, in a stable order. */
  List<BodyId> inPartnership(PartnershipId partnershipId);

  default KnownBody require(BodyId bodyId) {
    return find(bodyId)
        .orElseThrow(
            () ->
                new RuleViolation(
                    Rule.UNKNOWN_BODY, "no governance body with id " + bodyId + " is recorded"));
  }

  record KnownBody(
      BodyId bodyId, PartnershipId partnershipId, String name, LocalDate establishedOn) {}
}
