package uk.partnershipledger.command.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.partnershipledger.command.infrastructure.AxonConfiguration;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.ledger.RuleViolation;
import uk.partnershipledger.command.organisation.OrganisationCommands.AbolitionMoved;
import uk.partnershipledger.command.organisation.OrganisationCommands.CorrectRegistration;
import uk.partnershipledger.command.organisation.OrganisationCommands.CorrectRenaming;
import uk.partnershipledger.command.organisation.OrganisationCommands.RecordAbolition;
import uk.partnershipledger.command.organisation.OrganisationCommands.RecordAbolitionCorrection;
import uk.partnershipledger.command.organisation.OrganisationCommands.RenameOrganisation;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.events.organisation.OrganisationEvent.AbolitionCorrected;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationAbolished;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationEvent.RegistrationCorrected;
import uk.partnershipledger.events.organisation.OrganisationEvent.RenamingCorrected;
import uk.partnershipledger.events.organisation.OrganisationId;

/** A partner organisation: a council, an ICB, a CCG, a trust, a voluntary organisation. */
@Aggregate(lockFactory = AxonConfiguration.NO_AGGREGATE_LOCKS)
public class Organisation {

  @AggregateIdentifier private OrganisationId organisationId;
  private LocalDate establishedOn;
  private boolean statutoryBody;
  private final TreeMap<LocalDate, String> names = new TreeMap<>();
  private LocalDate abolishedOn;
  private OrganisationId successorId;

  /** The event holding the abolition's current date: its abolition or latest correction. */
  private String abolitionEventId;

  private String registrationEventId;

  /** Each renaming's date, by the id of the event holding its current facts. */
  private final Map<String, LocalDate> renamings = new HashMap<>();

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

  @CommandHandler
  void handle(RenameOrganisation command) {
    LocalDate date = command.effectiveDate();
    assertExistsOn(date);
    Map.Entry<LocalDate, String> current = names.lastEntry();
    if (!date.isAfter(current.getKey())) {
      throw new RuleViolation(
          Rule.RENAME_OUT_OF_ORDER,
          "the organisation has been called "
              + current.getValue()
              + " since "
              + current.getKey()
              + "; a new name must take effect after that, not on "
              + date);
    }
    String name = command.name().strip();
    if (name.equals(current.getValue())) {
      throw new RuleViolation(Rule.NAME_UNCHANGED, "the organisation is already called " + name);
    }
    apply(new OrganisationRenamed(organisationId, current.getValue(), name, date));
  }

  /**
   * The successor must exist on the date and, for a statutory body, be one itself: it takes over
   * the statutory functions and the delegations made of them (seeds/003 §2.1, §4.6.1).
   */
  @CommandHandler
  void handle(RecordAbolition command, OrganisationDirectory directory) {
    LocalDate date = command.effectiveDate();
    assertExistsOn(date);
    if (!date.isAfter(establishedOn)) {
      throw new RuleViolation(
          Rule.ORGANISATION_NOT_YET_ESTABLISHED,
          names.lastEntry().getValue()
              + " was established on "
              + establishedOn
              + " and can be abolished only after that, not on "
              + date);
    }
    if (command.successorId() != null) {
      if (command.successorId().equals(organisationId)) {
        throw new RuleViolation(
            Rule.SUCCESSOR_IS_THE_ABOLISHED_ORGANISATION,
            "an organisation cannot be its own successor");
      }
      OrganisationDirectory.KnownOrganisation successor =
          directory.requireEstablished(command.successorId(), date);
      if (statutoryBody && !successor.statutoryBody()) {
        throw new RuleViolation(
            Rule.SUCCESSOR_NOT_STATUTORY,
            successor.name()
                + " is not a statutory body and cannot take over the statutory functions of "
                + names.lastEntry().getValue());
      }
    }
    apply(new OrganisationAbolished(organisationId, command.successorId(), date));
  }

  /**
   * DOMAIN.md rule 7 and docs/adr/0009: an abolition recorded with the wrong date, named by its
   * event (or latest correction), is judged again as an abolition on the corrected date would be:
   * after the establishment and the last renaming, with its successor in existence by then, and not
   * before a day on which the organisation itself took over from another. Its consequences in
   * partnerships, bodies and MoUs are moved by the cascade that sends this command ({@code
   * command.cascade.AbolitionCorrection}), in the same transaction.
   */
  @CommandHandler
  AbolitionMoved handle(RecordAbolitionCorrection command, OrganisationDirectory directory) {
    LocalDate date = command.effectiveDate();
    String name = names.lastEntry().getValue();
    String corrected =
        command.correctedEventId() == null ? abolitionEventId : command.correctedEventId();
    if (corrected == null || !corrected.equals(abolitionEventId)) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          (corrected == null ? "no abolition" : "event " + corrected + " is not the current record")
              + " of the abolition of "
              + name);
    }
    LocalDate was = abolishedOn;
    if (date.equals(was)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, name + " is already recorded as abolished on " + date);
    }
    if (!date.isAfter(names.lastKey())) {
      throw new RuleViolation(
          names.size() == 1
              ? Rule.ORGANISATION_NOT_YET_ESTABLISHED
              : Rule.CORRECTION_CONTRADICTS_RECORD,
          name
              + " was "
              + (names.size() == 1 ? "established" : "renamed")
              + " on "
              + names.lastKey()
              + " and can have been abolished only after that, not on "
              + date);
    }
    if (successorId != null) {
      directory.requireEstablished(successorId, date);
    }
    directory
        .latestSuccessionTo(organisationId)
        .filter(succeeded -> !succeeded.isBefore(date))
        .ifPresent(
            succeeded -> {
              throw new RuleViolation(
                  Rule.CORRECTION_CONTRADICTS_RECORD,
                  name
                      + " took over from an abolished organisation on "
                      + succeeded
                      + ", so it cannot have been abolished by "
                      + date);
            });
    apply(
        new AbolitionCorrected(
            organisationId, successorId, abolitionEventId, was, command.reason().strip(), date));
    return new AbolitionMoved(was, successorId);
  }

  /**
   * DOMAIN.md rule 7 and docs/adr/0009: a wrong name or establishment date given at registration is
   * put right by a correction naming the registration (or its latest correction). A corrected date
   * stays before the organisation's renamings and abolition; a later one must not leave acts
   * recorded elsewhere before the organisation existed.
   *
   * <p>What other aggregates recorded is checked through the directories: its partnership tenures
   * (which every delegation it made and every voting member it sent also needed) and its
   * successions to abolished organisations. Not checked: a non-voting membership, the hosting of a
   * body, a turn in a rotating chair or an MoU it is a party to, which the command side keeps no
   * directory of.
   */
  @CommandHandler
  void handle(
      CorrectRegistration command,
      PartnershipDirectory partnerships,
      OrganisationDirectory organisations) {
    Map.Entry<LocalDate, String> registered = names.firstEntry();
    String name = command.name() == null ? registered.getValue() : command.name().strip();
    LocalDate date = command.effectiveDate() == null ? establishedOn : command.effectiveDate();
    if (name.equals(registered.getValue()) && date.equals(establishedOn)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          "the registration already gives the name " + name + " and the date " + date);
    }
    LocalDate renamedOn = names.higherKey(establishedOn);
    if (renamedOn != null && !date.isBefore(renamedOn)) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          registered.getValue()
              + " was renamed "
              + names.get(renamedOn)
              + " on "
              + renamedOn
              + "; it must have been established before that, not on "
              + date);
    }
    if (renamedOn != null && name.equals(names.get(renamedOn))) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          "the organisation was renamed "
              + name
              + " on "
              + renamedOn
              + "; it cannot have been registered under that name already");
    }
    if (abolishedOn != null && !date.isBefore(abolishedOn)) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          registered.getValue()
              + " was abolished on "
              + abolishedOn
              + "; it must have been established before that, not on "
              + date);
    }
    if (date.isAfter(establishedOn)) {
      assertNothingRecordedBefore(
          date, "a partner", partnerships.earliestTenureStart(organisationId));
      assertNothingRecordedBefore(
          date,
          "the successor of an abolished organisation",
          organisations.earliestSuccessionTo(organisationId));
    }
    apply(
        new RegistrationCorrected(
            organisationId, registrationEventId, name, command.reason().strip(), date));
  }

  /**
   * DOMAIN.md rule 7 and docs/adr/0009: a renaming recorded with a wrong name or date, named by its
   * event (or its latest correction). Judged as a renaming recorded in its place would be: after
   * the registration and before the abolition, in date order between the names before and after it
   * (so the timeline of names is not reordered), and different from both.
   */
  @CommandHandler
  void handle(CorrectRenaming command) {
    LocalDate was = renamings.get(command.correctedEventId());
    if (was == null) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "event "
              + command.correctedEventId()
              + " is not the current record of a renaming of "
              + names.lastEntry().getValue());
    }
    String recordedName = names.get(was);
    String name = command.name() == null ? recordedName : command.name().strip();
    LocalDate date = command.effectiveDate() == null ? was : command.effectiveDate();
    if (name.equals(recordedName) && date.equals(was)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          "the renaming already gives the name " + name + " from " + date);
    }
    if (date.isBefore(establishedOn)) {
      throw new RuleViolation(
          Rule.ORGANISATION_NOT_YET_ESTABLISHED,
          names.firstEntry().getValue()
              + " was established on "
              + establishedOn
              + " and could not be renamed on "
              + date);
    }
    if (abolishedOn != null && !date.isBefore(abolishedOn)) {
      throw new RuleViolation(
          Rule.ORGANISATION_ABOLISHED,
          recordedName
              + " was abolished on "
              + abolishedOn
              + " and could not be renamed on "
              + date);
    }
    Map.Entry<LocalDate, String> before = names.lowerEntry(was);
    Map.Entry<LocalDate, String> after = names.higherEntry(was);
    if (!date.isAfter(before.getKey())) {
      throw new RuleViolation(
          Rule.RENAME_OUT_OF_ORDER,
          "the organisation was called "
              + before.getValue()
              + " from "
              + before.getKey()
              + "; the renaming that followed must take effect after that, not on "
              + date);
    }
    if (after != null && !date.isBefore(after.getKey())) {
      throw new RuleViolation(
          Rule.RENAME_OUT_OF_ORDER,
          "the organisation was renamed again, "
              + after.getValue()
              + ", on "
              + after.getKey()
              + "; the renaming before it must take effect before that, not on "
              + date);
    }
    if (name.equals(before.getValue())) {
      throw new RuleViolation(
          Rule.NAME_UNCHANGED,
          "the organisation was already called " + name + " from " + before.getKey());
    }
    if (after != null && name.equals(after.getValue())) {
      throw new RuleViolation(
          Rule.NAME_UNCHANGED,
          "the organisation was renamed "
              + name
              + " on "
              + after.getKey()
              + "; the renaming before it must give another name");
    }
    apply(
        new RenamingCorrected(
            organisationId, command.correctedEventId(), name, was, command.reason().strip(), date));
  }

  private void assertNothingRecordedBefore(
      LocalDate date, String what, Optional<LocalDate> earliest) {
    earliest
        .filter(recorded -> recorded.isBefore(date))
        .ifPresent(
            recorded -> {
              throw new RuleViolation(
                  Rule.CORRECTION_CONTRADICTS_RECORD,
                  names.lastEntry().getValue()
                      + " is recorded as "
                      + what
                      + " from "
                      + recorded
                      + ", so it cannot have been established later, on "
                      + date
                      + "; correct that record first");
            });
  }

  private void assertExistsOn(LocalDate date) {
    String name = names.lastEntry().getValue();
    if (date.isBefore(establishedOn)) {
      throw new RuleViolation(
          Rule.ORGANISATION_NOT_YET_ESTABLISHED,
          name + " was established on " + establishedOn + " and did not exist on " + date);
    }
    if (abolishedOn != null) {
      throw new RuleViolation(
          Rule.ORGANISATION_ABOLISHED, name + " was abolished on " + abolishedOn);
    }
  }

  @EventSourcingHandler
  void on(OrganisationRegistered event, @MessageIdentifier String eventId) {
    this.registrationEventId = eventId;
    this.organisationId = event.organisationId();
    this.establishedOn = event.effectiveDate();
    this.statutoryBody = event.statutoryBody();
    names.put(event.effectiveDate(), event.name());
  }

  /** The registered name is the first in the timeline; a later renaming keeps its own date. */
  @EventSourcingHandler
  void on(RegistrationCorrected event, @MessageIdentifier String eventId) {
    this.registrationEventId = eventId;
    names.remove(establishedOn);
    names.put(event.effectiveDate(), event.name());
    this.establishedOn = event.effectiveDate();
  }

  @EventSourcingHandler
  void on(OrganisationRenamed event, @MessageIdentifier String eventId) {
    names.put(event.effectiveDate(), event.name());
    renamings.put(eventId, event.effectiveDate());
  }

  @EventSourcingHandler
  void on(RenamingCorrected event, @MessageIdentifier String eventId) {
    LocalDate was = renamings.remove(event.correctedEventId());
    if (was != null) {
      names.remove(was);
    }
    names.put(event.effectiveDate(), event.name());
    renamings.put(eventId, event.effectiveDate());
  }

  @EventSourcingHandler
  void on(OrganisationAbolished event, @MessageIdentifier String eventId) {
    this.abolishedOn = event.effectiveDate();
    this.successorId = event.successorId();
    this.abolitionEventId = eventId;
  }

  @EventSourcingHandler
  void on(AbolitionCorrected event, @MessageIdentifier String eventId) {
    this.abolishedOn = event.effectiveDate();
    this.abolitionEventId = eventId;
  }
}
