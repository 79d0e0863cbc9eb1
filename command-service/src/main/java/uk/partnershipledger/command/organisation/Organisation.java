package uk.partnershipledger.command.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.ledger.RuleViolation;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;

/** A partner organisation: a council, an ICB, a CCG, a trust, a voluntary organisation. */
@Aggregate
public class Organisation {

  @AggregateIdentifier private OrganisationId organisationId;

  protected Organisation() {
    // For Axon, which rebuilds the organisation from its events.
  }

  @CommandHandler
  public Organisation(RegisterOrganisation command) {
    boolean statutory =
        command.statutoryBody() == null
            ? command.kind().statutoryByDefault()
            : command.statutoryBody();
    assertStatutoryStatusFitsKind(command, statutory);
    apply(
        new OrganisationRegistered(
            command.organisationId(),
            command.name().strip(),
            command.kind(),
            statutory,
            command.effectiveDate()));
  }

  /** Local authorities, ICBs and CCGs are statutory bodies (seeds/001 §18, §27; seeds/003 §4.6). */
  private static void assertStatutoryStatusFitsKind(
      RegisterOrganisation command, boolean statutory) {
    if (!command.kind().admitsStatutory(statutory)) {
      throw new RuleViolation(
          Rule.STATUTORY_STATUS_CONTRADICTS_KIND,
          "an organisation of kind "
              + command.kind()
              + (statutory ? " cannot be a statutory body" : " is always a statutory body"));
    }
  }

  @EventSourcingHandler
  void on(OrganisationRegistered event) {
    this.organisationId = event.organisationId();
  }
}
