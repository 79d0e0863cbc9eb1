package uk.partnershipledger.query.organisation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.query.intake.Projector;
import uk.partnershipledger.query.intake.RecordedEvent;

/** Keeps the {@code organisation} table: one row per registered partner organisation. */
@Component
class OrganisationProjector extends Projector {

  private final JdbcTemplate jdbc;

  OrganisationProjector(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    on(OrganisationRegistered.class, this::registered);
  }

  private void registered(OrganisationRegistered registered, RecordedEvent recorded) {
    jdbc.update(
        "insert into organisation"
            + " (organisation_id, name, kind, statutory_body, established_on, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        recorded.require(registered.organisationId(), "organisationId").value(),
        recorded.require(registered.name(), "name"),
        recorded.require(registered.kind(), "kind").name(),
        registered.statutoryBody(),
        recorded.require(registered.effectiveDate(), "effectiveDate"),
        recorded.recordedAt());
  }
}
