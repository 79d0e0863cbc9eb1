package uk.partnershipledger.query.body;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.body.BodyEvent.AppointmentCorrected;
import uk.partnershipledger.events.body.BodyEvent.AppointmentOrganisationCorrected;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyReplaced;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementCorrected;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementSet;
import uk.partnershipledger.events.body.BodyEvent.EstablishmentCorrected;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.MembershipEndCorrected;
import uk.partnershipledger.events.body.BodyEvent.MembershipEnded;
import uk.partnershipledger.events.body.BodyEvent.ReplacementCorrected;
import uk.partnershipledger.events.body.BodyEvent.RoleChangeCorrected;
import uk.partnershipledger.events.body.BodyEvent.StatusDateCorrected;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceAdopted;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceCorrected;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.ChairTurn;
import uk.partnershipledger.query.intake.Projector;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Keeps the {@code body}, {@code body_parent}, {@code body_status}, {@code terms_of_reference},
 * {@code body_member_role}, {@code body_replacement}, {@code chair_arrangement} and {@code
 * chair_turn} tables. Delegations, decisions and declarations have read models of their own.
 *
 * <p>A status change may be back-dated between two recorded ones (the command side accepts it where
 * it keeps the lifecycle moving forward), so it is slotted into the timeline: it runs until the
 * next later status, and the status before it now ends on its date.
 *
 * <p>Memberships move only forward (the command side dates a role change after the last one and an
 * ending after both), so a membership's role periods are kept like a tenure: the open period is
 * closed and, for a role change, the next one opened.
 *
 * <p>A chair arrangement is slotted into its timeline like a status. One set again on the same day
 * replaces the earlier one of that day, turns and all: the later record is the one that stands.
 *
 * <p>Corrections (DOMAIN.md rule 7) change the rows in place, so that every as-of look-up follows
 * them, and keep what they replaced, why and when in {@code appointment_correction}, {@code
 * status_date_correction} and {@code terms_of_reference_correction}. A corrected status date takes
 * the status out of its timeline and slots it in again on the corrected day; a corrected adoption
 * date moves the start of its version and the end of the version before.
 */
@Component
class BodyProjector extends Projector {

  private static final Logger log = LoggerFactory.getLogger(BodyProjector.class);

  private final JdbcTemplate jdbc;

  BodyProjector(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    on(BodyEstablished.class, this::established);
    on(BodyStatusChanged.class, this::statusChanged);
    on(TermsOfReferenceAdopted.class, this::termsAdopted);
    on(MemberAppointed.class, this::memberAppointed);
    on(MemberRoleChanged.class, this::memberRoleChanged);
    on(MembershipEnded.class, this::membershipEnded);
    on(BodyReplaced.class, this::replaced);
    on(ChairArrangementSet.class, this::chairArrangementSet);
    on(AppointmentCorrected.class, this::appointmentCorrected);
    on(StatusDateCorrected.class, this::statusDateCorrected);
    on(TermsOfReferenceCorrected.class, this::termsCorrected);
    on(EstablishmentCorrected.class, this::establishmentCorrected);
    on(RoleChangeCorrected.class, this::roleChangeCorrected);
    on(MembershipEndCorrected.class, this::membershipEndCorrected);
    on(ChairArrangementCorrected.class, this::chairArrangementCorrected);
    on(ReplacementCorrected.class, this::replacementCorrected);
    on(AppointmentOrganisationCorrected.class, this::appointmentOrganisationCorrected);
  }

  /**
   * The arrangement is the one whose facts the corrected event set (V14 keeps its id on the row),
   * or, for one set before, the body's arrangement that began on the day the correction says it was
   * recorded with. It is taken out of its timeline, turns and all, and slotted in again with the
   * corrected kind, turns and first day, as if set so.
   */
  private void chairArrangementCorrected(
      ChairArrangementCorrected corrected, RecordedEvent recorded) {
    UUID body = recorded.require(corrected.bodyId(), "bodyId").value();
    String correctedEventId = recorded.require(corrected.correctedEventId(), "correctedEventId");
    UUID named = asUuid(correctedEventId);
    LocalDate from = recorded.require(corrected.effectiveDate(), "effectiveDate");
    String arrangement = recorded.require(corrected.arrangement(), "arrangement").name();
    List<ArrangementRow> found =
        jdbc.query(
            "select valid_from, valid_to, arrangement_id, recorded_at from chair_arrangement"
                + " where body_id = ? and (recorded_by = ? or (recorded_by is null"
                + " and valid_from = ?))",
            (rs, row) ->
                new ArrangementRow(
                    rs.getObject("valid_from", LocalDate.class),
                    rs.getObject("valid_to", LocalDate.class),
                    rs.getObject("arrangement_id", UUID.class),
                    rs.getObject("recorded_at", OffsetDateTime.class)),
            body,
            named,
            corrected.previousDate());
    if (found.size() != 1) {
      warnNotFound(recorded, "chair arrangement " + correctedEventId);
      return;
    }
    ArrangementRow was = found.get(0);
    UUID arrangementId = was.arrangementId() != null ? was.arrangementId() : named;
    jdbc.update(
        "insert into chair_arrangement_correction (event_id, body_id, arrangement_id,"
            + " corrected_event_id, reason, recorded_at, previous_arrangement,"
            + " previous_valid_from, arrangement, valid_from)"
            + " select ?, body_id, ?, ?, ?, ?, arrangement, valid_from, ?, ?"
            + " from chair_arrangement where body_id = ? and valid_from = ?",
        recorded.eventId(),
        arrangementId,
        correctedEventId,
        corrected.reason(),
        recorded.recordedAt(),
        arrangement,
        from,
        body,
        was.from());
    jdbc.update(
        "insert into chair_arrangement_correction_turn (event_id, position, organisation_id,"
            + " valid_from) select ?, position, organisation_id, valid_from from chair_turn"
            + " where body_id = ? and arrangement_from = ?",
        recorded.eventId(),
        body,
        was.from());
    jdbc.update(
        "delete from chair_turn where body_id = ? and arrangement_from = ?", body, was.from());
    jdbc.update(
        "delete from chair_arrangement where body_id = ? and valid_from = ?", body, was.from());
    // The arrangement before it runs on to where the corrected one ran to, as if it were never set.
    jdbc.update(
        "update chair_arrangement set valid_to = ? where body_id = ? and valid_to = ?",
        was.to(),
        body,
        was.from());
    slotArrangement(
        body,
        arrangement,
        corrected.rotation(),
        from,
        was.recordedAt(),
        recorded.eventId(),
        arrangementId,
        recorded);
  }

  /** A chair arrangement row about to be corrected. */
  private record ArrangementRow(
      LocalDate from, LocalDate to, UUID arrangementId, OffsetDateTime recordedAt) {}

  /**
   * The replacement row is the one the corrected event wrote or last corrected (V14 keeps it), or,
   * for one written before, the body's only replacement. It names the corrected replacement body.
   */
  private void replacementCorrected(ReplacementCorrected corrected, RecordedEvent recorded) {
    UUID body = recorded.require(corrected.bodyId(), "bodyId").value();
    UUID replacement = recorded.require(corrected.replacementBodyId(), "replacementBodyId").value();
    String correctedEventId = recorded.require(corrected.correctedEventId(), "correctedEventId");
    List<UUID> rows =
        jdbc.queryForList(
            "select replacement_body_id from body_replacement where body_id = ?"
                + " and recorded_by = ?",
            UUID.class,
            body,
            asUuid(correctedEventId));
    if (rows.isEmpty()) {
      rows =
          jdbc.queryForList(
              "select replacement_body_id from body_replacement where body_id = ?"
                  + " and recorded_by is null",
              UUID.class,
              body);
    }
    if (rows.size() != 1) {
      warnNotFound(recorded, "replacement " + correctedEventId + " of body " + body);
      return;
    }
    UUID previous = rows.get(0);
    jdbc.update(
        "insert into replacement_correction (event_id, body_id, corrected_event_id, reason,"
            + " recorded_at, previous_replacement_body_id, replacement_body_id, replaced_on)"
            + " select ?, body_id, ?, ?, ?, replacement_body_id, ?, replaced_on"
            + " from body_replacement where body_id = ? and replacement_body_id = ?",
        recorded.eventId(),
        correctedEventId,
        corrected.reason(),
        recorded.recordedAt(),
        replacement,
        body,
        previous);
    // The day moves too when the replacement's dissolution was re-dated; otherwise it is the same.
    jdbc.update(
        "update body_replacement set replacement_body_id = ?, recorded_by = ?,"
            + " replaced_on = coalesce(?, replaced_on) where body_id = ? and replacement_body_id = ?",
        replacement,
        recorded.eventId(),
        corrected.effectiveDate(),
        body,
        previous);
  }

  /**
   * A membership has one appointment, so every one of its role periods takes the corrected
   * organisation: the member represented it throughout.
   */
  private void appointmentOrganisationCorrected(
      AppointmentOrganisationCorrected corrected, RecordedEvent recorded) {
    UUID body = recorded.require(corrected.bodyId(), "bodyId").value();
    UUID membership = recorded.require(corrected.membershipId(), "membershipId").value();
    UUID organisation =
        corrected.organisationId() == null ? null : corrected.organisationId().value();
    List<UUID> previous =
        jdbc.query(
            "select organisation_id from body_member_role where membership_id = ? and body_id = ?"
                + " order by valid_from",
            (rs, row) -> rs.getObject("organisation_id", UUID.class),
            membership,
            body);
    if (previous.isEmpty()) {
      warnNotFound(recorded, "appointment of membership " + membership);
      return;
    }
    jdbc.update(
        "insert into appointment_organisation_correction (event_id, membership_id, body_id,"
            + " corrected_event_id, reason, recorded_at, previous_organisation_id,"
            + " organisation_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        membership,
        body,
        recorded.require(corrected.correctedEventId(), "correctedEventId"),
        corrected.reason(),
        recorded.recordedAt(),
        previous.get(0),
        organisation);
    jdbc.update(
        "update body_member_role set organisation_id = ? where membership_id = ? and body_id = ?",
        organisation,
        membership,
        body);
  }

  /** A body has one establishment, so the body's row holds its facts, corrected in place. */
  private void establishmentCorrected(EstablishmentCorrected corrected, RecordedEvent recorded) {
    UUID body = recorded.require(corrected.bodyId(), "bodyId").value();
    String name = recorded.require(corrected.name(), "name");
    String type = recorded.require(corrected.type(), "type").name();
    UUID host =
        corrected.hostOrganisationId() == null ? null : corrected.hostOrganisationId().value();
    int kept =
        jdbc.update(
            "insert into establishment_correction (event_id, body_id, corrected_event_id, reason,"
                + " recorded_at, previous_name, previous_type, previous_host_organisation_id,"
                + " name, type, host_organisation_id)"
                + " select ?, body_id, ?, ?, ?, name, type, host_organisation_id, ?, ?, ?"
                + " from body where body_id = ?",
            recorded.eventId(),
            recorded.require(corrected.correctedEventId(), "correctedEventId"),
            corrected.reason(),
            recorded.recordedAt(),
            name,
            type,
            host,
            body);
    if (kept != 1) {
      warnNotFound(recorded, "establishment of body " + body);
      return;
    }
    jdbc.update(
        "update body set name = ?, type = ?, host_organisation_id = ? where body_id = ?",
        name,
        type,
        host,
        body);
  }

  /**
   * The role period the role change began is the one holding the corrected event's facts (V12 keeps
   * them), or, for one begun before, the membership's period that begins on the day the correction
   * says the change was recorded with, other than the first (the appointment's). It takes the
   * corrected role and first day, and the period before it runs up to that day. The command side
   * keeps the corrected day between the membership's changes either side.
   */
  private void roleChangeCorrected(RoleChangeCorrected corrected, RecordedEvent recorded) {
    UUID body = recorded.require(corrected.bodyId(), "bodyId").value();
    UUID membership = recorded.require(corrected.membershipId(), "membershipId").value();
    String correctedEventId = recorded.require(corrected.correctedEventId(), "correctedEventId");
    String role = recorded.require(corrected.role(), "role").name();
    LocalDate from = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<RolePeriod> found =
        jdbc.query(
            "select role, valid_from from body_member_role where membership_id = ? and body_id = ?"
                + " and (recorded_by = ? or (recorded_by is null and valid_from = ?"
                + " and valid_from > (select min(f.valid_from) from body_member_role f"
                + " where f.membership_id = ?)))",
            (rs, row) ->
                new RolePeriod(rs.getString("role"), rs.getObject("valid_from", LocalDate.class)),
            membership,
            body,
            asUuid(correctedEventId),
            corrected.previousDate(),
            membership);
    if (found.size() != 1) {
      warnNotFound(recorded, "role change " + correctedEventId);
      return;
    }
    RolePeriod was = found.get(0);
    jdbc.update(
        "insert into membership_correction (event_id, membership_id, body_id, what,"
            + " corrected_event_id, reason, recorded_at, previous_role, previous_date, role,"
            + " corrected_date) values (?, ?, ?, 'ROLE_CHANGE', ?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        membership,
        body,
        correctedEventId,
        corrected.reason(),
        recorded.recordedAt(),
        was.role(),
        was.from(),
        role,
        from);
    // A change the command side had merged into the appointment's period (dated its first day)
    // has no period before it: only its role can be corrected there.
    int before =
        jdbc.update(
            "update body_member_role set valid_to = ? where membership_id = ? and valid_to = ?",
            from,
            membership,
            was.from());
    jdbc.update(
        "update body_member_role set role = ?, valid_from = ?, recorded_by = ?"
            + " where membership_id = ? and valid_from = ?",
        role,
        before == 1 ? from : was.from(),
        recorded.eventId(),
        membership,
        was.from());
  }

  /** A role period about to be corrected. */
  private record RolePeriod(String role, LocalDate from) {}

  /**
   * The membership's last period, closed by the ending the correction names (or, closed before V12
   * kept that, on the day the correction says it was recorded with), runs to the corrected day
   * instead. The command side keeps that day after the membership's last change.
   */
  private void membershipEndCorrected(MembershipEndCorrected corrected, RecordedEvent recorded) {
    UUID body = recorded.require(corrected.bodyId(), "bodyId").value();
    UUID membership = recorded.require(corrected.membershipId(), "membershipId").value();
    String correctedEventId = recorded.require(corrected.correctedEventId(), "correctedEventId");
    LocalDate to = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<LocalDate> endedOn =
        jdbc.queryForList(
            "select valid_to from body_member_role where membership_id = ? and body_id = ?"
                + " and valid_to is not null and (ended_by = ? or (ended_by is null"
                + " and valid_to = ? and valid_from = (select max(l.valid_from)"
                + " from body_member_role l where l.membership_id = ?)))",
            LocalDate.class,
            membership,
            body,
            asUuid(correctedEventId),
            corrected.previousDate(),
            membership);
    if (endedOn.size() != 1) {
      warnNotFound(recorded, "membership end " + correctedEventId);
      return;
    }
    LocalDate was = endedOn.get(0);
    jdbc.update(
        "insert into membership_correction (event_id, membership_id, body_id, what,"
            + " corrected_event_id, reason, recorded_at, previous_date, corrected_date)"
            + " values (?, ?, ?, 'MEMBERSHIP_END', ?, ?, ?, ?, ?)",
        recorded.eventId(),
        membership,
        body,
        correctedEventId,
        corrected.reason(),
        recorded.recordedAt(),
        was,
        to);
    jdbc.update(
        "update body_member_role set valid_to = ?, ended_by = ? where membership_id = ?"
            + " and valid_to = ? and valid_from = (select max(l.valid_from)"
            + " from body_member_role l where l.membership_id = ?)",
        to,
        recorded.eventId(),
        membership,
        was,
        membership);
  }

  /** An event id as the ledger gives it is a UUID; anything else names no row. */
  private static UUID asUuid(String eventId) {
    try {
      return UUID.fromString(eventId);
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
  }

  private void established(BodyEstablished established, RecordedEvent recorded) {
    BodyId body = recorded.require(established.bodyId(), "bodyId");
    jdbc.update(
        "insert into body (body_id, partnership_id, name, type, host_organisation_id,"
            + " established_on, recorded_at) values (?, ?, ?, ?, ?, ?, ?)",
        body.value(),
        recorded.require(established.partnershipId(), "partnershipId").value(),
        recorded.require(established.name(), "name"),
        recorded.require(established.type(), "type").name(),
        established.hostOrganisationId() == null ? null : established.hostOrganisationId().value(),
        recorded.require(established.effectiveDate(), "effectiveDate"),
        recorded.recordedAt());
    if (established.parentBodyIds() != null) {
      established
          .parentBodyIds()
          .forEach(
              parent ->
                  jdbc.update(
                      "insert into body_parent (body_id, parent_body_id) values (?, ?)",
                      body.value(),
                      parent.value()));
    }
    slotStatus(
        body,
        recorded.require(established.status(), "status").name(),
        established.effectiveDate(),
        recorded.recordedAt());
  }

  private void statusChanged(BodyStatusChanged changed, RecordedEvent recorded) {
    slotStatus(
        recorded.require(changed.bodyId(), "bodyId"),
        recorded.require(changed.status(), "status").name(),
        recorded.require(changed.effectiveDate(), "effectiveDate"),
        recorded.recordedAt());
  }

  /**
   * The status recorded from {@code previousDate} holds from the corrected day instead: taken out
   * of the timeline (the status before it runs on to where it ran), then slotted in again, keeping
   * when it was first recorded. If it was the status the body was established with, the body's
   * establishment moves with it.
   */
  private void statusDateCorrected(StatusDateCorrected corrected, RecordedEvent recorded) {
    BodyId body = recorded.require(corrected.bodyId(), "bodyId");
    LocalDate was = recorded.require(corrected.previousDate(), "previousDate");
    LocalDate from = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<MovedStatus> moved =
        jdbc.query(
            "select status, valid_to, recorded_at from body_status"
                + " where body_id = ? and valid_from = ?",
            (rs, row) ->
                new MovedStatus(
                    rs.getString("status"),
                    rs.getObject("valid_to", LocalDate.class),
                    rs.getObject("recorded_at", OffsetDateTime.class)),
            body.value(),
            was);
    if (moved.size() != 1) {
      warnNotFound(recorded, "status from " + was);
      return;
    }
    MovedStatus status = moved.get(0);
    jdbc.update(
        "insert into status_date_correction (event_id, body_id, corrected_event_id, status,"
            + " previous_date, corrected_date, reason, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
        recorded.eventId(),
        body.value(),
        recorded.require(corrected.correctedEventId(), "correctedEventId"),
        status.status(),
        was,
        from,
        corrected.reason(),
        recorded.recordedAt());
    jdbc.update(
        "update body_status set valid_to = ? where body_id = ? and valid_to = ?",
        status.validTo(),
        body.value(),
        was);
    jdbc.update("delete from body_status where body_id = ? and valid_from = ?", body.value(), was);
    slotStatus(body, status.status(), from, status.recordedAt());
    jdbc.update(
        "update body set established_on = ? where body_id = ? and established_on = ?",
        from,
        body.value(),
        was);
  }

  /** A status row about to move to its corrected day. */
  private record MovedStatus(String status, LocalDate validTo, OffsetDateTime recordedAt) {}

  private void slotStatus(BodyId body, String status, LocalDate from, OffsetDateTime recordedAt) {
    jdbc.update(
        "update body_status set valid_to = ? where body_id = ? and valid_from = (select"
            + " max(valid_from) from body_status where body_id = ? and valid_from < ?)",
        from,
        body.value(),
        body.value(),
        from);
    jdbc.update(
        "insert into body_status (body_id, status, valid_from, valid_to, recorded_at)"
            + " values (?, ?, ?, (select min(s.valid_from) from body_status s"
            + " where s.body_id = ? and s.valid_from > ?), ?)",
        body.value(),
        status,
        from,
        body.value(),
        from,
        recordedAt);
  }

  /** Versions are adopted in order (the command side refuses one that predates the current). */
  private void termsAdopted(TermsOfReferenceAdopted adopted, RecordedEvent recorded) {
    BodyId body = recorded.require(adopted.bodyId(), "bodyId");
    jdbc.update(
        "update terms_of_reference set valid_to = ? where body_id = ? and version = ?",
        adopted.effectiveDate(),
        body.value(),
        adopted.version() - 1);
    jdbc.update(
        "insert into terms_of_reference (body_id, version, title, reference, valid_from,"
            + " recorded_at) values (?, ?, ?, ?, ?, ?)",
        body.value(),
        adopted.version(),
        recorded.require(adopted.title(), "title"),
        recorded.require(adopted.reference(), "reference"),
        recorded.require(adopted.effectiveDate(), "effectiveDate"),
        recorded.recordedAt());
  }

  /**
   * The version takes the corrected title, reference and adoption day, and the version that ran up
   * to its old adoption day runs up to the corrected one. The command side keeps the corrected day
   * between the adoptions of the versions either side, so the versions stay in order.
   */
  private void termsCorrected(TermsOfReferenceCorrected corrected, RecordedEvent recorded) {
    UUID body = recorded.require(corrected.bodyId(), "bodyId").value();
    String title = recorded.require(corrected.title(), "title");
    String reference = recorded.require(corrected.reference(), "reference");
    LocalDate from = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<LocalDate> adoptedOn =
        jdbc.queryForList(
            "select valid_from from terms_of_reference where body_id = ? and version = ?",
            LocalDate.class,
            body,
            corrected.version());
    if (adoptedOn.isEmpty()) {
      warnNotFound(recorded, "terms of reference version " + corrected.version());
      return;
    }
    LocalDate was = adoptedOn.get(0);
    jdbc.update(
        "insert into terms_of_reference_correction (event_id, body_id, version,"
            + " corrected_event_id, reason, recorded_at, previous_title, previous_reference,"
            + " previous_adopted_on, title, reference, adopted_on)"
            + " select ?, body_id, version, ?, ?, ?, title, reference, valid_from, ?, ?, ?"
            + " from terms_of_reference where body_id = ? and version = ?",
        recorded.eventId(),
        recorded.require(corrected.correctedEventId(), "correctedEventId"),
        corrected.reason(),
        recorded.recordedAt(),
        title,
        reference,
        from,
        body,
        corrected.version());
    jdbc.update(
        "update terms_of_reference set valid_to = ? where body_id = ? and version <> ?"
            + " and valid_to = ?",
        from,
        body,
        corrected.version(),
        was);
    jdbc.update(
        "update terms_of_reference set title = ?, reference = ?, valid_from = ?"
            + " where body_id = ? and version = ?",
        title,
        reference,
        from,
        body,
        corrected.version());
  }

  private void memberAppointed(MemberAppointed appointed, RecordedEvent recorded) {
    jdbc.update(
        "insert into body_member_role (membership_id, body_id, person_name, organisation_id,"
            + " role, valid_from, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
        recorded.require(appointed.membershipId(), "membershipId").value(),
        recorded.require(appointed.bodyId(), "bodyId").value(),
        recorded.require(appointed.personName(), "personName"),
        appointed.organisationId() == null ? null : appointed.organisationId().value(),
        recorded.require(appointed.role(), "role").name(),
        recorded.require(appointed.effectiveDate(), "effectiveDate"),
        recorded.recordedAt(),
        recorded.eventId());
  }

  private void memberRoleChanged(MemberRoleChanged changed, RecordedEvent recorded) {
    UUID body = recorded.require(changed.bodyId(), "bodyId").value();
    UUID membership = recorded.require(changed.membershipId(), "membershipId").value();
    String role = recorded.require(changed.role(), "role").name();
    LocalDate from = recorded.require(changed.effectiveDate(), "effectiveDate");
    // A change dated the day the open period began (the appointment day) would leave that period
    // empty, so it replaces the period's role instead.
    int replaced =
        jdbc.update(
            "update body_member_role set role = ?, recorded_at = ?, recorded_by = ?"
                + " where membership_id = ? and body_id = ? and valid_to is null and valid_from = ?",
            role,
            recorded.recordedAt(),
            recorded.eventId(),
            membership,
            body,
            from);
    if (replaced == 1) {
      return;
    }
    // The next period copies the person and organisation from the open one, then closes it.
    int opened =
        jdbc.update(
            "insert into body_member_role (membership_id, body_id, person_name, organisation_id,"
                + " role, valid_from, recorded_at, recorded_by)"
                + " select membership_id, body_id, person_name, organisation_id, ?, ?, ?, ?"
                + " from body_member_role"
                + " where membership_id = ? and body_id = ? and valid_to is null and valid_from < ?",
            role,
            from,
            recorded.recordedAt(),
            recorded.eventId(),
            membership,
            body,
            from);
    if (opened != 1) {
      warnNoOpenPeriod(recorded, opened);
      return;
    }
    jdbc.update(
        "update body_member_role set valid_to = ?"
            + " where membership_id = ? and valid_to is null and valid_from < ?",
        from,
        membership,
        from);
  }

  /**
   * The membership ends on the date. A leaving's cascade may end a membership on a day before a
   * later role of it, or on the very day it was to begin (docs/adr/0008): periods running past the
   * date are cut there, and periods that would only begin on or after it become empty, never in
   * force.
   */
  private void membershipEnded(MembershipEnded ended, RecordedEvent recorded) {
    LocalDate on = recorded.require(ended.effectiveDate(), "effectiveDate");
    UUID membership = recorded.require(ended.membershipId(), "membershipId").value();
    UUID body = recorded.require(ended.bodyId(), "bodyId").value();
    int cut =
        jdbc.update(
            "update body_member_role set valid_to = ?, ended_by = ?"
                + " where membership_id = ? and body_id = ? and valid_from < ?"
                + " and (valid_to is null or valid_to > ?)",
            on,
            recorded.eventId(),
            membership,
            body,
            on,
            on);
    int emptied =
        jdbc.update(
            "update body_member_role set valid_to = valid_from, ended_by = ?"
                + " where membership_id = ? and body_id = ? and valid_from >= ?"
                + " and (valid_to is null or valid_to > valid_from)",
            recorded.eventId(),
            membership,
            body,
            on);
    if (cut + emptied == 0) {
      warnNoOpenPeriod(recorded, 0);
    }
  }

  /**
   * The person's name on every role period of the membership, and the first day of its first
   * period, become the corrected ones. The command side keeps a corrected day before the member's
   * next role or end, so the first period stays a non-empty interval.
   */
  private void appointmentCorrected(AppointmentCorrected corrected, RecordedEvent recorded) {
    UUID body = recorded.require(corrected.bodyId(), "bodyId").value();
    UUID membership = recorded.require(corrected.membershipId(), "membershipId").value();
    String person = recorded.require(corrected.personName(), "personName");
    LocalDate from = recorded.require(corrected.effectiveDate(), "effectiveDate");
    List<LocalDate> appointedOn =
        jdbc.queryForList(
            "select min(valid_from) from body_member_role where membership_id = ? and body_id = ?",
            LocalDate.class,
            membership,
            body);
    if (appointedOn.isEmpty() || appointedOn.get(0) == null) {
      warnNotFound(recorded, "membership " + membership);
      return;
    }
    LocalDate was = appointedOn.get(0);
    jdbc.update(
        "insert into appointment_correction (event_id, membership_id, body_id,"
            + " corrected_event_id, reason, recorded_at, previous_person_name,"
            + " previous_valid_from, person_name, valid_from)"
            + " select ?, membership_id, body_id, ?, ?, ?, person_name, valid_from, ?, ?"
            + " from body_member_role where membership_id = ? and valid_from = ?",
        recorded.eventId(),
        recorded.require(corrected.correctedEventId(), "correctedEventId"),
        corrected.reason(),
        recorded.recordedAt(),
        person,
        from,
        membership,
        was);
    jdbc.update(
        "update body_member_role set valid_from = ? where membership_id = ? and valid_from = ?",
        from,
        membership,
        was);
    jdbc.update(
        "update body_member_role set person_name = ? where membership_id = ?", person, membership);
  }

  private void replaced(BodyReplaced replaced, RecordedEvent recorded) {
    jdbc.update(
        "insert into body_replacement (body_id, replacement_body_id, replaced_on, recorded_at,"
            + " recorded_by) values (?, ?, ?, ?, ?)",
        recorded.require(replaced.bodyId(), "bodyId").value(),
        recorded.require(replaced.replacementBodyId(), "replacementBodyId").value(),
        recorded.require(replaced.effectiveDate(), "effectiveDate"),
        recorded.recordedAt(),
        recorded.eventId());
  }

  private void chairArrangementSet(ChairArrangementSet set, RecordedEvent recorded) {
    UUID body = recorded.require(set.bodyId(), "bodyId").value();
    LocalDate from = recorded.require(set.effectiveDate(), "effectiveDate");
    String arrangement = recorded.require(set.arrangement(), "arrangement").name();
    jdbc.update("delete from chair_turn where body_id = ? and arrangement_from = ?", body, from);
    jdbc.update("delete from chair_arrangement where body_id = ? and valid_from = ?", body, from);
    slotArrangement(
        body,
        arrangement,
        set.rotation(),
        from,
        recorded.recordedAt(),
        recorded.eventId(),
        recorded.eventId(),
        recorded);
  }

  /**
   * Slots an arrangement into the body's timeline on its first day: it runs until the next later
   * one, and the one before it now ends on its day.
   */
  private void slotArrangement(
      UUID body,
      String arrangement,
      List<ChairTurn> rotation,
      LocalDate from,
      OffsetDateTime recordedAt,
      UUID recordedBy,
      UUID arrangementId,
      RecordedEvent recorded) {
    jdbc.update(
        "update chair_arrangement set valid_to = ? where body_id = ? and valid_from = (select"
            + " max(valid_from) from chair_arrangement where body_id = ? and valid_from < ?)",
        from,
        body,
        body,
        from);
    jdbc.update(
        "insert into chair_arrangement (body_id, arrangement, valid_from, valid_to, recorded_at,"
            + " recorded_by, arrangement_id) values (?, ?, ?, (select min(a.valid_from)"
            + " from chair_arrangement a where a.body_id = ? and a.valid_from > ?), ?, ?, ?)",
        body,
        arrangement,
        from,
        body,
        from,
        recordedAt,
        recordedBy,
        arrangementId);
    // The contract gives the turns in date order; sorted again so that each turn's end is the next
    // one's start whatever a client sent.
    List<ChairTurn> turns =
        (rotation == null ? List.<ChairTurn>of() : rotation)
            .stream()
                .sorted(
                    Comparator.comparing(
                        (ChairTurn turn) -> recorded.require(turn.from(), "rotation.from")))
                .toList();
    for (int position = 0; position < turns.size(); position++) {
      ChairTurn turn = turns.get(position);
      jdbc.update(
          "insert into chair_turn (body_id, arrangement_from, position, organisation_id,"
              + " valid_from, valid_to) values (?, ?, ?, ?, ?, ?)",
          body,
          from,
          position,
          recorded.require(turn.organisationId(), "rotation.organisationId").value(),
          turn.from(),
          position + 1 < turns.size() ? turns.get(position + 1).from() : null);
    }
  }

  /**
   * The command side corrects only what it recorded, so a miss means the corrected record never
   * reached the read model (see the dead-letter topic). The correction still counts as applied.
   */
  private static void warnNotFound(RecordedEvent recorded, String what) {
    log.atWarn()
        .addKeyValue("eventId", recorded.eventId())
        .addKeyValue("aggregateId", recorded.aggregateId())
        .addKeyValue("eventType", recorded.type())
        .log(
            "{} event {} of aggregate {} corrects the {}, which is not in the read model",
            recorded.type(),
            recorded.eventId(),
            recorded.aggregateId(),
            what);
  }

  /**
   * The command side only changes or ends a membership it has, so a miss means an earlier event of
   * this body never reached the read model (see the dead-letter topic). The event still counts as
   * applied: blocking the body would not bring the missing event back.
   */
  private static void warnNoOpenPeriod(RecordedEvent recorded, int found) {
    log.atWarn()
        .addKeyValue("eventId", recorded.eventId())
        .addKeyValue("aggregateId", recorded.aggregateId())
        .addKeyValue("eventType", recorded.type())
        .log(
            "{} event {} of aggregate {} found {} open membership periods instead of one",
            recorded.type(),
            recorded.eventId(),
            recorded.aggregateId(),
            found);
  }
}
