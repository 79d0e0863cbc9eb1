package uk.partnershipledger.command.mou;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.mou.MouEvent.MouDraftCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouDraftingCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureSucceeded;
import uk.partnershipledger.events.mou.MouEvent.MouVariationDrafted;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * The directory as tables, written in the unit of work that drafts or changes the MoU. Parties are
 * only ever added: a party amended out on leaving was still a party to the earlier versions.
 */
@Component
@ProcessingGroup("mou-directory")
class JdbcMouDirectory implements MouDirectory {

  private final JdbcTemplate jdbc;

  JdbcMouDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(MouDrafted event) {
    jdbc.update(
        "insert into mou_directory (mou_id, partnership_id, title, drafted_on) values (?, ?, ?, ?)",
        event.mouId().toString(),
        event.partnershipId().toString(),
        event.title(),
        Date.valueOf(event.effectiveDate()));
    event.parties().forEach(party -> addParty(event.mouId(), party));
  }

  /** The title is version 1's; refusals and cascades name the MoU by its corrected title. */
  @EventHandler
  void on(MouDraftCorrected event) {
    if (event.version() == 1) {
      jdbc.update(
          "update mou_directory set title = ? where mou_id = ?",
          event.title(),
          event.mouId().toString());
    }
  }

  /**
   * Parties are only added: one named in error stays listed, and the MoU itself tells whether it is
   * a party on a date. Version 1's date is the MoU's drafting date.
   */
  @EventHandler
  void on(MouDraftingCorrected event) {
    event.parties().forEach(party -> addParty(event.mouId(), party));
    if (event.version() == 1) {
      jdbc.update(
          "update mou_directory set drafted_on = ? where mou_id = ?",
          Date.valueOf(event.effectiveDate()),
          event.mouId().toString());
    }
  }

  @EventHandler
  void on(MouVariationDrafted event) {
    event.parties().forEach(party -> addParty(event.mouId(), party));
  }

  @EventHandler
  void on(MouSignatureSucceeded event) {
    addParty(event.mouId(), event.successorId());
  }

  /** Portable on H2 and PostgreSQL; a party named again in a later version is already there. */
  private void addParty(MouId mouId, OrganisationId party) {
    jdbc.update(
        "insert into mou_party (mou_id, organisation_id) select ?, ? where not exists"
            + " (select 1 from mou_party where mou_id = ? and organisation_id = ?)",
        mouId.toString(),
        party.toString(),
        mouId.toString(),
        party.toString());
  }

  @Override
  public Optional<KnownMou> find(MouId mouId) {
    return jdbc
        .query(
            "select partnership_id, title, drafted_on from mou_directory where mou_id = ?",
            (rs, i) ->
                new KnownMou(
                    mouId,
                    PartnershipId.of(rs.getString(1)),
                    rs.getString(2),
                    rs.getDate(3).toLocalDate()),
            mouId.toString())
        .stream()
        .findFirst();
  }

  @Override
  public List<MouId> ofPartnership(PartnershipId partnershipId) {
    return jdbc.query(
        "select mou_id from mou_directory where partnership_id = ? order by drafted_on, mou_id",
        (rs, i) -> MouId.of(rs.getString(1)),
        partnershipId.toString());
  }

  @Override
  public List<MouId> withParty(OrganisationId organisationId) {
    return jdbc.query(
        "select p.mou_id from mou_party p join mou_directory d on d.mou_id = p.mou_id"
            + " where p.organisation_id = ? order by d.drafted_on, p.mou_id",
        (rs, i) -> MouId.of(rs.getString(1)),
        organisationId.toString());
  }
}
