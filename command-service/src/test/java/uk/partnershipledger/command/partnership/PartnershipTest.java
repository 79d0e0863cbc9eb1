package uk.partnershipledger.command.partnership;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.body.BodyDirectory;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.command.partnership.PartnershipCommands.DrawReportingLine;
import uk.partnershipledger.command.partnership.PartnershipCommands.EndReportingLine;
import uk.partnershipledger.command.partnership.PartnershipCommands.FormPartnership;
import uk.partnershipledger.command.partnership.PartnershipCommands.GiveNotice;
import uk.partnershipledger.command.partnership.PartnershipCommands.JoinPartnership;
import uk.partnershipledger.command.partnership.PartnershipCommands.RecordLeaving;
import uk.partnershipledger.command.partnership.PartnershipCommands.SucceedPartner;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerLeft;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerSucceeded;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineEnded;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;

/** The County Durham Care Partnership's partners, over the dates of seeds/001 and seeds/003. */
class PartnershipTest {

  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final OrganisationId DCC = OrganisationId.newId();
  private static final OrganisationId CCG = OrganisationId.newId();
  private static final OrganisationId HDFT = OrganisationId.newId();
  private static final OrganisationId ICB = OrganisationId.newId();
  private static final OrganisationId UNREGISTERED = OrganisationId.newId();
  private static final PartnershipId KENT = PartnershipId.newId();

  private static final BodyId JOINT_COMMITTEE = BodyId.newId();
  private static final BodyId HWB = BodyId.newId();
  private static final BodyId CABINET = BodyId.newId();
  private static final BodyId EXECUTIVE = BodyId.newId();
  private static final BodyId KENT_BOARD = BodyId.newId();

  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate MOU_2020 = LocalDate.of(2020, 12, 1);
  private static final LocalDate NOTICE = LocalDate.of(2022, 1, 10);
  private static final LocalDate ABOLISHED = LocalDate.of(2022, 7, 1);

  /**
   * The joint committee is proposed in July 2022 and operational from April 2023 (seeds/000 §7).
   */
  private static final LocalDate JC_PROPOSED = LocalDate.of(2022, 7, 13);

  private static final LocalDate OPERATIONAL = LocalDate.of(2023, 4, 1);
  private static final String JC_NAME = "County Durham Health and Care Joint Committee";
  private static final String HWB_NAME = "County Durham Health and Wellbeing Board";

  private FixtureConfiguration<Partnership> fixture;
  private final InMemoryDirectory directory = new InMemoryDirectory();
  private final InMemoryBodies bodies = new InMemoryBodies();

  @BeforeEach
  void setUp() {
    directory.register(DCC, "Durham County Council", LocalDate.of(1974, 4, 1));
    directory.register(CCG, "NHS County Durham CCG", LocalDate.of(2013, 4, 1));
    directory.register(HDFT, "Harrogate and District NHS FT", LocalDate.of(2004, 1, 1));
    directory.register(ICB, "NHS North East and North Cumbria ICB", ABOLISHED);
    fixture = new AggregateTestFixture<>(Partnership.class);
    fixture.registerInjectableResource(directory);
    bodies.register(JOINT_COMMITTEE, CDCP, JC_NAME, JC_PROPOSED);
    bodies.register(HWB, CDCP, HWB_NAME, LocalDate.of(2013, 4, 1));
    bodies.register(CABINET, CDCP, "Durham County Council Cabinet", FORMED);
    bodies.register(
        EXECUTIVE, CDCP, "County Durham Care Partnership Executive", LocalDate.of(2021, 4, 1));
    bodies.register(
        KENT_BOARD, KENT, "Kent and Medway Partnership Board", LocalDate.of(2021, 4, 1));
    fixture.registerInjectableResource(bodies);
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

  /**
   * NHS County Durham CCG is abolished on 1 July 2022 and the ICB takes its place in the
   * partnership (seeds/003 §2.1). No notice is asked for: an abolition is not the partner's choice.
   */
  @Nested
  class Succession {

    @Test
    void the_icb_takes_the_abolished_ccg_s_place_without_notice() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, CCG, FORMED))
          .when(new SucceedPartner(CDCP, CCG, ICB, ABOLISHED))
          .expectSuccessfulHandlerExecution()
          .expectEvents(new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED));
    }

    @Test
    void a_partner_abolished_with_no_successor_leaves() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, CCG, FORMED))
          .when(new SucceedPartner(CDCP, CCG, null, ABOLISHED))
          .expectEvents(new PartnerLeft(CDCP, CCG, ABOLISHED));
    }

    @Test
    void nothing_happens_for_an_organisation_that_was_never_a_partner() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, DCC, FORMED))
          .when(new SucceedPartner(CDCP, CCG, ICB, ABOLISHED))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void nothing_happens_for_a_partner_that_left_on_the_day_of_the_abolition() {
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerGaveNotice(CDCP, CCG, null, NOTICE),
              new PartnerLeft(CDCP, CCG, ABOLISHED))
          .when(new SucceedPartner(CDCP, CCG, ICB, ABOLISHED))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void nothing_happens_for_a_partner_that_joins_only_the_day_after_the_abolition() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, CCG, ABOLISHED.plusDays(1)))
          .when(new SucceedPartner(CDCP, CCG, ICB, ABOLISHED))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_partner_that_joined_on_the_day_of_the_abolition_is_succeeded() {
      fixture
          .given(formed(), new PartnerJoined(CDCP, CCG, ABOLISHED))
          .when(new SucceedPartner(CDCP, CCG, ICB, ABOLISHED))
          .expectEvents(new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED));
    }

    @Test
    void after_the_succession_the_successor_is_a_partner_from_that_day() {
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED))
          .when(new GiveNotice(CDCP, ICB, null, ABOLISHED))
          .expectEvents(new PartnerGaveNotice(CDCP, ICB, null, ABOLISHED));
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED))
          .when(new GiveNotice(CDCP, ICB, null, ABOLISHED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.NOT_A_PARTNER));
    }

    @Test
    void after_the_succession_the_predecessor_is_a_partner_until_the_day_before() {
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED))
          .when(new GiveNotice(CDCP, CCG, null, ABOLISHED))
          .expectNoEvents()
          .expectException(violates(Rule.NOT_A_PARTNER));
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED))
          .when(new GiveNotice(CDCP, CCG, null, ABOLISHED.minusDays(1)))
          .expectEvents(new PartnerGaveNotice(CDCP, CCG, null, ABOLISHED.minusDays(1)));
    }

    @Test
    void a_successor_that_is_already_a_partner_keeps_its_own_tenure() {
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerJoined(CDCP, DCC, FORMED),
              new PartnerSucceeded(CDCP, CCG, DCC, ABOLISHED))
          .when(new JoinPartnership(CDCP, DCC, ABOLISHED.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ALREADY_A_PARTNER))
          .expectExceptionMessage(
              "Durham County Council is already a partner of County Durham Care Partnership"
                  + " (from 2018-04-01)");
    }

    @Test
    void an_abolition_dated_before_a_recorded_leaving_ends_the_tenure_on_the_abolition() {
      LocalDate intendedLeaving = ABOLISHED.plusMonths(2);
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerGaveNotice(CDCP, CCG, intendedLeaving, NOTICE),
              new PartnerLeft(CDCP, CCG, intendedLeaving))
          .when(new SucceedPartner(CDCP, CCG, null, ABOLISHED))
          .expectSuccessfulHandlerExecution()
          .expectEvents(new PartnerLeft(CDCP, CCG, ABOLISHED));
    }

    @Test
    void
        after_an_abolition_dated_before_a_recorded_leaving_the_partner_is_gone_from_the_abolition() {
      LocalDate intendedLeaving = ABOLISHED.plusMonths(2);
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerGaveNotice(CDCP, CCG, intendedLeaving, NOTICE),
              new PartnerLeft(CDCP, CCG, intendedLeaving),
              new PartnerLeft(CDCP, CCG, ABOLISHED))
          .when(new JoinPartnership(CDCP, CCG, ABOLISHED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ALREADY_A_PARTNER))
          .expectExceptionMessage(
              "NHS County Durham CCG is already a partner of County Durham Care Partnership (from"
                  + " 2018-04-01 to 2022-07-01)");
    }

    @Test
    void an_abolition_dated_before_a_recorded_leaving_passes_the_place_to_the_successor() {
      LocalDate intendedLeaving = ABOLISHED.plusMonths(2);
      fixture
          .given(
              formed(),
              new PartnerJoined(CDCP, CCG, FORMED),
              new PartnerGaveNotice(CDCP, CCG, intendedLeaving, NOTICE),
              new PartnerLeft(CDCP, CCG, intendedLeaving),
              new PartnerSucceeded(CDCP, CCG, ICB, ABOLISHED))
          .when(new GiveNotice(CDCP, ICB, null, ABOLISHED))
          .expectEvents(new PartnerGaveNotice(CDCP, ICB, null, ABOLISHED));
    }
  }

  /**
   * The joint committee reports to the ICB, the Health and Wellbeing Board and Cabinet (seeds/000
   * §17); solid lines are direct accountability, dashed ones reporting relationships (seeds/001
   * Appendix 2 and 3).
   */
  @Nested
  class ReportingLines {

    private final LocalDate later = OPERATIONAL.plusYears(1);

    private ReportingLineDrawn drawn(BodyId from, BodyId to, ReportingLineKind kind, LocalDate on) {
      return new ReportingLineDrawn(CDCP, from, to, kind, on);
    }

    private DrawReportingLine draw(BodyId from, BodyId to, ReportingLineKind kind, LocalDate on) {
      return new DrawReportingLine(CDCP, from, to, kind, on);
    }

    @Test
    void the_joint_committee_is_made_directly_accountable_to_the_health_and_wellbeing_board() {
      fixture
          .given(formed())
          .when(draw(JOINT_COMMITTEE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL));
    }

    @Test
    void a_line_may_be_drawn_on_the_day_its_body_was_established() {
      fixture
          .given(formed())
          .when(draw(JOINT_COMMITTEE, HWB, ReportingLineKind.REPORTING_RELATIONSHIP, JC_PROPOSED))
          .expectEvents(
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.REPORTING_RELATIONSHIP, JC_PROPOSED));
    }

    @Test
    void a_line_from_a_body_the_day_before_it_was_established_is_refused() {
      fixture
          .given(formed())
          .when(
              draw(
                  JOINT_COMMITTEE,
                  HWB,
                  ReportingLineKind.REPORTING_RELATIONSHIP,
                  JC_PROPOSED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_NOT_YET_ESTABLISHED))
          .expectExceptionMessage(JC_NAME + " was established on 2022-07-13, after 2022-07-12");
    }

    @Test
    void a_line_to_a_body_the_day_before_it_was_established_is_refused() {
      fixture
          .given(formed())
          .when(
              draw(
                  HWB,
                  JOINT_COMMITTEE,
                  ReportingLineKind.REPORTING_RELATIONSHIP,
                  JC_PROPOSED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.BODY_NOT_YET_ESTABLISHED));
    }

    @Test
    void a_line_before_the_partnership_was_formed_is_refused() {
      fixture
          .given(formed())
          .when(draw(HWB, CABINET, ReportingLineKind.REPORTING_RELATIONSHIP, FORMED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.PARTNERSHIP_NOT_YET_FORMED));
    }

    @Test
    void a_body_cannot_report_to_itself() {
      fixture
          .given(formed())
          .when(draw(HWB, HWB, ReportingLineKind.REPORTING_RELATIONSHIP, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.REPORTING_LINE_TO_ITSELF));
    }

    @Test
    void an_unknown_body_is_refused() {
      fixture
          .given(formed())
          .when(draw(HWB, BodyId.newId(), ReportingLineKind.REPORTING_RELATIONSHIP, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_BODY));
    }

    @Test
    void a_line_to_a_body_of_another_partnership_is_refused() {
      fixture
          .given(formed())
          .when(
              draw(
                  JOINT_COMMITTEE,
                  KENT_BOARD,
                  ReportingLineKind.DIRECT_ACCOUNTABILITY,
                  OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.REPORTING_LINE_OUTSIDE_PARTNERSHIP))
          .expectExceptionMessage(
              "Kent and Medway Partnership Board belongs to another partnership than County Durham"
                  + " Care Partnership");
    }

    @Test
    void a_second_line_between_the_same_bodies_is_refused() {
      fixture
          .given(
              formed(),
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL))
          .when(draw(JOINT_COMMITTEE, HWB, ReportingLineKind.REPORTING_RELATIONSHIP, later))
          .expectNoEvents()
          .expectException(violates(Rule.REPORTING_LINE_ALREADY_DRAWN))
          .expectExceptionMessage(
              JC_NAME
                  + " and "
                  + HWB_NAME
                  + " have a reporting line (direct accountability from 2023-04-01)");
    }

    @Test
    void a_line_the_other_way_between_the_same_bodies_is_refused() {
      fixture
          .given(
              formed(),
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.REPORTING_RELATIONSHIP, OPERATIONAL))
          .when(draw(HWB, JOINT_COMMITTEE, ReportingLineKind.REPORTING_RELATIONSHIP, later))
          .expectNoEvents()
          .expectException(violates(Rule.REPORTING_LINE_ALREADY_DRAWN));
    }

    @Test
    void a_back_dated_line_that_would_run_into_a_later_one_is_refused() {
      fixture
          .given(
              formed(),
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL))
          .when(draw(JOINT_COMMITTEE, HWB, ReportingLineKind.REPORTING_RELATIONSHIP, JC_PROPOSED))
          .expectNoEvents()
          .expectException(violates(Rule.REPORTING_LINE_ALREADY_DRAWN));
    }

    @Test
    void a_line_may_be_drawn_again_on_the_day_the_old_one_ended() {
      fixture
          .given(
              formed(),
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL),
              new ReportingLineEnded(CDCP, JOINT_COMMITTEE, HWB, later))
          .when(draw(JOINT_COMMITTEE, HWB, ReportingLineKind.REPORTING_RELATIONSHIP, later))
          .expectEvents(
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.REPORTING_RELATIONSHIP, later));
    }

    @Test
    void a_line_drawn_again_the_day_before_the_old_one_ended_is_refused() {
      fixture
          .given(
              formed(),
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL),
              new ReportingLineEnded(CDCP, JOINT_COMMITTEE, HWB, later))
          .when(
              draw(
                  JOINT_COMMITTEE,
                  HWB,
                  ReportingLineKind.REPORTING_RELATIONSHIP,
                  later.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.REPORTING_LINE_ALREADY_DRAWN))
          .expectExceptionMessage(
              JC_NAME
                  + " and "
                  + HWB_NAME
                  + " have a reporting line (direct accountability from 2023-04-01 to"
                  + " 2024-04-01)");
    }

    @Test
    void lines_of_direct_accountability_cannot_run_in_a_circle() {
      fixture
          .given(
              formed(),
              drawn(
                  JOINT_COMMITTEE, EXECUTIVE, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL),
              drawn(EXECUTIVE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL))
          .when(draw(HWB, JOINT_COMMITTEE, ReportingLineKind.DIRECT_ACCOUNTABILITY, later))
          .expectNoEvents()
          .expectException(violates(Rule.DIRECT_ACCOUNTABILITY_CYCLE))
          .expectExceptionMessage(
              HWB_NAME
                  + " cannot be directly accountable to "
                  + JC_NAME
                  + ": on 2024-04-01 "
                  + JC_NAME
                  + " is already, through its own lines, accountable to "
                  + HWB_NAME);
    }

    @Test
    void reporting_relationships_may_run_in_a_circle() {
      fixture
          .given(
              formed(),
              drawn(
                  JOINT_COMMITTEE,
                  EXECUTIVE,
                  ReportingLineKind.REPORTING_RELATIONSHIP,
                  OPERATIONAL),
              drawn(EXECUTIVE, HWB, ReportingLineKind.REPORTING_RELATIONSHIP, OPERATIONAL))
          .when(draw(HWB, JOINT_COMMITTEE, ReportingLineKind.REPORTING_RELATIONSHIP, later))
          .expectEvents(
              drawn(HWB, JOINT_COMMITTEE, ReportingLineKind.REPORTING_RELATIONSHIP, later));
    }

    @Test
    void a_circle_closed_by_a_reporting_relationship_is_no_circle_of_accountability() {
      fixture
          .given(
              formed(),
              drawn(
                  JOINT_COMMITTEE, EXECUTIVE, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL),
              drawn(EXECUTIVE, HWB, ReportingLineKind.REPORTING_RELATIONSHIP, OPERATIONAL))
          .when(draw(HWB, JOINT_COMMITTEE, ReportingLineKind.DIRECT_ACCOUNTABILITY, later))
          .expectEvents(
              drawn(HWB, JOINT_COMMITTEE, ReportingLineKind.DIRECT_ACCOUNTABILITY, later));
    }

    @Test
    void lines_that_never_overlap_in_time_make_no_circle() {
      fixture
          .given(
              formed(),
              drawn(
                  JOINT_COMMITTEE, EXECUTIVE, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL),
              new ReportingLineEnded(CDCP, JOINT_COMMITTEE, EXECUTIVE, later),
              drawn(EXECUTIVE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL))
          .when(draw(HWB, JOINT_COMMITTEE, ReportingLineKind.DIRECT_ACCOUNTABILITY, later))
          .expectEvents(
              drawn(HWB, JOINT_COMMITTEE, ReportingLineKind.DIRECT_ACCOUNTABILITY, later));
    }

    @Test
    void a_line_that_would_close_a_circle_on_the_last_day_of_another_is_refused() {
      fixture
          .given(
              formed(),
              drawn(
                  JOINT_COMMITTEE, EXECUTIVE, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL),
              new ReportingLineEnded(CDCP, JOINT_COMMITTEE, EXECUTIVE, later),
              drawn(EXECUTIVE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL))
          .when(
              draw(
                  HWB,
                  JOINT_COMMITTEE,
                  ReportingLineKind.DIRECT_ACCOUNTABILITY,
                  later.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.DIRECT_ACCOUNTABILITY_CYCLE));
    }

    @Test
    void a_line_that_would_close_a_circle_once_a_later_line_starts_is_refused() {
      LocalDate executiveReportsFrom = later.plusMonths(6);
      fixture
          .given(
              formed(),
              drawn(
                  JOINT_COMMITTEE, EXECUTIVE, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL),
              drawn(EXECUTIVE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, executiveReportsFrom))
          .when(draw(HWB, JOINT_COMMITTEE, ReportingLineKind.DIRECT_ACCOUNTABILITY, later))
          .expectNoEvents()
          .expectException(violates(Rule.DIRECT_ACCOUNTABILITY_CYCLE))
          .expectExceptionMessage(
              HWB_NAME
                  + " cannot be directly accountable to "
                  + JC_NAME
                  + ": on 2024-10-01 "
                  + JC_NAME
                  + " is already, through its own lines, accountable to "
                  + HWB_NAME);
    }

    @Test
    void a_line_that_ends_before_a_later_line_starts_makes_no_circle() {
      fixture
          .given(
              formed(),
              drawn(
                  JOINT_COMMITTEE, EXECUTIVE, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL),
              new ReportingLineEnded(CDCP, JOINT_COMMITTEE, EXECUTIVE, later),
              drawn(HWB, JOINT_COMMITTEE, ReportingLineKind.DIRECT_ACCOUNTABILITY, later))
          .when(draw(EXECUTIVE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL))
          .expectEvents(
              drawn(EXECUTIVE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL));
    }

    @Test
    void a_line_ends_from_the_day_after_it_was_drawn() {
      fixture
          .given(
              formed(),
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL))
          .when(new EndReportingLine(CDCP, JOINT_COMMITTEE, HWB, OPERATIONAL.plusDays(1)))
          .expectEvents(
              new ReportingLineEnded(CDCP, JOINT_COMMITTEE, HWB, OPERATIONAL.plusDays(1)));
    }

    @Test
    void a_line_cannot_end_on_the_day_it_was_drawn() {
      fixture
          .given(
              formed(),
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL))
          .when(new EndReportingLine(CDCP, JOINT_COMMITTEE, HWB, OPERATIONAL))
          .expectNoEvents()
          .expectException(violates(Rule.REPORTING_LINE_NOT_IN_FORCE))
          .expectExceptionMessage(
              "no open reporting line from body "
                  + JOINT_COMMITTEE
                  + " to body "
                  + HWB
                  + " began before 2023-04-01");
    }

    @Test
    void a_line_is_ended_in_the_direction_it_was_drawn() {
      fixture
          .given(
              formed(),
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL))
          .when(new EndReportingLine(CDCP, HWB, JOINT_COMMITTEE, later))
          .expectNoEvents()
          .expectException(violates(Rule.REPORTING_LINE_NOT_IN_FORCE));
    }

    @Test
    void a_line_never_drawn_cannot_end() {
      fixture
          .given(formed())
          .when(new EndReportingLine(CDCP, JOINT_COMMITTEE, HWB, later))
          .expectNoEvents()
          .expectException(violates(Rule.REPORTING_LINE_NOT_IN_FORCE));
    }

    @Test
    void a_line_ends_only_once() {
      fixture
          .given(
              formed(),
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL),
              new ReportingLineEnded(CDCP, JOINT_COMMITTEE, HWB, later))
          .when(new EndReportingLine(CDCP, JOINT_COMMITTEE, HWB, later.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.REPORTING_LINE_NOT_IN_FORCE));
    }

    @Test
    void the_line_drawn_again_is_the_one_that_ends() {
      LocalDate redrawn = later.plusMonths(1);
      fixture
          .given(
              formed(),
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.DIRECT_ACCOUNTABILITY, OPERATIONAL),
              new ReportingLineEnded(CDCP, JOINT_COMMITTEE, HWB, later),
              drawn(JOINT_COMMITTEE, HWB, ReportingLineKind.REPORTING_RELATIONSHIP, redrawn),
              new ReportingLineEnded(CDCP, JOINT_COMMITTEE, HWB, redrawn.plusMonths(1)))
          .when(
              draw(
                  JOINT_COMMITTEE,
                  HWB,
                  ReportingLineKind.DIRECT_ACCOUNTABILITY,
                  redrawn.plusMonths(1)))
          .expectEvents(
              drawn(
                  JOINT_COMMITTEE,
                  HWB,
                  ReportingLineKind.DIRECT_ACCOUNTABILITY,
                  redrawn.plusMonths(1)));
    }
  }

  /** The bodies the command side's directory knows, without the database. */
  private static final class InMemoryBodies implements BodyDirectory {

    private final Map<BodyId, KnownBody> known = new LinkedHashMap<>();

    void register(BodyId id, PartnershipId partnershipId, String name, LocalDate establishedOn) {
      known.put(id, new KnownBody(id, partnershipId, name, establishedOn));
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
}
