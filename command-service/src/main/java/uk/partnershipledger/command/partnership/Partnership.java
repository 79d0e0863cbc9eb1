package uk.partnershipledger.command.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.partnershipledger.command.body.BodyDirectory;
import uk.partnershipledger.command.infrastructure.AxonConfiguration;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.ledger.RuleViolation;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectNotice;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectReportingLine;
import uk.partnershipledger.command.partnership.PartnershipCommands.CorrectReportingLineEnd;
import uk.partnershipledger.command.partnership.PartnershipCommands.DrawReportingLine;
import uk.partnershipledger.command.partnership.PartnershipCommands.EndReportingLine;
import uk.partnershipledger.command.partnership.PartnershipCommands.FormPartnership;
import uk.partnershipledger.command.partnership.PartnershipCommands.GiveNotice;
import uk.partnershipledger.command.partnership.PartnershipCommands.JoinPartnership;
import uk.partnershipledger.command.partnership.PartnershipCommands.MoveSuccession;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordFormationCorrection;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordJoiningCorrection;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordLeaving;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordLeavingCorrection;
import uk.partnershipledger.command.partnership.PartnershipCommands.SucceedPartner;
import uk.partnershipledger.events.body.BodyId;
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
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;

/**
 * A place-based partnership and the tenures of its partners.
 *
 * <p>Acts arrive in the order they are recorded, not the order they take effect: a leaving recorded
 * late may be dated before a joining recorded early. So each rule is judged against the tenures as
 * they stand on the command's effective date, never against "the latest" state.
 */
@Aggregate(lockFactory = AxonConfiguration.NO_AGGREGATE_LOCKS)
public class Partnership {

  @AggregateIdentifier private PartnershipId partnershipId;
  private String name;
  private String place;
  private LocalDate formedOn;

  /**
   * The event holding the formation's current name and place: its formation or latest correction.
   */
  private String formationEventId;

  private final Map<OrganisationId, List<Tenure>> tenures = new HashMap<>();

  /**
   * The partners whose joinings were recorded with the formation: the joinings that directly follow
   * it in the partnership's record, on its day, in the order they were named.
   */
  private final List<OrganisationId> founders = new ArrayList<>();

  private final List<ReportingLine> reportingLines = new ArrayList<>();

  /** The days each organisation took an abolished partner's place while already a partner. */
  private final Map<OrganisationId, List<LocalDate>> successionsTo = new HashMap<>();

  protected Partnership() {
    // For Axon, which rebuilds the partnership from its events.
  }

  @CommandHandler
  public Partnership(FormPartnership command, OrganisationDirectory directory) {
    assertFoundingPartnersAreDistinct(command.foundingPartners());
    command
        .foundingPartners()
        .forEach(partner -> directory.requireEstablished(partner, command.effectiveDate()));
    apply(
        new PartnershipFormed(
            command.partnershipId(),
            command.name().strip(),
            command.place().strip(),
            command.effectiveDate()));
    command
        .foundingPartners()
        .forEach(
            partner ->
                apply(
                    new PartnerJoined(command.partnershipId(), partner, command.effectiveDate())));
  }

  @CommandHandler
  void handle(JoinPartnership command, OrganisationDirectory directory) {
    LocalDate date = command.effectiveDate();
    assertFormedBy(date);
    String partnerName = directory.requireEstablished(command.organisationId(), date).name();
    tenuresOf(command.organisationId()).stream()
        .filter(tenure -> tenure.overlapsOpenEndedFrom(date))
        .findFirst()
        .ifPresent(
            tenure -> {
              throw new RuleViolation(
                  Rule.ALREADY_A_PARTNER,
                  partnerName + " is already a partner of " + name + " " + tenure.describe());
            });
    apply(new PartnerJoined(partnershipId, command.organisationId(), date));
  }

  /** A leaving partner notifies the others in writing first (seeds/001 MoU §26). */
  @CommandHandler
  void handle(GiveNotice command) {
    LocalDate date = command.effectiveDate();
    Tenure tenure = tenureOn(command.organisationId(), date);
    if (tenure.noticeGivenOn() != null) {
      throw new RuleViolation(
          Rule.NOTICE_ALREADY_GIVEN,
          "the partner already gave notice on " + tenure.noticeGivenOn() + " " + tenure.describe());
    }
    if (command.intendedLeavingDate() != null && !command.intendedLeavingDate().isAfter(date)) {
      throw new RuleViolation(
          Rule.NOTICE_AFTER_INTENDED_LEAVING,
          "notice given on "
              + date
              + " cannot name "
              + command.intendedLeavingDate()
              + " as the leaving date; the leaving date must come after the notice");
    }
    apply(
        new PartnerGaveNotice(
            partnershipId, command.organisationId(), command.intendedLeavingDate(), date));
  }

  @CommandHandler
  void handle(RecordLeaving command) {
    LocalDate date = command.effectiveDate();
    OrganisationId partner = command.organisationId();
    Tenure open =
        tenuresOf(partner).stream()
            .filter(Tenure::isOpen)
            .findFirst()
            .orElseThrow(() -> notAPartner(partner, date));
    if (!date.isAfter(open.joinedOn())) {
      throw new RuleViolation(
          Rule.LEAVING_BEFORE_JOINING,
          "the partner joined on " + open.joinedOn() + " and cannot leave on " + date);
    }
    if (open.noticeGivenOn() == null || open.noticeGivenOn().isAfter(date)) {
      throw new RuleViolation(
          Rule.NOTICE_REQUIRED_BEFORE_LEAVING,
          "the partner must give written notice on or before "
              + date
              + " before it can leave (seeds/001 MoU §26)"
              + (open.noticeGivenOn() == null
                  ? ""
                  : "; its notice is dated " + open.noticeGivenOn()));
    }
    apply(new PartnerLeft(partnershipId, partner, date));
  }

  /**
   * On its abolition a partner's place passes to its successor (seeds/003 §2.1); with no successor
   * it is simply gone. No notice is asked for: an abolition is not a partner's choice.
   */
  @CommandHandler
  void handle(SucceedPartner command) {
    LocalDate date = command.effectiveDate();
    OrganisationId predecessor = command.predecessorId();
    if (tenuresOf(predecessor).stream().noneMatch(tenure -> tenure.covers(date))) {
      return;
    }
    if (command.successorId() == null) {
      apply(new PartnerLeft(partnershipId, predecessor, date));
    } else {
      apply(new PartnerSucceeded(partnershipId, predecessor, command.successorId(), date));
    }
  }

  /**
   * DOMAIN.md rule 7 and docs/adr/0009: a joining (a founding partner's too) recorded with the
   * wrong date begins on the corrected date instead. The corrected tenure is judged as a joining on
   * that date would be: the partnership formed, the organisation in existence, no overlap with its
   * other tenures; and it must still begin by its notice and before its leaving. A tenure that
   * began by succession to an abolished partner is a consequence, not a joining, and is not named
   * here.
   *
   * <p>Moved later, the tenure must not leave out a day on which the organisation took an abolished
   * partner's place. What the partnership's bodies recorded on the strength of the tenure (voting
   * members, delegations) is checked by the cascade that sends this command ({@code
   * command.cascade.JoiningCorrection}), in the same transaction.
   *
   * @return the date the joining was recorded with
   */
  @CommandHandler
  LocalDate handle(RecordJoiningCorrection command, OrganisationDirectory directory) {
    LocalDate date = command.effectiveDate();
    OrganisationId partner = command.organisationId();
    Tenure tenure =
        tenuresOf(partner).stream()
            .filter(candidate -> command.correctedEventId().equals(candidate.joinedEventId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.UNKNOWN_RECORDED_FACT,
                        "event "
                            + command.correctedEventId()
                            + " is not the current record of a joining of organisation "
                            + partner
                            + " to "
                            + name));
    LocalDate was = tenure.joinedOn();
    if (date.equals(was)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the joining is already recorded on " + date);
    }
    assertFormedBy(date);
    String partnerName = directory.requireEstablished(partner, date).name();
    Tenure corrected = tenure.joinedOn(date);
    tenuresOf(partner).stream()
        .filter(other -> other != tenure && other.overlaps(corrected))
        .findFirst()
        .ifPresent(
            other -> {
              throw new RuleViolation(
                  Rule.ALREADY_A_PARTNER,
                  partnerName + " is already a partner of " + name + " " + other.describe());
            });
    if (tenure.leftOn() != null && !date.isBefore(tenure.leftOn())) {
      throw new RuleViolation(
          Rule.LEAVING_BEFORE_JOINING,
          partnerName + " left on " + tenure.leftOn() + " and cannot have joined on " + date);
    }
    if (tenure.noticeGivenOn() != null && date.isAfter(tenure.noticeGivenOn())) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          partnerName
              + " gave notice on "
              + tenure.noticeGivenOn()
              + " and must have been a partner by then, not only from "
              + date);
    }
    successionsTo.getOrDefault(partner, List.of()).stream()
        .filter(succeeded -> !succeeded.isBefore(was) && succeeded.isBefore(date))
        .findFirst()
        .ifPresent(
            succeeded -> {
              throw new RuleViolation(
                  Rule.CORRECTION_CONTRADICTS_RECORD,
                  partnerName
                      + " took an abolished partner's place in "
                      + name
                      + " on "
                      + succeeded
                      + " as a partner, before "
                      + date);
            });
    apply(
        new JoiningCorrected(
            partnershipId, partner, tenure.joinedEventId(), was, command.reason().strip(), date));
    return was;
  }

  /**
   * DOMAIN.md rule 7 and docs/adr/0009: a leaving recorded with the wrong date, named by its event
   * (or latest correction), is judged again as a leaving on the corrected date would be: after the
   * joining, with written notice by then (seeds/001 MoU §26), before the organisation rejoined and
   * while it still existed; moved earlier, not past a day on which it took an abolished partner's
   * place as a partner. A tenure ended by an abolition is corrected through the abolition. What the
   * leaving recorded in the bodies and MoUs is moved by the cascade that sends this command ({@code
   * command.cascade.LeavingCorrection}), in the same transaction.
   *
   * @return the date the leaving was recorded with
   */
  @CommandHandler
  LocalDate handle(RecordLeavingCorrection command, OrganisationDirectory directory) {
    LocalDate date = command.effectiveDate();
    OrganisationId partner = command.organisationId();
    Tenure tenure =
        tenuresOf(partner).stream()
            .filter(candidate -> candidate.leftEventId() != null)
            .filter(
                candidate ->
                    command.correctedEventId() == null
                        || command.correctedEventId().equals(candidate.leftEventId()))
            .max(Comparator.comparing(Tenure::leftOn))
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.UNKNOWN_RECORDED_FACT,
                        (command.correctedEventId() == null
                                ? "no leaving"
                                : "event "
                                    + command.correctedEventId()
                                    + " is not the current record")
                            + " of a leaving of organisation "
                            + partner
                            + " from "
                            + name));
    LocalDate was = tenure.leftOn();
    if (date.equals(was)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the leaving is already recorded on " + date);
    }
    directory
        .find(partner)
        .filter(organisation -> was.equals(organisation.abolishedOn()))
        .ifPresent(
            abolished -> {
              throw new RuleViolation(
                  Rule.CORRECTION_CONTRADICTS_RECORD,
                  abolished.name()
                      + " stopped being a partner of "
                      + name
                      + " because it was abolished on "
                      + was
                      + "; correct the date of the abolition instead");
            });
    if (tenure.noticeGivenOn() == null || tenure.noticeGivenOn().isAfter(date)) {
      throw new RuleViolation(
          Rule.NOTICE_REQUIRED_BEFORE_LEAVING,
          "the partner must have given written notice on or before "
              + date
              + " to have left then (seeds/001 MoU §26)"
              + (tenure.noticeGivenOn() == null
                  ? ""
                  : "; its notice is dated " + tenure.noticeGivenOn()));
    }
    String partnerName = directory.requireEstablished(partner, date.minusDays(1)).name();
    assertEndMovable(partner, partnerName, tenure, was, date);
    apply(
        new LeavingCorrected(
            partnershipId, partner, tenure.leftEventId(), was, command.reason().strip(), date));
    return was;
  }

  /**
   * An abolition's date is corrected (docs/adr/0009): the predecessor's tenure ends on the
   * corrected date, judged as the leaving above is but for notice, which an abolition never needs;
   * the successor's place moves with it, and must not overlap another of its tenures or lose a
   * notice or leaving recorded in it.
   */
  @CommandHandler
  boolean handle(MoveSuccession command, OrganisationDirectory directory) {
    LocalDate was = command.was();
    LocalDate now = command.now();
    OrganisationId predecessor = command.predecessorId();
    Tenure tenure =
        tenuresOf(predecessor).stream()
            .filter(candidate -> was.equals(candidate.leftOn()))
            .findFirst()
            .orElse(null);
    if (tenure == null || now.equals(was)) {
      return false;
    }
    String predecessorName =
        directory.find(predecessor).map(organisation -> organisation.name()).orElse("the partner");
    assertEndMovable(predecessor, predecessorName, tenure, was, now);
    if (tenure.noticeGivenOn() != null && !tenure.noticeGivenOn().isBefore(now)) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          predecessorName
              + " gave notice in "
              + name
              + " on "
              + tenure.noticeGivenOn()
              + ", so it must have been a partner then, not abolished by "
              + now);
    }
    OrganisationId successor = command.successorId();
    String reason = command.reason().strip();
    if (successor == null) {
      apply(
          new LeavingCorrected(partnershipId, predecessor, tenure.leftEventId(), was, reason, now));
      return false;
    }
    Optional<Tenure> begun = succeededTenure(successor, was);
    if (begun.isEmpty() && !successionsTo.getOrDefault(successor, List.of()).contains(was)) {
      // The tenure ended by a leaving on that day, not by the succession: nothing to move.
      return false;
    }
    if (begun.isPresent()) {
      assertSuccessorPlaceMovable(successor, begun.get(), now);
    } else if (tenuresOf(successor).stream().noneMatch(other -> other.covers(now))) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          "the successor took the abolished partner's place in "
              + name
              + " as a partner, and is not a partner on "
              + now
              + "; correct its tenure first");
    }
    apply(
        new SuccessionCorrected(
            partnershipId, predecessor, successor, tenure.leftEventId(), was, reason, now));
    return begun.isPresent();
  }

  /** The successor's place, begun by the succession, begins on {@code now} instead. */
  private void assertSuccessorPlaceMovable(OrganisationId successor, Tenure begun, LocalDate now) {
    Tenure moved = begun.joinedOn(now);
    tenuresOf(successor).stream()
        .filter(other -> other != begun && other.overlaps(moved))
        .findFirst()
        .ifPresent(
            other -> {
              throw new RuleViolation(
                  Rule.ALREADY_A_PARTNER,
                  "the successor is already a partner of " + name + " " + other.describe());
            });
    LocalDate firstAct = begun.noticeGivenOn() != null ? begun.noticeGivenOn() : begun.leftOn();
    if (firstAct != null && !firstAct.isAfter(now)) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          "the successor's place in "
              + name
              + " has a notice or leaving recorded on "
              + firstAct
              + ", so it cannot have begun on "
              + now);
    }
  }

  /**
   * A tenure's end moved from {@code was} to {@code date} must stay after its joining and before a
   * later tenure of the organisation; moved earlier, it must not pass a day on which the
   * organisation took an abolished partner's place as a partner.
   */
  private void assertEndMovable(
      OrganisationId partner, String partnerName, Tenure tenure, LocalDate was, LocalDate date) {
    if (!date.isAfter(tenure.joinedOn())) {
      throw new RuleViolation(
          Rule.LEAVING_BEFORE_JOINING,
          partnerName + " joined on " + tenure.joinedOn() + " and cannot have left on " + date);
    }
    Tenure moved = tenure.endedOn(date, tenure.leftEventId());
    tenuresOf(partner).stream()
        .filter(other -> other != tenure && other.overlaps(moved))
        .findFirst()
        .ifPresent(
            other -> {
              throw new RuleViolation(
                  Rule.ALREADY_A_PARTNER,
                  partnerName + " is a partner of " + name + " again " + other.describe());
            });
    successionsTo.getOrDefault(partner, List.of()).stream()
        .filter(succeeded -> !succeeded.isBefore(date) && succeeded.isBefore(was))
        .findFirst()
        .ifPresent(
            succeeded -> {
              throw new RuleViolation(
                  Rule.CORRECTION_CONTRADICTS_RECORD,
                  partnerName
                      + " took an abolished partner's place in "
                      + name
                      + " on "
                      + succeeded
                      + " as a partner, so it cannot have left by "
                      + date);
            });
  }

  /**
   * DOMAIN.md rule 7 and docs/adr/0009: a notice recorded with a wrong date or intended leaving
   * date, named by its event (or latest correction). Judged as a notice given on the corrected date
   * would be: within its tenure, on or before the leaving if one is recorded (a leaving needs
   * notice by then), and before the leaving date it names. An intended leaving date left out keeps
   * the one recorded.
   */
  @CommandHandler
  void handle(CorrectNotice command) {
    OrganisationId partner = command.organisationId();
    Tenure tenure =
        tenuresOf(partner).stream()
            .filter(candidate -> command.correctedEventId().equals(candidate.noticeEventId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.UNKNOWN_RECORDED_FACT,
                        "event "
                            + command.correctedEventId()
                            + " is not the current record of a notice of organisation "
                            + partner
                            + " in "
                            + name));
    LocalDate was = tenure.noticeGivenOn();
    LocalDate date = command.effectiveDate() == null ? was : command.effectiveDate();
    LocalDate intended =
        command.intendedLeavingDate() == null
            ? tenure.intendedLeavingDate()
            : command.intendedLeavingDate();
    if (date.equals(was) && Objects.equals(intended, tenure.intendedLeavingDate())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          "the notice is already recorded on "
              + date
              + (intended == null ? "" : ", naming " + intended + " for the leaving"));
    }
    if (date.isBefore(tenure.joinedOn())) {
      throw notAPartner(partner, date);
    }
    if (tenure.leftOn() != null && date.isAfter(tenure.leftOn())) {
      throw new RuleViolation(
          Rule.NOTICE_REQUIRED_BEFORE_LEAVING,
          "the partner left on "
              + tenure.leftOn()
              + ", which needed its written notice on or before that day, not on "
              + date
              + " (seeds/001 MoU §26)");
    }
    if (intended != null && !intended.isAfter(date)) {
      throw new RuleViolation(
          Rule.NOTICE_AFTER_INTENDED_LEAVING,
          "notice given on "
              + date
              + " cannot name "
              + intended
              + " as the leaving date; the leaving date must come after the notice");
    }
    apply(
        new NoticeCorrected(
            partnershipId,
            partner,
            tenure.noticeEventId(),
            intended,
            was,
            command.reason().strip(),
            date));
  }

  /**
   * Both bodies belong to this partnership and exist on the date. Lines of direct accountability
   * may not run in a circle on any date (issue 3): a body cannot, through others, be accountable to
   * itself.
   */
  @CommandHandler
  void handle(DrawReportingLine command, BodyDirectory bodies) {
    LocalDate date = command.effectiveDate();
    assertFormedBy(date);
    if (command.fromBodyId().equals(command.toBodyId())) {
      throw new RuleViolation(Rule.REPORTING_LINE_TO_ITSELF, "a body cannot report to itself");
    }
    String from = requireBodyOfThisPartnership(bodies, command.fromBodyId(), date);
    String to = requireBodyOfThisPartnership(bodies, command.toBodyId(), date);
    reportingLines.stream()
        .filter(line -> line.joins(command.fromBodyId(), command.toBodyId()))
        .filter(line -> line.until() == null || date.isBefore(line.until()))
        .findFirst()
        .ifPresent(
            line -> {
              throw new RuleViolation(
                  Rule.REPORTING_LINE_ALREADY_DRAWN,
                  from + " and " + to + " have a reporting line " + line.describe());
            });
    ReportingLine drawn =
        new ReportingLine(
            command.fromBodyId(), command.toBodyId(), command.kind(), date, null, null, null);
    if (command.kind() == ReportingLineKind.DIRECT_ACCOUNTABILITY) {
      assertNoAccountabilityCycle(drawn, reportingLines, from, to);
    }
    apply(
        new ReportingLineDrawn(
            partnershipId, command.fromBodyId(), command.toBodyId(), command.kind(), date));
  }

  @CommandHandler
  void handle(EndReportingLine command) {
    LocalDate date = command.effectiveDate();
    reportingLines.stream()
        .filter(line -> line.from().equals(command.fromBodyId()))
        .filter(line -> line.to().equals(command.toBodyId()))
        .filter(line -> line.until() == null && date.isAfter(line.since()))
        .findFirst()
        .orElseThrow(
            () ->
                new RuleViolation(
                    Rule.REPORTING_LINE_NOT_IN_FORCE,
                    "no open reporting line from body "
                        + command.fromBodyId()
                        + " to body "
                        + command.toBodyId()
                        + " began before "
                        + date));
    apply(new ReportingLineEnded(partnershipId, command.fromBodyId(), command.toBodyId(), date));
  }

  /**
   * DOMAIN.md rule 7 and docs/adr/0009: a reporting line drawn with a wrong kind or start date,
   * named by its event (or latest correction). Judged as a line drawn so: the partnership formed
   * and both bodies established by the date, no other line between them at the same time, no circle
   * of direct accountability on any day (checked with the corrected line in place of the old), and
   * a start before its end, if it was ended.
   */
  @CommandHandler
  void handle(CorrectReportingLine command, BodyDirectory bodies) {
    ReportingLine line =
        reportingLines.stream()
            .filter(candidate -> command.correctedEventId().equals(candidate.eventId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.UNKNOWN_RECORDED_FACT,
                        "event "
                            + command.correctedEventId()
                            + " is not the current record of a reporting line in "
                            + name));
    ReportingLineKind kind = command.kind() == null ? line.kind() : command.kind();
    LocalDate date = command.effectiveDate() == null ? line.since() : command.effectiveDate();
    if (kind == line.kind() && date.equals(line.since())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the reporting line is already " + line.describe());
    }
    assertFormedBy(date);
    String from = requireBodyOfThisPartnership(bodies, line.from(), date);
    String to = requireBodyOfThisPartnership(bodies, line.to(), date);
    if (line.until() != null && !date.isBefore(line.until())) {
      throw new RuleViolation(
          Rule.REPORTING_LINE_NOT_IN_FORCE,
          "the line from "
              + from
              + " to "
              + to
              + " ended on "
              + line.until()
              + "; it must have begun before that, not on "
              + date);
    }
    List<ReportingLine> others = new ArrayList<>(reportingLines);
    others.remove(line);
    others.stream()
        .filter(other -> other.joins(line.from(), line.to()))
        .filter(other -> other.overlaps(date, line.until()))
        .findFirst()
        .ifPresent(
            other -> {
              throw new RuleViolation(
                  Rule.REPORTING_LINE_ALREADY_DRAWN,
                  from + " and " + to + " have another reporting line " + other.describe());
            });
    if (kind == ReportingLineKind.DIRECT_ACCOUNTABILITY) {
      assertNoAccountabilityCycle(line.corrected(kind, date, null), others, from, to);
    }
    apply(
        new ReportingLineCorrected(
            partnershipId,
            line.from(),
            line.to(),
            line.eventId(),
            kind,
            line.since(),
            command.reason().strip(),
            date));
  }

  /**
   * DOMAIN.md rule 7 and docs/adr/0009: the partnership formed with a wrong name, place or date,
   * named by its formation event (or latest correction). A field left out keeps the value recorded.
   * A new name or place is recorded as {@link FormationCorrected}, a new date as {@link
   * FormationDateCorrected}, both in one unit of work when both change (the date's correction then
   * names the name's).
   *
   * <p>The founding partners whose joinings still fall on the formation day move with it. The
   * corrected formation is judged as a formation on that date would be: each moved founder in
   * existence then, and nothing else of the partnership recorded before it (see {@link
   * #assertNothingRecordedBefore}). Its bodies and MoUs live in other aggregates and are checked by
   * the cascade that sends this command ({@code command.cascade.FormationDateCorrection}), in the
   * same transaction.
   *
   * @return the formation date this correction replaced (the one recorded, if the date is kept)
   */
  @CommandHandler
  LocalDate handle(RecordFormationCorrection command, OrganisationDirectory directory) {
    if (!command.correctedEventId().equals(formationEventId)) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "event "
              + command.correctedEventId()
              + " is not the current record of the formation of "
              + name);
    }
    String newName = command.name() == null ? name : command.name().strip();
    String newPlace = command.place() == null ? place : command.place().strip();
    LocalDate was = formedOn;
    LocalDate date = command.effectiveDate() == null ? was : command.effectiveDate();
    if (newName.equals(name) && newPlace.equals(place) && date.equals(was)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          "the partnership is already recorded as "
              + name
              + ", for "
              + place
              + ", formed on "
              + was);
    }
    List<OrganisationId> moving = foundersOnFormationDay();
    if (!date.equals(was)) {
      moving.forEach(founder -> directory.requireEstablished(founder, date));
      assertNothingRecordedBefore(date, moving, directory);
    }
    String reason = command.reason().strip();
    if (!newName.equals(name) || !newPlace.equals(place)) {
      apply(
          new FormationCorrected(partnershipId, formationEventId, newName, newPlace, reason, was));
    }
    if (!date.equals(was)) {
      apply(new FormationDateCorrected(partnershipId, formationEventId, moving, was, reason, date));
    }
    return was;
  }

  /**
   * The founders whose joinings move with the formation: those recorded with it whose tenure still
   * begins on its day (a founder whose joining was corrected to another day keeps that day), in the
   * order they were named.
   */
  private List<OrganisationId> foundersOnFormationDay() {
    return founders.stream()
        .filter(founder -> tenuresOf(founder).stream().anyMatch(t -> t.joinedOn().equals(formedOn)))
        .collect(ArrayList::new, List::add, List::addAll);
  }

  /**
   * Moved later, a formation would leave out days on which the partnership, by its own record,
   * already had partners who are not moving, notices, leavings, successions or reporting lines. A
   * moved founder's tenure must also still be a day long at least: it cannot have ended by the new
   * date.
   */
  private void assertNothingRecordedBefore(
      LocalDate date, List<OrganisationId> moved, OrganisationDirectory directory) {
    List<RecordedBeforeFormation> acts = new ArrayList<>();
    tenures.forEach(
        (partner, list) ->
            list.forEach(
                tenure -> {
                  String who = directory.describe(partner);
                  if (!(moved.contains(partner) && tenure.joinedOn().equals(formedOn))) {
                    acts.add(new RecordedBeforeFormation(tenure.joinedOn(), who + " joined"));
                  }
                  if (tenure.noticeGivenOn() != null) {
                    acts.add(
                        new RecordedBeforeFormation(tenure.noticeGivenOn(), who + " gave notice"));
                  }
                  if (tenure.leftOn() != null) {
                    // A tenure ending on the new formation day would be empty.
                    acts.add(
                        new RecordedBeforeFormation(
                            tenure.leftOn().minusDays(1), who + " was a partner for the last day"));
                  }
                }));
    successionsTo.forEach(
        (partner, days) ->
            days.forEach(
                day ->
                    acts.add(
                        new RecordedBeforeFormation(
                            day,
                            directory.describe(partner) + " took an abolished partner's place"))));
    reportingLines.forEach(
        line -> acts.add(new RecordedBeforeFormation(line.since(), "a reporting line began")));
    RecordedBeforeFormation.refuseAnyBefore(name, date, acts.stream());
  }

  /**
   * DOMAIN.md rule 7 and docs/adr/0009: a reporting line ended on a wrong date, named by its ending
   * event (or latest correction). Judged as an ending on the corrected date would be, with the line
   * in force on the days it now covers: after its start, no overlap with a later line between the
   * same bodies, and, for direct accountability, no circle on any day it is in force.
   */
  @CommandHandler
  void handle(CorrectReportingLineEnd command, BodyDirectory bodies) {
    ReportingLine line =
        reportingLines.stream()
            .filter(candidate -> command.correctedEventId().equals(candidate.endEventId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.UNKNOWN_RECORDED_FACT,
                        "event "
                            + command.correctedEventId()
                            + " is not the current record of the end of a reporting line in "
                            + name));
    LocalDate date = command.effectiveDate();
    if (date.equals(line.until())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the reporting line is already " + line.describe());
    }
    String from = bodies.require(line.from()).name();
    String to = bodies.require(line.to()).name();
    if (!date.isAfter(line.since())) {
      throw new RuleViolation(
          Rule.REPORTING_LINE_NOT_IN_FORCE,
          "the line from "
              + from
              + " to "
              + to
              + " began on "
              + line.since()
              + "; it can end after that, not on "
              + date);
    }
    List<ReportingLine> others = new ArrayList<>(reportingLines);
    others.remove(line);
    others.stream()
        .filter(other -> other.joins(line.from(), line.to()))
        .filter(other -> other.overlaps(line.since(), date))
        .findFirst()
        .ifPresent(
            other -> {
              throw new RuleViolation(
                  Rule.REPORTING_LINE_ALREADY_DRAWN,
                  from + " and " + to + " have another reporting line " + other.describe());
            });
    ReportingLine corrected = line.endedOn(date, null);
    if (line.kind() == ReportingLineKind.DIRECT_ACCOUNTABILITY) {
      assertNoAccountabilityCycle(corrected, others, from, to);
    }
    apply(
        new ReportingLineEndCorrected(
            partnershipId,
            line.from(),
            line.to(),
            line.endEventId(),
            line.until(),
            command.reason().strip(),
            date));
  }

  private String requireBodyOfThisPartnership(BodyDirectory bodies, BodyId bodyId, LocalDate date) {
    BodyDirectory.KnownBody body = bodies.require(bodyId);
    if (!body.partnershipId().equals(partnershipId)) {
      throw new RuleViolation(
          Rule.REPORTING_LINE_OUTSIDE_PARTNERSHIP,
          body.name() + " belongs to another partnership than " + name);
    }
    if (date.isBefore(body.establishedOn())) {
      throw new RuleViolation(
          Rule.BODY_NOT_YET_ESTABLISHED,
          body.name() + " was established on " + body.establishedOn() + ", after " + date);
    }
    return body.name();
  }

  /**
   * A circle needs every line on it in force on one day. Lines only start on their own dates, so it
   * is enough to look on the new line's first day and on each later day, while it is in force,
   * another line starts.
   */
  private static void assertNoAccountabilityCycle(
      ReportingLine drawn, List<ReportingLine> others, String from, String to) {
    List<ReportingLine> accountability = new ArrayList<>(others);
    accountability.add(drawn);
    accountability.removeIf(line -> line.kind() != ReportingLineKind.DIRECT_ACCOUNTABILITY);
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(drawn.since());
    accountability.stream()
        .map(ReportingLine::since)
        .filter(day -> day.isAfter(drawn.since()) && drawn.inForceOn(day))
        .forEach(days::add);
    for (LocalDate day : days) {
      List<ReportingLine> inForce =
          accountability.stream().filter(line -> line.inForceOn(day)).toList();
      if (reaches(drawn.to(), drawn.from(), inForce, new HashSet<>())) {
        throw new RuleViolation(
            Rule.DIRECT_ACCOUNTABILITY_CYCLE,
            from
                + " cannot be directly accountable to "
                + to
                + ": on "
                + day
                + " "
                + to
                + " is already, through its own lines, accountable to "
                + from);
      }
    }
  }

  private static boolean reaches(
      BodyId start, BodyId target, List<ReportingLine> lines, Set<BodyId> visited) {
    if (start.equals(target)) {
      return true;
    }
    if (!visited.add(start)) {
      return false;
    }
    return lines.stream()
        .filter(line -> line.from().equals(start))
        .anyMatch(line -> reaches(line.to(), target, lines, visited));
  }

  private void assertFormedBy(LocalDate date) {
    if (date.isBefore(formedOn)) {
      throw new RuleViolation(
          Rule.PARTNERSHIP_NOT_YET_FORMED,
          name + " was formed on " + formedOn + "; nothing can happen in it on " + date);
    }
  }

  private static void assertFoundingPartnersAreDistinct(List<OrganisationId> foundingPartners) {
    if (new HashSet<>(foundingPartners).size() != foundingPartners.size()) {
      throw new RuleViolation(
          Rule.DUPLICATE_FOUNDING_PARTNER, "each founding partner may be named only once");
    }
    if (foundingPartners.size() < 2) {
      throw new RuleViolation(
          Rule.TOO_FEW_FOUNDING_PARTNERS,
          "a partnership is formed by at least two organisations; "
              + foundingPartners.size()
              + " named");
    }
  }

  private Tenure tenureOn(OrganisationId partner, LocalDate date) {
    return tenuresOf(partner).stream()
        .filter(tenure -> tenure.covers(date))
        .findFirst()
        .orElseThrow(() -> notAPartner(partner, date));
  }

  private RuleViolation notAPartner(OrganisationId partner, LocalDate date) {
    String history =
        tenuresOf(partner).isEmpty()
            ? "it has never been a partner"
            : "its tenures: "
                + String.join(", ", tenuresOf(partner).stream().map(Tenure::describe).toList());
    return new RuleViolation(
        Rule.NOT_A_PARTNER,
        "organisation "
            + partner
            + " is not a partner of "
            + name
            + " on "
            + date
            + "; "
            + history);
  }

  private List<Tenure> tenuresOf(OrganisationId partner) {
    return tenures.getOrDefault(partner, List.of());
  }

  @EventSourcingHandler
  void on(PartnershipFormed event, @MessageIdentifier String eventId) {
    this.partnershipId = event.partnershipId();
    this.name = event.name();
    this.place = event.place();
    this.formedOn = event.effectiveDate();
    this.formationEventId = eventId;
  }

  @EventSourcingHandler
  void on(FormationCorrected event, @MessageIdentifier String eventId) {
    this.name = event.name();
    this.place = event.place();
    this.formationEventId = eventId;
  }

  /** The moved founders' tenures begin on the new day, and this event now holds that day. */
  @EventSourcingHandler
  void on(FormationDateCorrected event, @MessageIdentifier String eventId) {
    event
        .movedFoundingPartners()
        .forEach(
            founder ->
                tenuresOf(founder).stream()
                    .filter(tenure -> tenure.joinedOn().equals(event.previousDate()))
                    .findFirst()
                    .ifPresent(
                        tenure ->
                            replace(
                                founder,
                                tenure,
                                old -> old.joinedOn(event.effectiveDate()).recordedBy(eventId))));
    this.formedOn = event.effectiveDate();
    this.formationEventId = eventId;
  }

  @EventSourcingHandler
  void on(PartnerJoined event, @MessageIdentifier String eventId, @SequenceNumber long sequence) {
    if (sequence == founders.size() + 1 && event.effectiveDate().equals(formedOn)) {
      founders.add(event.organisationId());
    }
    tenures
        .computeIfAbsent(event.organisationId(), partner -> new ArrayList<>())
        .add(new Tenure(event.effectiveDate(), null, null, eventId, null, null, null));
  }

  @EventSourcingHandler
  void on(JoiningCorrected event, @MessageIdentifier String eventId) {
    tenuresOf(event.organisationId()).stream()
        .filter(tenure -> event.correctedEventId().equals(tenure.joinedEventId()))
        .findFirst()
        .ifPresent(
            tenure ->
                replace(
                    event.organisationId(),
                    tenure,
                    old -> old.joinedOn(event.effectiveDate()).recordedBy(eventId)));
  }

  @EventSourcingHandler
  void on(PartnerGaveNotice event, @MessageIdentifier String eventId) {
    replace(
        event.organisationId(),
        tenureOn(event.organisationId(), event.effectiveDate()),
        tenure -> tenure.withNotice(event.effectiveDate(), event.intendedLeavingDate(), eventId));
  }

  @EventSourcingHandler
  void on(NoticeCorrected event, @MessageIdentifier String eventId) {
    tenuresOf(event.organisationId()).stream()
        .filter(tenure -> event.correctedEventId().equals(tenure.noticeEventId()))
        .findFirst()
        .ifPresent(
            tenure ->
                replace(
                    event.organisationId(),
                    tenure,
                    old ->
                        old.withNotice(
                            event.effectiveDate(), event.intendedLeavingDate(), eventId)));
  }

  @EventSourcingHandler
  void on(PartnerSucceeded event, @MessageIdentifier String eventId) {
    replace(
        event.predecessorId(),
        tenureOn(event.predecessorId(), event.effectiveDate()),
        tenure -> tenure.endedOn(event.effectiveDate(), eventId));
    boolean alreadyPartner =
        tenuresOf(event.successorId()).stream()
            .anyMatch(tenure -> tenure.covers(event.effectiveDate()));
    if (alreadyPartner) {
      successionsTo
          .computeIfAbsent(event.successorId(), partner -> new ArrayList<>())
          .add(event.effectiveDate());
    } else {
      tenures
          .computeIfAbsent(event.successorId(), partner -> new ArrayList<>())
          .add(new Tenure(event.effectiveDate(), null, null, null, null, null, null));
    }
  }

  @EventSourcingHandler
  void on(ReportingLineDrawn event, @MessageIdentifier String eventId) {
    reportingLines.add(
        new ReportingLine(
            event.fromBodyId(),
            event.toBodyId(),
            event.kind(),
            event.effectiveDate(),
            null,
            eventId,
            null));
  }

  @EventSourcingHandler
  void on(ReportingLineCorrected event, @MessageIdentifier String eventId) {
    reportingLines.replaceAll(
        line ->
            event.correctedEventId().equals(line.eventId())
                ? line.corrected(event.kind(), event.effectiveDate(), eventId)
                : line);
  }

  @EventSourcingHandler
  void on(ReportingLineEnded event, @MessageIdentifier String eventId) {
    reportingLines.replaceAll(
        line ->
            line.from().equals(event.fromBodyId())
                    && line.to().equals(event.toBodyId())
                    && line.until() == null
                ? line.endedOn(event.effectiveDate(), eventId)
                : line);
  }

  @EventSourcingHandler
  void on(ReportingLineEndCorrected event, @MessageIdentifier String eventId) {
    reportingLines.replaceAll(
        line ->
            event.correctedEventId().equals(line.endEventId())
                ? line.endedOn(event.effectiveDate(), eventId)
                : line);
  }

  /**
   * Ends the tenure covering the date: an abolition recorded after a leaving, but dated before it,
   * ends the tenure earlier, so the tenure is found by date rather than by being the open one.
   */
  @EventSourcingHandler
  void on(PartnerLeft event, @MessageIdentifier String eventId) {
    replace(
        event.organisationId(),
        tenureOn(event.organisationId(), event.effectiveDate()),
        tenure -> tenure.endedOn(event.effectiveDate(), eventId));
  }

  @EventSourcingHandler
  void on(LeavingCorrected event, @MessageIdentifier String eventId) {
    endMoved(event.organisationId(), event.correctedEventId(), event.effectiveDate(), eventId);
  }

  /**
   * The predecessor's tenure ends on the corrected date; the successor's place, begun by the
   * succession or taken while already a partner, moves with it.
   */
  @EventSourcingHandler
  void on(SuccessionCorrected event, @MessageIdentifier String eventId) {
    endMoved(event.predecessorId(), event.correctedEventId(), event.effectiveDate(), eventId);
    Tenure begun = succeededTenure(event.successorId(), event.previousDate()).orElse(null);
    if (begun != null) {
      replace(event.successorId(), begun, tenure -> tenure.joinedOn(event.effectiveDate()));
    } else {
      List<LocalDate> days = successionsTo.get(event.successorId());
      days.set(days.indexOf(event.previousDate()), event.effectiveDate());
    }
  }

  private void endMoved(
      OrganisationId partner, String correctedEventId, LocalDate date, String eventId) {
    tenuresOf(partner).stream()
        .filter(tenure -> correctedEventId.equals(tenure.leftEventId()))
        .findFirst()
        .ifPresent(tenure -> replace(partner, tenure, old -> old.endedOn(date, eventId)));
  }

  /** The successor's tenure that began by succession on the day, if the succession began one. */
  private Optional<Tenure> succeededTenure(OrganisationId successor, LocalDate day) {
    return tenuresOf(successor).stream()
        .filter(tenure -> tenure.joinedEventId() == null && tenure.joinedOn().equals(day))
        .findFirst();
  }

  private void replace(OrganisationId partner, Tenure old, UnaryOperator<Tenure> change) {
    List<Tenure> list = tenures.get(partner);
    list.set(list.indexOf(old), change.apply(old));
  }

  /**
   * One spell as a partner: from {@code joinedOn} inclusive to {@code leftOn} exclusive, open-ended
   * while {@code leftOn} is null.
   *
   * @param joinedEventId the event that holds the joining's current date (its {@link PartnerJoined}
   *     or latest {@link JoiningCorrected}); null for a tenure that began by succession
   * @param noticeEventId the event that holds the notice's current facts (its {@link
   *     PartnerGaveNotice} or latest {@link NoticeCorrected}); null while no notice is given
   * @param leftEventId the event that holds the end's current date (its {@link PartnerLeft} or
   *     {@link PartnerSucceeded}, or their latest correction); null while the tenure lasts
   */
  record Tenure(
      LocalDate joinedOn,
      LocalDate noticeGivenOn,
      LocalDate leftOn,
      String joinedEventId,
      LocalDate intendedLeavingDate,
      String noticeEventId,
      String leftEventId) {

    boolean isOpen() {
      return leftOn == null;
    }

    boolean covers(LocalDate date) {
      return !date.isBefore(joinedOn) && (leftOn == null || date.isBefore(leftOn));
    }

    /** Whether a new, open-ended tenure from {@code date} would overlap this one. */
    boolean overlapsOpenEndedFrom(LocalDate date) {
      return leftOn == null || date.isBefore(leftOn);
    }

    /** Whether the two half-open spells share a day. */
    boolean overlaps(Tenure other) {
      return (other.leftOn == null || joinedOn.isBefore(other.leftOn))
          && (leftOn == null || other.joinedOn.isBefore(leftOn));
    }

    Tenure withNotice(LocalDate date, LocalDate intendedLeaving, String eventId) {
      return new Tenure(
          joinedOn, date, leftOn, joinedEventId, intendedLeaving, eventId, leftEventId);
    }

    Tenure endedOn(LocalDate date, String eventId) {
      return new Tenure(
          joinedOn,
          noticeGivenOn,
          date,
          joinedEventId,
          intendedLeavingDate,
          noticeEventId,
          eventId);
    }

    Tenure joinedOn(LocalDate date) {
      return new Tenure(
          date,
          noticeGivenOn,
          leftOn,
          joinedEventId,
          intendedLeavingDate,
          noticeEventId,
          leftEventId);
    }

    Tenure recordedBy(String eventId) {
      return new Tenure(
          joinedOn,
          noticeGivenOn,
          leftOn,
          eventId,
          intendedLeavingDate,
          noticeEventId,
          leftEventId);
    }

    String describe() {
      return leftOn == null
          ? "(from " + joinedOn + ")"
          : "(from " + joinedOn + " to " + leftOn + ")";
    }
  }

  /**
   * A line from one body to another, from {@code since} inclusive to {@code until} exclusive.
   *
   * @param eventId the event that holds its current kind and start (its {@link ReportingLineDrawn}
   *     or latest {@link ReportingLineCorrected})
   * @param endEventId the event that holds its current end (its {@link ReportingLineEnded} or
   *     latest {@link ReportingLineEndCorrected}); null while it has not ended
   */
  private record ReportingLine(
      BodyId from,
      BodyId to,
      ReportingLineKind kind,
      LocalDate since,
      LocalDate until,
      String eventId,
      String endEventId) {

    boolean joins(BodyId one, BodyId other) {
      return (from.equals(one) && to.equals(other)) || (from.equals(other) && to.equals(one));
    }

    boolean inForceOn(LocalDate day) {
      return !day.isBefore(since) && (until == null || day.isBefore(until));
    }

    ReportingLine endedOn(LocalDate day, String newEndEventId) {
      return new ReportingLine(from, to, kind, since, day, eventId, newEndEventId);
    }

    ReportingLine corrected(ReportingLineKind newKind, LocalDate newSince, String newEventId) {
      return new ReportingLine(from, to, newKind, newSince, until, newEventId, endEventId);
    }

    /** Whether the two half-open spells share a day. */
    boolean overlaps(LocalDate otherSince, LocalDate otherUntil) {
      return (otherUntil == null || since.isBefore(otherUntil))
          && (until == null || otherSince.isBefore(until));
    }

    String describe() {
      return "("
          + kind.name().toLowerCase().replace('_', ' ')
          + (until == null ? " from " + since : " from " + since + " to " + until)
          + ")";
    }
  }
}
