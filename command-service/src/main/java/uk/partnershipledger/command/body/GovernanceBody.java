package uk.partnershipledger.command.body;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.partnershipledger.command.body.BodyCommands.AdoptTermsOfReference;
import uk.partnershipledger.command.body.BodyCommands.ChangeBodyStatus;
import uk.partnershipledger.command.body.BodyCommands.EstablishBody;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.ledger.RuleViolation;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceAdopted;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;

/**
 * A governance body: a committee, board, executive or forum, with its lifecycle and its terms of
 * reference.
 *
 * <p>The status is kept as a timeline by effective date, because a body's shadow period may be
 * recorded after its operational start. A status change is accepted wherever it keeps the timeline
 * moving forward (seeds/000 §7: shadow form from October 2022, operational from April 2023).
 */
@Aggregate
public class GovernanceBody {

  @AggregateIdentifier private BodyId bodyId;
  private String name;
  private LocalDate establishedOn;
  private final TreeMap<LocalDate, BodyStatus> statuses = new TreeMap<>();
  private int termsOfReferenceVersions;
  private LocalDate currentTermsAdoptedOn;

  protected GovernanceBody() {
    // For Axon, which rebuilds the body from its events.
  }

  @CommandHandler
  public GovernanceBody(
      EstablishBody command,
      PartnershipDirectory partnerships,
      OrganisationDirectory organisations,
      BodyDirectory bodies) {
    LocalDate date = command.effectiveDate();
    if (command.status() == BodyStatus.DISSOLVED) {
      throw new RuleViolation(
          Rule.BODY_ESTABLISHED_AS_DISSOLVED,
          "a body is established as proposed, in shadow form or operational, not dissolved");
    }
    String partnership = partnerships.requireFormed(command.partnershipId(), date).name();
    if (command.hostOrganisationId() != null) {
      organisations.requireEstablished(command.hostOrganisationId(), date);
    }
    for (BodyId parentId : command.parentBodyIds()) {
      BodyDirectory.KnownBody parent = bodies.require(parentId);
      if (!parent.partnershipId().equals(command.partnershipId())) {
        throw new RuleViolation(
            Rule.PARENT_BODY_IN_ANOTHER_PARTNERSHIP,
            parent.name() + " belongs to another partnership than " + partnership);
      }
      if (date.isBefore(parent.establishedOn())) {
        throw new RuleViolation(
            Rule.BODY_NOT_YET_ESTABLISHED,
            "the parent body "
                + parent.name()
                + " was established on "
                + parent.establishedOn()
                + ", after "
                + date);
      }
    }
    apply(
        new BodyEstablished(
            command.bodyId(),
            command.partnershipId(),
            command.name().strip(),
            command.type(),
            command.status(),
            command.hostOrganisationId(),
            List.copyOf(command.parentBodyIds()),
            date));
  }

  @CommandHandler
  void handle(ChangeBodyStatus command) {
    LocalDate date = command.effectiveDate();
    assertEstablishedBy(date);
    Map.Entry<LocalDate, BodyStatus> before = statuses.floorEntry(date);
    Map.Entry<LocalDate, BodyStatus> after = statuses.higherEntry(date);
    BodyStatus previous = before.getValue();
    boolean sameDay = before.getKey().equals(date);
    if (sameDay
        || !previous.precedes(command.status())
        || (after != null && !command.status().precedes(after.getValue()))) {
      throw new RuleViolation(
          Rule.BODY_STATUS_MUST_MOVE_FORWARD,
          name
              + " cannot become "
              + describe(command.status())
              + " on "
              + date
              + ": its lifecycle is "
              + timeline());
    }
    apply(new BodyStatusChanged(bodyId, previous, command.status(), date));
  }

  @CommandHandler
  int handle(AdoptTermsOfReference command) {
    LocalDate date = command.effectiveDate();
    assertEstablishedBy(date);
    if (statusOn(date) == BodyStatus.DISSOLVED) {
      throw new RuleViolation(
          Rule.BODY_DISSOLVED, name + " is dissolved on " + date + " and adopts nothing");
    }
    if (currentTermsAdoptedOn != null && date.isBefore(currentTermsAdoptedOn)) {
      throw new RuleViolation(
          Rule.TERMS_OF_REFERENCE_OUT_OF_ORDER,
          "version "
              + termsOfReferenceVersions
              + " of the terms of reference of "
              + name
              + " was adopted on "
              + currentTermsAdoptedOn
              + "; a new version cannot be adopted before it, on "
              + date);
    }
    int version = termsOfReferenceVersions + 1;
    apply(
        new TermsOfReferenceAdopted(
            bodyId, version, command.title().strip(), command.reference().strip(), date));
    return version;
  }

  private void assertEstablishedBy(LocalDate date) {
    if (date.isBefore(establishedOn)) {
      throw new RuleViolation(
          Rule.BODY_NOT_YET_ESTABLISHED,
          name + " was established on " + establishedOn + ", after " + date);
    }
  }

  private BodyStatus statusOn(LocalDate date) {
    return statuses.floorEntry(date).getValue();
  }

  private String timeline() {
    StringBuilder text = new StringBuilder();
    statuses.forEach(
        (date, status) ->
            text.append(text.length() == 0 ? "" : ", ")
                .append(describe(status))
                .append(" from ")
                .append(date));
    return text.toString();
  }

  private static String describe(BodyStatus status) {
    return switch (status) {
      case PROPOSED -> "proposed";
      case SHADOW -> "in shadow form";
      case OPERATIONAL -> "operational";
      case DISSOLVED -> "dissolved";
    };
  }

  @EventSourcingHandler
  void on(BodyEstablished event) {
    this.bodyId = event.bodyId();
    this.name = event.name();
    this.establishedOn = event.effectiveDate();
    statuses.put(event.effectiveDate(), event.status());
  }

  @EventSourcingHandler
  void on(BodyStatusChanged event) {
    statuses.put(event.effectiveDate(), event.status());
  }

  @EventSourcingHandler
  void on(TermsOfReferenceAdopted event) {
    this.termsOfReferenceVersions = event.version();
    this.currentTermsAdoptedOn = event.effectiveDate();
  }
}
