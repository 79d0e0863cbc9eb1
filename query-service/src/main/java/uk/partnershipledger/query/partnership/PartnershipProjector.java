package uk.partnershipledger.query.partnership;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerLeft;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.query.intake.Projector;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Keeps the {@code partnership} and {@code partner_tenure} tables.
 *
 * <p>A tenure is the half-open interval [joined, left) of the partnership's own events
 * (PartnershipEvent's contract): a joining opens one, a leaving closes the open one, and a notice
 * is written on the tenure that covers its date, which the command side guarantees exists. Rows are
 * changed in place for now; when "as recorded at" queries come, a change will instead supersede the
 * row ({@code superseded_at}) and insert its successor, which is why each row keeps when it was
 * recorded.
 */
@Component
class PartnershipProjector extends Projector {

  private static final Logger log = LoggerFactory.getLogger(PartnershipProjector.class);

  private final JdbcTemplate jdbc;

  PartnershipProjector(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    on(PartnershipFormed.class, this::formed);
    on(PartnerJoined.class, this::joined);
    on(PartnerGaveNotice.class, this::gaveNotice);
    on(PartnerLeft.class, this::left);
  }

  private void formed(PartnershipFormed formed, RecordedEvent recorded) {
    jdbc.update(
        "insert into partnership (partnership_id, name, place, formed_on, recorded_at)"
            + " values (?, ?, ?, ?, ?)",
        recorded.require(formed.partnershipId(), "partnershipId").value(),
        recorded.require(formed.name(), "name"),
        recorded.require(formed.place(), "place"),
        recorded.require(formed.effectiveDate(), "effectiveDate"),
        recorded.recordedAt());
  }

  private void joined(PartnerJoined joined, RecordedEvent recorded) {
    // The joining event's id names the tenure: stable however often the topic is replayed.
    jdbc.update(
        "insert into partner_tenure"
            + " (id, partnership_id, organisation_id, valid_from, recorded_at)"
            + " values (?, ?, ?, ?, ?)",
        recorded.eventId(),
        recorded.require(joined.partnershipId(), "partnershipId").value(),
        recorded.require(joined.organisationId(), "organisationId").value(),
        recorded.require(joined.effectiveDate(), "effectiveDate"),
        recorded.recordedAt());
  }

  private void gaveNotice(PartnerGaveNotice notice, RecordedEvent recorded) {
    int changed =
        jdbc.update(
            "update partner_tenure set notice_given_on = ?, intended_leaving_date = ?"
                + " where partnership_id = ? and organisation_id = ?"
                + " and valid_from <= ? and (valid_to is null or ? < valid_to)",
            recorded.require(notice.effectiveDate(), "effectiveDate"),
            notice.intendedLeavingDate(),
            recorded.require(notice.partnershipId(), "partnershipId").value(),
            recorded.require(notice.organisationId(), "organisationId").value(),
            notice.effectiveDate(),
            notice.effectiveDate());
    if (changed != 1) {
      warnNoTenure(recorded, changed, "covering " + notice.effectiveDate());
    }
  }

  private void left(PartnerLeft left, RecordedEvent recorded) {
    int changed =
        jdbc.update(
            "update partner_tenure set valid_to = ?, ended_recorded_at = ?"
                + " where partnership_id = ? and organisation_id = ? and valid_to is null",
            recorded.require(left.effectiveDate(), "effectiveDate"),
            recorded.recordedAt(),
            recorded.require(left.partnershipId(), "partnershipId").value(),
            recorded.require(left.organisationId(), "organisationId").value());
    if (changed != 1) {
      warnNoTenure(recorded, changed, "open");
    }
  }

  /**
   * The command side only records a notice or a leaving for a partner with a matching tenure, so a
   * miss means an earlier event of this partnership never reached the read model (see the
   * dead-letter topic). The event still counts as applied: blocking the partnership would not bring
   * the missing event back.
   */
  private static void warnNoTenure(RecordedEvent recorded, int changed, String which) {
    log.atWarn()
        .addKeyValue("eventId", recorded.eventId())
        .addKeyValue("aggregateId", recorded.aggregateId())
        .addKeyValue("eventType", recorded.type())
        .log(
            "{} event {} of aggregate {} found {} {} tenures instead of one",
            recorded.type(),
            recorded.eventId(),
            recorded.aggregateId(),
            changed,
            which);
  }
}
