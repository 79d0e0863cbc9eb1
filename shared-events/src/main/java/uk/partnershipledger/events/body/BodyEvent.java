package uk.partnershipledger.events.body;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.partnershipledger.events.EventType;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.MayBeNull;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/** What happens to a governance body: a committee, board, executive or forum. */
public sealed interface BodyEvent extends GovernanceEvent {

  BodyId bodyId();

  /**
   * A body is established in a partnership with its first status on the effective date.
   *
   * @param hostOrganisationId the organisation that hosts the body, if one does (a council's
   *     cabinet)
   * @param parentBodyIds the bodies it is a sub-committee or sub-group of, if any
   */
  @EventType(name = "body.established", revision = 1)
  record BodyEstablished(
      BodyId bodyId,
      PartnershipId partnershipId,
      String name,
      BodyType type,
      BodyStatus status,
      @MayBeNull OrganisationId hostOrganisationId,
      List<BodyId> parentBodyIds,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /** The body's status from the effective date on: shadow form, operational, dissolved. */
  @EventType(name = "body.status-changed", revision = 1)
  record BodyStatusChanged(
      BodyId bodyId, BodyStatus previousStatus, BodyStatus status, LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A numbered version of the body's terms of reference, in force from the day it was adopted until
   * the next version.
   */
  @EventType(name = "body.terms-of-reference-adopted", revision = 1)
  record TermsOfReferenceAdopted(
      BodyId bodyId, int version, String title, String reference, LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A person is appointed to the body, representing an organisation, in a role, from the effective
   * date.
   */
  @EventType(name = "body.member-appointed", revision = 1)
  record MemberAppointed(
      BodyId bodyId,
      MembershipId membershipId,
      String personName,
      OrganisationId organisationId,
      MemberRole role,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /** The member holds a new role from the effective date (a member becomes chair, say). */
  @EventType(name = "body.member-role-changed", revision = 1)
  record MemberRoleChanged(
      BodyId bodyId,
      MembershipId membershipId,
      MemberRole previousRole,
      MemberRole role,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /** The membership ends: the effective date is the first day the person is no longer a member. */
  @EventType(name = "body.membership-ended", revision = 1)
  record MembershipEnded(BodyId bodyId, MembershipId membershipId, LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * The body is replaced by another from the effective date, on which it is dissolved (seeds/001
   * MoU §9: the Partnership Executive replaces the Integrated Care Board and the System Advisory
   * Group). Recorded on each replaced body, after its {@link BodyStatusChanged} to dissolved.
   */
  @EventType(name = "body.replaced", revision = 1)
  record BodyReplaced(BodyId bodyId, BodyId replacementBodyId, LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * How the chair is chosen from the effective date on.
   *
   * @param rotation for a rotating chair, the turns in date order; empty otherwise
   */
  @EventType(name = "body.chair-arrangement-set", revision = 1)
  record ChairArrangementSet(
      BodyId bodyId,
      ChairArrangement arrangement,
      List<ChairTurn> rotation,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A statutory body that is a partner delegates a named function to this body, with financial
   * limits, conditions and its governing body's approval. The delegator stays accountable
   * (seeds/004 §14).
   *
   * @param function the statutory function, as a code such as {@code community-mental-health}
   * @param scope what the delegation covers, in the delegating report's words
   */
  @EventType(name = "body.delegation-granted", revision = 1)
  record DelegationGranted(
      BodyId bodyId,
      DelegationId delegationId,
      OrganisationId delegatorId,
      String function,
      String scope,
      List<FinancialLimit> limits,
      List<String> conditions,
      Approval approval,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /** The delegation's limits and conditions from the effective date, with the new approval. */
  @EventType(name = "body.delegation-varied", revision = 1)
  record DelegationVaried(
      BodyId bodyId,
      DelegationId delegationId,
      List<FinancialLimit> limits,
      List<String> conditions,
      Approval approval,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /** The delegator withdraws the delegation; the effective date is the first day without it. */
  @EventType(name = "body.delegation-revoked", revision = 1)
  record DelegationRevoked(BodyId bodyId, DelegationId delegationId, LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * The delegation ends without a revocation: its delegator left or was abolished, or the body
   * ended.
   */
  @EventType(name = "body.delegation-lapsed", revision = 1)
  record DelegationLapsed(
      BodyId bodyId, DelegationId delegationId, LapseReason reason, LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * The delegator was abolished and its successor holds the delegation from the effective date
   * (CCGs to ICBs; seeds/003 §2.1, §4.6.1).
   */
  @EventType(name = "body.delegation-passed-to-successor", revision = 1)
  record DelegationPassedToSuccessor(
      BodyId bodyId,
      DelegationId delegationId,
      OrganisationId predecessorId,
      OrganisationId successorId,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A member declares an interest in a matter before the body (seeds/001 MoU §23).
   *
   * @param matter the agenda matter, as the body refers to it (such as "CMH-2022-07")
   */
  @EventType(name = "body.interest-declared", revision = 1)
  record InterestDeclared(
      BodyId bodyId,
      DeclarationId declarationId,
      MembershipId membershipId,
      String matter,
      String interest,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * The body decided, under a delegation in force on the date, within its limit, while operational.
   *
   * @param matter the agenda matter, if the decision was on one; null otherwise
   * @param limitKind with {@code amount}, the spending decided; both null for a decision without
   *     money
   * @param abstainingMembershipIds the members who had declared an interest in the matter and did
   *     not vote
   */
  @EventType(name = "body.decision-recorded", revision = 1)
  record DecisionRecorded(
      BodyId bodyId,
      DecisionId decisionId,
      DelegationId delegationId,
      OrganisationId delegatorId,
      String subject,
      @MayBeNull String matter,
      String function,
      @MayBeNull LimitKind limitKind,
      @MayBeNull BigDecimal amount,
      List<MembershipId> abstainingMembershipIds,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A decision was attempted and refused; kept so an auditor sees the attempt (the client was told
   * {@code 409}).
   *
   * @param rule the refusing rule's slug, as in the problem type {@code
   *     urn:partnership-ledger:rule:<rule>}
   * @param reason the refusal as the client read it
   */
  @EventType(name = "body.decision-refused", revision = 1)
  record DecisionRefused(
      BodyId bodyId,
      DecisionId decisionId,
      String subject,
      @MayBeNull String matter,
      String function,
      @MayBeNull LimitKind limitKind,
      @MayBeNull BigDecimal amount,
      String rule,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A body that cannot decide (in shadow form, or a forum) records a recommendation to those who
   * can (seeds/000 §7).
   */
  @EventType(name = "body.recommendation-recorded", revision = 1)
  record RecommendationRecorded(
      BodyId bodyId,
      DecisionId decisionId,
      String subject,
      @MayBeNull String matter,
      String function,
      @MayBeNull LimitKind limitKind,
      @MayBeNull BigDecimal amount,
      String recommendedTo,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A recorded decision was wrong (its amount, its date, its subject): these are its corrected
   * facts, from now on in place of those of the event named. The first record stays in the ledger
   * (DOMAIN.md rule 7). The corrected decision was judged again, on its corrected date, and holds.
   *
   * @param correctedEventId the id of the event whose facts this replaces: the decision's {@link
   *     DecisionRecorded}, or its latest correction
   */
  @EventType(name = "body.decision-corrected", revision = 1)
  record DecisionCorrected(
      BodyId bodyId,
      DecisionId decisionId,
      String correctedEventId,
      DelegationId delegationId,
      OrganisationId delegatorId,
      String subject,
      @MayBeNull LimitKind limitKind,
      @MayBeNull BigDecimal amount,
      List<MembershipId> abstainingMembershipIds,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * An appointment was recorded with the wrong person's name or the wrong date: these are its
   * corrected facts, in place of those of the event named ({@link MemberAppointed} or its latest
   * correction).
   */
  @EventType(name = "body.appointment-corrected", revision = 1)
  record AppointmentCorrected(
      BodyId bodyId,
      MembershipId membershipId,
      String correctedEventId,
      String personName,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * The limits of a delegation's grant or variation were recorded wrongly (a wrong amount): these
   * are the right ones, from the same date, in place of those of the event named.
   */
  @EventType(name = "body.delegation-limits-corrected", revision = 1)
  record DelegationLimitsCorrected(
      BodyId bodyId,
      DelegationId delegationId,
      String correctedEventId,
      List<FinancialLimit> limits,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A status change (or the status the body was established with) took effect on another date than
   * recorded: the status holds from the corrected effective date instead.
   *
   * @param correctedEventId the {@link BodyStatusChanged} or {@link BodyEstablished}, or its latest
   *     correction
   * @param previousDate the date it was recorded with
   */
  @EventType(name = "body.status-date-corrected", revision = 1)
  record StatusDateCorrected(
      BodyId bodyId,
      String correctedEventId,
      BodyStatus status,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A version of the terms of reference was recorded with a wrong title, reference or adoption
   * date: these are the right ones, in place of the event named.
   */
  @EventType(name = "body.terms-of-reference-corrected", revision = 1)
  record TermsOfReferenceCorrected(
      BodyId bodyId,
      int version,
      String correctedEventId,
      String title,
      String reference,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * The body was established with a wrong name, type or host: these are the right ones, in place of
   * those of the event named ({@link BodyEstablished} or its latest correction). Its date is
   * corrected by {@link StatusDateCorrected}.
   */
  @EventType(name = "body.establishment-corrected", revision = 1)
  record EstablishmentCorrected(
      BodyId bodyId,
      String correctedEventId,
      String name,
      BodyType type,
      @MayBeNull OrganisationId hostOrganisationId,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A member's role change was recorded with a wrong role or date: these are the right ones, in
   * place of the event named ({@link MemberRoleChanged} or its latest correction).
   */
  @EventType(name = "body.role-change-corrected", revision = 1)
  record RoleChangeCorrected(
      BodyId bodyId,
      MembershipId membershipId,
      String correctedEventId,
      MemberRole role,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A membership's end was recorded with a wrong date: it ends on the corrected effective date
   * instead, in place of the event named ({@link MembershipEnded} or its latest correction).
   */
  @EventType(name = "body.membership-end-corrected", revision = 1)
  record MembershipEndCorrected(
      BodyId bodyId,
      MembershipId membershipId,
      String correctedEventId,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A delegation's scope, conditions or governing-body approval (who, when, reference) were
   * recorded wrongly: these are the right ones, from the same date, in place of those of the event
   * named (its grant or a variation, or their latest correction). Its limits are corrected by
   * {@link DelegationLimitsCorrected}.
   */
  @EventType(name = "body.delegation-terms-corrected", revision = 1)
  record DelegationTermsCorrected(
      BodyId bodyId,
      DelegationId delegationId,
      String correctedEventId,
      String scope,
      List<String> conditions,
      Approval approval,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A delegation's variation or revocation was recorded with the wrong date: it takes effect on the
   * corrected effective date instead, in place of the event named. Also recorded when the date of a
   * departure is corrected, for the lapse ({@link DelegationLapsed}) or the passing to a successor
   * ({@link DelegationPassedToSuccessor}) that the departure caused, naming that event (or its
   * latest correction).
   */
  @EventType(name = "body.delegation-change-date-corrected", revision = 1)
  record DelegationChangeDateCorrected(
      BodyId bodyId,
      DelegationId delegationId,
      String correctedEventId,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /** A declaration of interest was recorded wrongly: these are its right facts. */
  @EventType(name = "body.declaration-corrected", revision = 1)
  record DeclarationCorrected(
      BodyId bodyId,
      DeclarationId declarationId,
      String correctedEventId,
      String matter,
      String interest,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /** A recommendation was recorded wrongly: these are its right facts. */
  @EventType(name = "body.recommendation-corrected", revision = 1)
  record RecommendationCorrected(
      BodyId bodyId,
      DecisionId decisionId,
      String correctedEventId,
      String subject,
      @MayBeNull LimitKind limitKind,
      @MayBeNull BigDecimal amount,
      String recommendedTo,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A chair arrangement was recorded wrongly (its kind, its turns or its date): these are its right
   * facts, in place of the event named ({@link ChairArrangementSet} or its latest correction).
   */
  @EventType(name = "body.chair-arrangement-corrected", revision = 1)
  record ChairArrangementCorrected(
      BodyId bodyId,
      String correctedEventId,
      ChairArrangement arrangement,
      List<ChairTurn> rotation,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A replaced body was recorded as replaced by the wrong body: this is the right one, in place of
   * the event named ({@link BodyReplaced} or its latest correction).
   */
  @EventType(name = "body.replacement-corrected", revision = 1)
  record ReplacementCorrected(
      BodyId bodyId,
      String correctedEventId,
      BodyId replacementBodyId,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * An appointment named the wrong organisation for the member: this is the one they represent, in
   * place of the event named ({@link MemberAppointed} or its latest correction).
   */
  @EventType(name = "body.appointment-organisation-corrected", revision = 1)
  record AppointmentOrganisationCorrected(
      BodyId bodyId,
      MembershipId membershipId,
      String correctedEventId,
      OrganisationId organisationId,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A delegation's grant named the wrong function, the wrong delegator or the wrong date: these are
   * the right ones, in place of the event named ({@link DelegationGranted} or its latest
   * correction).
   */
  @EventType(name = "body.delegation-grant-corrected", revision = 1)
  record DelegationGrantCorrected(
      BodyId bodyId,
      DelegationId delegationId,
      String correctedEventId,
      String function,
      OrganisationId delegatorId,
      LocalDate previousDate,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}

  /**
   * A decision was recorded under the wrong function: this is the right one, with the delegation
   * that covers it, judged again, in place of the event named.
   */
  @EventType(name = "body.decision-function-corrected", revision = 1)
  record DecisionFunctionCorrected(
      BodyId bodyId,
      DecisionId decisionId,
      String correctedEventId,
      String function,
      DelegationId delegationId,
      OrganisationId delegatorId,
      String reason,
      LocalDate effectiveDate)
      implements BodyEvent {}
}
