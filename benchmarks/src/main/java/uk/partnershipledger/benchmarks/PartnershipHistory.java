package uk.partnershipledger.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.AppointmentCorrected;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.DelegationLimitsCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationRevoked;
import uk.partnershipledger.events.body.BodyEvent.DelegationVaried;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.MembershipEnded;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.mou.MouEvent.MouCameIntoForce;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouReviewed;
import uk.partnershipledger.events.mou.MouEvent.MouSigned;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerLeft;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineEnded;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;

/**
 * The synthetic life of one place partnership, from its partners' registration to mid-2026, as the
 * command side would have recorded it: partners joining and leaving, a board, a joint committee and
 * a forum with their members coming and going, delegations granted, varied and revoked, decisions
 * under them, an MoU signed and reviewed, and some corrections (a delegation's limits, back-dated
 * and corrected appointments).
 *
 * <p>Everything follows from the seed, so the probe partnership is the same history, ids and
 * recording times included, whatever surrounds it. Only the rules the command side enforces and the
 * read model relies on are kept (a body decides only when operational, under a delegation in force,
 * within its limit; a membership ends after it starts); the names are placeholders.
 */
final class PartnershipHistory {

  /** No act is dated after this: the simulated span ends half a year before the benchmark. */
  static final LocalDate HORIZON = LocalDate.of(2026, 6, 30);

  static final String COMMITTEE_FUNCTION = "community-services";

  private static final String[] PLACES = {
    "Ashby", "Brackley", "Carrow", "Denholme", "Elsworth", "Farleigh", "Garston", "Hexley"
  };
  private static final String[] GIVEN = {
    "Alex", "Bea", "Chris", "Dana", "Eli", "Fran", "Gus", "Hana", "Ivo", "Jo", "Kit", "Lee"
  };
  private static final String[] FAMILY = {
    "Archer", "Bell", "Cole", "Dunn", "Ellis", "Ford", "Grant", "Hale", "Irwin", "Judd", "Kerr"
  };

  private record Act(LocalDate recordedOn, int order, UUID eventId, GovernanceEvent event) {}

  private record Org(OrganisationId id, String name) {}

  private final Random random;
  private final List<Act> acts = new ArrayList<>();
  private final PartnershipId partnershipId;
  private BodyId committeeId;
  private MouId mouId;
  private LocalDate committeeOperational;
  private int references;

  private PartnershipHistory(long seed) {
    this.random = new Random(seed);
    this.partnershipId = new PartnershipId(uuid());
  }

  static PartnershipHistory generate(long seed, LocalDate formed) {
    PartnershipHistory history = new PartnershipHistory(seed);
    history.build(formed);
    return history;
  }

  PartnershipId partnershipId() {
    return partnershipId;
  }

  /** The joint committee: it holds the delegations and takes the decisions. */
  BodyId committeeId() {
    return committeeId;
  }

  MouId mouId() {
    return mouId;
  }

  /** From this day the committee has members, a delegation and can decide. */
  LocalDate committeeOperational() {
    return committeeOperational;
  }

  /**
   * The acts in the order they were recorded, each with its recording instant (on its day, after
   * the one before) and its aggregate's sequence number.
   */
  List<RecordedAct> recorded() {
    List<Act> inOrder = new ArrayList<>(acts);
    inOrder.sort(Comparator.comparing(Act::recordedOn).thenComparingInt(Act::order));
    Random clock = new Random(partnershipId.value().getLeastSignificantBits());
    Map<String, Long> sequences = new HashMap<>();
    List<RecordedAct> recorded = new ArrayList<>(inOrder.size());
    Instant previous = Instant.EPOCH;
    for (Act act : inOrder) {
      Instant office =
          act.recordedOn()
              .atTime(8, 0)
              .toInstant(ZoneOffset.UTC)
              .plusSeconds(clock.nextInt(10 * 3600));
      Instant at = office.isAfter(previous) ? office : previous.plusSeconds(1 + clock.nextInt(60));
      previous = at;
      long sequence =
          sequences.merge(RecordedAct.aggregateIdOf(act.event()), 0L, (last, zero) -> last + 1);
      recorded.add(new RecordedAct(act.eventId(), at, sequence, act.event()));
    }
    return recorded;
  }

  private void build(LocalDate formed) {
    String place = PLACES[random.nextInt(PLACES.length)] + " " + (100 + random.nextInt(900));
    Org council = register(place + " Council", OrganisationKind.LOCAL_AUTHORITY, true, formed);
    Org icb = register(place + " ICB", OrganisationKind.INTEGRATED_CARE_BOARD, true, formed);
    Org trust =
        register(place + " Foundation Trust", OrganisationKind.NHS_FOUNDATION_TRUST, true, formed);
    Org voluntary =
        register(place + " Voluntary Alliance", OrganisationKind.VOLUNTARY_SECTOR, false, formed);
    Org network =
        register(
            place + " Primary Care Network", OrganisationKind.PRIMARY_CARE_NETWORK, false, formed);
    List<Org> founders = List.of(council, icb, trust, voluntary, network);

    act(formed, new PartnershipFormed(partnershipId, place + " Care Partnership", place, formed));
    founders.forEach(org -> act(formed, new PartnerJoined(partnershipId, org.id(), formed)));
    laterPartners(place, formed);

    LocalDate boardEstablished = formed.plusDays(30);
    BodyId board =
        establish(
            place + " Partnership Board",
            BodyType.PARTNERSHIP_BOARD,
            List.of(),
            boardEstablished,
            formed.plusDays(120));
    LocalDate committeeEstablished = formed.plusDays(60);
    committeeOperational = formed.plusDays(180);
    committeeId =
        establish(
            place + " Joint Commissioning Committee",
            BodyType.JOINT_COMMITTEE,
            List.of(board),
            committeeEstablished,
            committeeOperational);
    LocalDate forumEstablished = formed.plusDays(90);
    BodyId forum =
        establish(place + " Partnership Forum", BodyType.FORUM, List.of(), forumEstablished, null);
    reportingLines(board, forum, committeeEstablished, forumEstablished);

    members(board, boardEstablished, founders);
    members(committeeId, committeeEstablished, founders);
    members(forum, forumEstablished, founders);

    delegations(council, icb);
    mou(place, founders, formed.plusDays(10));
  }

  private Org register(String name, OrganisationKind kind, boolean statutory, LocalDate needed) {
    OrganisationId id = new OrganisationId(uuid());
    LocalDate established = needed.minusDays(365 + random.nextInt(3000));
    act(
        needed.minusDays(30 + random.nextInt(30)),
        new OrganisationRegistered(id, name, kind, statutory, established));
    return new Org(id, name);
  }

  /** Three partners join later; the first of them leaves again after giving notice. */
  private void laterPartners(String place, LocalDate formed) {
    OrganisationKind[] kinds = {
      OrganisationKind.HEALTHWATCH, OrganisationKind.NHS_TRUST, OrganisationKind.VOLUNTARY_SECTOR
    };
    for (int i = 0; i < kinds.length; i++) {
      LocalDate joins = formed.plusDays(365 + random.nextInt(5 * 365));
      if (!joins.isBefore(HORIZON)) {
        continue;
      }
      Org org = register(place + " " + kinds[i] + " " + i, kinds[i], false, joins);
      act(joins, new PartnerJoined(partnershipId, org.id(), joins));
      LocalDate leaves = joins.plusDays(2 * 365 + random.nextInt(2 * 365));
      if (i == 0 && leaves.isBefore(HORIZON)) {
        LocalDate notice = leaves.minusDays(90);
        act(notice, new PartnerGaveNotice(partnershipId, org.id(), leaves, notice));
        act(leaves, new PartnerLeft(partnershipId, org.id(), leaves));
      }
    }
  }

  /** A body in shadow form until it is operational, or operational at once if that is null. */
  private BodyId establish(
      String name,
      BodyType type,
      List<BodyId> parents,
      LocalDate established,
      LocalDate operational) {
    BodyId id = new BodyId(uuid());
    BodyStatus first = operational == null ? BodyStatus.OPERATIONAL : BodyStatus.SHADOW;
    act(
        established,
        new BodyEstablished(id, partnershipId, name, type, first, null, parents, established));
    if (operational != null) {
      act(
          operational,
          new BodyStatusChanged(id, BodyStatus.SHADOW, BodyStatus.OPERATIONAL, operational));
    }
    return id;
  }

  private void reportingLines(
      BodyId board, BodyId forum, LocalDate committeeEstablished, LocalDate forumEstablished) {
    act(
        committeeEstablished,
        new ReportingLineDrawn(
            partnershipId,
            committeeId,
            board,
            ReportingLineKind.DIRECT_ACCOUNTABILITY,
            committeeEstablished));
    act(
        forumEstablished,
        new ReportingLineDrawn(
            partnershipId,
            forum,
            board,
            ReportingLineKind.REPORTING_RELATIONSHIP,
            forumEstablished));
    LocalDate redrawn = forumEstablished.plusDays(365 + random.nextInt(5 * 365));
    if (random.nextBoolean() && redrawn.isBefore(HORIZON)) {
      act(redrawn, new ReportingLineEnded(partnershipId, forum, board, redrawn));
      act(
          redrawn,
          new ReportingLineDrawn(
              partnershipId,
              forum,
              committeeId,
              ReportingLineKind.REPORTING_RELATIONSHIP,
              redrawn));
    }
  }

  /**
   * A chair from the council and a member from the ICB for the body's whole life, and a stream of
   * members serving one to four years; some become vice-chair, some appointments are recorded two
   * months late, and some are corrected to a fortnight earlier with the right spelling of the name.
   */
  private void members(BodyId body, LocalDate from, List<Org> founders) {
    appoint(body, founders.get(0), MemberRole.CHAIR, from, from);
    appoint(body, founders.get(1), MemberRole.MEMBER, from, from);
    LocalDate starts = from.plusDays(30 + random.nextInt(170));
    while (starts.isBefore(HORIZON)) {
      Org org = founders.get(random.nextInt(founders.size()));
      LocalDate recordedOn = random.nextInt(10) == 0 ? starts.plusDays(60) : starts;
      MembershipId membership = appoint(body, org, MemberRole.MEMBER, starts, recordedOn);
      UUID appointment = acts.get(acts.size() - 1).eventId();
      int tenure = 365 + random.nextInt(3 * 365);
      if (random.nextInt(10) == 0 && starts.minusDays(14).isAfter(from)) {
        act(
            recordedOn.plusDays(20),
            new AppointmentCorrected(
                body,
                membership,
                appointment.toString(),
                person() + " (corrected)",
                "appointed a fortnight earlier than recorded",
                starts.minusDays(14)));
      }
      LocalDate vice = starts.plusDays(tenure / 2);
      if (random.nextInt(10) < 4 && vice.isBefore(HORIZON)) {
        act(
            vice,
            new MemberRoleChanged(
                body, membership, MemberRole.MEMBER, MemberRole.VICE_CHAIR, vice));
      }
      LocalDate ends = starts.plusDays(tenure);
      if (ends.isBefore(HORIZON)) {
        act(ends, new MembershipEnded(body, membership, ends));
      }
      starts = starts.plusDays(90 + random.nextInt(210));
    }
  }

  private MembershipId appoint(
      BodyId body, Org org, MemberRole role, LocalDate on, LocalDate recordedOn) {
    MembershipId membership = new MembershipId(uuid());
    act(recordedOn, new MemberAppointed(body, membership, person(), org.id(), role, on));
    return membership;
  }

  /**
   * The ICB delegates community services to the committee for good, its limits corrected once and
   * varied every two or three years (its limits corrected in every partnership); the council
   * delegates adult social care, sometimes revoked. The committee decides under the ICB's
   * delegation twice or three times a year, within its smallest limit ever.
   */
  private void delegations(Org council, Org icb) {
    LocalDate granted = committeeOperational;
    DelegationId community = new DelegationId(uuid());
    UUID grant =
        act(
            granted,
            new DelegationGranted(
                committeeId,
                community,
                icb.id(),
                COMMITTEE_FUNCTION,
                "Community health services for adults",
                limits(500_000, 1_000_000),
                List.of("Report quarterly to the ICB board"),
                approval(icb, granted),
                granted));
    act(
        granted.plusDays(45),
        new DelegationLimitsCorrected(
            committeeId,
            community,
            grant.toString(),
            limits(450_000, 1_000_000),
            "the delegating report said £450k for new schemes",
            granted));
    LocalDate varied = granted.plusDays(700 + random.nextInt(400));
    for (int step = 1; varied.isBefore(HORIZON); step++) {
      act(
          varied,
          new DelegationVaried(
              committeeId,
              community,
              limits(450_000 + step * 50_000, 1_000_000 + step * 100_000),
              List.of("Report quarterly to the ICB board"),
              approval(icb, varied),
              varied));
      varied = varied.plusDays(700 + random.nextInt(400));
    }

    LocalDate adultCare = granted.plusDays(30 + random.nextInt(370));
    DelegationId social = new DelegationId(uuid());
    act(
        adultCare,
        new DelegationGranted(
            committeeId,
            social,
            council.id(),
            "adult-social-care",
            "Adult social care commissioning",
            limits(300_000, 600_000),
            List.of(),
            approval(council, adultCare),
            adultCare));
    LocalDate revoked = adultCare.plusDays(3 * 365 + random.nextInt(3 * 365));
    if (random.nextBoolean() && revoked.isBefore(HORIZON)) {
      act(revoked, new DelegationRevoked(committeeId, social, revoked));
    }

    LocalDate decided = granted.plusDays(60 + random.nextInt(140));
    for (int n = 1; decided.isBefore(HORIZON); n++) {
      act(
          decided,
          new DecisionRecorded(
              committeeId,
              new DecisionId(uuid()),
              community,
              icb.id(),
              "Community scheme " + n,
              null,
              COMMITTEE_FUNCTION,
              LimitKind.NEW_SCHEME,
              BigDecimal.valueOf(10_000 + random.nextInt(390_000)),
              List.of(),
              decided));
      decided = decided.plusDays(120 + random.nextInt(180));
    }
  }

  private List<FinancialLimit> limits(int newScheme, int budgetMovement) {
    return List.of(
        new FinancialLimit(
            LimitKind.NEW_SCHEME, BigDecimal.valueOf(newScheme), "new schemes up to the limit"),
        new FinancialLimit(
            LimitKind.BUDGET_MOVEMENT,
            BigDecimal.valueOf(budgetMovement),
            "movements within the base budget"));
  }

  private Approval approval(Org delegator, LocalDate on) {
    return new Approval(delegator.name() + " board", on.minusDays(14), "REF-" + ++references);
  }

  /** Version 1 signed by the founders within six weeks of drafting, then reviewed every year. */
  private void mou(String place, List<Org> founders, LocalDate drafted) {
    mouId = new MouId(uuid());
    act(
        drafted,
        new MouDrafted(
            mouId,
            partnershipId,
            place + " Partnership Memorandum of Understanding",
            1,
            "v1.0",
            founders.stream().map(Org::id).toList(),
            List.of("Schedule 1: terms of reference"),
            12,
            12,
            drafted));
    LocalDate lastSigned = drafted;
    for (Org party : founders) {
      LocalDate signed = drafted.plusDays(5 + random.nextInt(35));
      lastSigned = signed.isAfter(lastSigned) ? signed : lastSigned;
      act(signed, new MouSigned(mouId, 1, party.id(), Signatory.named(person()), signed));
    }
    act(lastSigned, new MouCameIntoForce(mouId, 1, lastSigned.plusYears(1), lastSigned));
    for (LocalDate review = lastSigned.plusYears(1);
        review.isBefore(HORIZON);
        review = review.plusYears(1)) {
      act(review, new MouReviewed(mouId, 1, review.plusYears(1), review));
    }
  }

  private UUID act(LocalDate recordedOn, GovernanceEvent event) {
    UUID id = uuid();
    acts.add(new Act(recordedOn, acts.size(), id, event));
    return id;
  }

  private String person() {
    return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
  }

  /** A version 4 UUID drawn from the seeded generator, so that ids repeat with the seed. */
  private UUID uuid() {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }
}
