package uk.partnershipledger.command.body;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LapseReason;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.organisation.OrganisationId;

/**
 * A delegation as the body holds it: in force from its grant until it is revoked or lapses, with
 * its delegator and limits as timelines, because a successor takes over and a variation changes the
 * limits from a date on.
 */
final class HeldDelegation {

  private final DelegationId delegationId;
  private String function;
  private LocalDate grantedOn;
  private String grantRecordedBy;
  private final TreeMap<LocalDate, OrganisationId> delegators = new TreeMap<>();
  private final TreeMap<LocalDate, LimitsVersion> limits = new TreeMap<>();
  private final TreeMap<LocalDate, TermsVersion> terms = new TreeMap<>();
  private final Map<DecisionId, LocalDate> decisions = new HashMap<>();
  private final Map<String, LocalDate> variationsDatedBy = new HashMap<>();
  private String scope;
  private LocalDate endedOn;
  private String revocationDatedBy;
  private String lapseDatedBy;
  private LapseReason lapseReason;
  private final Map<String, LocalDate> passingsDatedBy = new HashMap<>();
  private LocalDate lastChangeOn;

  HeldDelegation(
      DelegationId delegationId,
      OrganisationId delegator,
      String function,
      String scope,
      List<FinancialLimit> limits,
      List<String> conditions,
      Approval approval,
      LocalDate grantedOn,
      String grantEventId) {
    this.delegationId = delegationId;
    this.function = function;
    this.scope = scope;
    this.grantedOn = grantedOn;
    this.grantRecordedBy = grantEventId;
    this.delegators.put(grantedOn, delegator);
    this.limits.put(grantedOn, new LimitsVersion(grantEventId, limits));
    this.terms.put(grantedOn, new TermsVersion(grantEventId, conditions, approval));
    this.lastChangeOn = grantedOn;
  }

  /**
   * The conditions and approval recorded by one event (the grant, a variation, or a correction of
   * their terms), from its date until the next version. The scope is the grant's alone.
   */
  record TermsVersion(String eventId, List<String> conditions, Approval approval) {}

  /**
   * The limits recorded by one event (the grant, a variation, or a correction of either), in force
   * from its date until the next version.
   */
  record LimitsVersion(String eventId, List<FinancialLimit> limits) {}

  DelegationId id() {
    return delegationId;
  }

  String function() {
    return function;
  }

  LocalDate grantedOn() {
    return grantedOn;
  }

  LocalDate endedOn() {
    return endedOn;
  }

  /** The event that holds the grant's current function, delegator and date. */
  String grantRecordedBy() {
    return grantRecordedBy;
  }

  /** The delegator named by the grant (before any passing to a successor). */
  OrganisationId grantor() {
    return delegators.firstEntry().getValue();
  }

  /**
   * The day the grant's delegator stops being its delegator (passed on or ended); null if never.
   */
  LocalDate grantorUntil() {
    LocalDate passed = delegators.higherKey(grantedOn);
    return passed != null ? passed : endedOn;
  }

  /** Whether the delegation passed to a successor of its delegator. */
  boolean passedOn() {
    return delegators.size() > 1;
  }

  /** The approval the grant records (or its latest terms correction). */
  Approval grantApproval() {
    return terms.get(grantedOn).approval();
  }

  String scope() {
    return scope;
  }

  LocalDate lastChangeOn() {
    return lastChangeOn;
  }

  /** The latest decision recorded under it, or null. */
  LocalDate lastDecisionOn() {
    return decisions.values().stream().max(Comparator.naturalOrder()).orElse(null);
  }

  /** The decisions recorded under it, by date. */
  Map<DecisionId, LocalDate> decisions() {
    return decisions;
  }

  /** The date from which the limits recorded by the event are in force, if it recorded any. */
  Optional<LocalDate> limitsRecordedBy(String eventId) {
    return limits.entrySet().stream()
        .filter(version -> version.getValue().eventId().equals(eventId))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The day the limits version starting on {@code from} gives way to the next; null if none. */
  LocalDate limitsUntil(LocalDate from) {
    return limits.higherKey(from);
  }

  /** The date from which the terms recorded by the event are in force, if it recorded any. */
  Optional<LocalDate> termsRecordedBy(String eventId) {
    return terms.entrySet().stream()
        .filter(version -> version.getValue().eventId().equals(eventId))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The terms version that starts on the date (the grant's or a variation's). */
  TermsVersion termsFrom(LocalDate date) {
    return terms.get(date);
  }

  /** The date of the variation whose date the event records (it or its latest date correction). */
  Optional<LocalDate> variationDatedBy(String eventId) {
    return Optional.ofNullable(variationsDatedBy.get(eventId));
  }

  /** Whether the event records the date of the revocation that ended the delegation. */
  boolean revocationDatedBy(String eventId) {
    return eventId.equals(revocationDatedBy);
  }

  /**
   * The event that records the date of the lapse that ended the delegation (its {@code
   * DelegationLapsed} or latest date correction), if it lapsed for the reason.
   */
  Optional<String> lapseRecordedBy(LapseReason reason) {
    return reason == lapseReason ? Optional.ofNullable(lapseDatedBy) : Optional.empty();
  }

  /** Whether the event records the date of a lapse caused by its delegator's departure. */
  boolean departureLapseDatedBy(String eventId) {
    return eventId.equals(lapseDatedBy) && lapseReason != LapseReason.BODY_DISSOLVED;
  }

  /** The event that records the date of the passing to a successor on the day, if one passed. */
  Optional<String> passingRecordedOn(LocalDate date) {
    return passingsDatedBy.entrySet().stream()
        .filter(passing -> passing.getValue().equals(date))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Whether the event records the date of a passing to a successor. */
  boolean passingDatedBy(String eventId) {
    return passingsDatedBy.containsKey(eventId);
  }

  /** The latest change (its grant, a variation, a passing on) dated before the day. */
  LocalDate changeBefore(LocalDate date) {
    return changeDates()
        .filter(day -> day.isBefore(date))
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  /** The first change (a variation, a passing on) or end dated after the day; null if none. */
  LocalDate changeAfter(LocalDate date) {
    return Stream.concat(changeDates(), Stream.ofNullable(endedOn))
        .filter(day -> day.isAfter(date))
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  private Stream<LocalDate> changeDates() {
    return Stream.concat(limits.keySet().stream(), delegators.keySet().stream());
  }

  /** The limits timeline as it would be with the variation of {@code from} dated {@code to}. */
  TreeMap<LocalDate, List<FinancialLimit>> limitsWithVariationOn(LocalDate from, LocalDate to) {
    TreeMap<LocalDate, List<FinancialLimit>> timeline = new TreeMap<>();
    limits.forEach((date, version) -> timeline.put(date, version.limits()));
    timeline.put(to, timeline.remove(from));
    return timeline;
  }

  boolean inForceOn(LocalDate date) {
    return !date.isBefore(grantedOn) && (endedOn == null || date.isBefore(endedOn));
  }

  OrganisationId delegatorOn(LocalDate date) {
    return delegators.floorEntry(date).getValue();
  }

  List<FinancialLimit> limitsOn(LocalDate date) {
    return limits.floorEntry(date).getValue().limits();
  }

  Optional<FinancialLimit> limitOn(LocalDate date, LimitKind kind) {
    return limitsOn(date).stream().filter(limit -> limit.kind() == kind).findFirst();
  }

  /** Whether a decision of this amount fits a limit of this kind on the date. */
  boolean allows(LocalDate date, LimitKind kind, BigDecimal amount) {
    return kind == null
        || limitOn(date, kind).filter(limit -> limit.maximum().compareTo(amount) >= 0).isPresent();
  }

  /**
   * Whether, on some day from {@code from} (inclusive) to {@code until} (exclusive), the delegation
   * was in force with the organisation as its delegator.
   */
  boolean delegatedByDuring(OrganisationId organisation, LocalDate from, LocalDate until) {
    for (Map.Entry<LocalDate, OrganisationId> spell : delegators.entrySet()) {
      LocalDate next = delegators.higherKey(spell.getKey());
      LocalDate end = next != null ? next : endedOn;
      boolean overlaps = spell.getKey().isBefore(until) && (end == null || from.isBefore(end));
      if (spell.getValue().equals(organisation) && overlaps) {
        return true;
      }
    }
    return false;
  }

  void variedOn(
      LocalDate date,
      List<FinancialLimit> newLimits,
      List<String> conditions,
      Approval approval,
      String eventId) {
    limits.put(date, new LimitsVersion(eventId, newLimits));
    terms.put(date, new TermsVersion(eventId, conditions, approval));
    variationsDatedBy.put(eventId, date);
    lastChangeOn = date;
  }

  void termsCorrected(
      LocalDate from,
      String correctScope,
      List<String> conditions,
      Approval approval,
      String eventId) {
    terms.put(from, new TermsVersion(eventId, conditions, approval));
    if (from.equals(grantedOn)) {
      scope = correctScope;
    }
  }

  void revokedOn(LocalDate date, String eventId) {
    endedOn = date;
    lastChangeOn = date;
    lapseDatedBy = null;
    lapseReason = null;
    revocationDatedBy = eventId;
  }

  /**
   * The variation, revocation, lapse or passing to a successor dated by {@code correctedEventId}
   * takes effect on {@code to}.
   */
  void changeMoved(String correctedEventId, LocalDate from, LocalDate to, String eventId) {
    if (variationsDatedBy.remove(correctedEventId) != null) {
      limits.put(to, limits.remove(from));
      terms.put(to, terms.remove(from));
      variationsDatedBy.put(eventId, to);
    } else if (passingsDatedBy.remove(correctedEventId) != null) {
      delegators.put(to, delegators.remove(from));
      passingsDatedBy.put(eventId, to);
    } else if (correctedEventId.equals(lapseDatedBy)) {
      endedOn = to;
      lapseDatedBy = eventId;
    } else {
      endedOn = to;
      revocationDatedBy = eventId;
    }
    lastChangeOn =
        Stream.concat(changeDates(), Stream.ofNullable(endedOn))
            .max(Comparator.naturalOrder())
            .orElseThrow();
  }

  /** The grant names another function, delegator or date ({@code from} was its date). */
  void grantCorrected(
      String correctFunction,
      OrganisationId delegator,
      LocalDate from,
      LocalDate to,
      String eventId) {
    function = correctFunction;
    grantRecordedBy = eventId;
    delegators.remove(from);
    delegators.put(to, delegator);
    limits.put(to, limits.remove(from));
    terms.put(to, terms.remove(from));
    if (lastChangeOn.equals(from)) {
      lastChangeOn = to;
    }
    grantedOn = to;
  }

  void limitsCorrected(LocalDate from, List<FinancialLimit> correctLimits, String eventId) {
    limits.put(from, new LimitsVersion(eventId, correctLimits));
  }

  void passedOn(LocalDate date, OrganisationId successor, String eventId) {
    delegators.put(date, successor);
    passingsDatedBy.put(eventId, date);
    lastChangeOn = date;
  }

  /** Ended by a lapse; a revocation it replaces is no longer the delegation's end. */
  void lapsedOn(LocalDate date, LapseReason reason, String eventId) {
    endedOn = date;
    revocationDatedBy = null;
    lapseDatedBy = eventId;
    lapseReason = reason;
    lastChangeOn = date;
  }

  void decided(DecisionId decision, LocalDate date) {
    decisions.put(decision, date);
  }

  void decisionMoved(DecisionId decision) {
    decisions.remove(decision);
  }

  /** The widest limit of the kind on the date, to name in a refusal. */
  static Comparator<HeldDelegation> byLimit(LocalDate date, LimitKind kind) {
    return Comparator.comparing(
        (HeldDelegation held) ->
            held.limitOn(date, kind).map(FinancialLimit::maximum).orElse(BigDecimal.ZERO));
  }

  /**
   * By value, so that Axon's test fixture can compare the state a command leaves with the state its
   * events rebuild (an illegal state change is otherwise reported for every delegation).
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof HeldDelegation held
        && delegationId.equals(held.delegationId)
        && function.equals(held.function)
        && grantedOn.equals(held.grantedOn)
        && Objects.equals(grantRecordedBy, held.grantRecordedBy)
        && delegators.equals(held.delegators)
        && limits.equals(held.limits)
        && terms.equals(held.terms)
        && variationsDatedBy.equals(held.variationsDatedBy)
        && Objects.equals(scope, held.scope)
        && Objects.equals(endedOn, held.endedOn)
        && Objects.equals(revocationDatedBy, held.revocationDatedBy)
        && Objects.equals(lapseDatedBy, held.lapseDatedBy)
        && lapseReason == held.lapseReason
        && passingsDatedBy.equals(held.passingsDatedBy)
        && Objects.equals(lastChangeOn, held.lastChangeOn)
        && decisions.equals(held.decisions);
  }

  @Override
  public int hashCode() {
    return delegationId.hashCode();
  }
}
