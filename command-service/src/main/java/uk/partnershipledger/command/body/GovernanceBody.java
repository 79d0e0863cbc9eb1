package uk.partnershipledger.command.body;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.partnershipledger.command.body.BodyCommands.AdoptTermsOfReference;
import uk.partnershipledger.command.body.BodyCommands.AppointMember;
import uk.partnershipledger.command.body.BodyCommands.ChangeBodyStatus;
import uk.partnershipledger.command.body.BodyCommands.ChangeMemberRole;
import uk.partnershipledger.command.body.BodyCommands.EndMembership;
import uk.partnershipledger.command.body.BodyCommands.EstablishBody;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.ledger.RuleViolation;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.MembershipEnded;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceAdopted;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
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
@Aggregate
public class GovernanceBody {

  @AggregateIdentifier private BodyId bodyId;
  private String name;
  private LocalDate establishedOn;
  private final TreeMap<LocalDate, BodyStatus> statuses = new TreeMap<>();
  private int termsOfReferenceVersions;
  private LocalDate currentTermsAdoptedOn;
  private PartnershipId partnershipId;
  private final Map<MembershipId, Membership> memberships = new LinkedHashMap<>();

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
    assertRepresentsAPartnerIfVoting(
        command.role(), command.organisationId(), organisation, date, partnerships);
    if (command.role() == MemberRole.CHAIR) {
      assertNoOtherChair(command.membershipId(), date, null);
    }
    apply(
        new MemberAppointed(
            bodyId,
            command.membershipId(),
            command.personName().strip(),
            command.organisationId(),
            command.role(),
            date));
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

  private void assertRepresentsAPartnerIfVoting(
      MemberRole role,
      OrganisationId organisationId,
      String organisation,
      LocalDate date,
      PartnershipDirectory partnerships) {
    if (role.votes() && !partnerships.isPartnerOn(partnershipId, organisationId, date)) {
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
  void on(BodyEstablished event) {
    this.bodyId = event.bodyId();
    this.name = event.name();
    this.establishedOn = event.effectiveDate();
    this.partnershipId = event.partnershipId();
    statuses.put(event.effectiveDate(), event.status());
  }

  @EventSourcingHandler
  void on(MemberAppointed event) {
    TreeMap<LocalDate, MemberRole> roles = new TreeMap<>();
    roles.put(event.effectiveDate(), event.role());
    memberships.put(
        event.membershipId(),
        new Membership(event.personName(), event.organisationId(), roles, null));
  }

  @EventSourcingHandler
  void on(MemberRoleChanged event) {
    memberships.get(event.membershipId()).roles().put(event.effectiveDate(), event.role());
  }

  @EventSourcingHandler
  void on(MembershipEnded event) {
    memberships.computeIfPresent(
        event.membershipId(), (id, membership) -> membership.endedOn(event.effectiveDate()));
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

  /**
   * One person's membership: their role by effective date, until {@code endedOn} (exclusive; null
   * while it lasts).
   */
  private record Membership(
      String personName,
      OrganisationId organisationId,
      TreeMap<LocalDate, MemberRole> roles,
      LocalDate endedOn) {

    Membership endedOn(LocalDate date) {
      return new Membership(personName, organisationId, roles, date);
    }

    void assertInForceOn(LocalDate date, String body) {
      if (date.isBefore(roles.firstKey()) || (endedOn != null && !date.isBefore(endedOn))) {
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
