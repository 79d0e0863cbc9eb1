package uk.partnershipledger.query.body;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceAdopted;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.query.intake.Projector;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Keeps the {@code body}, {@code body_parent}, {@code body_status} and {@code terms_of_reference}
 * tables.
 *
 * <p>A status change may be back-dated between two recorded ones (the command side accepts it where
 * it keeps the lifecycle moving forward), so it is slotted into the timeline: it runs until the
 * next later status, and the status before it now ends on its date.
 */
@Component
class BodyProjector extends Projector {

  private final JdbcTemplate jdbc;

  BodyProjector(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    on(BodyEstablished.class, this::established);
    on(BodyStatusChanged.class, this::statusChanged);
    on(TermsOfReferenceAdopted.class, this::termsAdopted);
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
        recorded);
  }

  private void statusChanged(BodyStatusChanged changed, RecordedEvent recorded) {
    slotStatus(
        recorded.require(changed.bodyId(), "bodyId"),
        recorded.require(changed.status(), "status").name(),
        recorded.require(changed.effectiveDate(), "effectiveDate"),
        recorded);
  }

  private void slotStatus(
      BodyId body, String status, java.time.LocalDate from, RecordedEvent recorded) {
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
        recorded.recordedAt());
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
}
