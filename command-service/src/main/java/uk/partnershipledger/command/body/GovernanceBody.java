package uk.partnershipledger.command.body;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.partnershipledger.command.body.BodyCommands.AdoptTermsOfReference;
import uk.partnershipledger.command.body.BodyCommands.AppointMember;
import uk.partnershipledger.command.body.BodyCommands.ChangeBodyStatus;
import uk.partnershipledger.command.body.BodyCommands.ChangeMemberRole;
import uk.partnershipledger.command.body.BodyCommands.CheckNoRelianceOnPartner;
import uk.partnershipledger.command.body.BodyCommands.CorrectAppointment;
import uk.partnershipledger.command.body.BodyCommands.CorrectAppointmentOrganisation;
import uk.partnershipledger.command.body.BodyCommands.CorrectChairArrangement;
import uk.partnershipledger.command.body.BodyCommands.CorrectDecision;
import uk.partnershipledger.command.body.BodyCommands.CorrectDecisionFunction;
import uk.partnershipledger.command.body.BodyCommands.CorrectDeclaration;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationChangeDate;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationGrant;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationLimits;
import uk.partnershipledger.command.body.BodyCommands.CorrectDelegationTerms;
import uk.partnershipledger.command.body.BodyCommands.CorrectEstablishment;
import uk.partnershipledger.command.body.BodyCommands.CorrectMembershipEnd;
import uk.partnershipledger.command.body.BodyCommands.CorrectRecommendation;
import uk.partnershipledger.command.body.BodyCommands.CorrectReplacement;
import uk.partnershipledger.command.body.BodyCommands.CorrectRoleChange;
import uk.partnershipledger.command.body.BodyCommands.CorrectStatusDate;
import uk.partnershipledger.command.body.BodyCommands.CorrectTermsOfReference;
import uk.partnershipledger.command.body.BodyCommands.DecisionOutcome;
import uk.partnershipledger.command.body.BodyCommands.DeclareInterest;
import uk.partnershipledger.command.body.BodyCommands.EndMembership;
import uk.partnershipledger.command.body.BodyCommands.EndRepresentation;
import uk.partnershipledger.command.body.BodyCommands.EstablishBody;
import uk.partnershipledger.command.body.BodyCommands.GrantDelegation;
import uk.partnershipledger.command.body.BodyCommands.LapseDelegationsOf;
import uk.partnershipledger.command.body.BodyCommands.MoveLapses;
import uk.partnershipledger.command.body.BodyCommands.MovePassingsToSuccessor;
import uk.partnershipledger.command.body.BodyCommands.MoveRepresentationEnd;
import uk.partnershipledger.command.body.BodyCommands.PassDelegationsToSuccessor;
import uk.partnershipledger.command.body.BodyCommands.RecordDecision;
import uk.partnershipledger.command.body.BodyCommands.RecordRecommendation;
import uk.partnershipledger.command.body.BodyCommands.ReplaceBody;
import uk.partnershipledger.command.body.BodyCommands.RevokeDelegation;
import uk.partnershipledger.command.body.BodyCommands.SetChairArrangement;
import uk.partnershipledger.command.body.BodyCommands.VaryDelegation;
import uk.partnershipledger.command.infrastructure.AxonConfiguration;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.ledger.RuleViolation;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.AppointmentCorrected;
import uk.partnershipledger.events.body.BodyEvent.AppointmentOrganisationCorrected;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyReplaced;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementCorrected;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementSet;
import uk.partnershipledger.events.body.BodyEvent.DecisionCorrected;
import uk.partnershipledger.events.body.BodyEvent.DecisionFunctionCorrected;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DecisionRefused;
import uk.partnershipledger.events.body.BodyEvent.DeclarationCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationChangeDateCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationGrantCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLapsed;
import uk.partnershipledger.events.body.BodyEvent.DelegationLimitsCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationPassedToSuccessor;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyEvent.DelegationTermsCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationVaried;
import uk.partnershipledger.events.body.BodyEvent.EstablishmentCorrected;
import uk.partnershipledger.events.body.BodyEvent.InterestDeclared;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.MembershipEndCorrected;
import uk.partnershipledger.events.body.BodyEvent.MembershipEnded;
import uk.partnershipledger.events.body.BodyEvent.RecommendationCorrected;
import uk.partnershipledger.events.body.BodyEvent.RecommendationRecorded;
import uk.partnershipledger.events.body.BodyEvent.ReplacementCorrected;
import uk.partnershipledger.events.body.BodyEvent.RoleChangeCorrected;
import uk.partnershipledger.events.body.BodyEvent.StatusDateCorrected;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceAdopted;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceCorrected;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.ChairArrangement;
import uk.partnershipledger.events.body.ChairTurn;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DeclarationId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * A governance body: a committee, board, executive or forum, with its lifecycle and its terms of
 * reference.
 *
 * <p>The status is kept as a timeline by effective date, because a body's shadow period may be
 * recorded after its operational start. A status change is accepted wherever it keeps the timeline
 * moving forward (seeds/000 §7: shadow form from October 2022, operational from April 2023).
 */
@Aggregate(lockFactory = AxonConfiguration.NO_AGGREGATE_LOCKS)
public class GovernanceBody {

  @AggregateIdentifier private BodyId bodyId;
  private String name;
  private LocalDate establishedOn;
  private final TreeMap<LocalDate, BodyStatus> statuses = new TreeMap<>();
  private final TreeMap<Integer, AdoptedTerms> termsOfReference = new TreeMap<>();
  private PartnershipId partnershipId;
  private final Map<MembershipId, Membership> memberships = new LinkedHashMap<>();
  private BodyType type;
  private final Map<DelegationId, HeldDelegation> delegations = new LinkedHashMap<>();
  private final List<InterestDeclared> declarations = new ArrayList<>();
  private final TreeMap<LocalDate, ChairArrangementSet> chairArrangements = new TreeMap<>();
  private final Map<LocalDate, String> chairArrangementRecordedBy = new HashMap<>();
  private BodyId replacedBy;
  private LocalDate replacedOn;
  private String replacementRecordedBy;
  private final Map<DecisionId, RecordedDecision> decisions = new LinkedHashMap<>();
  private final Map<String, LocalDate> statusRecordedBy = new HashMap<>();
  private OrganisationId hostOrganisationId;
  private String establishmentRecordedBy;
  private final Map<DeclarationId, String> declarationRecordedBy = new HashMap<>();
  private final Map<DecisionId, RecordedRecommendation> recommendations = new LinkedHashMap<>();

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
    if (command.status() == BodyStatus.DISSOLVED) {
      assertNoActsFrom(date);
    }
    apply(new BodyStatusChanged(bodyId, previous, command.status(), date));
    if (command.status() == BodyStatus.DISSOLVED) {
      lapseDelegationsOnDissolution(date);
    }
  }

  /**
   * The replaced body is dissolved on the date and the body that replaces it is recorded (seeds/001
   * MoU §9: the Partnership Executive replaces the Integrated Care Board and the System Advisory
   * Group on 1 April 2021).
   */
  @CommandHandler
  void handle(ReplaceBody command, BodyDirectory bodies) {
    LocalDate date = command.effectiveDate();
    assertCanBeReplacedBy(command.replacementBodyId(), date, bodies);
    handle(new ChangeBodyStatus(bodyId, BodyStatus.DISSOLVED, date));
    apply(new BodyReplaced(bodyId, command.replacementBodyId(), date));
  }

  /** The replacement is another body of the same partnership, established by the date. */
  private void assertCanBeReplacedBy(BodyId replacementId, LocalDate date, BodyDirectory bodies) {
    if (replacementId.equals(bodyId)) {
      throw new RuleViolation(Rule.BODY_REPLACES_ITSELF, name + " cannot replace itself");
    }
    BodyDirectory.KnownBody replacement = bodies.require(replacementId);
    if (!replacement.partnershipId().equals(partnershipId)) {
      throw new RuleViolation(
          Rule.REPLACEMENT_IN_ANOTHER_PARTNERSHIP,
          replacement.name() + " belongs to another partnership and cannot replace " + name);
    }
    if (date.isBefore(replacement.establishedOn())) {
      throw new RuleViolation(
          Rule.BODY_NOT_YET_ESTABLISHED,
          replacement.name()
              + " was established on "
              + replacement.establishedOn()
              + " and cannot replace "
              + name
              + " on "
              + date);
    }
  }

  /**
   * From the date, the chair is appointed, jointly appointed by the members (seeds/000 §19a), or
   * rotates between named organisations on a schedule (seeds/003 §4.5.3).
   */
  @CommandHandler
  void handle(SetChairArrangement command, OrganisationDirectory organisations) {
    LocalDate date = command.effectiveDate();
    assertOpenOn(date);
    List<ChairTurn> rotation = command.rotation() == null ? List.of() : command.rotation();
    assertRotation(command.arrangement(), rotation, date, organisations);
    if (!chairArrangements.isEmpty() && !date.isAfter(chairArrangements.lastKey())) {
      throw new RuleViolation(
          Rule.ROTATION_INVALID,
          "the chair arrangement of "
              + name
              + " was last set on "
              + chairArrangements.lastKey()
              + "; a new one must start after that, not on "
              + date);
    }
    apply(new ChairArrangementSet(bodyId, command.arrangement(), List.copyOf(rotation), date));
  }

  /**
   * A rotating chair has turns in date order, the first from the arrangement's date, each from an
   * organisation that exists when its turn starts; any other arrangement has none.
   */
  private static void assertRotation(
      ChairArrangement arrangement,
      List<ChairTurn> rotation,
      LocalDate date,
      OrganisationDirectory organisations) {
    if (arrangement == ChairArrangement.ROTATING) {
      if (rotation.isEmpty() || !rotation.get(0).from().equals(date)) {
        throw new RuleViolation(
            Rule.ROTATION_INVALID,
            "a rotating chair needs its turns, the first from the arrangement's date " + date);
      }
      for (int turn = 1; turn < rotation.size(); turn++) {
        if (!rotation.get(turn).from().isAfter(rotation.get(turn - 1).from())) {
          throw new RuleViolation(
              Rule.ROTATION_INVALID,
              "turn " + (turn + 1) + " of the rotation must start after turn " + turn);
        }
      }
      rotation.forEach(
          turn -> organisations.requireEstablished(turn.organisationId(), turn.from()));
    } else if (!rotation.isEmpty()) {
      throw new RuleViolation(
          Rule.ROTATION_INVALID, "only a rotating chair has turns; this one is " + arrangement);
    }
  }

  /**
   * Rules 1 and 2 of DOMAIN.md: a statutory body that is a partner on the date delegates a
   * delegable function to a body that can decide and is not dissolved, with its governing body's
   * approval given first (seeds/001 §24, §26; seeds/004 §14).
   *
   * <p>Where the ledger already knows the delegator leaves, is abolished, or the body is dissolved
   * later, the lapse (or the passing to the successor) is recorded with the grant, as it would have
   * been had the grant come first.
   */
  @CommandHandler
  void handle(
      GrantDelegation command,
      OrganisationDirectory organisations,
      PartnershipDirectory partnerships) {
    LocalDate date = command.effectiveDate();
    assertOpenOn(date);
    if (!type.canDecide()) {
      throw new RuleViolation(
          Rule.BODY_CANNOT_HOLD_DELEGATION,
          name
              + " is a "
              + type.name().toLowerCase().replace('_', ' ')
              + ", which advises and cannot take decisions, so it cannot hold a delegation");
    }
    NonDelegableFunctions.whyNot(command.function())
        .ifPresent(
            why -> {
              throw new RuleViolation(
                  Rule.NON_DELEGABLE_FUNCTION, command.function() + " cannot be delegated: " + why);
            });
    OrganisationDirectory.KnownOrganisation delegator =
        organisations.requireEstablished(command.delegatorId(), date);
    if (!delegator.statutoryBody()) {
      throw new RuleViolation(
          Rule.DELEGATOR_NOT_STATUTORY,
          delegator.name()
              + " is not a statutory body and holds no statutory function to delegate");
    }
    PartnershipDirectory.KnownTenure tenure =
        partnerships
            .tenureOn(partnershipId, command.delegatorId(), date)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.DELEGATOR_NOT_A_PARTNER,
                        delegator.name()
                            + " is not a partner on "
                            + date
                            + " and cannot delegate to "
                            + name));
    assertApprovedBy(command.approval(), date);
    assertOneLimitPerKind(command.limits());
    apply(
        new DelegationGranted(
            bodyId,
            command.delegationId(),
            command.delegatorId(),
            command.function(),
            command.scope().strip(),
            List.copyOf(command.limits()),
            List.copyOf(command.conditions()),
            command.approval(),
            date));
    // Whichever comes first ends the delegation: a body dissolved before the delegator leaves
    // holds nothing by then.
    LocalDate dissolvedOn = dissolvedOn();
    if (tenure.leftOn() != null && (dissolvedOn == null || !tenure.leftOn().isAfter(dissolvedOn))) {
      if (tenure.leftOn().equals(delegator.abolishedOn()) && delegator.successorId() != null) {
        apply(
            new DelegationPassedToSuccessor(
                bodyId,
                command.delegationId(),
                command.delegatorId(),
                delegator.successorId(),
                tenure.leftOn()));
      } else {
        apply(
            new DelegationLapsed(
                bodyId,
                command.delegationId(),
                tenure.leftOn().equals(delegator.abolishedOn())
                    ? LapseReason.DELEGATOR_ABOLISHED
                    : LapseReason.DELEGATOR_LEFT_PARTNERSHIP,
                tenure.leftOn()));
      }
    }
    if (dissolvedOn != null && delegations.get(command.delegationId()).endedOn() == null) {
      apply(
          new DelegationLapsed(
              bodyId, command.delegationId(), LapseReason.BODY_DISSOLVED, dissolvedOn));
    }
  }

  /** Changing the limits needs the delegator's governing body's agreement first (rule 4). */
  @CommandHandler
  void handle(VaryDelegation command) {
    LocalDate date = command.effectiveDate();
    HeldDelegation delegation = changeableDelegation(command.delegationId(), date, "varied");
    assertApprovedBy(command.approval(), date);
    assertOneLimitPerKind(command.limits());
    apply(
        new DelegationVaried(
            bodyId,
            delegation.id(),
            List.copyOf(command.limits()),
            List.copyOf(command.conditions()),
            command.approval(),
            date));
  }

  @CommandHandler
  void handle(RevokeDelegation command) {
    LocalDate date = command.effectiveDate();
    HeldDelegation delegation = changeableDelegation(command.delegationId(), date, "revoked");
    apply(new DelegationRevoked(bodyId, delegation.id(), date));
  }

  /** A member declares an interest in a matter (seeds/001 MoU §23). */
  @CommandHandler
  void handle(DeclareInterest command) {
    LocalDate date = command.effectiveDate();
    membership(command.membershipId()).assertInForceOn(date, name);
    apply(
        new InterestDeclared(
            bodyId,
            command.declarationId(),
            command.membershipId(),
            command.matter().strip(),
            command.interest().strip(),
            date));
  }

  /**
   * Rule 3 of DOMAIN.md, judged entirely inside this aggregate: on the decision's date the body is
   * operational and holds a delegation in force for the function whose limit covers the amount.
   * Because delegations, their revocations and decisions all live here, a decision and a revocation
   * sent at the same moment are put in one order, and the later one is judged against the earlier
   * (docs/adr/0008).
   *
   * <p>A refused decision is recorded as {@link DecisionRefused}, so an auditor sees the attempt,
   * and returned rather than thrown: throwing would roll the record back.
   */
  @CommandHandler
  DecisionOutcome handle(RecordDecision command, OrganisationDirectory organisations) {
    LocalDate date = command.effectiveDate();
    try {
      HeldDelegation chosen =
          judgeDecision(
              command.function(), command.limitKind(), command.amount(), date, organisations);
      List<MembershipId> abstaining = abstainingOn(command.matter(), date);
      OrganisationId delegator = chosen.delegatorOn(date);
      apply(
          new DecisionRecorded(
              bodyId,
              command.decisionId(),
              chosen.id(),
              delegator,
              command.subject().strip(),
              command.matter(),
              command.function(),
              command.limitKind(),
              command.amount(),
              abstaining,
              date));
      return new DecisionOutcome.Decided(chosen.id(), delegator, abstaining);
    } catch (RuleViolation refusal) {
      apply(
          new DecisionRefused(
              bodyId,
              command.decisionId(),
              command.subject().strip(),
              command.matter(),
              command.function(),
              command.limitKind(),
              command.amount(),
              refusal.rule().slug(),
              refusal.getMessage(),
              date));
      return new DecisionOutcome.Refused(refusal);
    }
  }

  /**
   * Rule 3 of DOMAIN.md: the delegation under which a decision of this function and amount holds on
   * the date, or the rule it breaks.
   */
  private HeldDelegation judgeDecision(
      String function,
      LimitKind kind,
      BigDecimal amount,
      LocalDate date,
      OrganisationDirectory organisations) {
    assertEstablishedBy(date);
    BodyStatus status = statusOn(date);
    if (status != BodyStatus.OPERATIONAL) {
      throw new RuleViolation(
          Rule.BODY_NOT_OPERATIONAL,
          name
              + " is "
              + describe(status)
              + " on "
              + date
              + " and cannot decide"
              + (status == BodyStatus.DISSOLVED ? "" : "; it may record a recommendation"));
    }
    List<HeldDelegation> covering =
        delegations.values().stream()
            .filter(held -> held.inForceOn(date) && held.function().equals(function))
            .toList();
    if (covering.isEmpty()) {
      throw new RuleViolation(Rule.NO_DELEGATION_FOR_FUNCTION, noDelegationFor(function, date));
    }
    return covering.stream()
        .filter(held -> held.allows(date, kind, amount))
        .findFirst()
        .orElseThrow(() -> overLimit(function, kind, amount, date, covering, organisations));
  }

  /**
   * Rule 7 of DOMAIN.md: a wrong amount, date or subject is put right by a correction that names
   * the event it corrects; the first record stays. The corrected decision must hold on its own: it
   * is judged again, on its corrected date, as if it had been recorded so.
   */
  @CommandHandler
  void handle(CorrectDecision command, OrganisationDirectory organisations) {
    RecordedDecision recorded = recordedDecision(command.decisionId());
    String subject = command.subject() == null ? recorded.subject() : command.subject().strip();
    LimitKind kind = command.limitKind() == null ? recorded.limitKind() : command.limitKind();
    BigDecimal amount = command.amount() == null ? recorded.amount() : command.amount();
    LocalDate date = command.effectiveDate() == null ? recorded.date() : command.effectiveDate();
    if (subject.equals(recorded.subject())
        && Objects.equals(kind, recorded.limitKind())
        && Objects.equals(amount, recorded.amount())
        && date.equals(recorded.date())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the decision is already recorded with these facts");
    }
    if ((kind == null) != (amount == null)) {
      throw new RuleViolation(
          Rule.AMOUNT_AND_LIMIT_KIND_TOGETHER,
          "a corrected amount needs the kind of limit it counts against, and the kind an amount");
    }
    HeldDelegation chosen = judgeDecision(recorded.function(), kind, amount, date, organisations);
    apply(
        new DecisionCorrected(
            bodyId,
            command.decisionId(),
            recorded.eventId(),
            chosen.id(),
            chosen.delegatorOn(date),
            subject,
            kind,
            amount,
            abstainingOn(recorded.matter(), date),
            command.reason().strip(),
            date));
  }

  /**
   * The wrong person's name, or the wrong date, on an appointment. A corrected date must still fit
   * everything else recorded of the membership and the body: before the member's next role and the
   * membership's end, after the body's establishment, a partner's representative for a voting role,
   * and one chair at a time.
   */
  @CommandHandler
  void handle(CorrectAppointment command, PartnershipDirectory partnerships) {
    Membership membership = membership(command.membershipId());
    LocalDate was = membership.roles().firstKey();
    MemberRole role = membership.roles().firstEntry().getValue();
    String person =
        command.personName() == null ? membership.personName() : command.personName().strip();
    LocalDate date = command.effectiveDate() == null ? was : command.effectiveDate();
    if (person.equals(membership.personName()) && date.equals(was)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the appointment is already recorded with these facts");
    }
    if (!date.equals(was)) {
      assertOpenOn(date);
      LocalDate nextRole = membership.roles().higherKey(was);
      LocalDate limit = nextRole != null ? nextRole : membership.endedOn();
      if (limit != null && !date.isBefore(limit)) {
        throw new RuleViolation(
            Rule.CORRECTION_CONTRADICTS_RECORD,
            membership.personName()
                + "'s membership records a change on "
                + limit
                + "; the appointment cannot be dated "
                + date);
      }
      declarations.stream()
          .filter(declared -> declared.membershipId().equals(command.membershipId()))
          .filter(declared -> declared.effectiveDate().isBefore(date))
          .findFirst()
          .ifPresent(
              declared -> {
                throw new RuleViolation(
                    Rule.CORRECTION_CONTRADICTS_RECORD,
                    membership.personName()
                        + " declared an interest on "
                        + declared.effectiveDate()
                        + ", before "
                        + date);
              });
      if (role.votes()
          && !partnerships.isPartnerOn(partnershipId, membership.organisationId(), date)) {
        throw new RuleViolation(
            Rule.MEMBER_ORGANISATION_NOT_A_PARTNER,
            "the organisation " + membership.organisationId() + " is not a partner on " + date);
      }
      if (role == MemberRole.CHAIR) {
        assertNoOtherChair(command.membershipId(), date, limit);
      }
    }
    apply(
        new AppointmentCorrected(
            bodyId,
            command.membershipId(),
            membership.appointedEventId(),
            person,
            command.reason().strip(),
            date));
  }

  /**
   * A wrong amount in a delegation's limits. The decisions recorded under those limits must still
   * fit them; if one would not, the decision is corrected first.
   */
  @CommandHandler
  void handle(CorrectDelegationLimits command) {
    HeldDelegation held = heldDelegation(command.delegationId());
    LocalDate from =
        held.limitsRecordedBy(command.correctedEventId())
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.UNKNOWN_RECORDED_FACT,
                        "event "
                            + command.correctedEventId()
                            + " is not the current record of limits of the delegation of "
                            + held.function()));
    if (held.limitsOn(from).equals(command.limits())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the delegation already has these limits from " + from);
    }
    assertOneLimitPerKind(command.limits());
    LocalDate until = held.limitsUntil(from);
    held.decisions()
        .forEach(
            (decision, date) -> {
              RecordedDecision recorded = decisions.get(decision);
              boolean governed = !date.isBefore(from) && (until == null || date.isBefore(until));
              boolean fits =
                  recorded.limitKind() == null
                      || command.limits().stream()
                          .anyMatch(
                              limit ->
                                  limit.kind() == recorded.limitKind()
                                      && limit.maximum().compareTo(recorded.amount()) >= 0);
              if (governed && !fits) {
                throw new RuleViolation(
                    Rule.CORRECTION_CONTRADICTS_RECORD,
                    "the decision of "
                        + date
                        + " ("
                        + recorded.subject()
                        + ", "
                        + Money.pounds(recorded.amount())
                        + ") would be over the corrected limits; correct the decision first");
              }
            });
    apply(
        new DelegationLimitsCorrected(
            bodyId,
            command.delegationId(),
            command.correctedEventId(),
            List.copyOf(command.limits()),
            command.reason().strip(),
            from));
  }

  /**
   * A status (shadow form, operational...) took effect on another day than recorded. The corrected
   * timeline must still move forward, the establishment stay before every other fact and on or
   * after the partnership's formation, and every recorded decision fall on a day the body is
   * operational.
   */
  @CommandHandler
  void handle(CorrectStatusDate command, PartnershipDirectory partnerships, BodyDirectory bodies) {
    LocalDate was = statusRecordedBy.get(command.correctedEventId());
    if (was == null) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "event "
              + command.correctedEventId()
              + " is not the current record of a status of "
              + name);
    }
    LocalDate date = command.effectiveDate();
    if (date.equals(was)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the status is already recorded from " + date);
    }
    BodyStatus status = statuses.get(was);
    TreeMap<LocalDate, BodyStatus> corrected = new TreeMap<>(statuses);
    corrected.remove(was);
    if (corrected.containsKey(date)) {
      throw new RuleViolation(
          Rule.BODY_STATUS_MUST_MOVE_FORWARD,
          name + " already changes status on " + date + "; its lifecycle is " + timeline());
    }
    corrected.put(date, status);
    boolean establishment = was.equals(establishedOn);
    if (!corrected.firstKey().equals(establishment ? date : establishedOn)
        || !movesForward(corrected)) {
      throw new RuleViolation(
          Rule.BODY_STATUS_MUST_MOVE_FORWARD,
          name
              + " cannot be "
              + describe(status)
              + " from "
              + date
              + " instead of "
              + was
              + ": its lifecycle is "
              + timeline());
    }
    if (establishment) {
      // Locks the formation, as an establishment does: a correction moving the formation later
      // either sees this day or is seen here.
      partnerships.requireFormed(partnershipId, date);
      earliestOtherFact()
          .filter(first -> first.isBefore(date))
          .ifPresent(
              first -> {
                throw new RuleViolation(
                    Rule.CORRECTION_CONTRADICTS_RECORD,
                    "facts about " + name + " are recorded from " + first + ", before " + date);
              });
    }
    decisions.values().stream()
        .filter(
            decision -> corrected.floorEntry(decision.date()).getValue() != BodyStatus.OPERATIONAL)
        .findFirst()
        .ifPresent(
            decision -> {
              throw new RuleViolation(
                  Rule.CORRECTION_CONTRADICTS_RECORD,
                  name
                      + " decided on "
                      + decision.date()
                      + " ("
                      + decision.subject()
                      + "), when it would not be operational");
            });
    List<HeldDelegation> lapsed =
        status == BodyStatus.DISSOLVED ? lapsedOnDissolution(was, date) : List.of();
    boolean replaced = status == BodyStatus.DISSOLVED && was.equals(replacedOn);
    if (replaced) {
      // A replacement dissolves the body it replaces: the two are one act, and move together.
      assertCanBeReplacedBy(replacedBy, date, bodies);
    }
    apply(
        new StatusDateCorrected(
            bodyId, command.correctedEventId(), status, was, command.reason().strip(), date));
    if (replaced) {
      apply(
          new ReplacementCorrected(
              bodyId, replacementRecordedBy, replacedBy, command.reason().strip(), date));
    }
    // The dissolution's consequences move with it (docs/adr/0009), in the same unit of work: each
    // delegation it lapsed lapses on the corrected day, named by the lapse's own event.
    for (HeldDelegation held : lapsed) {
      apply(
          new DelegationChangeDateCorrected(
              bodyId,
              held.id(),
              held.lapseRecordedBy(LapseReason.BODY_DISSOLVED).orElseThrow(),
              was,
              command.reason().strip(),
              date));
    }
  }

  /**
   * The delegations a dissolution recorded on {@code was} lapsed, provided the dissolution can move
   * to {@code now} with them: moved earlier, nothing the body did may fall on or after the new day
   * (as when it was dissolved: acts of a dissolved body), and each lapse stays after its
   * delegation's last change.
   */
  private List<HeldDelegation> lapsedOnDissolution(LocalDate was, LocalDate now) {
    if (now.isBefore(was)) {
      assertNoActsFrom(now);
    }
    List<HeldDelegation> lapsed =
        delegations.values().stream()
            .filter(
                held ->
                    was.equals(held.endedOn())
                        && held.lapseRecordedBy(LapseReason.BODY_DISSOLVED).isPresent())
            .toList();
    for (HeldDelegation held : delegations.values()) {
      LocalDate ended = held.endedOn();
      if (now.isBefore(was)
          && !lapsed.contains(held)
          && ended != null
          && !ended.isBefore(now)
          && ended.isBefore(was)) {
        throw new RuleViolation(
            Rule.DISSOLUTION_BEFORE_RECORDED_ACTS,
            "the delegation of "
                + held.function()
                + " to "
                + name
                + " ended on "
                + ended
                + ", which would be after its dissolution on "
                + now);
      }
    }
    for (HeldDelegation held : lapsed) {
      LocalDate lastChange = held.changeBefore(was);
      if (now.isBefore(was) && !now.isAfter(lastChange)) {
        throw new RuleViolation(
            Rule.DELEGATION_CHANGE_OUT_OF_ORDER,
            "the delegation of "
                + held.function()
                + " changed on "
                + lastChange
                + "; it cannot have lapsed with "
                + name
                + " before that, on "
                + now);
      }
    }
    return lapsed;
  }

  private static boolean movesForward(TreeMap<LocalDate, BodyStatus> timeline) {
    BodyStatus previous = null;
    for (BodyStatus status : timeline.values()) {
      if (previous != null && !previous.precedes(status)) {
        return false;
      }
      previous = status;
    }
    return true;
  }

  private Optional<LocalDate> earliestOtherFact() {
    return otherFactDates().min(Comparator.naturalOrder());
  }

  /**
   * The days of everything recorded about the body other than its lifecycle: memberships,
   * delegations, decisions, declarations, chair arrangements, terms of reference.
   */
  private Stream<LocalDate> otherFactDates() {
    return Stream.of(
            memberships.values().stream().map(membership -> membership.roles().firstKey()),
            delegations.values().stream().map(HeldDelegation::grantedOn),
            decisions.values().stream().map(RecordedDecision::date),
            declarations.stream().map(InterestDeclared::effectiveDate),
            chairArrangements.keySet().stream(),
            termsOfReference.values().stream().map(AdoptedTerms::adoptedOn))
        .flatMap(dates -> dates);
  }

  /**
   * A body cannot be dissolved from a day on which, by the record, it still acted: a member
   * appointed, a delegation granted, a decision taken, terms adopted on or after that day would be
   * acts of a dissolved body. Those are corrected first.
   */
  private void assertNoActsFrom(LocalDate date) {
    otherFactDates()
        .filter(day -> !day.isBefore(date))
        .max(Comparator.naturalOrder())
        .ifPresent(
            last -> {
              throw new RuleViolation(
                  Rule.DISSOLUTION_BEFORE_RECORDED_ACTS,
                  name
                      + " acted on "
                      + last
                      + " by the record, so it cannot be dissolved from "
                      + date);
            });
  }

  /** A body that cannot decide (in shadow form, say) recommends to one that can (seeds/000 §7). */
  @CommandHandler
  void handle(RecordRecommendation command) {
    LocalDate date = command.effectiveDate();
    assertOpenOn(date);
    apply(
        new RecommendationRecorded(
            bodyId,
            command.decisionId(),
            command.subject().strip(),
            command.matter(),
            command.function(),
            command.limitKind(),
            command.amount(),
            command.recommendedTo().strip(),
            date));
  }

  /**
   * Rule 6 of DOMAIN.md: the organisation's people stop being members on the date. A membership
   * that was to begin on or after it never comes into force.
   */
  @CommandHandler
  void handle(EndRepresentation command) {
    LocalDate date = command.effectiveDate();
    memberships.forEach(
        (id, membership) -> {
          if (membership.organisationId().equals(command.organisationId())
              && (membership.endedOn() == null || membership.endedOn().isAfter(date))) {
            LocalDate start = membership.roles().firstKey();
            apply(new MembershipEnded(bodyId, id, start.isAfter(date) ? start : date));
          }
        });
  }

  /**
   * Rule 6 of DOMAIN.md: the delegations the organisation made lapse on the date. A decision
   * already recorded under one on or after that date would lose its authority, so the lapse (and
   * with it the leaving or abolition that causes it) is refused until the decision is corrected.
   */
  @CommandHandler
  void handle(LapseDelegationsOf command) {
    LocalDate date = command.effectiveDate();
    for (HeldDelegation held : List.copyOf(delegations.values())) {
      // A delegation granted after the date has no delegator on the date: judge it on its grant.
      LocalDate lapse = held.grantedOn().isAfter(date) ? held.grantedOn() : date;
      if (held.delegatorOn(lapse).equals(command.delegatorId())
          && (held.endedOn() == null || held.endedOn().isAfter(date))) {
        assertNoDecisionsFrom(held, date, "lapse");
        apply(new DelegationLapsed(bodyId, held.id(), command.reason(), lapse));
      }
    }
  }

  /** The delegations of an abolished organisation pass to its successor (seeds/003 §4.6.1). */
  @CommandHandler
  void handle(PassDelegationsToSuccessor command) {
    LocalDate date = command.effectiveDate();
    for (HeldDelegation held : List.copyOf(delegations.values())) {
      if (held.inForceOn(date) && held.delegatorOn(date).equals(command.predecessorId())) {
        apply(
            new DelegationPassedToSuccessor(
                bodyId, held.id(), command.predecessorId(), command.successorId(), date));
      }
    }
  }

  /**
   * A departure's date is corrected from {@code was} to {@code now} (docs/adr/0009): its people's
   * memberships end as {@link EndRepresentation} would have ended them on the corrected date, each
   * as a {@link MembershipEndCorrected} naming its end. Moved later, the memberships the departure
   * ended on {@code was}, and those it ended on their first day because they were to begin between
   * the two dates, end on {@code now}, and must still fit one chair at a time. Moved earlier, every
   * membership of the organisation still in force on {@code now}, or beginning before {@code was},
   * ends on {@code now} (or on its first day, if later), one ended by hand between the dates too;
   * no role change or declaration of its member may then be left after its end.
   */
  @CommandHandler
  void handle(MoveRepresentationEnd command) {
    LocalDate was = command.was();
    LocalDate now = command.now();
    boolean later = now.isAfter(was);
    Map<MembershipId, LocalDate> ends = new LinkedHashMap<>();
    memberships.forEach(
        (id, membership) -> {
          if (!membership.organisationId().equals(command.organisationId())
              || membership.endedOn() == null) {
            return;
          }
          LocalDate start = membership.roles().firstKey();
          LocalDate end = membership.endedOn();
          if (later) {
            boolean neverInForce = end.equals(start) && start.isAfter(was) && start.isBefore(now);
            if (end.equals(was) || neverInForce) {
              ends.put(id, now);
            }
          } else if (end.isAfter(now) && !end.isAfter(was) && start.isBefore(was)) {
            LocalDate moved = start.isAfter(now) ? start : now;
            if (!moved.equals(end)) {
              ends.put(id, moved);
            }
          }
        });
    Map<MembershipId, Membership> corrected = new HashMap<>(memberships);
    ends.forEach(
        (id, end) -> {
          Membership membership = memberships.get(id);
          if (!later) {
            assertNotAppointedToVoteFrom(membership, now);
            assertNothingRecordedFrom(id, membership, end);
          } else if (membership.roles().lastEntry().getValue() == MemberRole.CHAIR) {
            assertNoOtherChair(id, membership.endedOn(), end);
          }
          corrected.put(id, membership.endedOn(end, membership.endedEventId()));
        });
    assertAbstentionsKept(declarations, corrected);
    ends.forEach(
        (id, end) ->
            apply(
                new MembershipEndCorrected(
                    bodyId,
                    id,
                    memberships.get(id).endedEventId(),
                    memberships.get(id).endedOn(),
                    command.reason().strip(),
                    end)));
  }

  /**
   * A voting member appointed on or after {@code date} for an organisation that, by the corrected
   * departure, is no partner then would have been refused (DOMAIN.md rule 6 and seeds/003 §4.6.2).
   */
  private void assertNotAppointedToVoteFrom(Membership membership, LocalDate date) {
    Map.Entry<LocalDate, MemberRole> appointment = membership.roles().firstEntry();
    if (!appointment.getKey().isBefore(date) && appointment.getValue().votes()) {
      throw new RuleViolation(
          Rule.MEMBER_ORGANISATION_NOT_A_PARTNER,
          membership.personName()
              + " was appointed "
              + appointment.getValue()
              + " of "
              + name
              + " on "
              + appointment.getKey()
              + " for the organisation, which by the corrected date was no partner from "
              + date
              + "; correct the appointment first");
    }
  }

  /**
   * A membership ending earlier, on {@code date}, must leave no role change or declaration on or
   * after it (a membership ending on its first day keeps only its appointment).
   */
  private void assertNothingRecordedFrom(MembershipId id, Membership membership, LocalDate date) {
    LocalDate lastRole = membership.roles().lastKey();
    if (lastRole.isAfter(membership.roles().firstKey()) && !lastRole.isBefore(date)) {
      throw new RuleViolation(
          Rule.MEMBERSHIP_NOT_IN_FORCE,
          membership.personName()
              + " holds a role from "
              + lastRole
              + "; the membership cannot have ended on "
              + date
              + "; correct the role change first");
    }
    assertNoDeclarationFrom(id, membership, date);
  }

  /**
   * The day the membership ended, if its organisation stopped being a partner that day: the end is
   * then the departure's consequence (DOMAIN.md rule 6), and moves only with the departure.
   */
  private Optional<LocalDate> endedByDeparture(
      Membership membership, PartnershipDirectory partnerships) {
    LocalDate endedOn = membership.endedOn();
    return partnerships
        .tenureOn(partnershipId, membership.organisationId(), endedOn.minusDays(1))
        .map(PartnershipDirectory.KnownTenure::leftOn)
        .filter(endedOn::equals);
  }

  /** A membership ending on {@code date} leaves no declaration of its member from then on. */
  private void assertNoDeclarationFrom(MembershipId id, Membership membership, LocalDate date) {
    declarations.stream()
        .filter(declared -> declared.membershipId().equals(id))
        .filter(declared -> !declared.effectiveDate().isBefore(date))
        .findFirst()
        .ifPresent(
            declared -> {
              throw new RuleViolation(
                  Rule.CORRECTION_CONTRADICTS_RECORD,
                  membership.personName()
                      + " declared an interest on "
                      + declared.effectiveDate()
                      + ", so the membership cannot have ended on "
                      + date);
            });
  }

  /**
   * A departure's date is corrected from {@code was} to {@code now} (docs/adr/0009): each
   * delegation from the delegator that lapsed on {@code was} for the departure lapses on {@code
   * now}, as a {@link DelegationChangeDateCorrected} naming the lapse. Moved earlier, nothing the
   * delegation recorded from {@code now} on may stand: a decision under it, its grant or a
   * variation; a delegation from the delegator revoked between the two dates would have lapsed
   * instead, and refuses too. Moved later, the body must not be dissolved by then.
   */
  @CommandHandler
  void handle(MoveLapses command) {
    LocalDate was = command.was();
    LocalDate now = command.now();
    List<HeldDelegation> affected = new ArrayList<>();
    for (HeldDelegation held : delegations.values()) {
      Optional<String> lapse = held.lapseRecordedBy(command.lapseReason());
      boolean lapsedOnDeparture =
          lapse.isPresent()
              && was.equals(held.endedOn())
              && held.grantedOn().isBefore(was)
              && held.delegatorOn(was.minusDays(1)).equals(command.delegatorId());
      if (lapsedOnDeparture) {
        affected.add(held);
      } else if (now.isBefore(was)
          && held.endedOn() != null
          && held.endedOn().isAfter(now)
          && held.endedOn().isBefore(was)
          && held.delegatedByDuring(command.delegatorId(), now, held.endedOn())) {
        throw new RuleViolation(
            Rule.CORRECTION_CONTRADICTS_RECORD,
            "the delegation of "
                + held.function()
                + " to "
                + name
                + " ended on "
                + held.endedOn()
                + ", after the corrected date "
                + now
                + " on which it would have lapsed; correct its end first");
      }
    }
    for (HeldDelegation held : affected) {
      if (now.isBefore(was)) {
        if (!now.isAfter(held.grantedOn())) {
          throw new RuleViolation(
              Rule.DELEGATOR_NOT_A_PARTNER,
              "the delegation of "
                  + held.function()
                  + " to "
                  + name
                  + " was granted on "
                  + held.grantedOn()
                  + ", when by the corrected date "
                  + now
                  + " its delegator was no longer a partner; correct the grant first");
        }
        LocalDate lastChange = held.changeBefore(was);
        if (!now.isAfter(lastChange)) {
          throw new RuleViolation(
              Rule.DELEGATION_CHANGE_OUT_OF_ORDER,
              "the delegation of "
                  + held.function()
                  + " changed on "
                  + lastChange
                  + "; it cannot have lapsed before that, on "
                  + now);
        }
        assertNoDecisionsFrom(held, now, "lapse");
      } else {
        LocalDate dissolvedOn = dissolvedOn();
        if (dissolvedOn != null && now.isAfter(dissolvedOn)) {
          throw new RuleViolation(
              Rule.DELEGATION_NOT_IN_FORCE,
              name
                  + " is dissolved on "
                  + dissolvedOn
                  + ", when the delegation of "
                  + held.function()
                  + " would have lapsed; it cannot lapse later, on "
                  + now);
        }
      }
    }
    for (HeldDelegation held : affected) {
      apply(
          new DelegationChangeDateCorrected(
              bodyId,
              held.id(),
              held.lapseRecordedBy(command.lapseReason()).orElseThrow(),
              was,
              command.reason().strip(),
              now));
    }
  }

  /**
   * An abolition's date is corrected from {@code was} to {@code now} (docs/adr/0009): each
   * delegation that passed from the predecessor to the successor on {@code was} passes on {@code
   * now}, as a {@link DelegationChangeDateCorrected} naming the passing. The passing must stay
   * after the delegation's grant and previous change and before its next change and end. Each
   * decision recorded under it between the two dates now names the other delegator, re-recorded as
   * a {@link DecisionCorrected} on its own date.
   */
  @CommandHandler
  void handle(MovePassingsToSuccessor command) {
    LocalDate was = command.was();
    LocalDate now = command.now();
    List<HeldDelegation> affected =
        delegations.values().stream()
            .filter(held -> held.passingRecordedOn(was).isPresent())
            .filter(held -> held.delegatorOn(was).equals(command.successorId()))
            .filter(held -> held.delegatorOn(was.minusDays(1)).equals(command.predecessorId()))
            .toList();
    for (HeldDelegation held : affected) {
      LocalDate previous = held.changeBefore(was);
      LocalDate next = held.changeAfter(was);
      if (!now.isAfter(previous) || (next != null && !now.isBefore(next))) {
        throw new RuleViolation(
            Rule.DELEGATION_CHANGE_OUT_OF_ORDER,
            "the delegation of "
                + held.function()
                + " to "
                + name
                + " changes on "
                + previous
                + (next == null ? "" : " and " + next)
                + "; it can have passed to the successor only "
                + (next == null ? "after the first" : "between them")
                + ", not on "
                + now);
      }
    }
    for (HeldDelegation held : affected) {
      String passing = held.passingRecordedOn(was).orElseThrow();
      List<Map.Entry<DecisionId, LocalDate>> between =
          held.decisions().entrySet().stream()
              .filter(
                  decided ->
                      !decided.getValue().isBefore(now.isBefore(was) ? now : was)
                          && decided.getValue().isBefore(now.isBefore(was) ? was : now))
              .sorted(Map.Entry.comparingByValue())
              .toList();
      apply(
          new DelegationChangeDateCorrected(
              bodyId, held.id(), passing, was, command.reason().strip(), now));
      for (Map.Entry<DecisionId, LocalDate> decided : between) {
        RecordedDecision recorded = decisions.get(decided.getKey());
        apply(
            new DecisionCorrected(
                bodyId,
                decided.getKey(),
                recorded.eventId(),
                held.id(),
                held.delegatorOn(recorded.date()),
                recorded.subject(),
                recorded.limitKind(),
                recorded.amount(),
                abstainingOn(recorded.matter(), recorded.date()),
                command.reason().strip(),
                recorded.date()));
      }
    }
  }

  private void lapseDelegationsOnDissolution(LocalDate date) {
    for (HeldDelegation held : List.copyOf(delegations.values())) {
      if (held.endedOn() == null || held.endedOn().isAfter(date)) {
        assertNoDecisionsFrom(held, date, "lapse when " + name + " is dissolved");
        apply(new DelegationLapsed(bodyId, held.id(), LapseReason.BODY_DISSOLVED, date));
      }
    }
  }

  private HeldDelegation changeableDelegation(DelegationId id, LocalDate date, String change) {
    HeldDelegation held = heldDelegation(id);
    if (!held.inForceOn(date)) {
      throw new RuleViolation(
          Rule.DELEGATION_NOT_IN_FORCE,
          "the delegation of "
              + held.function()
              + " to "
              + name
              + " runs from "
              + held.grantedOn()
              + (held.endedOn() == null ? "" : " to " + held.endedOn())
              + " and cannot be "
              + change
              + " on "
              + date);
    }
    if (!date.isAfter(held.lastChangeOn())) {
      throw new RuleViolation(
          Rule.DELEGATION_CHANGE_OUT_OF_ORDER,
          "the delegation of "
              + held.function()
              + " last changed on "
              + held.lastChangeOn()
              + "; it can be "
              + change
              + " after that, not on "
              + date);
    }
    assertNoDecisionsFrom(held, date, "be " + change);
    return held;
  }

  private void assertNoDecisionsFrom(HeldDelegation held, LocalDate date, String change) {
    if (held.lastDecisionOn() != null && !held.lastDecisionOn().isBefore(date)) {
      throw new RuleViolation(
          Rule.DELEGATION_HAS_LATER_DECISIONS,
          name
              + " recorded a decision under the delegation of "
              + held.function()
              + " on "
              + held.lastDecisionOn()
              + ", so the delegation cannot "
              + change
              + " from "
              + date
              + "; correct the decision first");
    }
  }

  private static void assertApprovedBy(Approval approval, LocalDate date) {
    if (approval.approvedOn().isAfter(date)) {
      throw new RuleViolation(
          Rule.APPROVAL_AFTER_EFFECTIVE_DATE,
          approval.approvedBy()
              + " approved on "
              + approval.approvedOn()
              + ", after "
              + date
              + "; a delegation or a change to its limits takes effect only once approved"
              + " (seeds/001 §24, §26)");
    }
  }

  private static void assertOneLimitPerKind(List<FinancialLimit> limits) {
    if (limits.stream().map(FinancialLimit::kind).distinct().count() != limits.size()) {
      throw new RuleViolation(
          Rule.DUPLICATE_LIMIT_KIND, "each kind of limit may be given once per delegation");
    }
  }

  private String noDelegationFor(String function, LocalDate date) {
    List<String> held =
        delegations.values().stream()
            .filter(delegation -> delegation.inForceOn(date))
            .map(HeldDelegation::function)
            .distinct()
            .toList();
    return name
        + " holds no delegation of "
        + function
        + " in force on "
        + date
        + (held.isEmpty()
            ? "; it holds none at all then"
            : "; it holds " + String.join(", ", held));
  }

  private RuleViolation overLimit(
      String function,
      LimitKind kind,
      BigDecimal amount,
      LocalDate date,
      List<HeldDelegation> covering,
      OrganisationDirectory organisations) {
    HeldDelegation widest = covering.stream().max(HeldDelegation.byLimit(date, kind)).orElseThrow();
    String delegator =
        organisations
            .find(widest.delegatorOn(date))
            .map(OrganisationDirectory.KnownOrganisation::name)
            .orElse(widest.delegatorOn(date).toString());
    String limit =
        widest
            .limitOn(date, kind)
            .map(
                found ->
                    "its " + kindOf(found.kind()) + " limit is " + Money.pounds(found.maximum()))
            .orElse("it has no " + kindOf(kind) + " limit");
    return new RuleViolation(
        Rule.AMOUNT_OVER_LIMIT,
        Money.pounds(amount)
            + " is more than "
            + name
            + " may commit under the delegation of "
            + function
            + " from "
            + delegator
            + " on "
            + date
            + ": "
            + limit);
  }

  private static String kindOf(LimitKind kind) {
    return kind.name().toLowerCase().replace('_', ' ');
  }

  /** The members in office on the date who declared an interest in the matter by then. */
  private List<MembershipId> abstainingOn(String matter, LocalDate date) {
    return abstainingOn(matter, date, declarations, memberships);
  }

  private static List<MembershipId> abstainingOn(
      String matter,
      LocalDate date,
      List<InterestDeclared> declared,
      Map<MembershipId, Membership> members) {
    if (matter == null) {
      return List.of();
    }
    return declared.stream()
        .filter(declaration -> declaration.matter().equalsIgnoreCase(matter.strip()))
        .filter(declaration -> !declaration.effectiveDate().isAfter(date))
        .map(InterestDeclared::membershipId)
        .filter(member -> members.get(member).inForceOn(date))
        .distinct()
        .toList();
  }

  /**
   * A recorded decision names the members who abstained for an interest they had declared: a
   * correction of a declaration or of a membership's dates must leave that list as it was, or the
   * record of the decision would no longer hold.
   */
  private void assertAbstentionsKept(
      List<InterestDeclared> correctedDeclarations,
      Map<MembershipId, Membership> correctedMemberships) {
    decisions.values().stream()
        .filter(decision -> decision.matter() != null)
        .filter(
            decision ->
                !Set.copyOf(abstainingOn(decision.matter(), decision.date()))
                    .equals(
                        Set.copyOf(
                            abstainingOn(
                                decision.matter(),
                                decision.date(),
                                correctedDeclarations,
                                correctedMemberships))))
        .findFirst()
        .ifPresent(
            decision -> {
              throw new RuleViolation(
                  Rule.CORRECTION_CONTRADICTS_RECORD,
                  "the decision of "
                      + decision.date()
                      + " ("
                      + decision.subject()
                      + ") records who abstained for a declared interest in "
                      + decision.matter()
                      + "; the correction would change who that was");
            });
  }

  private LocalDate dissolvedOn() {
    return statuses.entrySet().stream()
        .filter(entry -> entry.getValue() == BodyStatus.DISSOLVED)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  @CommandHandler
  int handle(AdoptTermsOfReference command) {
    LocalDate date = command.effectiveDate();
    assertEstablishedBy(date);
    if (statusOn(date) == BodyStatus.DISSOLVED) {
      throw new RuleViolation(
          Rule.BODY_DISSOLVED, name + " is dissolved on " + date + " and adopts nothing");
    }
    Map.Entry<Integer, AdoptedTerms> current = termsOfReference.lastEntry();
    if (current != null && date.isBefore(current.getValue().adoptedOn())) {
      throw new RuleViolation(
          Rule.TERMS_OF_REFERENCE_OUT_OF_ORDER,
          "version "
              + current.getKey()
              + " of the terms of reference of "
              + name
              + " was adopted on "
              + current.getValue().adoptedOn()
              + "; a new version cannot be adopted before it, on "
              + date);
    }
    int version = current == null ? 1 : current.getKey() + 1;
    apply(
        new TermsOfReferenceAdopted(
            bodyId, version, command.title().strip(), command.reference().strip(), date));
    return version;
  }

  /**
   * A version of the terms of reference recorded with a wrong title, reference or adoption date
   * (DOMAIN.md rule 7, docs/adr/0009). A corrected date is judged as an adoption on that date would
   * be: the body established and not dissolved, and the versions still in order, so not before the
   * previous version's adoption nor after the next one's (as {@link AdoptTermsOfReference} allows,
   * two versions may share a day).
   */
  @CommandHandler
  void handle(CorrectTermsOfReference command) {
    AdoptedTerms adopted = termsOfReference.get(command.version());
    if (adopted == null) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          name
              + " has no version "
              + command.version()
              + " of its terms of reference"
              + (termsOfReference.isEmpty()
                  ? ""
                  : "; its versions are 1 to " + termsOfReference.lastKey()));
    }
    String title = command.title() == null ? adopted.title() : command.title().strip();
    String reference =
        command.reference() == null ? adopted.reference() : command.reference().strip();
    LocalDate date =
        command.effectiveDate() == null ? adopted.adoptedOn() : command.effectiveDate();
    if (title.equals(adopted.title())
        && reference.equals(adopted.reference())
        && date.equals(adopted.adoptedOn())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          "version " + command.version() + " of the terms of reference is already so recorded");
    }
    if (!date.equals(adopted.adoptedOn())) {
      assertEstablishedBy(date);
      if (statusOn(date) == BodyStatus.DISSOLVED) {
        throw new RuleViolation(
            Rule.BODY_DISSOLVED, name + " is dissolved on " + date + " and adopts nothing");
      }
      Map.Entry<Integer, AdoptedTerms> previous = termsOfReference.lowerEntry(command.version());
      Map.Entry<Integer, AdoptedTerms> next = termsOfReference.higherEntry(command.version());
      if (previous != null && date.isBefore(previous.getValue().adoptedOn())) {
        throw termsOutOfOrder(command.version(), date, previous, "before");
      }
      if (next != null && date.isAfter(next.getValue().adoptedOn())) {
        throw termsOutOfOrder(command.version(), date, next, "after");
      }
    }
    apply(
        new TermsOfReferenceCorrected(
            bodyId,
            command.version(),
            adopted.eventId(),
            title,
            reference,
            command.reason().strip(),
            date));
  }

  /**
   * The body was established with a wrong name, type or host (DOMAIN.md rule 7, docs/adr/0009).
   * Judged as an establishment so recorded: a host must exist on the establishment date, and a type
   * that cannot decide could never have held the delegations recorded.
   */
  @CommandHandler
  void handle(CorrectEstablishment command, OrganisationDirectory organisations) {
    if (!command.correctedEventId().equals(establishmentRecordedBy)) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "event "
              + command.correctedEventId()
              + " is not the current record of the establishment of "
              + name);
    }
    String correctName = command.name() == null ? name : command.name().strip();
    BodyType correctType = command.type() == null ? type : command.type();
    OrganisationId host =
        command.hostOrganisationId() == null ? hostOrganisationId : command.hostOrganisationId();
    if (correctName.equals(name)
        && correctType == type
        && Objects.equals(host, hostOrganisationId)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, name + " is already recorded with these facts");
    }
    if (!correctType.canDecide()) {
      delegations.values().stream()
          .findFirst()
          .ifPresent(
              held -> {
                throw new RuleViolation(
                    Rule.BODY_CANNOT_HOLD_DELEGATION,
                    name
                        + " holds the delegation of "
                        + held.function()
                        + " from "
                        + held.grantedOn()
                        + "; a "
                        + correctType.name().toLowerCase().replace('_', ' ')
                        + " advises and cannot take decisions, so it could not have held it");
              });
    }
    if (!Objects.equals(host, hostOrganisationId)) {
      organisations.requireEstablished(host, establishedOn);
    }
    apply(
        new EstablishmentCorrected(
            bodyId,
            establishmentRecordedBy,
            correctName,
            correctType,
            host,
            command.reason().strip(),
            establishedOn));
  }

  /**
   * A member's role change recorded with a wrong role or date. Judged as the change would have been
   * had it been recorded so: between the member's neighbouring role changes and before the end of
   * the membership, a real change from the role before and to the role after, a voting role for a
   * partner's representative, the chair's turn under a rotation, and one chair at a time.
   */
  @CommandHandler
  void handle(
      CorrectRoleChange command,
      OrganisationDirectory organisations,
      PartnershipDirectory partnerships) {
    Membership membership = membership(command.membershipId());
    LocalDate was =
        membership.roleChangesRecordedBy().entrySet().stream()
            .filter(change -> change.getValue().equals(command.correctedEventId()))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.UNKNOWN_RECORDED_FACT,
                        "event "
                            + command.correctedEventId()
                            + " is not the current record of a role change of "
                            + membership.personName()));
    MemberRole role = command.role() == null ? membership.roles().get(was) : command.role();
    LocalDate date = command.effectiveDate() == null ? was : command.effectiveDate();
    if (role == membership.roles().get(was) && date.equals(was)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the role change is already recorded with these facts");
    }
    Map.Entry<LocalDate, MemberRole> before = membership.roles().lowerEntry(was);
    Map.Entry<LocalDate, MemberRole> after = membership.roles().higherEntry(was);
    if (!date.isAfter(before.getKey())) {
      throw new RuleViolation(
          Rule.ROLE_CHANGE_OUT_OF_ORDER,
          membership.personName()
              + " has been "
              + before.getValue()
              + " since "
              + before.getKey()
              + "; the change must fall after that, not on "
              + date);
    }
    if (after != null && !date.isBefore(after.getKey())) {
      throw new RuleViolation(
          Rule.ROLE_CHANGE_OUT_OF_ORDER,
          membership.personName()
              + " becomes "
              + after.getValue()
              + " on "
              + after.getKey()
              + "; the change must fall before that, not on "
              + date);
    }
    if (membership.endedOn() != null && !date.isBefore(membership.endedOn())) {
      membership.assertInForceOn(date, name);
    }
    if (role == before.getValue() || (after != null && role == after.getValue())) {
      throw new RuleViolation(
          Rule.ROLE_UNCHANGED,
          membership.personName()
              + " is "
              + role
              + (role == before.getValue() ? " before the change" : " after the next change")
              + ", so the change would change nothing");
    }
    String organisation =
        organisations.requireEstablished(membership.organisationId(), date).name();
    assertRepresentsAPartnerIfVoting(
        role, membership.organisationId(), organisation, date, partnerships);
    TreeMap<LocalDate, MemberRole> corrected = new TreeMap<>(membership.roles());
    corrected.remove(was);
    corrected.put(date, role);
    membership
        .withRoles(corrected)
        .chairPeriods()
        .forEach(
            period -> assertNoOtherChair(command.membershipId(), period.from(), period.until()));
    if (role == MemberRole.CHAIR) {
      assertChairFromRotation(membership.organisationId(), organisation, date);
    }
    apply(
        new RoleChangeCorrected(
            bodyId,
            command.membershipId(),
            command.correctedEventId(),
            role,
            was,
            command.reason().strip(),
            date));
  }

  /**
   * A membership's end recorded with a wrong date. An earlier end must still fall after the last
   * role change and after every interest the member declared; a later one cannot outlast the
   * organisation's tenure (its leaving ended its people's memberships: DOMAIN.md rule 6), keeps a
   * voting member a partner's representative and the chair the only one. Either way the members
   * recorded as abstaining from a decision stay the same.
   */
  @CommandHandler
  void handle(CorrectMembershipEnd command, PartnershipDirectory partnerships) {
    Membership membership = membership(command.membershipId());
    if (!command.correctedEventId().equals(membership.endedEventId())) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "event "
              + command.correctedEventId()
              + " is not the current record of the end of "
              + membership.personName()
              + "'s membership");
    }
    LocalDate was = membership.endedOn();
    LocalDate date = command.effectiveDate();
    if (date.equals(was)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the membership is already recorded as ending " + date);
    }
    endedByDeparture(membership, partnerships)
        .ifPresent(
            leftOn -> {
              throw new RuleViolation(
                  Rule.CORRECTION_CONTRADICTS_RECORD,
                  membership.personName()
                      + "'s membership ended on "
                      + was
                      + " because the organisation "
                      + membership.organisationId()
                      + " stopped being a partner then (DOMAIN.md rule 6); correct the date of"
                      + " its leaving or abolition instead");
            });
    Map.Entry<LocalDate, MemberRole> last = membership.roles().lastEntry();
    if (!date.isAfter(last.getKey())) {
      throw new RuleViolation(
          Rule.MEMBERSHIP_NOT_IN_FORCE,
          membership.personName()
              + " holds a role from "
              + last.getKey()
              + "; the membership can end after that, not on "
              + date);
    }
    if (date.isAfter(was)) {
      partnerships
          .tenureOn(partnershipId, membership.organisationId(), was.minusDays(1))
          .map(PartnershipDirectory.KnownTenure::leftOn)
          .filter(leftOn -> date.isAfter(leftOn))
          .ifPresent(
              leftOn -> {
                throw new RuleViolation(
                    Rule.CORRECTION_CONTRADICTS_RECORD,
                    "the organisation "
                        + membership.organisationId()
                        + " left the partnership on "
                        + leftOn
                        + ", which ended its people's memberships then (DOMAIN.md rule 6);"
                        + " the membership cannot end after that, on "
                        + date);
              });
      if (last.getValue().votes()
          && !partnerships.isPartnerOn(partnershipId, membership.organisationId(), was)) {
        throw new RuleViolation(
            Rule.MEMBER_ORGANISATION_NOT_A_PARTNER,
            "the organisation "
                + membership.organisationId()
                + " is not a partner on "
                + was
                + ", so "
                + membership.personName()
                + " cannot stay "
                + last.getValue()
                + " until "
                + date);
      }
      if (last.getValue() == MemberRole.CHAIR) {
        assertNoOtherChair(command.membershipId(), was, date);
      }
    } else {
      assertNoDeclarationFrom(command.membershipId(), membership, date);
    }
    Map<MembershipId, Membership> corrected = new HashMap<>(memberships);
    corrected.put(command.membershipId(), membership.endedOn(date, membership.endedEventId()));
    assertAbstentionsKept(declarations, corrected);
    apply(
        new MembershipEndCorrected(
            bodyId,
            command.membershipId(),
            command.correctedEventId(),
            was,
            command.reason().strip(),
            date));
  }

  /**
   * A delegation's scope, conditions or approval recorded wrongly. The approval must still come on
   * or before the date it governs (seeds/001 §24, §26). A variation records limits and conditions,
   * not the scope: the scope is corrected on the grant.
   */
  @CommandHandler
  void handle(CorrectDelegationTerms command) {
    HeldDelegation held = heldDelegation(command.delegationId());
    LocalDate from =
        held.termsRecordedBy(command.correctedEventId())
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.UNKNOWN_RECORDED_FACT,
                        "event "
                            + command.correctedEventId()
                            + " is not the current record of terms of the delegation of "
                            + held.function()));
    HeldDelegation.TermsVersion recorded = held.termsFrom(from);
    String scope = command.scope() == null ? held.scope() : command.scope().strip();
    List<String> conditions =
        command.conditions() == null ? recorded.conditions() : List.copyOf(command.conditions());
    Approval approval = command.approval() == null ? recorded.approval() : command.approval();
    if (scope.equals(held.scope())
        && conditions.equals(recorded.conditions())
        && approval.equals(recorded.approval())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the delegation already has these terms from " + from);
    }
    if (!from.equals(held.grantedOn()) && !scope.equals(held.scope())) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          "a variation changes the limits and conditions of the delegation of "
              + held.function()
              + ", not its scope; correct the scope on the grant of "
              + held.grantedOn());
    }
    assertApprovedBy(approval, from);
    apply(
        new DelegationTermsCorrected(
            bodyId,
            command.delegationId(),
            command.correctedEventId(),
            scope,
            conditions,
            approval,
            command.reason().strip(),
            from));
  }

  /**
   * A variation or revocation recorded with the wrong date. Judged as the change would have been on
   * the corrected date: after the delegation's previous change and before its next, approved by
   * then, and leaving every recorded decision under it inside its period in force and its limits. A
   * revocation cannot move past the day the delegation would have lapsed (the body's dissolution,
   * the delegator's leaving).
   */
  @CommandHandler
  void handle(CorrectDelegationChangeDate command, PartnershipDirectory partnerships) {
    HeldDelegation held = heldDelegation(command.delegationId());
    Optional<LocalDate> variation = held.variationDatedBy(command.correctedEventId());
    if (held.departureLapseDatedBy(command.correctedEventId())
        || held.passingDatedBy(command.correctedEventId())) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          "the delegation of "
              + held.function()
              + " lapsed or passed to a successor because its delegator left the partnership or"
              + " was abolished (DOMAIN.md rule 6); correct the date of that leaving or abolition"
              + " instead");
    }
    if (variation.isEmpty() && !held.revocationDatedBy(command.correctedEventId())) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "event "
              + command.correctedEventId()
              + " is not the current record of the date of a variation or revocation of the"
              + " delegation of "
              + held.function());
    }
    LocalDate was = variation.orElse(held.endedOn());
    LocalDate date = command.effectiveDate();
    String change = variation.isPresent() ? "varied" : "revoked";
    if (date.equals(was)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          "the delegation is already recorded as " + change + " on " + date);
    }
    LocalDate next = variation.isPresent() ? held.changeAfter(was) : null;
    if (date.isBefore(held.grantedOn())
        || (next != null && next.equals(held.endedOn()) && !date.isBefore(next))) {
      throw new RuleViolation(
          Rule.DELEGATION_NOT_IN_FORCE,
          "the delegation of "
              + held.function()
              + " to "
              + name
              + " runs from "
              + held.grantedOn()
              + (held.endedOn() == null || variation.isEmpty() ? "" : " to " + held.endedOn())
              + " and cannot have been "
              + change
              + " on "
              + date);
    }
    LocalDate previous = held.changeBefore(was);
    if (!date.isAfter(previous) || (next != null && !date.isBefore(next))) {
      throw new RuleViolation(
          Rule.DELEGATION_CHANGE_OUT_OF_ORDER,
          "the delegation of "
              + held.function()
              + " changes on "
              + previous
              + (next == null ? "" : " and " + next)
              + "; it can have been "
              + change
              + " only "
              + (next == null ? "after the first" : "between them")
              + ", not on "
              + date);
    }
    if (variation.isPresent()) {
      assertApprovedBy(held.termsFrom(was).approval(), date);
      assertDecisionsWithin(held, held.limitsWithVariationOn(was, date));
    } else {
      assertNoDecisionsFrom(held, date, "be revoked");
      if (date.isAfter(was)) {
        assertNotLapsedBefore(held, was, date, partnerships);
      }
    }
    apply(
        new DelegationChangeDateCorrected(
            bodyId,
            command.delegationId(),
            command.correctedEventId(),
            was,
            command.reason().strip(),
            date));
  }

  private void assertDecisionsWithin(
      HeldDelegation held, TreeMap<LocalDate, List<FinancialLimit>> limits) {
    held.decisions()
        .forEach(
            (decision, date) -> {
              RecordedDecision recorded = decisions.get(decision);
              boolean fits =
                  recorded.limitKind() == null
                      || limits.floorEntry(date).getValue().stream()
                          .anyMatch(
                              limit ->
                                  limit.kind() == recorded.limitKind()
                                      && limit.maximum().compareTo(recorded.amount()) >= 0);
              if (!fits) {
                throw new RuleViolation(
                    Rule.CORRECTION_CONTRADICTS_RECORD,
                    "the decision of "
                        + date
                        + " ("
                        + recorded.subject()
                        + ", "
                        + Money.pounds(recorded.amount())
                        + ") would be over the limits in force on its date; correct the decision"
                        + " first");
              }
            });
  }

  /**
   * A revocation moved from {@code was} to the later {@code date} keeps the delegation in force in
   * between: it would have lapsed instead had the body been dissolved, or the delegator left, by
   * then.
   */
  private void assertNotLapsedBefore(
      HeldDelegation held, LocalDate was, LocalDate date, PartnershipDirectory partnerships) {
    LocalDate dissolvedOn = dissolvedOn();
    if (dissolvedOn != null && date.isAfter(dissolvedOn)) {
      throw new RuleViolation(
          Rule.DELEGATION_NOT_IN_FORCE,
          name
              + " is dissolved on "
              + dissolvedOn
              + ", when the delegation of "
              + held.function()
              + " would have lapsed; it cannot have been revoked later, on "
              + date);
    }
    LocalDate lastDay = was.minusDays(1);
    partnerships
        .tenureOn(partnershipId, held.delegatorOn(lastDay), lastDay)
        .map(PartnershipDirectory.KnownTenure::leftOn)
        .filter(leftOn -> date.isAfter(leftOn))
        .ifPresent(
            leftOn -> {
              throw new RuleViolation(
                  Rule.DELEGATION_NOT_IN_FORCE,
                  "the delegator stopped being a partner on "
                      + leftOn
                      + ", when the delegation of "
                      + held.function()
                      + " would have lapsed or passed on; it cannot have been revoked later, on "
                      + date);
            });
  }

  /**
   * A declaration of interest recorded wrongly. The member must be in office on its date, and the
   * members recorded as abstaining from a decision must stay the same.
   */
  @CommandHandler
  void handle(CorrectDeclaration command) {
    String eventId = declarationRecordedBy.get(command.declarationId());
    if (eventId == null) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "no declaration of interest " + command.declarationId() + " is recorded by " + name);
    }
    InterestDeclared declared =
        declarations.stream()
            .filter(declaration -> declaration.declarationId().equals(command.declarationId()))
            .findFirst()
            .orElseThrow();
    String matter = command.matter() == null ? declared.matter() : command.matter().strip();
    String interest = command.interest() == null ? declared.interest() : command.interest().strip();
    LocalDate date =
        command.effectiveDate() == null ? declared.effectiveDate() : command.effectiveDate();
    if (matter.equals(declared.matter())
        && interest.equals(declared.interest())
        && date.equals(declared.effectiveDate())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the declaration is already recorded with these facts");
    }
    membership(declared.membershipId()).assertInForceOn(date, name);
    InterestDeclared corrected =
        new InterestDeclared(
            bodyId, declared.declarationId(), declared.membershipId(), matter, interest, date);
    assertAbstentionsKept(
        declarations.stream()
            .map(declaration -> declaration == declared ? corrected : declaration)
            .toList(),
        memberships);
    apply(
        new DeclarationCorrected(
            bodyId,
            command.declarationId(),
            eventId,
            matter,
            interest,
            command.reason().strip(),
            date));
  }

  /**
   * A recommendation recorded wrongly. Judged as a recommendation on its corrected date: the body
   * established and not dissolved.
   */
  @CommandHandler
  void handle(CorrectRecommendation command) {
    RecordedRecommendation recorded = recommendations.get(command.decisionId());
    if (recorded == null) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "no recommendation " + command.decisionId() + " of " + name + " is recorded");
    }
    String subject = command.subject() == null ? recorded.subject() : command.subject().strip();
    LimitKind kind = command.limitKind() == null ? recorded.limitKind() : command.limitKind();
    BigDecimal amount = command.amount() == null ? recorded.amount() : command.amount();
    String recommendedTo =
        command.recommendedTo() == null
            ? recorded.recommendedTo()
            : command.recommendedTo().strip();
    LocalDate date = command.effectiveDate() == null ? recorded.date() : command.effectiveDate();
    if (subject.equals(recorded.subject())
        && kind == recorded.limitKind()
        && Objects.equals(amount, recorded.amount())
        && recommendedTo.equals(recorded.recommendedTo())
        && date.equals(recorded.date())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          "the recommendation is already recorded with these facts");
    }
    if ((kind == null) != (amount == null)) {
      throw new RuleViolation(
          Rule.AMOUNT_AND_LIMIT_KIND_TOGETHER,
          "a corrected amount needs the kind of limit it counts against, and the kind an amount");
    }
    if (!date.equals(recorded.date())) {
      assertOpenOn(date);
    }
    apply(
        new RecommendationCorrected(
            bodyId,
            command.decisionId(),
            recorded.eventId(),
            subject,
            kind,
            amount,
            recommendedTo,
            command.reason().strip(),
            date));
  }

  /**
   * A chair arrangement recorded with the wrong kind, turns or date (DOMAIN.md rule 7,
   * docs/adr/0009). Judged as the arrangement would have been: on a day the body is open, between
   * the arrangements before and after it, a rotation's turns in order from its date; and every
   * chair already appointed under it (or under the arrangement its days pass back to) from the
   * organisation whose turn it was.
   */
  @CommandHandler
  void handle(CorrectChairArrangement command, OrganisationDirectory organisations) {
    LocalDate was =
        chairArrangementRecordedBy.entrySet().stream()
            .filter(recorded -> recorded.getValue().equals(command.correctedEventId()))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.UNKNOWN_RECORDED_FACT,
                        "event "
                            + command.correctedEventId()
                            + " is not the current record of a chair arrangement of "
                            + name));
    ChairArrangementSet recorded = chairArrangements.get(was);
    ChairArrangement arrangement =
        command.arrangement() == null ? recorded.arrangement() : command.arrangement();
    List<ChairTurn> rotation;
    if (command.rotation() != null) {
      rotation = List.copyOf(command.rotation());
    } else {
      rotation = arrangement == recorded.arrangement() ? recorded.rotation() : List.of();
    }
    LocalDate date = command.effectiveDate() == null ? was : command.effectiveDate();
    if (arrangement == recorded.arrangement()
        && rotation.equals(recorded.rotation())
        && date.equals(was)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          "the chair arrangement is already recorded with these facts");
    }
    assertOpenOn(date);
    assertRotation(arrangement, rotation, date, organisations);
    LocalDate before = chairArrangements.lowerKey(was);
    LocalDate after = chairArrangements.higherKey(was);
    if ((before != null && !date.isAfter(before)) || (after != null && !date.isBefore(after))) {
      throw new RuleViolation(
          Rule.ROTATION_INVALID,
          "the chair arrangement of "
              + name
              + " must start "
              + (before == null ? "" : "after the one of " + before)
              + (before != null && after != null ? " and " : "")
              + (after == null ? "" : "before the one of " + after)
              + ", not on "
              + date);
    }
    TreeMap<LocalDate, ChairArrangementSet> corrected = new TreeMap<>(chairArrangements);
    corrected.remove(was);
    corrected.put(date, new ChairArrangementSet(bodyId, arrangement, rotation, date));
    memberships
        .values()
        .forEach(
            membership ->
                membership
                    .chairPeriods()
                    .map(Period::from)
                    .filter(
                        from ->
                            !Objects.equals(
                                valueOf(chairArrangements.floorEntry(from)),
                                valueOf(corrected.floorEntry(from))))
                    .forEach(
                        from ->
                            assertChairFromRotation(
                                corrected,
                                membership.organisationId(),
                                organisations
                                        .find(membership.organisationId())
                                        .map(OrganisationDirectory.KnownOrganisation::name)
                                        .orElse(membership.organisationId().toString())
                                    + " ("
                                    + membership.personName()
                                    + ", chair from "
                                    + from
                                    + ")",
                                from)));
    apply(
        new ChairArrangementCorrected(
            bodyId,
            command.correctedEventId(),
            arrangement,
            rotation,
            was,
            command.reason().strip(),
            date));
  }

  private static ChairArrangementSet valueOf(Map.Entry<LocalDate, ChairArrangementSet> entry) {
    return entry == null ? null : entry.getValue();
  }

  /**
   * A body recorded as replaced by the wrong body (DOMAIN.md rule 7, docs/adr/0009). The right one
   * is judged as a replacement on the same day: another body, of the same partnership, established
   * by then.
   */
  @CommandHandler
  void handle(CorrectReplacement command, BodyDirectory bodies) {
    if (replacementRecordedBy == null
        || !replacementRecordedBy.equals(command.correctedEventId())) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "event "
              + command.correctedEventId()
              + " is not the current record of the replacement of "
              + name);
    }
    if (command.replacementBodyId().equals(replacedBy)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          name + " is already recorded as replaced by " + replacedBy);
    }
    assertCanBeReplacedBy(command.replacementBodyId(), replacedOn, bodies);
    apply(
        new ReplacementCorrected(
            bodyId,
            replacementRecordedBy,
            command.replacementBodyId(),
            command.reason().strip(),
            replacedOn));
  }

  /**
   * An appointment naming the wrong organisation (DOMAIN.md rule 7, docs/adr/0009). The right one
   * must exist on every day the member's roles change; for a voting role it must be a partner from
   * the role's first day until it ends (rule 2); a chair must come from the organisation whose turn
   * it is. A membership ended by the recorded organisation's leaving cannot change organisation:
   * the end was a consequence of that leaving.
   */
  @CommandHandler
  void handle(
      CorrectAppointmentOrganisation command,
      OrganisationDirectory organisations,
      PartnershipDirectory partnerships) {
    Membership membership = membership(command.membershipId());
    OrganisationId organisationId = command.organisationId();
    if (organisationId.equals(membership.organisationId())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          membership.personName() + " is already recorded as representing " + organisationId);
    }
    String organisation = null;
    for (LocalDate day : membership.roles().keySet()) {
      organisation = organisations.requireEstablished(organisationId, day).name();
    }
    String representing = organisation;
    LocalDate endedOn = membership.endedOn();
    if (endedOn != null) {
      endedByDeparture(membership, partnerships)
          .ifPresent(
              leftOn -> {
                throw new RuleViolation(
                    Rule.CORRECTION_CONTRADICTS_RECORD,
                    membership.personName()
                        + "'s membership ended on "
                        + leftOn
                        + ", when the organisation recorded left the partnership (DOMAIN.md rule"
                        + " 6); that end cannot stay if the member represented another");
              });
    }
    membership
        .votingPeriods()
        .forEach(
            period -> {
              PartnershipDirectory.KnownTenure tenure =
                  partnerships
                      .tenureOn(partnershipId, organisationId, period.from())
                      .orElseThrow(
                          () ->
                              new RuleViolation(
                                  Rule.MEMBER_ORGANISATION_NOT_A_PARTNER,
                                  representing
                                      + " is not a partner on "
                                      + period.from()
                                      + ", so it cannot hold a voting role on "
                                      + name
                                      + " "
                                      + period.describe()));
              if (tenure.leftOn() != null
                  && (period.until() == null || period.until().isAfter(tenure.leftOn()))) {
                throw new RuleViolation(
                    Rule.MEMBER_ORGANISATION_NOT_A_PARTNER,
                    representing
                        + " stops being a partner on "
                        + tenure.leftOn()
                        + ", so it cannot hold a voting role on "
                        + name
                        + " "
                        + period.describe());
              }
            });
    membership
        .chairPeriods()
        .forEach(
            period ->
                assertChairFromRotation(
                    chairArrangements, organisationId, representing, period.from()));
    apply(
        new AppointmentOrganisationCorrected(
            bodyId,
            command.membershipId(),
            membership.appointedEventId(),
            organisationId,
            command.reason().strip(),
            membership.roles().firstKey()));
  }

  /**
   * A delegation's grant recorded with the wrong function, delegator or date (DOMAIN.md rule 7,
   * docs/adr/0009). Judged as the grant would have been (rules 1 and 2): a delegable function, from
   * a statutory body that is a partner on the date and stays one while it delegates, approved by
   * then, on a day the body is open and before the delegation's first later change; and every
   * decision recorded under it must still be of its function and on or after its date.
   */
  @CommandHandler
  void handle(
      CorrectDelegationGrant command,
      OrganisationDirectory organisations,
      PartnershipDirectory partnerships) {
    HeldDelegation held = heldDelegation(command.delegationId());
    if (!command.correctedEventId().equals(held.grantRecordedBy())) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "event "
              + command.correctedEventId()
              + " is not the current record of the grant of the delegation of "
              + held.function());
    }
    String function = command.function() == null ? held.function() : command.function().strip();
    OrganisationId delegatorId =
        command.delegatorId() == null ? held.grantor() : command.delegatorId();
    LocalDate was = held.grantedOn();
    LocalDate date = command.effectiveDate() == null ? was : command.effectiveDate();
    if (function.equals(held.function())
        && delegatorId.equals(held.grantor())
        && date.equals(was)) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING, "the grant is already recorded with these facts");
    }
    assertOpenOn(date);
    LocalDate next = held.changeAfter(was);
    if (next != null && !date.isBefore(next)) {
      throw new RuleViolation(
          Rule.DELEGATION_CHANGE_OUT_OF_ORDER,
          "the delegation of "
              + held.function()
              + " next changes or ends on "
              + next
              + "; it must have been granted before that, not on "
              + date);
    }
    NonDelegableFunctions.whyNot(function)
        .ifPresent(
            why -> {
              throw new RuleViolation(
                  Rule.NON_DELEGABLE_FUNCTION, function + " cannot be delegated: " + why);
            });
    OrganisationDirectory.KnownOrganisation delegator =
        organisations.requireEstablished(delegatorId, date);
    if (!delegator.statutoryBody()) {
      throw new RuleViolation(
          Rule.DELEGATOR_NOT_STATUTORY,
          delegator.name()
              + " is not a statutory body and holds no statutory function to delegate");
    }
    PartnershipDirectory.KnownTenure tenure =
        partnerships
            .tenureOn(partnershipId, delegatorId, date)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.DELEGATOR_NOT_A_PARTNER,
                        delegator.name()
                            + " is not a partner on "
                            + date
                            + " and cannot delegate to "
                            + name));
    assertApprovedBy(held.grantApproval(), date);
    if (!delegatorId.equals(held.grantor())) {
      assertDelegatorChangeable(held, partnerships);
    }
    LocalDate until = held.grantorUntil();
    if (tenure.leftOn() != null && (until == null || until.isAfter(tenure.leftOn()))) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          delegator.name()
              + " stops being a partner on "
              + tenure.leftOn()
              + ", when the delegation would have lapsed or passed on; it is recorded in force"
              + (until == null ? " after that" : " until " + until));
    }
    held.decisions()
        .forEach(
            (decision, decided) -> {
              RecordedDecision recorded = decisions.get(decision);
              if (!recorded.function().equals(function) || decided.isBefore(date)) {
                throw new RuleViolation(
                    Rule.CORRECTION_CONTRADICTS_RECORD,
                    "the decision of "
                        + decided
                        + " ("
                        + recorded.subject()
                        + ", "
                        + recorded.function()
                        + ") was recorded under this delegation and would no longer be covered by"
                        + " it; correct the decision first");
              }
            });
    apply(
        new DelegationGrantCorrected(
            bodyId,
            command.delegationId(),
            held.grantRecordedBy(),
            function,
            delegatorId,
            was,
            command.reason().strip(),
            date));
  }

  /**
   * The delegator of a delegation that passed to its successor, or lapsed when it left, cannot be
   * corrected: that passing or lapse was a consequence of the delegator recorded (docs/adr/0009).
   */
  private void assertDelegatorChangeable(HeldDelegation held, PartnershipDirectory partnerships) {
    boolean lapsedOnLeaving =
        held.endedOn() != null
            && partnerships
                .tenureOn(partnershipId, held.grantor(), held.grantedOn())
                .map(PartnershipDirectory.KnownTenure::leftOn)
                .filter(held.endedOn()::equals)
                .isPresent();
    if (held.passedOn() || lapsedOnLeaving) {
      throw new RuleViolation(
          Rule.CORRECTION_CONTRADICTS_RECORD,
          "the delegation of "
              + held.function()
              + (held.passedOn() ? " passed to a successor" : " lapsed")
              + " when the delegator recorded "
              + (held.passedOn() ? "was abolished" : "left the partnership")
              + "; its delegator cannot be corrected");
    }
  }

  /**
   * A decision recorded under the wrong function (DOMAIN.md rule 7, docs/adr/0009). Judged again as
   * a decision of the right function on its date (rule 3): a delegation of that function in force
   * then, chosen as {@link RecordDecision} chooses it, whose limit covers the amount.
   */
  @CommandHandler
  void handle(CorrectDecisionFunction command, OrganisationDirectory organisations) {
    RecordedDecision recorded = recordedDecision(command.decisionId());
    String function = command.function().strip();
    if (function.equals(recorded.function())) {
      throw new RuleViolation(
          Rule.CORRECTION_CHANGES_NOTHING,
          "the decision is already recorded under " + recorded.function());
    }
    LocalDate date = recorded.date();
    HeldDelegation chosen =
        judgeDecision(function, recorded.limitKind(), recorded.amount(), date, organisations);
    apply(
        new DecisionFunctionCorrected(
            bodyId,
            command.decisionId(),
            recorded.eventId(),
            function,
            chosen.id(),
            chosen.delegatorOn(date),
            command.reason().strip(),
            date));
  }

  /** A decision recorded as taken (a refusal is not one), or the rule naming its absence. */
  private RecordedDecision recordedDecision(DecisionId id) {
    RecordedDecision recorded = decisions.get(id);
    if (recorded == null) {
      throw new RuleViolation(
          Rule.UNKNOWN_RECORDED_FACT,
          "no decision " + id + " of " + name + " is recorded as taken");
    }
    return recorded;
  }

  private HeldDelegation heldDelegation(DelegationId id) {
    HeldDelegation held = delegations.get(id);
    if (held == null) {
      throw new RuleViolation(
          Rule.UNKNOWN_DELEGATION, "no delegation " + id + " to " + name + " is recorded");
    }
    return held;
  }

  private RuleViolation termsOutOfOrder(
      int version, LocalDate date, Map.Entry<Integer, AdoptedTerms> other, String side) {
    return new RuleViolation(
        Rule.TERMS_OF_REFERENCE_OUT_OF_ORDER,
        "version "
            + other.getKey()
            + " of the terms of reference of "
            + name
            + " was adopted on "
            + other.getValue().adoptedOn()
            + "; version "
            + version
            + " cannot have been adopted "
            + side
            + " it, on "
            + date);
  }

  /**
   * A joining corrected to a later date gives up the days from {@code from} to {@code until}: no
   * voting member may have represented the organisation on one of them, and no delegation from it
   * been in force (DOMAIN.md rule 2; docs/adr/0009). Records nothing either way.
   */
  @CommandHandler
  void handle(CheckNoRelianceOnPartner command) {
    OrganisationId organisation = command.organisationId();
    memberships.values().stream()
        .filter(membership -> membership.organisationId().equals(organisation))
        .flatMap(Membership::votingPeriods)
        .filter(period -> period.until() == null || period.from().isBefore(period.until()))
        .filter(period -> period.overlaps(command.from(), command.until()))
        .findFirst()
        .ifPresent(
            period -> {
              throw new RuleViolation(
                  Rule.CORRECTION_CONTRADICTS_RECORD,
                  "a voting member of "
                      + name
                      + " represents the organisation "
                      + period.describe()
                      + ", so it must have been a partner before "
                      + command.until()
                      + "; correct or end the membership first");
            });
    delegations.values().stream()
        .filter(held -> held.delegatedByDuring(organisation, command.from(), command.until()))
        .findFirst()
        .ifPresent(
            held -> {
              throw new RuleViolation(
                  Rule.CORRECTION_CONTRADICTS_RECORD,
                  "the organisation delegated "
                      + held.function()
                      + " to "
                      + name
                      + " from "
                      + held.grantedOn()
                      + ", so it must have been a partner before "
                      + command.until());
            });
  }

  /**
   * A voting member represents an organisation that is a partner on the date; a participant or an
   * attendee may come from any registered organisation (seeds/003 §4.6.2).
   */
  @CommandHandler
  void handle(
      AppointMember command,
      OrganisationDirectory organisations,
      PartnershipDirectory partnerships) {
    LocalDate date = command.effectiveDate();
    assertOpenOn(date);
    String organisation = organisations.requireEstablished(command.organisationId(), date).name();
    LocalDate partnerUntil =
        assertRepresentsAPartnerIfVoting(
            command.role(), command.organisationId(), organisation, date, partnerships);
    if (command.role() == MemberRole.CHAIR) {
      assertNoOtherChair(command.membershipId(), date, null);
      assertChairFromRotation(command.organisationId(), organisation, date);
    }
    apply(
        new MemberAppointed(
            bodyId,
            command.membershipId(),
            command.personName().strip(),
            command.organisationId(),
            command.role(),
            date));
    if (partnerUntil != null) {
      // The ledger already knows the organisation leaves: its people's memberships end then
      // (DOMAIN.md rule 6), as they would have had the appointment been recorded first.
      apply(new MembershipEnded(bodyId, command.membershipId(), partnerUntil));
    }
  }

  @CommandHandler
  void handle(
      ChangeMemberRole command,
      OrganisationDirectory organisations,
      PartnershipDirectory partnerships) {
    LocalDate date = command.effectiveDate();
    Membership membership = membership(command.membershipId());
    membership.assertInForceOn(date, name);
    Map.Entry<LocalDate, MemberRole> current = membership.roles().lastEntry();
    if (!date.isAfter(current.getKey())) {
      throw new RuleViolation(
          Rule.ROLE_CHANGE_OUT_OF_ORDER,
          membership.personName()
              + " has been "
              + current.getValue()
              + " since "
              + current.getKey()
              + "; a new role must start after that, not on "
              + date);
    }
    if (current.getValue() == command.role()) {
      throw new RuleViolation(
          Rule.ROLE_UNCHANGED, membership.personName() + " is already " + command.role());
    }
    String organisation =
        organisations.requireEstablished(membership.organisationId(), date).name();
    assertRepresentsAPartnerIfVoting(
        command.role(), membership.organisationId(), organisation, date, partnerships);
    if (command.role() == MemberRole.CHAIR) {
      assertNoOtherChair(command.membershipId(), date, membership.endedOn());
      assertChairFromRotation(membership.organisationId(), organisation, date);
    }
    apply(
        new MemberRoleChanged(
            bodyId, command.membershipId(), current.getValue(), command.role(), date));
  }

  @CommandHandler
  void handle(EndMembership command) {
    LocalDate date = command.effectiveDate();
    Membership membership = membership(command.membershipId());
    if (membership.endedOn() != null) {
      throw new RuleViolation(
          Rule.MEMBERSHIP_NOT_IN_FORCE,
          membership.personName() + "'s membership already ended on " + membership.endedOn());
    }
    LocalDate lastChange = membership.roles().lastKey();
    if (!date.isAfter(lastChange)) {
      throw new RuleViolation(
          Rule.MEMBERSHIP_NOT_IN_FORCE,
          membership.personName()
              + " holds a role from "
              + lastChange
              + "; the membership can end after that, not on "
              + date);
    }
    apply(new MembershipEnded(bodyId, command.membershipId(), date));
  }

  private void assertOpenOn(LocalDate date) {
    assertEstablishedBy(date);
    if (statusOn(date) == BodyStatus.DISSOLVED) {
      throw new RuleViolation(
          Rule.BODY_DISSOLVED, name + " is dissolved on " + date + " and has no members then");
    }
  }

  /**
   * Returns the day the organisation stops being a partner, if the ledger knows it already (null
   * otherwise, and for a role without a vote).
   */
  private LocalDate assertRepresentsAPartnerIfVoting(
      MemberRole role,
      OrganisationId organisationId,
      String organisation,
      LocalDate date,
      PartnershipDirectory partnerships) {
    if (!role.votes()) {
      return null;
    }
    Optional<PartnershipDirectory.KnownTenure> tenure =
        partnerships.tenureOn(partnershipId, organisationId, date);
    if (tenure.isEmpty()) {
      throw new RuleViolation(
          Rule.MEMBER_ORGANISATION_NOT_A_PARTNER,
          organisation
              + " is not a partner on "
              + date
              + ", so it cannot hold a voting role ("
              + role
              + ") on "
              + name
              + "; it may participate or attend");
    }
    return tenure.get().leftOn();
  }

  /**
   * Under a rotating chair the chair comes from the organisation whose turn it is (seeds/003
   * §4.5.3).
   */
  private void assertChairFromRotation(
      OrganisationId organisationId, String organisation, LocalDate date) {
    assertChairFromRotation(chairArrangements, organisationId, organisation, date);
  }

  private void assertChairFromRotation(
      TreeMap<LocalDate, ChairArrangementSet> arrangements,
      OrganisationId organisationId,
      String organisation,
      LocalDate date) {
    Map.Entry<LocalDate, ChairArrangementSet> arrangement = arrangements.floorEntry(date);
    if (arrangement == null || arrangement.getValue().arrangement() != ChairArrangement.ROTATING) {
      return;
    }
    ChairTurn turn =
        arrangement.getValue().rotation().stream()
            .filter(candidate -> !candidate.from().isAfter(date))
            .reduce((earlier, later) -> later)
            .orElseThrow();
    if (!turn.organisationId().equals(organisationId)) {
      throw new RuleViolation(
          Rule.CHAIR_NOT_FROM_ROTATION,
          "the chair of "
              + name
              + " rotates; from "
              + turn.from()
              + " it is the turn of organisation "
              + turn.organisationId()
              + ", not of "
              + organisation);
    }
  }

  /** A body has at most one chair on any date: the new chair period must overlap no other. */
  private void assertNoOtherChair(MembershipId candidate, LocalDate from, LocalDate until) {
    memberships.forEach(
        (id, other) -> {
          if (id.equals(candidate)) {
            return;
          }
          other
              .chairPeriods()
              .filter(period -> period.overlaps(from, until))
              .findFirst()
              .ifPresent(
                  period -> {
                    throw new RuleViolation(
                        Rule.CHAIR_ALREADY_APPOINTED,
                        other.personName()
                            + " chairs "
                            + name
                            + " "
                            + period.describe()
                            + "; a body has one chair at a time");
                  });
        });
  }

  private Membership membership(MembershipId membershipId) {
    Membership membership = memberships.get(membershipId);
    if (membership == null) {
      throw new RuleViolation(
          Rule.UNKNOWN_MEMBERSHIP,
          "no membership " + membershipId + " of " + name + " is recorded");
    }
    return membership;
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
  void on(BodyEstablished event, @MessageIdentifier String eventId) {
    statusRecordedBy.put(eventId, event.effectiveDate());
    this.establishmentRecordedBy = eventId;
    this.hostOrganisationId = event.hostOrganisationId();
    this.bodyId = event.bodyId();
    this.name = event.name();
    this.establishedOn = event.effectiveDate();
    this.partnershipId = event.partnershipId();
    this.type = event.type();
    statuses.put(event.effectiveDate(), event.status());
  }

  @EventSourcingHandler
  void on(MemberAppointed event, @MessageIdentifier String eventId) {
    TreeMap<LocalDate, MemberRole> roles = new TreeMap<>();
    roles.put(event.effectiveDate(), event.role());
    memberships.put(
        event.membershipId(),
        new Membership(
            event.personName(),
            event.organisationId(),
            roles,
            null,
            eventId,
            new TreeMap<>(),
            null));
  }

  @EventSourcingHandler
  void on(AppointmentCorrected event, @MessageIdentifier String eventId) {
    Membership membership = memberships.get(event.membershipId());
    MemberRole role = membership.roles().pollFirstEntry().getValue();
    membership.roles().put(event.effectiveDate(), role);
    memberships.put(event.membershipId(), membership.correctedAs(event.personName(), eventId));
  }

  @EventSourcingHandler
  void on(MemberRoleChanged event, @MessageIdentifier String eventId) {
    Membership membership = memberships.get(event.membershipId());
    membership.roles().put(event.effectiveDate(), event.role());
    membership.roleChangesRecordedBy().put(event.effectiveDate(), eventId);
  }

  @EventSourcingHandler
  void on(RoleChangeCorrected event, @MessageIdentifier String eventId) {
    Membership membership = memberships.get(event.membershipId());
    membership.roles().remove(event.previousDate());
    membership.roles().put(event.effectiveDate(), event.role());
    membership.roleChangesRecordedBy().remove(event.previousDate());
    membership.roleChangesRecordedBy().put(event.effectiveDate(), eventId);
  }

  @EventSourcingHandler
  void on(MembershipEnded event, @MessageIdentifier String eventId) {
    memberships.computeIfPresent(
        event.membershipId(),
        (id, membership) -> membership.endedOn(event.effectiveDate(), eventId));
  }

  @EventSourcingHandler
  void on(MembershipEndCorrected event, @MessageIdentifier String eventId) {
    memberships.computeIfPresent(
        event.membershipId(),
        (id, membership) -> membership.endedOn(event.effectiveDate(), eventId));
  }

  @EventSourcingHandler
  void on(EstablishmentCorrected event, @MessageIdentifier String eventId) {
    this.establishmentRecordedBy = eventId;
    this.name = event.name();
    this.type = event.type();
    this.hostOrganisationId = event.hostOrganisationId();
  }

  @EventSourcingHandler
  void on(BodyReplaced event, @MessageIdentifier String eventId) {
    // The dissolution that comes with it is its own BodyStatusChanged.
    this.replacedBy = event.replacementBodyId();
    this.replacedOn = event.effectiveDate();
    this.replacementRecordedBy = eventId;
  }

  @EventSourcingHandler
  void on(ReplacementCorrected event, @MessageIdentifier String eventId) {
    this.replacedBy = event.replacementBodyId();
    // The same day, unless the dissolution it came with was moved (a status date correction).
    this.replacedOn = event.effectiveDate();
    this.replacementRecordedBy = eventId;
  }

  @EventSourcingHandler
  void on(ChairArrangementSet event, @MessageIdentifier String eventId) {
    chairArrangements.put(event.effectiveDate(), event);
    chairArrangementRecordedBy.put(event.effectiveDate(), eventId);
  }

  @EventSourcingHandler
  void on(ChairArrangementCorrected event, @MessageIdentifier String eventId) {
    chairArrangements.remove(event.previousDate());
    chairArrangementRecordedBy.remove(event.previousDate());
    chairArrangements.put(
        event.effectiveDate(),
        new ChairArrangementSet(
            bodyId, event.arrangement(), event.rotation(), event.effectiveDate()));
    chairArrangementRecordedBy.put(event.effectiveDate(), eventId);
  }

  @EventSourcingHandler
  void on(AppointmentOrganisationCorrected event, @MessageIdentifier String eventId) {
    memberships.computeIfPresent(
        event.membershipId(),
        (id, membership) -> membership.representing(event.organisationId(), eventId));
  }

  @EventSourcingHandler
  void on(DelegationGrantCorrected event, @MessageIdentifier String eventId) {
    delegations
        .get(event.delegationId())
        .grantCorrected(
            event.function(),
            event.delegatorId(),
            event.previousDate(),
            event.effectiveDate(),
            eventId);
  }

  @EventSourcingHandler
  void on(DecisionFunctionCorrected event, @MessageIdentifier String eventId) {
    RecordedDecision was = decisions.get(event.decisionId());
    delegations.get(was.delegationId()).decisionMoved(event.decisionId());
    delegations.get(event.delegationId()).decided(event.decisionId(), was.date());
    decisions.put(
        event.decisionId(),
        new RecordedDecision(
            eventId,
            event.delegationId(),
            event.function(),
            was.subject(),
            was.matter(),
            was.limitKind(),
            was.amount(),
            was.date()));
  }

  @EventSourcingHandler
  void on(DelegationGranted event, @MessageIdentifier String eventId) {
    delegations.put(
        event.delegationId(),
        new HeldDelegation(
            event.delegationId(),
            event.delegatorId(),
            event.function(),
            event.scope(),
            event.limits(),
            event.conditions(),
            event.approval(),
            event.effectiveDate(),
            eventId));
  }

  @EventSourcingHandler
  void on(DelegationVaried event, @MessageIdentifier String eventId) {
    delegations
        .get(event.delegationId())
        .variedOn(
            event.effectiveDate(), event.limits(), event.conditions(), event.approval(), eventId);
  }

  @EventSourcingHandler
  void on(DelegationTermsCorrected event, @MessageIdentifier String eventId) {
    delegations
        .get(event.delegationId())
        .termsCorrected(
            event.effectiveDate(), event.scope(), event.conditions(), event.approval(), eventId);
  }

  @EventSourcingHandler
  void on(DelegationChangeDateCorrected event, @MessageIdentifier String eventId) {
    delegations
        .get(event.delegationId())
        .changeMoved(
            event.correctedEventId(), event.previousDate(), event.effectiveDate(), eventId);
  }

  @EventSourcingHandler
  void on(DelegationLimitsCorrected event, @MessageIdentifier String eventId) {
    delegations
        .get(event.delegationId())
        .limitsCorrected(event.effectiveDate(), event.limits(), eventId);
  }

  @EventSourcingHandler
  void on(DelegationRevoked event, @MessageIdentifier String eventId) {
    delegations.get(event.delegationId()).revokedOn(event.effectiveDate(), eventId);
  }

  @EventSourcingHandler
  void on(DelegationLapsed event, @MessageIdentifier String eventId) {
    delegations.get(event.delegationId()).lapsedOn(event.effectiveDate(), event.reason(), eventId);
  }

  @EventSourcingHandler
  void on(DelegationPassedToSuccessor event, @MessageIdentifier String eventId) {
    delegations
        .get(event.delegationId())
        .passedOn(event.effectiveDate(), event.successorId(), eventId);
  }

  @EventSourcingHandler
  void on(InterestDeclared event, @MessageIdentifier String eventId) {
    declarations.add(event);
    declarationRecordedBy.put(event.declarationId(), eventId);
  }

  @EventSourcingHandler
  void on(DeclarationCorrected event, @MessageIdentifier String eventId) {
    declarations.replaceAll(
        declared ->
            declared.declarationId().equals(event.declarationId())
                ? new InterestDeclared(
                    bodyId,
                    event.declarationId(),
                    declared.membershipId(),
                    event.matter(),
                    event.interest(),
                    event.effectiveDate())
                : declared);
    declarationRecordedBy.put(event.declarationId(), eventId);
  }

  @EventSourcingHandler
  void on(DecisionRecorded event, @MessageIdentifier String eventId) {
    delegations.get(event.delegationId()).decided(event.decisionId(), event.effectiveDate());
    decisions.put(
        event.decisionId(),
        new RecordedDecision(
            eventId,
            event.delegationId(),
            event.function(),
            event.subject(),
            event.matter(),
            event.limitKind(),
            event.amount(),
            event.effectiveDate()));
  }

  @EventSourcingHandler
  void on(DecisionCorrected event, @MessageIdentifier String eventId) {
    RecordedDecision was = decisions.get(event.decisionId());
    delegations.get(was.delegationId()).decisionMoved(event.decisionId());
    delegations.get(event.delegationId()).decided(event.decisionId(), event.effectiveDate());
    decisions.put(
        event.decisionId(),
        new RecordedDecision(
            eventId,
            event.delegationId(),
            was.function(),
            event.subject(),
            was.matter(),
            event.limitKind(),
            event.amount(),
            event.effectiveDate()));
  }

  @EventSourcingHandler
  void on(StatusDateCorrected event, @MessageIdentifier String eventId) {
    statuses.remove(event.previousDate());
    statuses.put(event.effectiveDate(), event.status());
    statusRecordedBy.remove(event.correctedEventId());
    statusRecordedBy.put(eventId, event.effectiveDate());
    if (event.previousDate().equals(establishedOn)) {
      establishedOn = event.effectiveDate();
    }
  }

  @EventSourcingHandler
  void on(DecisionRefused event) {
    // Kept for the auditor; a refusal changes nothing the body may do.
  }

  /** A recommendation binds no one; it is kept only so that a correction can be judged. */
  @EventSourcingHandler
  void on(RecommendationRecorded event, @MessageIdentifier String eventId) {
    recommendations.put(
        event.decisionId(),
        new RecordedRecommendation(
            eventId,
            event.subject(),
            event.limitKind(),
            event.amount(),
            event.recommendedTo(),
            event.effectiveDate()));
  }

  @EventSourcingHandler
  void on(RecommendationCorrected event, @MessageIdentifier String eventId) {
    recommendations.put(
        event.decisionId(),
        new RecordedRecommendation(
            eventId,
            event.subject(),
            event.limitKind(),
            event.amount(),
            event.recommendedTo(),
            event.effectiveDate()));
  }

  @EventSourcingHandler
  void on(BodyStatusChanged event, @MessageIdentifier String eventId) {
    statusRecordedBy.put(eventId, event.effectiveDate());
    statuses.put(event.effectiveDate(), event.status());
  }

  @EventSourcingHandler
  void on(TermsOfReferenceAdopted event, @MessageIdentifier String eventId) {
    termsOfReference.put(
        event.version(),
        new AdoptedTerms(eventId, event.title(), event.reference(), event.effectiveDate()));
  }

  @EventSourcingHandler
  void on(TermsOfReferenceCorrected event, @MessageIdentifier String eventId) {
    termsOfReference.put(
        event.version(),
        new AdoptedTerms(eventId, event.title(), event.reference(), event.effectiveDate()));
  }

  /**
   * A version of the terms of reference as adopted, or as last corrected.
   *
   * @param eventId the event that holds its current facts
   */
  private record AdoptedTerms(
      String eventId, String title, String reference, LocalDate adoptedOn) {}

  /**
   * A recommendation as recorded, or as last corrected.
   *
   * @param eventId the event that holds its current facts
   */
  private record RecordedRecommendation(
      String eventId,
      String subject,
      LimitKind limitKind,
      BigDecimal amount,
      String recommendedTo,
      LocalDate date) {}

  /**
   * One person's membership: their role by effective date, until {@code endedOn} (exclusive; null
   * while it lasts).
   *
   * @param roleChangesRecordedBy by the date of each role change after the appointment, the event
   *     that holds its current facts
   * @param endedEventId the event that holds the current date of its end; null while it lasts
   */
  private record Membership(
      String personName,
      OrganisationId organisationId,
      TreeMap<LocalDate, MemberRole> roles,
      LocalDate endedOn,
      String appointedEventId,
      TreeMap<LocalDate, String> roleChangesRecordedBy,
      String endedEventId) {

    Membership endedOn(LocalDate date, String eventId) {
      return new Membership(
          personName,
          organisationId,
          roles,
          date,
          appointedEventId,
          roleChangesRecordedBy,
          eventId);
    }

    Membership representing(OrganisationId organisation, String eventId) {
      return new Membership(
          personName, organisation, roles, endedOn, eventId, roleChangesRecordedBy, endedEventId);
    }

    Membership correctedAs(String person, String eventId) {
      return new Membership(
          person, organisationId, roles, endedOn, eventId, roleChangesRecordedBy, endedEventId);
    }

    /** The same membership with other roles, to judge a correction before it is recorded. */
    Membership withRoles(TreeMap<LocalDate, MemberRole> otherRoles) {
      return new Membership(
          personName,
          organisationId,
          otherRoles,
          endedOn,
          appointedEventId,
          roleChangesRecordedBy,
          endedEventId);
    }

    boolean inForceOn(LocalDate date) {
      return !date.isBefore(roles.firstKey()) && (endedOn == null || date.isBefore(endedOn));
    }

    void assertInForceOn(LocalDate date, String body) {
      if (!inForceOn(date)) {
        throw new RuleViolation(
            Rule.MEMBERSHIP_NOT_IN_FORCE,
            personName
                + "'s membership of "
                + body
                + " runs from "
                + roles.firstKey()
                + (endedOn == null ? "" : " to " + endedOn)
                + ", not on "
                + date);
      }
    }

    /** The half-open periods in which this member holds a voting role. */
    Stream<Period> votingPeriods() {
      List<Period> periods = new ArrayList<>();
      roles.forEach(
          (from, role) -> {
            if (role.votes()) {
              LocalDate next = roles.higherKey(from);
              periods.add(new Period(from, next != null ? next : endedOn));
            }
          });
      return periods.stream();
    }

    /** The half-open periods in which this member is chair. */
    Stream<Period> chairPeriods() {
      List<Period> periods = new ArrayList<>();
      roles.forEach(
          (from, role) -> {
            if (role == MemberRole.CHAIR) {
              LocalDate next = roles.higherKey(from);
              periods.add(new Period(from, next != null ? next : endedOn));
            }
          });
      return periods.stream();
    }
  }

  /**
   * A decision as recorded, or as last corrected.
   *
   * @param eventId the event that holds its current facts
   */
  private record RecordedDecision(
      String eventId,
      DelegationId delegationId,
      String function,
      String subject,
      String matter,
      LimitKind limitKind,
      BigDecimal amount,
      LocalDate date) {}

  /** From inclusive to exclusive; an open end is null. */
  private record Period(LocalDate from, LocalDate until) {

    boolean overlaps(LocalDate otherFrom, LocalDate otherUntil) {
      return (otherUntil == null || from.isBefore(otherUntil))
          && (until == null || otherFrom.isBefore(until));
    }

    String describe() {
      return until == null ? "from " + from : "from " + from + " to " + until;
    }
  }
}
