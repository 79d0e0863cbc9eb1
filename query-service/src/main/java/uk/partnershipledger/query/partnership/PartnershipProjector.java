package uk.partnershipledger.query.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.FormationCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.FormationDateCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.JoiningCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.LeavingCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.NoticeCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerLeft;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerSucceeded;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineEndCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineEnded;
import uk.partnershipledger.events.partnership.PartnershipEvent.SuccessionCorrected;
import uk.partnershipledger.query.intake.Projector;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Keeps the {@code partnership}, {@code partner_tenure} and {@code reporting_line} tables.
 *
 * <p>A tenure is the half-open interval [joined, left) of the partnership's own events
 * (PartnershipEvent's contract): a joining opens one, a leaving closes the open one, and a notice
 * is written on the tenure that covers its date, which the command side guarantees exists. A
 * succession closes the predecessor's tenure like a leaving and opens the successor's like a
 * joining, unless the successor is already a partner on the date. A reporting line is kept the same
 * way: drawing opens it, ending closes the open one between the same two bodies. Rows are changed
 * in place for now; when "as recorded at" queries come, a change will instead supersede the row
 * ({@code superseded_at}) and insert its successor, which is why each row keeps when it was
 * recorded.
 *
 * <p>A correction of a joining date (DOMAIN.md rule 7) moves the first day of the tenure the
 * joining opened, in place, and keeps the day it replaced, why and when in {@code
 * joining_correction}; a correction of the formation date moves the partnership's first day and its
 * moved founders' tenures the same way, kept in {@code formation_date_correction}.
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
    on(PartnerSucceeded.class, this::succeeded);
    on(ReportingLineDrawn.class, this::lineDrawn);
    on(ReportingLineEnded.class, this::lineEnded);
    on(JoiningCorrected.class, this::joiningCorrected);
    on(NoticeCorrected.class, this::noticeCorrected);
    on(ReportingLineCorrected.class, this::lineCorrected);
    on(FormationCorrected.class, this::formationCorrected);
    on(FormationDateCorrected.class, this::formationDateCorrected);
    on(ReportingLineEndCorrected.class, this::lineEndCorrected);
    on(LeavingCorrected.class, this::leavingCorrected);
    on(SuccessionCorrected.class, this::successionCorrected);
  }

  /** A partnership has one formation, so its row holds the facts, corrected in place (V14). */
  private void formationCorrected(FormationCorrected corrected, RecordedEvent recorded) {
    UUID partnership = recorded.require(corrected.partnershipId(), "partnershipId").value();
    String name = recorded.require(corrected.name(), "name");
    String place = recorded.require(corrected.place(), "place");
    int kept =
        jdbc.update(
            "insert into formation_correction (event_id, partnership_id, corrected_event_id,"
                + " reason, recorded_at, previous_name, previous_place, name, place)"
                + " select ?, partnership_id, ?, ?, ?, name, place, ?, ? from partnership"
                + " where partnership_id = ?",
            recorded.eventId(),
            recorded.require(corrected.correctedEventId(), "correctedEventId"),
            corrected.reason(),
            recorded.recordedAt(),
            name,
            place,
            partnership);
    if (kept != 1) {
      warnLine(recorded, kept, "partnerships");
      return;
    }
    jdbc.update(
        "update partnership set name = ?, place = ? where partnership_id = ?",
        name,
        place,
        partnership);
  }

  /**
   * The partnership was formed on the corrected day (V17 keeps the day replaced), and so did each
   * founder that moved with it: its tenure is the one that began on the day replaced and was not
   * opened by a succession. It begins on the corrected day instead; the command side keeps that day
   * before the tenure's end.
   */
  private void formationDateCorrected(FormationDateCorrected corrected, RecordedEvent recorded) {
    UUID partnership = recorded.require(corrected.partnershipId(), "partnershipId").value();
    LocalDate was = recorded.require(corrected.previousDate(), "previousDate");
    LocalDate formedOn = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<OrganisationId> founders =
        recorded.require(corrected.movedFoundingPartners(), "movedFoundingPartners");
    int kept =
        jdbc.update(
            "insert into formation_date_correction (event_id, partnership_id, corrected_event_id,"
                + " reason, recorded_at, previous_formed_on, formed_on)"
                + " select ?, partnership_id, ?, ?, ?, formed_on, ? from partnership"
                + " where partnership_id = ?",
            recorded.eventId(),
            recorded.require(corrected.correctedEventId(), "correctedEventId"),
            corrected.reason(),
            recorded.recordedAt(),
            formedOn,
            partnership);
    if (kept != 1) {
      warnLine(recorded, kept, "partnerships");
      return;
    }
    jdbc.update(
        "update partnership set formed_on = ? where partnership_id = ?", formedOn, partnership);
    for (int position = 0; position < founders.size(); position++) {
      OrganisationId founder = founders.get(position);
      List<UUID> tenures = joinedOn(partnership, founder.value(), was);
      if (tenures.size() != 1) {
        warnNoTenure(recorded, tenures.size(), "of founder " + founder + " joined on " + was);
        continue;
      }
      UUID tenure = tenures.get(0);
      jdbc.update(
          "insert into formation_date_correction_tenure (event_id, tenure_id, position,"
              + " organisation_id, previous_valid_from, valid_from) values (?, ?, ?, ?, ?, ?)",
          recorded.eventId(),
          tenure,
          position,
          founder.value(),
          was,
          formedOn);
      jdbc.update("update partner_tenure set valid_from = ? where id = ?", formedOn, tenure);
    }
  }

  /**
   * The line is the one between the two bodies whose end the corrected event set (V14 keeps the
   * latest end correction on it), or, while its end is uncorrected, the one ending on the day the
   * correction says it was recorded with. It ends on the corrected day instead; the command side
   * keeps that day on or after the line's first day (an empty line was never in force).
   */
  private void lineEndCorrected(ReportingLineEndCorrected corrected, RecordedEvent recorded) {
    UUID partnership = recorded.require(corrected.partnershipId(), "partnershipId").value();
    String correctedEventId = recorded.require(corrected.correctedEventId(), "correctedEventId");
    LocalDate to = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<UUID> lines =
        jdbc.queryForList(
            "select id from reporting_line where partnership_id = ? and from_body_id = ?"
                + " and to_body_id = ? and valid_to is not null and (ended_by = ?"
                + " or (ended_by is null and valid_to = ?))",
            UUID.class,
            partnership,
            recorded.require(corrected.fromBodyId(), "fromBodyId").value(),
            recorded.require(corrected.toBodyId(), "toBodyId").value(),
            asUuid(correctedEventId),
            corrected.previousDate());
    if (lines.size() != 1) {
      warnLine(recorded, lines.size(), "ended reporting lines named by " + correctedEventId);
      return;
    }
    UUID line = lines.get(0);
    jdbc.update(
        "insert into reporting_line_end_correction (event_id, line_id, partnership_id,"
            + " corrected_event_id, reason, recorded_at, previous_valid_to, valid_to)"
            + " select ?, id, partnership_id, ?, ?, ?, valid_to, ? from reporting_line where id = ?",
        recorded.eventId(),
        correctedEventId,
        corrected.reason(),
        recorded.recordedAt(),
        to,
        line);
    jdbc.update(
        "update reporting_line set valid_to = ?, ended_by = ? where id = ?",
        to,
        recorded.eventId(),
        line);
  }

  private static void warnLine(RecordedEvent recorded, int found, String which) {
    log.atWarn()
        .addKeyValue("eventId", recorded.eventId())
        .addKeyValue("aggregateId", recorded.aggregateId())
        .addKeyValue("eventType", recorded.type())
        .log(
            "{} event {} of aggregate {} found {} {} instead of one",
            recorded.type(),
            recorded.eventId(),
            recorded.aggregateId(),
            found,
            which);
  }

  /**
   * The notice is the one whose facts a tenure holds (V12 keeps the notice's event id on it), or,
   * for a notice written before, the partner's notice given on the day the correction says it was
   * recorded with. It takes the corrected day and intended leaving date in place.
   */
  private void noticeCorrected(NoticeCorrected corrected, RecordedEvent recorded) {
    UUID partnership = recorded.require(corrected.partnershipId(), "partnershipId").value();
    UUID organisation = recorded.require(corrected.organisationId(), "organisationId").value();
    String correctedEventId = recorded.require(corrected.correctedEventId(), "correctedEventId");
    LocalDate givenOn = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<UUID> tenures =
        jdbc.queryForList(
            "select id from partner_tenure where partnership_id = ? and organisation_id = ?"
                + " and (notice_recorded_by = ? or (notice_recorded_by is null"
                + " and notice_given_on = ?))",
            UUID.class,
            partnership,
            organisation,
            asUuid(correctedEventId),
            corrected.previousDate());
    if (tenures.size() != 1) {
      warnNoTenure(recorded, tenures.size(), "with the notice " + correctedEventId);
      return;
    }
    UUID tenure = tenures.get(0);
    jdbc.update(
        "insert into notice_correction (event_id, tenure_id, partnership_id, organisation_id,"
            + " corrected_event_id, reason, recorded_at, previous_given_on,"
            + " previous_intended_leaving_date, given_on, intended_leaving_date)"
            + " select ?, id, partnership_id, organisation_id, ?, ?, ?, notice_given_on,"
            + " intended_leaving_date, ?, ? from partner_tenure where id = ?",
        recorded.eventId(),
        correctedEventId,
        corrected.reason(),
        recorded.recordedAt(),
        givenOn,
        corrected.intendedLeavingDate(),
        tenure);
    jdbc.update(
        "update partner_tenure set notice_given_on = ?, intended_leaving_date = ?,"
            + " notice_recorded_by = ? where id = ?",
        givenOn,
        corrected.intendedLeavingDate(),
        recorded.eventId(),
        tenure);
  }

  /**
   * The line is the one the corrected event drew or last corrected, or, for a line corrected before
   * V12 kept that, the line between the two bodies drawn on the day the correction says it was
   * recorded with. It takes the corrected kind and first day in place; the command side keeps that
   * day before the line's end.
   */
  private void lineCorrected(ReportingLineCorrected corrected, RecordedEvent recorded) {
    UUID partnership = recorded.require(corrected.partnershipId(), "partnershipId").value();
    String correctedEventId = recorded.require(corrected.correctedEventId(), "correctedEventId");
    UUID named = asUuid(correctedEventId);
    LocalDate from = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<UUID> lines =
        jdbc.queryForList(
            "select id from reporting_line where partnership_id = ? and from_body_id = ?"
                + " and to_body_id = ? and (recorded_by = ? or (recorded_by is null and id = ?))",
            UUID.class,
            partnership,
            recorded.require(corrected.fromBodyId(), "fromBodyId").value(),
            recorded.require(corrected.toBodyId(), "toBodyId").value(),
            named,
            named);
    if (lines.isEmpty()) {
      lines =
          jdbc.queryForList(
              "select id from reporting_line where partnership_id = ? and from_body_id = ?"
                  + " and to_body_id = ? and valid_from = ?",
              UUID.class,
              partnership,
              corrected.fromBodyId().value(),
              corrected.toBodyId().value(),
              corrected.previousDate());
    }
    if (lines.size() != 1) {
      log.atWarn()
          .addKeyValue("eventId", recorded.eventId())
          .addKeyValue("aggregateId", recorded.aggregateId())
          .addKeyValue("eventType", recorded.type())
          .log(
              "{} event {} of aggregate {} found {} reporting lines drawn by {} instead of one",
              recorded.type(),
              recorded.eventId(),
              recorded.aggregateId(),
              lines.size(),
              correctedEventId);
      return;
    }
    UUID line = lines.get(0);
    String kind = recorded.require(corrected.kind(), "kind").name();
    jdbc.update(
        "insert into reporting_line_correction (event_id, line_id, partnership_id,"
            + " corrected_event_id, reason, recorded_at, previous_kind, previous_valid_from,"
            + " kind, valid_from) select ?, id, partnership_id, ?, ?, ?, kind, valid_from, ?, ?"
            + " from reporting_line where id = ?",
        recorded.eventId(),
        correctedEventId,
        corrected.reason(),
        recorded.recordedAt(),
        kind,
        from,
        line);
    jdbc.update(
        "update reporting_line set kind = ?, valid_from = ?, recorded_by = ? where id = ?",
        kind,
        from,
        recorded.eventId(),
        line);
  }

  /** An event id as the ledger gives it is a UUID; anything else names no row. */
  private static UUID asUuid(String eventId) {
    try {
      return UUID.fromString(eventId);
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
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

  /**
   * The tenure the joining opened is the partner's tenure that begins on the previous date and was
   * not opened by a succession (a joining correction never names a succession). It begins on the
   * corrected day instead; the command side keeps that day after the partner's earlier tenure and
   * before the tenure's end, so tenures stay apart and non-empty.
   */
  private void joiningCorrected(JoiningCorrected corrected, RecordedEvent recorded) {
    UUID partnership = recorded.require(corrected.partnershipId(), "partnershipId").value();
    UUID organisation = recorded.require(corrected.organisationId(), "organisationId").value();
    LocalDate was = recorded.require(corrected.previousDate(), "previousDate");
    LocalDate from = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<UUID> tenures = joinedOn(partnership, organisation, was);
    if (tenures.size() != 1) {
      warnNoTenure(recorded, tenures.size(), "joined on " + was);
      return;
    }
    UUID tenure = tenures.get(0);
    jdbc.update(
        "insert into joining_correction (event_id, tenure_id, partnership_id, organisation_id,"
            + " corrected_event_id, reason, recorded_at, previous_valid_from, valid_from)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        tenure,
        partnership,
        organisation,
        recorded.require(corrected.correctedEventId(), "correctedEventId"),
        corrected.reason(),
        recorded.recordedAt(),
        was,
        from);
    jdbc.update("update partner_tenure set valid_from = ? where id = ?", from, tenure);
  }

  /** The partner's tenures that a joining (not a succession) began on the day. */
  private List<UUID> joinedOn(UUID partnership, UUID organisation, LocalDate day) {
    return jdbc.queryForList(
        "select id from partner_tenure where partnership_id = ? and organisation_id = ?"
            + " and valid_from = ? and predecessor_id is null",
        UUID.class,
        partnership,
        organisation,
        day);
  }

  /**
   * The tenure the leaving ended (the partner's tenure ending on the previous date) ends on the
   * corrected day instead; the command side keeps that day after its start and before a later
   * tenure. What it said is kept in {@code departure_correction}.
   */
  private void leavingCorrected(LeavingCorrected corrected, RecordedEvent recorded) {
    UUID partnership = recorded.require(corrected.partnershipId(), "partnershipId").value();
    UUID organisation = recorded.require(corrected.organisationId(), "organisationId").value();
    moveTenureEnd(
        "LEAVING",
        partnership,
        organisation,
        null,
        recorded.require(corrected.correctedEventId(), "correctedEventId"),
        corrected.reason(),
        recorded.require(corrected.previousDate(), "previousDate"),
        recorded.require(corrected.effectiveDate(), "effectiveDate"),
        recorded);
  }

  /**
   * The predecessor's tenure ends on the corrected day, and the successor's tenure that the
   * succession opened (naming the predecessor, from the previous date) begins then; a successor
   * that was already a partner keeps its tenure as it is.
   */
  private void successionCorrected(SuccessionCorrected corrected, RecordedEvent recorded) {
    UUID partnership = recorded.require(corrected.partnershipId(), "partnershipId").value();
    UUID predecessor = recorded.require(corrected.predecessorId(), "predecessorId").value();
    UUID successor = recorded.require(corrected.successorId(), "successorId").value();
    LocalDate was = recorded.require(corrected.previousDate(), "previousDate");
    LocalDate on = recorded.require(corrected.effectiveDate(), "effectiveDate");
    UUID opened =
        jdbc
            .queryForList(
                "select id from partner_tenure where partnership_id = ? and organisation_id = ?"
                    + " and predecessor_id = ? and valid_from = ?",
                UUID.class,
                partnership,
                successor,
                predecessor,
                was)
            .stream()
            .findFirst()
            .orElse(null);
    moveTenureEnd(
        "SUCCESSION",
        partnership,
        predecessor,
        new UUID[] {successor, opened},
        recorded.require(corrected.correctedEventId(), "correctedEventId"),
        corrected.reason(),
        was,
        on,
        recorded);
    if (opened != null) {
      jdbc.update("update partner_tenure set valid_from = ? where id = ?", on, opened);
    }
  }

  private void moveTenureEnd(
      String what,
      UUID partnership,
      UUID organisation,
      UUID[] successorAndTenure,
      String correctedEventId,
      String reason,
      LocalDate was,
      LocalDate on,
      RecordedEvent recorded) {
    List<UUID> tenures =
        jdbc.queryForList(
            "select id from partner_tenure where partnership_id = ? and organisation_id = ?"
                + " and valid_to = ?",
            UUID.class,
            partnership,
            organisation,
            was);
    if (tenures.size() != 1) {
      warnNoTenure(recorded, tenures.size(), "ending on " + was);
      return;
    }
    UUID tenure = tenures.get(0);
    jdbc.update(
        "insert into departure_correction (event_id, what, tenure_id, partnership_id,"
            + " organisation_id, successor_id, successor_tenure_id, corrected_event_id, reason,"
            + " recorded_at, previous_valid_to, valid_to) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?)",
        recorded.eventId(),
        what,
        tenure,
        partnership,
        organisation,
        successorAndTenure == null ? null : successorAndTenure[0],
        successorAndTenure == null ? null : successorAndTenure[1],
        correctedEventId,
        reason,
        recorded.recordedAt(),
        was,
        on);
    jdbc.update("update partner_tenure set valid_to = ? where id = ?", on, tenure);
  }

  private void gaveNotice(PartnerGaveNotice notice, RecordedEvent recorded) {
    int changed =
        jdbc.update(
            "update partner_tenure set notice_given_on = ?, intended_leaving_date = ?,"
                + " notice_recorded_by = ? where partnership_id = ? and organisation_id = ?"
                + " and valid_from <= ? and (valid_to is null or ? < valid_to)",
            recorded.require(notice.effectiveDate(), "effectiveDate"),
            notice.intendedLeavingDate(),
            recorded.eventId(),
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

  private void succeeded(PartnerSucceeded succeeded, RecordedEvent recorded) {
    UUID partnership = recorded.require(succeeded.partnershipId(), "partnershipId").value();
    UUID predecessor = recorded.require(succeeded.predecessorId(), "predecessorId").value();
    UUID successor = recorded.require(succeeded.successorId(), "successorId").value();
    LocalDate on = recorded.require(succeeded.effectiveDate(), "effectiveDate");
    int ended =
        jdbc.update(
            "update partner_tenure set valid_to = ?, successor_id = ?, ended_recorded_at = ?"
                + " where partnership_id = ? and organisation_id = ? and valid_to is null",
            on,
            successor,
            recorded.recordedAt(),
            partnership,
            predecessor);
    if (ended != 1) {
      warnNoTenure(recorded, ended, "open predecessor");
    }
    // A successor that is already a partner on the date (an ICB that had joined in its own right)
    // simply carries on: its tenure is not split, and no second one is opened.
    Integer covering =
        jdbc.queryForObject(
            "select count(*) from partner_tenure where partnership_id = ? and organisation_id = ?"
                + " and valid_from <= ? and (valid_to is null or ? < valid_to)",
            Integer.class,
            partnership,
            successor,
            on,
            on);
    if (covering == null || covering == 0) {
      jdbc.update(
          "insert into partner_tenure"
              + " (id, partnership_id, organisation_id, valid_from, predecessor_id, recorded_at)"
              + " values (?, ?, ?, ?, ?, ?)",
          recorded.eventId(),
          partnership,
          successor,
          on,
          predecessor,
          recorded.recordedAt());
    }
  }

  private void lineDrawn(ReportingLineDrawn drawn, RecordedEvent recorded) {
    jdbc.update(
        "insert into reporting_line (id, partnership_id, from_body_id, to_body_id, kind,"
            + " valid_from, recorded_at) values (?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        recorded.require(drawn.partnershipId(), "partnershipId").value(),
        recorded.require(drawn.fromBodyId(), "fromBodyId").value(),
        recorded.require(drawn.toBodyId(), "toBodyId").value(),
        recorded.require(drawn.kind(), "kind").name(),
        recorded.require(drawn.effectiveDate(), "effectiveDate"),
        recorded.recordedAt());
  }

  private void lineEnded(ReportingLineEnded ended, RecordedEvent recorded) {
    int closed =
        jdbc.update(
            "update reporting_line set valid_to = ?, ended_recorded_at = ?, ended_by = ?"
                + " where partnership_id = ? and from_body_id = ? and to_body_id = ?"
                + " and valid_to is null",
            recorded.require(ended.effectiveDate(), "effectiveDate"),
            recorded.recordedAt(),
            recorded.eventId(),
            recorded.require(ended.partnershipId(), "partnershipId").value(),
            recorded.require(ended.fromBodyId(), "fromBodyId").value(),
            recorded.require(ended.toBodyId(), "toBodyId").value());
    if (closed != 1) {
      log.atWarn()
          .addKeyValue("eventId", recorded.eventId())
          .addKeyValue("aggregateId", recorded.aggregateId())
          .addKeyValue("eventType", recorded.type())
          .log(
              "{} event {} of aggregate {} found {} open reporting lines instead of one",
              recorded.type(),
              recorded.eventId(),
              recorded.aggregateId(),
              closed);
    }
  }

  /**
   * The command side only records a notice, a leaving, a succession or a joining correction for a
   * partner with a matching tenure, so a miss means an earlier event of this partnership never
   * reached the read model (see the dead-letter topic). The event still counts as applied: blocking
   * the partnership would not bring the missing event back.
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
