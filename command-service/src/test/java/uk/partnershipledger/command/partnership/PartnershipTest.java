package uk.partnershipledger.command.partnership;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.command.partnership.PartnershipCommands.FormPartnership;
import uk.partnershipledger.command.partnership.PartnershipCommands.GiveNotice;
import uk.partnershipledger.command.partnership.PartnershipCommands.JoinPartnership;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordLeaving;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerLeft;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipId;

/** The County Durham Care Partnership's partners, over the dates of seeds/001 and seeds/003. */
class PartnershipTest {

  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final OrganisationId DCC = OrganisationId.newId();
  private static final OrganisationId CCG = OrganisationId.newId();
  private static final OrganisationId HDFT = OrganisationId.newId();
  private static final OrganisationId ICB = OrganisationId.newId();
  private static final OrganisationId UNREGISTERED = OrganisationId.newId();

  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate MOU_2020 = LocalDate.of(2020, 12, 1);
  private static final LocalDate NOTICE = LocalDate.of(2022, 1, 10);
  private static final LocalDate ABOLISHED = LocalDate.of(2022, 7, 1);

  private FixtureConfiguration<Partnership> fixture;
  private final InMemoryDirectory directory = new InMemoryDirectory();

  @BeforeEach
  void setUp() {
    directory.register(DCC, "Durham County Council", LocalDate.of(1974, 4, 1));
    directory.register(CCG, "NHS County Durham CCG", LocalDate.of(2013, 4, 1));
    directory.register(HDFT, "Harrogate and District NHS FT", LocalDate.of(2004, 1, 1));
    directory.register(ICB, "NHS North East and North Cumbria ICB", ABOLISHED);
    fixture = new AggregateTestFixture<>(Partnership.class);
    fixture.registerInjectableResource(directory);
  }

  private static PartnershipFormed formed() {
    return new PartnershipFormed(CDCP, "County Durham Care Partnership", "County Durham", FORMED);
  }

  @Nested
  class Forming {

    @Test
    void a_partnership_is_formed_with_a_joining_for_each_founding_partner() {
      fixture
          .givenNoPriorActivity()
          .when(
              new FormPartnership(
                  CDCP,
                  " County Durham Care Partnership ",
                  "County Durham",
                  List.of(DCC, CCG),
                  FORMED))
          .expectEvents(
              formed(), new PartnerJoined(CDCP, DCC, FORMED), new PartnerJoined(CDCP, CCG, FORMED));
    }

    @Test
    void a_partnership_of_one_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(new FormPartnership(CDCP, "CDCP", "County Durham", List.of(DCC), FORMED))
          .expectNoEvents()
          .expectException(violates(Rule.TOO_FEW_FOUNDING_PARTNERS));
    }

    @Test
    void a_founding_partner_named_twice_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(new FormPartnership(CDCP, "CDCP", "County Durham", List.of(DCC, CCG, DCC), FORMED))
          .expectNoEvents()
          .expectException(violates(Rule.DUPLICATE_FOUNDING_PARTNER));
    }

    @Test
    void an_unregistered_founding_partner_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(
              new FormPartnership(
                  CDCP, "CDCP", "County Durham", List.of(DCC, UNREGISTERED), FORMED))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_ORGANISATION));
    }

    @Test
    void a_founding_partner_that_did_not_yet_exist_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(new FormPartnership(CDCP, "CDCP", "County Durham", List.of(DCC, ICB), FORMED))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED))
          .expectExceptionMessage(
              "NHS North East and North Cumbria ICB was established on 2022-07-01 and did not exist"
                  + " on 2018-04-01");
    }
  }

  @Nested
  class Joining {

    @Test
    void an_organisation_joins_on_its_effective_date() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, DCC, FORMED))
          .when(new JoinPartnership(CDCP, HDFT, MOU_2020))
          .expectEvents(new PartnerJoined(CDCP, HDFT, MOU_2020));
    }

    @Test
    void an_organisation_can_join_on_the_day_the_partnership_is_formed() {
      fixture
          .given(formed())
          .when(new JoinPartnership(CDCP, HDFT, FORMED))
          .expectEvents(new PartnerJoined(CDCP, HDFT, FORMED));
    }

    @Test
    void joining_the_day_before_the_partnership_was_formed_is_refused() {
      fixture
          .given(formed())
          .when(new JoinPartnership(CDCP, HDFT, FORMED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.PARTNERSHIP_NOT_YET_FORMED));
    }

    @Test
    void joining_twice_is_refused() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, HDFT, MOU_2020))
          .when(new JoinPartnership(CDCP, HDFT, MOU_2020.plusYears(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ALREADY_A_PARTNER))
          .expectExceptionMessage(
              "Harrogate and District NHS FT is already a partner of County Durham Care Partnership"
                  + " (from 2020-12-01)");
    }

    @Test
    void a_back_dated_joining_that_would_overlap_a_later_tenure_is_refused() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, HDFT, MOU_2020))
          .when(new JoinPartnership(CDCP, HDFT, FORMED))
          .expectNoEvents()
          .expectException(violates(Rule.ALREADY_A_PARTNER));
    }

    @Test
    void a_former_partner_can_join_again_on_the_day_it_left_or_later() {
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, HDFT, FORMED),
              new PartnerGaveNotice(CDCP, HDFT, null, MOU_2020.minusMonths(3)),
              new PartnerLeft(CDCP, HDFT, MOU_2020))
          .when(new JoinPartnership(CDCP, HDFT, MOU_2020))
          .expectEvents(new PartnerJoined(CDCP, HDFT, MOU_2020));
    }

    @Test
    void rejoining_the_day_before_leaving_is_refused() {
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, HDFT, FORMED),
              new PartnerGaveNotice(CDCP, HDFT, null, MOU_2020.minusMonths(3)),
              new PartnerLeft(CDCP, HDFT, MOU_2020))
          .when(new JoinPartnership(CDCP, HDFT, MOU_2020.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ALREADY_A_PARTNER));
    }

    @Test
    void an_unknown_organisation_cannot_join() {
      fixture
          .given(formed())
          .when(new JoinPartnership(CDCP, UNREGISTERED, MOU_2020))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_ORGANISATION));
    }

    @Test
    void an_organisation_cannot_join_before_it_was_established() {
      fixture
          .given(formed())
          .when(new JoinPartnership(CDCP, ICB, ABOLISHED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    }

    @Test
    void an_organisation_can_join_on_the_day_it_was_established() {
      fixture
          .given(formed())
          .when(new JoinPartnership(CDCP, ICB, ABOLISHED))
          .expectEvents(new PartnerJoined(CDCP, ICB, ABOLISHED));
    }
  }

  @Nested
  class GivingNotice {

    @Test
    void a_partner_gives_written_notice() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, CCG, FORMED))
          .when(new GiveNotice(CDCP, CCG, ABOLISHED, NOTICE))
          .expectEvents(new PartnerGaveNotice(CDCP, CCG, ABOLISHED, NOTICE));
    }

    @Test
    void a_non_partner_cannot_give_notice() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, DCC, FORMED))
          .when(new GiveNotice(CDCP, HDFT, null, NOTICE))
          .expectNoEvents()
          .expectException(violates(Rule.NOT_A_PARTNER));
    }

    @Test
    void notice_dated_before_the_partner_joined_is_refused() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, HDFT, MOU_2020))
          .when(new GiveNotice(CDCP, HDFT, null, MOU_2020.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.NOT_A_PARTNER));
    }

    @Test
    void notice_given_twice_is_refused() {
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerGaveNotice(CDCP, CCG, ABOLISHED, NOTICE))
          .when(new GiveNotice(CDCP, CCG, null, NOTICE.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.NOTICE_ALREADY_GIVEN));
    }

    @Test
    void notice_naming_a_leaving_date_on_or_before_the_notice_is_refused() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, CCG, FORMED))
          .when(new GiveNotice(CDCP, CCG, NOTICE, NOTICE))
          .expectNoEvents()
          .expectException(violates(Rule.NOTICE_AFTER_INTENDED_LEAVING));
    }
  }

  @Nested
  class Leaving {

    @Test
    void a_partner_that_gave_notice_leaves_on_its_effective_date() {
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerGaveNotice(CDCP, CCG, ABOLISHED, NOTICE))
          .when(new RecordLeaving(CDCP, CCG, ABOLISHED))
          .expectEvents(new PartnerLeft(CDCP, CCG, ABOLISHED));
    }

    @Test
    void a_partner_may_leave_on_the_day_it_gives_notice() {
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerGaveNotice(CDCP, CCG, null, NOTICE))
          .when(new RecordLeaving(CDCP, CCG, NOTICE))
          .expectEvents(new PartnerLeft(CDCP, CCG, NOTICE));
    }

    @Test
    void leaving_without_notice_is_refused() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, CCG, FORMED))
          .when(new RecordLeaving(CDCP, CCG, ABOLISHED))
          .expectNoEvents()
          .expectException(violates(Rule.NOTICE_REQUIRED_BEFORE_LEAVING));
    }

    @Test
    void leaving_the_day_before_the_notice_is_refused() {
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerGaveNotice(CDCP, CCG, null, NOTICE))
          .when(new RecordLeaving(CDCP, CCG, NOTICE.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.NOTICE_REQUIRED_BEFORE_LEAVING));
    }

    @Test
    void leaving_on_the_day_of_joining_is_refused() {
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, HDFT, MOU_2020),
              new PartnerGaveNotice(CDCP, HDFT, null, MOU_2020))
          .when(new RecordLeaving(CDCP, HDFT, MOU_2020))
          .expectNoEvents()
          .expectException(violates(Rule.LEAVING_BEFORE_JOINING));
    }

    @Test
    void leaving_before_joining_is_refused() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, HDFT, MOU_2020))
          .when(new RecordLeaving(CDCP, HDFT, MOU_2020.minusMonths(1)))
          .expectNoEvents()
          .expectException(violates(Rule.LEAVING_BEFORE_JOINING));
    }

    @Test
    void a_non_partner_cannot_leave() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, DCC, FORMED))
          .when(new RecordLeaving(CDCP, HDFT, ABOLISHED))
          .expectNoEvents()
          .expectException(violates(Rule.NOT_A_PARTNER))
          .expectExceptionMessage(
              "organisation "
                  + HDFT
                  + " is not a partner of County Durham Care Partnership on 2022-07-01; it has never"
                  + " been a partner");
    }

    @Test
    void a_partner_that_already_left_cannot_leave_again() {
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerGaveNotice(CDCP, CCG, null, NOTICE),
              new PartnerLeft(CDCP, CCG, ABOLISHED))
          .when(new RecordLeaving(CDCP, CCG, ABOLISHED.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.NOT_A_PARTNER));
    }
  }

  /** The directory as the command side keeps it, without the database: a real map, not a mock. */
  private static final class InMemoryDirectory implements OrganisationDirectory {

    private final Map<OrganisationId, KnownOrganisation> known = new HashMap<>();

    void register(OrganisationId id, String name, LocalDate establishedOn) {
      known.put(id, new KnownOrganisation(id, name, true, establishedOn));
    }

    @Override
    public Optional<KnownOrganisation> find(OrganisationId organisationId) {
      return Optional.ofNullable(known.get(organisationId));
    }
  }
}
