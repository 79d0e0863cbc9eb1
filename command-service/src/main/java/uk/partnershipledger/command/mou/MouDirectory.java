package uk.partnershipledger.command.mou;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.ledger.RuleViolation;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * The memoranda of understanding other parts of the command side may refer to, such as the leaving
 * and succession cascades that look up which MoUs an organisation is party to (docs/adr/0004).
 */
public interface MouDirectory {

  Optional<KnownMou> find(MouId mouId);

  default KnownMou require(MouId mouId) {
    return find(mouId)
        .orElseThrow(
            () ->
                new RuleViolation(
                    Rule.UNKNOWN_MOU,
                    "no memorandum of understanding with id " + mouId + " is recorded"));
  }

  /** The partnership's MoUs, terminated ones included, in the order they were first drafted. */
  List<MouId> ofPartnership(PartnershipId partnershipId);

  /**
   * The MoUs the organisation has been named a party to in any version, as drafted or as successor
   * to an abolished party; whether it is a party on a given date is the MoU's own business.
   */
  List<MouId> withParty(OrganisationId organisationId);

  record KnownMou(MouId mouId, PartnershipId partnershipId, String title, LocalDate draftedOn) {}
}
