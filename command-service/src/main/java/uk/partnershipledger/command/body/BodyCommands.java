package uk.partnershipledger.command.body;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.partnershipledger.command.ledger.RuleViolation;
import uk.partnershipledger.events.body.Approval;
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

/** The commands a governance body takes; each is judged on its effective date. */
public final class BodyCommands {

  private BodyCommands() {}

  record EstablishBody(
      @TargetAggregateIdentifier BodyId bodyId,
      PartnershipId partnershipId,
      String name,
      BodyType type,
      BodyStatus status,
      OrganisationId hostOrganisationId,
      List<BodyId> parentBodyIds,
      LocalDate effectiveDate) {}

  record ChangeBodyStatus(
      @TargetAggregateIdentifier BodyId bodyId, BodyStatus status, LocalDate effectiveDate) {}

  record AdoptTermsOfReference(
      @TargetAggregateIdentifier BodyId bodyId,
      String title,
      String reference,
      LocalDate effectiveDate) {}

  record AppointMember(
      @TargetAggregateIdentifier BodyId bodyId,
      MembershipId membershipId,
      String personName,
      OrganisationId organisationId,
      MemberRole role,
      LocalDate effectiveDate) {}

  record ChangeMemberRole(
      @TargetAggregateIdentifier BodyId bodyId,
      MembershipId membershipId,
      MemberRole role,
      LocalDate effectiveDate) {}

  record EndMembership(
      @TargetAggregateIdentifier BodyId bodyId,
      MembershipId membershipId,
      LocalDate effectiveDate) {}

  /** Dissolves each replaced body and records what replaced it (seeds/001 MoU §9). */
  record ReplaceBody(
      @TargetAggregateIdentifier BodyId bodyId,
      BodyId replacementBodyId,
      LocalDate effectiveDate) {}

  record SetChairArrangement(
      @TargetAggregateIdentifier BodyId bodyId,
      ChairArrangement arrangement,
      List<ChairTurn> rotation,
      LocalDate effectiveDate) {}

  record GrantDelegation(
      @TargetAggregateIdentifier BodyId bodyId,
      DelegationId delegationId,
      OrganisationId delegatorId,
      String function,
      String scope,
      List<FinancialLimit> limits,
      List<String> conditions,
      Approval approval,
      LocalDate effectiveDate) {}

  record VaryDelegation(
      @TargetAggregateIdentifier BodyId bodyId,
      DelegationId delegationId,
      List<FinancialLimit> limits,
      List<String> conditions,
      Approval approval,
      LocalDate effectiveDate) {}

  record RevokeDelegation(
      @TargetAggregateIdentifier BodyId bodyId,
      DelegationId delegationId,
      LocalDate effectiveDate) {}

  record DeclareInterest(
      @TargetAggregateIdentifier BodyId bodyId,
      DeclarationId declarationId,
      MembershipId membershipId,
      String matter,
      String interest,
      LocalDate effectiveDate) {}

  /**
   * A decision the body takes. The handler answers with a {@link DecisionOutcome}: a refusal is
   * recorded too, so it is returned rather than thrown (throwing would roll the record back).
   */
  record RecordDecision(
      @TargetAggregateIdentifier BodyId bodyId,
      DecisionId decisionId,
      String subject,
      String matter,
      String function,
      LimitKind limitKind,
      BigDecimal amount,
      LocalDate effectiveDate) {}

  record RecordRecommendation(
      @TargetAggregateIdentifier BodyId bodyId,
      DecisionId decisionId,
      String subject,
      String matter,
      String function,
      LimitKind limitKind,
      BigDecimal amount,
      String recommendedTo,
      LocalDate effectiveDate) {}

  /**
   * The people representing an organisation stop being members on the date, because it left the
   * partnership or was abolished (DOMAIN.md rule 6). Nothing happens where it has no members.
   */
  public record EndRepresentation(
      @TargetAggregateIdentifier BodyId bodyId,
      OrganisationId organisationId,
      LocalDate effectiveDate) {}

  /** The delegations an organisation made to the body lapse on the date; none, nothing happens. */
  public record LapseDelegationsOf(
      @TargetAggregateIdentifier BodyId bodyId,
      OrganisationId delegatorId,
      LapseReason reason,
      LocalDate effectiveDate) {}

  /** The delegations an abolished organisation made to the body pass to its successor. */
  public record PassDelegationsToSuccessor(
      @TargetAggregateIdentifier BodyId bodyId,
      OrganisationId predecessorId,
      OrganisationId successorId,
      LocalDate effectiveDate) {}

  /**
   * Corrects a recorded decision; a null field keeps the value recorded. The corrected decision is
   * judged again on its corrected date.
   */
  record CorrectDecision(
      @TargetAggregateIdentifier BodyId bodyId,
      DecisionId decisionId,
      String subject,
      LimitKind limitKind,
      BigDecimal amount,
      LocalDate effectiveDate,
      String reason) {}

  /** Corrects an appointment's person or date; a null field keeps the value recorded. */
  record CorrectAppointment(
      @TargetAggregateIdentifier BodyId bodyId,
      MembershipId membershipId,
      String personName,
      LocalDate effectiveDate,
      String reason) {}

  /** Corrects the limits recorded by a delegation's grant or variation, named by its event. */
  record CorrectDelegationLimits(
      @TargetAggregateIdentifier BodyId bodyId,
      DelegationId delegationId,
      String correctedEventId,
      List<FinancialLimit> limits,
      String reason) {}

  /**
   * Refuses, recording nothing, if from {@code from} (inclusive) to {@code until} (exclusive) a
   * voting member represented the organisation or a delegation from it was in force: sent by the
   * cascade of a joining corrected to a later date, which gives those days up.
   */
  public record CheckNoRelianceOnPartner(
      @TargetAggregateIdentifier BodyId bodyId,
      OrganisationId organisationId,
      LocalDate from,
      LocalDate until) {}

  /**
   * The date of a departure (a partner's leaving, or an organisation's abolition) is corrected from
   * {@code was} to {@code now}: each membership of the organisation that the departure ended on
   * {@code was} ends on {@code now} instead, recorded as a {@code body.membership-end-corrected}
   * naming that end. Moved earlier, a membership of the organisation in force on {@code now} ends
   * then, and anything the body recorded of the organisation's people between the two dates that
   * the earlier departure would have refused refuses the correction. Nothing affected, nothing
   * recorded. Sent by the correction's cascade in its own unit of work (docs/adr/0009).
   *
   * @param reason the correction's reason, carried on each event it records
   */
  public record MoveRepresentationEnd(
      @TargetAggregateIdentifier BodyId bodyId,
      OrganisationId organisationId,
      LocalDate was,
      LocalDate now,
      String reason) {}

  /**
   * The date of a departure is corrected from {@code was} to {@code now}: each delegation from the
   * delegator that lapsed on {@code was} for {@code lapseReason} lapses on {@code now} instead,
   * recorded as a {@code body.delegation-change-date-corrected} naming the lapse. Moved earlier, a
   * decision recorded under it on or after {@code now}, or a grant or variation from the delegator
   * between the two dates, refuses the correction. Nothing affected, nothing recorded.
   */
  public record MoveLapses(
      @TargetAggregateIdentifier BodyId bodyId,
      OrganisationId delegatorId,
      LapseReason lapseReason,
      LocalDate was,
      LocalDate now,
      String reason) {}

  /**
   * An abolition's date is corrected from {@code was} to {@code now}: each delegation that passed
   * from the predecessor to the successor on {@code was} passes on {@code now} instead, recorded as
   * a {@code body.delegation-change-date-corrected} naming the passing. Nothing affected, nothing
   * recorded.
   */
  public record MovePassingsToSuccessor(
      @TargetAggregateIdentifier BodyId bodyId,
      OrganisationId predecessorId,
      OrganisationId successorId,
      LocalDate was,
      LocalDate now,
      String reason) {}

  /**
   * Corrects a version of the terms of reference: its title, reference or adoption date; a null
   * field keeps the value recorded.
   */
  record CorrectTermsOfReference(
      @TargetAggregateIdentifier BodyId bodyId,
      int version,
      String title,
      String reference,
      LocalDate effectiveDate,
      String reason) {}

  /** Corrects the date from which a status (named by the event that recorded it) holds. */
  record CorrectStatusDate(
      @TargetAggregateIdentifier BodyId bodyId,
      String correctedEventId,
      LocalDate effectiveDate,
      String reason) {}

  /**
   * Corrects the name, type or host recorded by the body's establishment (named by its event, or
   * the latest correction of it); a null field keeps the value recorded.
   */
  record CorrectEstablishment(
      @TargetAggregateIdentifier BodyId bodyId,
      String correctedEventId,
      String name,
      BodyType type,
      OrganisationId hostOrganisationId,
      String reason) {}

  /** Corrects a role change's role or date; a null field keeps the value recorded. */
  record CorrectRoleChange(
      @TargetAggregateIdentifier BodyId bodyId,
      MembershipId membershipId,
      String correctedEventId,
      MemberRole role,
      LocalDate effectiveDate,
      String reason) {}

  /** Corrects the date a membership ended. */
  record CorrectMembershipEnd(
      @TargetAggregateIdentifier BodyId bodyId,
      MembershipId membershipId,
      String correctedEventId,
      LocalDate effectiveDate,
      String reason) {}

  /**
   * Corrects the scope (a grant's only), conditions or approval recorded by a delegation's grant or
   * variation, named by its event; a null field keeps the value recorded.
   */
  record CorrectDelegationTerms(
      @TargetAggregateIdentifier BodyId bodyId,
      DelegationId delegationId,
      String correctedEventId,
      String scope,
      List<String> conditions,
      Approval approval,
      String reason) {}

  /** Corrects the date of a delegation's variation or revocation, named by its event. */
  record CorrectDelegationChangeDate(
      @TargetAggregateIdentifier BodyId bodyId,
      DelegationId delegationId,
      String correctedEventId,
      LocalDate effectiveDate,
      String reason) {}

  /** Corrects a declaration of interest; a null field keeps the value recorded. */
  record CorrectDeclaration(
      @TargetAggregateIdentifier BodyId bodyId,
      DeclarationId declarationId,
      String matter,
      String interest,
      LocalDate effectiveDate,
      String reason) {}

  /** Corrects a recommendation; a null field keeps the value recorded. */
  record CorrectRecommendation(
      @TargetAggregateIdentifier BodyId bodyId,
      DecisionId decisionId,
      String subject,
      LimitKind limitKind,
      BigDecimal amount,
      String recommendedTo,
      LocalDate effectiveDate,
      String reason) {}

  /**
   * Corrects the kind, turns or date of a chair arrangement, named by its event; a null field keeps
   * the value recorded (the turns only while the arrangement stays rotating).
   */
  record CorrectChairArrangement(
      @TargetAggregateIdentifier BodyId bodyId,
      String correctedEventId,
      ChairArrangement arrangement,
      List<ChairTurn> rotation,
      LocalDate effectiveDate,
      String reason) {}

  /** Corrects the body a replaced body was replaced by, named by the replacement's event. */
  record CorrectReplacement(
      @TargetAggregateIdentifier BodyId bodyId,
      String correctedEventId,
      BodyId replacementBodyId,
      String reason) {}

  /** Corrects the organisation an appointed member represents. */
  record CorrectAppointmentOrganisation(
      @TargetAggregateIdentifier BodyId bodyId,
      MembershipId membershipId,
      OrganisationId organisationId,
      String reason) {}

  /**
   * Corrects the function, delegator or date of a delegation's grant, named by its event; a null
   * field keeps the value recorded.
   */
  record CorrectDelegationGrant(
      @TargetAggregateIdentifier BodyId bodyId,
      DelegationId delegationId,
      String correctedEventId,
      String function,
      OrganisationId delegatorId,
      LocalDate effectiveDate,
      String reason) {}

  /** Corrects the function a decision was recorded under; it is judged again on its date. */
  record CorrectDecisionFunction(
      @TargetAggregateIdentifier BodyId bodyId,
      DecisionId decisionId,
      String function,
      String reason) {}

  /** How a decision went: taken under a delegation, or refused for a rule. */
  public sealed interface DecisionOutcome {

    record Decided(
        DelegationId delegationId, OrganisationId delegatorId, List<MembershipId> abstaining)
        implements DecisionOutcome {}

    record Refused(RuleViolation violation) implements DecisionOutcome {}
  }
}
