package uk.partnershipledger.command.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * The world a governance body's fixture tests run in: the County Durham and Kent partnerships,
 * their organisations and bodies, kept by in-memory directories (real maps, not mocks) that a test
 * may add to before it sends its command.
 *
 * <p>The joint committee of County Durham is proposed in July 2022, in shadow form from 1 October
 * 2022 and operational from 1 April 2023 (seeds/000 §7). NHS County Durham CCG is abolished on 1
 * July 2022 and succeeded by the NENC ICB (seeds/003 §2.1).
 */
final class BodyFixtures {

  static final PartnershipId CDCP = PartnershipId.newId();
  static final PartnershipId KENT = PartnershipId.newId();

  static final OrganisationId DCC = OrganisationId.newId();
  static final OrganisationId CCG = OrganisationId.newId();
  static final OrganisationId ICB = OrganisationId.newId();
  static final OrganisationId HEALTHWATCH = OrganisationId.newId();
  static final OrganisationId DURHAM_COMMUNITY_ACTION = OrganisationId.newId();
  static final OrganisationId KCC = OrganisationId.newId();
  static final OrganisationId UNREGISTERED = OrganisationId.newId();

  static final BodyId JOINT_COMMITTEE = BodyId.newId();
  static final BodyId CDCP_EXECUTIVE = BodyId.newId();
  static final BodyId KENT_BOARD = BodyId.newId();

  static final LocalDate CDCP_FORMED = LocalDate.of(2018, 4, 1);
  static final LocalDate EXECUTIVE_ESTABLISHED = LocalDate.of(2021, 4, 1);
  static final LocalDate CCG_ABOLISHED = LocalDate.of(2022, 7, 1);
  static final LocalDate PROPOSED = LocalDate.of(2022, 7, 13);
  static final LocalDate SHADOW = LocalDate.of(2022, 10, 1);
  static final LocalDate OPERATIONAL = LocalDate.of(2023, 4, 1);

  static final String NAME = "County Durham Health and Care Joint Committee";
  static final String EXECUTIVE = "County Durham Care Partnership Executive";

  private BodyFixtures() {}

  static FixtureConfiguration<GovernanceBody> fixture(
      Organisations organisations, Partnerships partnerships, Bodies bodies) {
    FixtureConfiguration<GovernanceBody> fixture = new AggregateTestFixture<>(GovernanceBody.class);
    fixture.registerInjectableResource(organisations);
    fixture.registerInjectableResource(partnerships);
    fixture.registerInjectableResource(bodies);
    return fixture;
  }

  static BodyEstablished proposed() {
    return new BodyEstablished(
        JOINT_COMMITTEE,
        CDCP,
        NAME,
        BodyType.JOINT_COMMITTEE,
        BodyStatus.PROPOSED,
        null,
        List.of(),
        PROPOSED);
  }

  static BodyStatusChanged inShadowForm() {
    return new BodyStatusChanged(JOINT_COMMITTEE, BodyStatus.PROPOSED, BodyStatus.SHADOW, SHADOW);
  }

  static BodyStatusChanged operational() {
    return new BodyStatusChanged(
        JOINT_COMMITTEE, BodyStatus.SHADOW, BodyStatus.OPERATIONAL, OPERATIONAL);
  }

  static BodyStatusChanged dissolved(BodyId body, BodyStatus previous, LocalDate date) {
    return new BodyStatusChanged(body, previous, BodyStatus.DISSOLVED, date);
  }

  /** The CDCP Executive, operational from 1 April 2021 (seeds/001 §23). */
  static BodyEstablished executiveEstablished() {
    return new BodyEstablished(
        CDCP_EXECUTIVE,
        CDCP,
        EXECUTIVE,
        BodyType.PARTNERSHIP_EXECUTIVE,
        BodyStatus.OPERATIONAL,
        null,
        List.of(),
        EXECUTIVE_ESTABLISHED);
  }

  /** Organisations as the command side's directory knows them. */
  static final class Organisations implements OrganisationDirectory {

    private final Map<OrganisationId, KnownOrganisation> known = new HashMap<>();

    Organisations() {
      register(new KnownOrganisation(DCC, "Durham County Council", true, LocalDate.of(1974, 4, 1)));
      register(
          new KnownOrganisation(
              CCG, "NHS County Durham CCG", true, LocalDate.of(2013, 4, 1), CCG_ABOLISHED, ICB));
      register(new KnownOrganisation(ICB, "NHS NENC ICB", true, CCG_ABOLISHED));
      register(
          new KnownOrganisation(
              HEALTHWATCH, "Healthwatch County Durham", false, LocalDate.of(2013, 4, 1)));
      register(
          new KnownOrganisation(
              DURHAM_COMMUNITY_ACTION, "Durham Community Action", false, LocalDate.of(1995, 1, 1)));
      register(new KnownOrganisation(KCC, "Kent County Council", true, LocalDate.of(1974, 4, 1)));
    }

    void register(KnownOrganisation organisation) {
      known.put(organisation.organisationId(), organisation);
    }

    @Override
    public Optional<KnownOrganisation> find(OrganisationId organisationId) {
      return Optional.ofNullable(known.get(organisationId));
    }

    @Override
    public Optional<LocalDate> earliestSuccessionTo(OrganisationId organisationId) {
      return known.values().stream()
          .filter(organisation -> organisationId.equals(organisation.successorId()))
          .map(KnownOrganisation::abolishedOn)
          .min(LocalDate::compareTo);
    }

    @Override
    public Optional<LocalDate> latestSuccessionTo(OrganisationId organisationId) {
      return known.values().stream()
          .filter(organisation -> organisationId.equals(organisation.successorId()))
          .map(KnownOrganisation::abolishedOn)
          .max(LocalDate::compareTo);
    }
  }

  /** Partnerships and their partners' tenures, half-open, as the command side's directory. */
  static final class Partnerships implements PartnershipDirectory {

    private final Map<PartnershipId, KnownPartnership> formed =
        Map.of(
            CDCP,
            new KnownPartnership(CDCP, "County Durham Care Partnership", CDCP_FORMED),
            KENT,
            new KnownPartnership(KENT, "Kent and Medway", LocalDate.of(2021, 1, 1)));
    private final Map<PartnershipId, Map<OrganisationId, List<KnownTenure>>> tenures =
        new HashMap<>();

    /** Records a tenure from {@code joinedOn} to {@code leftOn} (exclusive; null: open-ended). */
    Partnerships tenure(
        PartnershipId partnershipId,
        OrganisationId organisationId,
        LocalDate joinedOn,
        LocalDate leftOn) {
      tenures
          .computeIfAbsent(partnershipId, partnership -> new HashMap<>())
          .computeIfAbsent(organisationId, organisation -> new ArrayList<>())
          .add(new KnownTenure(joinedOn, leftOn));
      return this;
    }

    /** Ends the organisation's open tenure on the date: a leaving the ledger already knows. */
    Partnerships leaves(PartnershipId partnershipId, OrganisationId organisationId, LocalDate on) {
      List<KnownTenure> list = tenures.get(partnershipId).get(organisationId);
      list.replaceAll(
          tenure -> tenure.leftOn() == null ? new KnownTenure(tenure.joinedOn(), on) : tenure);
      return this;
    }

    @Override
    public Optional<KnownPartnership> find(PartnershipId partnershipId) {
      return Optional.ofNullable(formed.get(partnershipId));
    }

    @Override
    public Optional<KnownTenure> tenureOn(
        PartnershipId partnershipId, OrganisationId organisationId, LocalDate date) {
      return tenures
          .getOrDefault(partnershipId, Map.of())
          .getOrDefault(organisationId, List.of())
          .stream()
          .filter(tenure -> !date.isBefore(tenure.joinedOn()))
          .filter(tenure -> tenure.leftOn() == null || date.isBefore(tenure.leftOn()))
          .findFirst();
    }

    @Override
    public Optional<LocalDate> earliestTenureStart(OrganisationId organisationId) {
      return tenures.values().stream()
          .flatMap(partners -> partners.getOrDefault(organisationId, List.of()).stream())
          .map(KnownTenure::joinedOn)
          .min(LocalDate::compareTo);
    }

    @Override
    public List<PartnershipId> lockPartnershipsOf(OrganisationId organisationId, LocalDate date) {
      return tenures.keySet().stream()
          .filter(partnership -> tenureOn(partnership, organisationId, date).isPresent())
          .toList();
    }

    @Override
    public List<PartnershipId> lockTenuresEndingOn(OrganisationId organisationId, LocalDate date) {
      return tenures.keySet().stream()
          .filter(
              partnership ->
                  tenures.get(partnership).getOrDefault(organisationId, List.of()).stream()
                      .anyMatch(tenure -> date.equals(tenure.leftOn())))
          .toList();
    }
  }

  /** Other bodies, as the command side's directory knows them. */
  static final class Bodies implements BodyDirectory {

    private final Map<BodyId, KnownBody> known = new HashMap<>();

    Bodies() {
      register(new KnownBody(CDCP_EXECUTIVE, CDCP, EXECUTIVE, EXECUTIVE_ESTABLISHED));
      register(new KnownBody(KENT_BOARD, KENT, "Kent Board", LocalDate.of(2021, 4, 1)));
      register(new KnownBody(JOINT_COMMITTEE, CDCP, NAME, PROPOSED));
    }

    void register(KnownBody body) {
      known.put(body.bodyId(), body);
    }

    @Override
    public Optional<KnownBody> find(BodyId bodyId) {
      return Optional.ofNullable(known.get(bodyId));
    }

    @Override
    public List<BodyId> inPartnership(PartnershipId partnershipId) {
      return known.values().stream()
          .filter(body -> body.partnershipId().equals(partnershipId))
          .map(KnownBody::bodyId)
          .toList();
    }
  }
}
