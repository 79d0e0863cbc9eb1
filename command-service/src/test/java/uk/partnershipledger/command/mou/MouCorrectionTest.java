package uk.partnershipledger.command.mou;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.mou.MouCommands.CorrectDate;
import uk.partnershipledger.command.mou.MouCommands.CorrectDraft;
import uk.partnershipledger.command.mou.MouCommands.CorrectReview;
import uk.partnershipledger.command.mou.MouCommands.ReviewMou;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.events.mou.MouEvent.MouAmendedOnLeaving;
import uk.partnershipledger.events.mou.MouEvent.MouCameIntoForce;
import uk.partnershipledger.events.mou.MouEvent.MouDateCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouDraftCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouPartyGaveNotice;
import uk.partnershipledger.events.mou.MouEvent.MouReviewCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouReviewed;
import uk.partnershipledger.events.mou.MouEvent.MouSigned;
import uk.partnershipledger.events.mou.MouEvent.MouTerminated;
import uk.partnershipledger.events.mou.MouEvent.MouVariationDrafted;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * DOMAIN.md rule 7 for an MoU's drafts, reviews, notices and termination: each is corrected by
 * naming its event, and judged as if it had been recorded so.
 */
class MouCorrectionTest {

  private static final MouId MOU = MouId.newId();
  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final OrganisationId DCC = OrganisationId.newId();
  private static final OrganisationId CCG = OrganisationId.newId();
  private static final OrganisationId CDDFT = OrganisationId.newId();
  private static final String TITLE = "County Durham Care Partnership MoU";
  private static final LocalDate DRAFTED = LocalDate.of(2020, 12, 1);
  private static final LocalDate IN_FORCE = LocalDate.of(2021, 3, 31);
  private static final LocalDate REVIEWED = LocalDate.of(2022, 3, 1);
  private static final LocalDate NEXT_REVIEW = LocalDate.of(2022, 12, 1);
  private static final LocalDate NOTICE = LocalDate.of(2022, 1, 10);
  private static final LocalDate TERMINATED = LocalDate.of(2022, 6, 1);

  /** The index of the first event after {@link #inForce()}. */
  private static final int NEXT = 5;

  private FixtureConfiguration<Mou> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Mou.class);
    fixture.registerInjectableResource(
        new OrganisationDirectory() {
          @Override
          public Optional<KnownOrganisation> find(OrganisationId id) {
            return Optional.empty();
          }

          @Override
          public Optional<LocalDate> earliestSuccessionTo(OrganisationId id) {
            return Optional.empty();
          }

          @Override
          public Optional<LocalDate> latestSuccessionTo(OrganisationId id) {
            return Optional.empty();
          }
        });
  }

  private static MouDrafted drafted() {
    return new MouDrafted(
        MOU,
        CDCP,
        TITLE,
        1,
        "December 2020",
        List.of(DCC, CCG, CDDFT),
        List.of("Schedule 1"),
        12,
        12,
        DRAFTED);
  }

  /** Version 1 drafted, signed by all three parties and in force from {@link #IN_FORCE}. */
  private static Object[] inForce(Object... more) {
    Object[] base = {
      drafted(),
      new MouSigned(MOU, 1, DCC, Signatory.named("Chief Executive"), LocalDate.of(2021, 3, 17)),
      new MouSigned(MOU, 1, CCG, Signatory.named("Accountable Officer"), LocalDate.of(2021, 3, 22)),
      new MouSigned(MOU, 1, CDDFT, Signatory.named("Chief Executive"), IN_FORCE),
      new MouCameIntoForce(MOU, 1, IN_FORCE.plusMonths(12), IN_FORCE)
    };
    Object[] all = new Object[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private static MouReviewed reviewed() {
    return new MouReviewed(MOU, 1, NEXT_REVIEW, REVIEWED);
  }

  private String idOfGiven(int index) {
    return fixture
        .getEventStore()
        .readEvents(MOU.toString())
        .asStream()
        .toList()
        .get(index)
        .getIdentifier();
  }

  @Nested
  class Drafts {

    private ResultValidator<Mou> correct(
        Object[] history, int version, int index, Integer initial, Integer review) {
      TestExecutor<Mou> given = fixture.given(history);
      return given.when(
          new CorrectDraft(
              MOU, version, idOfGiven(index), null, null, null, initial, review, " Minutes "));
    }

    @Test
    void a_draft_s_title_label_schedules_and_terms_are_corrected_naming_the_draft() {
      TestExecutor<Mou> given = fixture.given(drafted());
      String draft = idOfGiven(0);

      given
          .when(
              new CorrectDraft(
                  MOU,
                  1,
                  draft,
                  " The MoU ",
                  " Dec 2020 ",
                  List.of(" Schedule 1 ", "Schedule 2"),
                  24,
                  6,
                  " Minutes "))
          .expectEvents(
              new MouDraftCorrected(
                  MOU,
                  1,
                  draft,
                  "The MoU",
                  "Dec 2020",
                  List.of("Schedule 1", "Schedule 2"),
                  24,
                  6,
                  "Minutes",
                  DRAFTED));
    }

    @Test
    void a_field_left_out_keeps_the_value_recorded() {
      TestExecutor<Mou> given = fixture.given(drafted());
      String draft = idOfGiven(0);

      given
          .when(new CorrectDraft(MOU, 1, draft, null, "Dec 2020", null, null, null, "r"))
          .expectEvents(
              new MouDraftCorrected(
                  MOU, 1, draft, TITLE, "Dec 2020", List.of("Schedule 1"), 12, 12, "r", DRAFTED));
    }

    @Test
    void a_second_correction_names_the_first_and_the_first_is_no_longer_current() {
      TestExecutor<Mou> given = fixture.given(drafted());
      String draft = idOfGiven(0);
      given.andGiven(
          new MouDraftCorrected(
              MOU, 1, draft, TITLE, "Dec 2020", List.of("Schedule 1"), 12, 12, "r", DRAFTED));
      String corrected = idOfGiven(1);

      given
          .when(new CorrectDraft(MOU, 1, corrected, null, "December", null, null, null, "r"))
          .expectEvents(
              new MouDraftCorrected(
                  MOU,
                  1,
                  corrected,
                  TITLE,
                  "December",
                  List.of("Schedule 1"),
                  12,
                  12,
                  "r",
                  DRAFTED));
      given = fixture.given(drafted());
      given.andGiven(
          new MouDraftCorrected(
              MOU, 1, idOfGiven(0), TITLE, "Dec", List.of(), 12, 12, "r", DRAFTED));
      given
          .when(new CorrectDraft(MOU, 1, idOfGiven(0), null, "December", null, null, null, "r"))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    }

    @Test
    void an_unknown_version_or_event_is_refused() {
      correct(new Object[] {drafted()}, 2, 0, null, 6)
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_MOU_VERSION));
      correct(inForce(), 1, 1, null, 6)
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    }

    @Test
    void a_correction_that_changes_nothing_is_refused() {
      correct(new Object[] {drafted()}, 1, 0, 12, 12)
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
    }

    @Test
    void periods_stay_within_one_to_sixty_months() {
      Object[] history = {drafted()};
      correct(history, 1, 0, 0, null)
          .expectNoEvents()
          .expectException(violates(Rule.MOU_PERIOD_OUT_OF_RANGE));
      correct(history, 1, 0, 1, null).expectSuccessfulHandlerExecution();
      correct(history, 1, 0, 60, null).expectSuccessfulHandlerExecution();
      correct(history, 1, 0, 61, null)
          .expectNoEvents()
          .expectException(violates(Rule.MOU_PERIOD_OUT_OF_RANGE));
      correct(history, 1, 0, null, 0)
          .expectNoEvents()
          .expectException(violates(Rule.MOU_PERIOD_OUT_OF_RANGE));
      correct(history, 1, 0, null, 61)
          .expectNoEvents()
          .expectException(violates(Rule.MOU_PERIOD_OUT_OF_RANGE));
    }

    @Test
    void a_version_in_force_keeps_the_first_review_due_recorded_when_it_came_into_force() {
      correct(inForce(), 1, 0, 24, null)
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
      correct(inForce(), 1, 0, null, 6).expectSuccessfulHandlerExecution();
    }

    @Test
    void a_version_in_force_keeps_each_recorded_review_within_its_review_period() {
      Object[] history = inForce(reviewed());
      correct(history, 1, 0, null, 8)
          .expectNoEvents()
          .expectException(violates(Rule.NEXT_REVIEW_BEYOND_REVIEW_PERIOD));
      correct(history, 1, 0, null, 9).expectSuccessfulHandlerExecution();
      correct(history, 1, 0, null, 10).expectSuccessfulHandlerExecution();
    }

    @Test
    void a_version_amended_on_a_leaving_keeps_the_review_due_of_the_amendment() {
      LocalDate left = LocalDate.of(2022, 7, 1);
      Object[] history =
          inForce(
              new MouAmendedOnLeaving(
                  MOU, 2, "amended", CCG, List.of(DCC, CDDFT), left.plusMonths(12), left));
      correct(history, 1, 0, null, 6)
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    }

    @Test
    void a_variation_is_corrected_without_a_title_or_initial_term_of_its_own() {
      TestExecutor<Mou> given =
          fixture.given(
              inForce(
                  new MouVariationDrafted(
                      MOU, 2, "March 2022", List.of(DCC, CCG, CDDFT), List.of(), 6, REVIEWED)));
      String variation = idOfGiven(NEXT);

      given
          .when(new CorrectDraft(MOU, 2, variation, TITLE, "April 2022", null, null, 9, "r"))
          .expectEvents(
              new MouDraftCorrected(
                  MOU, 2, variation, TITLE, "April 2022", List.of(), null, 9, "r", REVIEWED));
    }

    @Test
    void a_variation_cannot_change_the_title_or_have_an_initial_term() {
      Object[] history =
          inForce(
              new MouVariationDrafted(
                  MOU, 2, "March 2022", List.of(DCC, CCG, CDDFT), List.of(), 6, REVIEWED));
      TestExecutor<Mou> given = fixture.given(history);
      given
          .when(new CorrectDraft(MOU, 2, idOfGiven(NEXT), "Other", null, null, null, null, "r"))
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
      correct(history, 2, NEXT, 12, null)
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    }

    @Test
    void a_variation_in_force_keeps_the_review_due_recorded_when_it_came_into_force() {
      LocalDate varied = LocalDate.of(2022, 4, 1);
      Object[] history =
          inForce(
              new MouVariationDrafted(
                  MOU, 2, "March 2022", List.of(DCC, CCG), List.of(), 6, REVIEWED),
              new MouSigned(MOU, 2, DCC, Signatory.named("Chief Executive"), REVIEWED),
              new MouSigned(MOU, 2, CCG, Signatory.named("Accountable Officer"), varied),
              new MouCameIntoForce(MOU, 2, varied.plusMonths(6), varied));
      correct(history, 2, NEXT, null, 9)
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    }

    @Test
    void a_review_is_judged_against_the_corrected_review_period() {
      TestExecutor<Mou> given = fixture.given(inForce());
      given.andGiven(
          new MouDraftCorrected(
              MOU, 1, idOfGiven(0), TITLE, "December 2020", List.of(), 12, 6, "r", DRAFTED));

      given
          .when(new ReviewMou(MOU, REVIEWED.plusMonths(6).plusDays(1), REVIEWED))
          .expectNoEvents()
          .expectException(violates(Rule.NEXT_REVIEW_BEYOND_REVIEW_PERIOD));
    }
  }

  @Nested
  class Reviews {

    private ResultValidator<Mou> correct(
        Object[] history, int index, LocalDate date, LocalDate next) {
      TestExecutor<Mou> given = fixture.given(history);
      return given.when(new CorrectReview(MOU, idOfGiven(index), next, date, " Minutes "));
    }

    @Test
    void a_wrong_date_is_corrected_naming_the_review_and_keeps_the_next_review_date() {
      TestExecutor<Mou> given = fixture.given(inForce(reviewed()));
      String review = idOfGiven(NEXT);
      LocalDate right = REVIEWED.minusDays(2);

      given
          .when(new CorrectReview(MOU, review, null, right, " Minutes "))
          .expectEvents(
              new MouReviewCorrected(MOU, 1, review, NEXT_REVIEW, REVIEWED, "Minutes", right));
    }

    @Test
    void a_wrong_next_review_date_is_corrected_and_keeps_the_review_date() {
      TestExecutor<Mou> given = fixture.given(inForce(reviewed()));
      String review = idOfGiven(NEXT);
      LocalDate right = NEXT_REVIEW.plusMonths(2);

      given
          .when(new CorrectReview(MOU, review, right, null, "r"))
          .expectEvents(new MouReviewCorrected(MOU, 1, review, right, REVIEWED, "r", REVIEWED));
    }

    @Test
    void a_second_correction_names_the_first_and_the_first_is_no_longer_current() {
      LocalDate right = REVIEWED.minusDays(2);
      TestExecutor<Mou> given = fixture.given(inForce(reviewed()));
      String review = idOfGiven(NEXT);
      given.andGiven(new MouReviewCorrected(MOU, 1, review, NEXT_REVIEW, REVIEWED, "r", right));
      String corrected = idOfGiven(NEXT + 1);

      given
          .when(new CorrectReview(MOU, corrected, null, REVIEWED, "r"))
          .expectEvents(
              new MouReviewCorrected(MOU, 1, corrected, NEXT_REVIEW, right, "r", REVIEWED));
      given = fixture.given(inForce(reviewed()));
      given.andGiven(
          new MouReviewCorrected(MOU, 1, idOfGiven(NEXT), NEXT_REVIEW, REVIEWED, "r", right));
      given
          .when(new CorrectReview(MOU, idOfGiven(NEXT), null, REVIEWED, "r"))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    }

    @Test
    void an_event_that_is_not_a_review_is_unknown_and_a_correction_must_change_something() {
      correct(inForce(reviewed()), 4, REVIEWED, null)
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
      correct(inForce(reviewed()), NEXT, REVIEWED, NEXT_REVIEW)
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
    }

    @Test
    void a_review_stays_on_a_day_its_version_is_in_force() {
      Object[] history = inForce(reviewed());
      LocalDate next = IN_FORCE.plusMonths(6);
      correct(history, NEXT, IN_FORCE.minusDays(1), next)
          .expectNoEvents()
          .expectException(violates(Rule.MOU_NOT_IN_FORCE));
      correct(history, NEXT, IN_FORCE, next).expectSuccessfulHandlerExecution();
      correct(history, NEXT, IN_FORCE.plusDays(1), next).expectSuccessfulHandlerExecution();
    }

    @Test
    void a_review_stays_before_the_termination() {
      Object[] history = inForce(reviewed(), new MouTerminated(MOU, TERMINATED));
      correct(history, NEXT, TERMINATED.minusDays(1), null).expectSuccessfulHandlerExecution();
      correct(history, NEXT, TERMINATED, null)
          .expectNoEvents()
          .expectException(violates(Rule.MOU_NOT_IN_FORCE));
    }

    @Test
    void a_review_stays_before_a_later_version_came_into_force() {
      LocalDate varied = LocalDate.of(2022, 4, 1);
      Object[] history =
          inForce(
              reviewed(),
              new MouVariationDrafted(
                  MOU, 2, "March 2022", List.of(DCC, CCG), List.of(), 6, REVIEWED),
              new MouSigned(MOU, 2, DCC, Signatory.named("Chief Executive"), REVIEWED),
              new MouSigned(MOU, 2, CCG, Signatory.named("Accountable Officer"), varied),
              new MouCameIntoForce(MOU, 2, varied.plusMonths(6), varied));
      correct(history, NEXT, varied.minusDays(1), null).expectSuccessfulHandlerExecution();
      correct(history, NEXT, varied, null)
          .expectNoEvents()
          .expectException(violates(Rule.MOU_NOT_IN_FORCE));
    }

    @Test
    void the_next_review_falls_after_the_review() {
      Object[] history = inForce(reviewed());
      correct(history, NEXT, null, REVIEWED.minusDays(1))
          .expectNoEvents()
          .expectException(violates(Rule.NEXT_REVIEW_NOT_AFTER_REVIEW));
      correct(history, NEXT, null, REVIEWED)
          .expectNoEvents()
          .expectException(violates(Rule.NEXT_REVIEW_NOT_AFTER_REVIEW));
      correct(history, NEXT, null, REVIEWED.plusDays(1)).expectSuccessfulHandlerExecution();
      correct(history, NEXT, NEXT_REVIEW, null)
          .expectNoEvents()
          .expectException(violates(Rule.NEXT_REVIEW_NOT_AFTER_REVIEW));
    }

    @Test
    void the_next_review_falls_within_the_review_period() {
      Object[] history = inForce(reviewed());
      LocalDate latest = REVIEWED.plusMonths(12);
      correct(history, NEXT, null, latest.minusDays(1)).expectSuccessfulHandlerExecution();
      correct(history, NEXT, null, latest).expectSuccessfulHandlerExecution();
      correct(history, NEXT, null, latest.plusDays(1))
          .expectNoEvents()
          .expectException(violates(Rule.NEXT_REVIEW_BEYOND_REVIEW_PERIOD));
      correct(history, NEXT, NEXT_REVIEW.minusMonths(12).minusDays(1), null)
          .expectNoEvents()
          .expectException(violates(Rule.NEXT_REVIEW_BEYOND_REVIEW_PERIOD));
    }
  }

  @Nested
  class Dates {

    private ResultValidator<Mou> correct(Object[] history, int index, LocalDate date) {
      TestExecutor<Mou> given = fixture.given(history);
      return given.when(new CorrectDate(MOU, idOfGiven(index), date, " Letter "));
    }

    private static MouPartyGaveNotice notice() {
      return new MouPartyGaveNotice(MOU, CCG, NOTICE);
    }

    @Test
    void a_wrong_notice_date_is_corrected_naming_the_notice() {
      TestExecutor<Mou> given = fixture.given(inForce(notice()));
      String notice = idOfGiven(NEXT);
      LocalDate right = NOTICE.plusDays(2);

      given
          .when(new CorrectDate(MOU, notice, right, " Letter "))
          .expectEvents(new MouDateCorrected(MOU, notice, NOTICE, "Letter", right));
    }

    @Test
    void a_notice_is_given_while_a_version_is_in_force() {
      Object[] history = inForce(notice());
      correct(history, NEXT, IN_FORCE.minusDays(1))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_NOT_IN_FORCE));
      correct(history, NEXT, IN_FORCE).expectSuccessfulHandlerExecution();
      correct(history, NEXT, IN_FORCE.plusDays(1)).expectSuccessfulHandlerExecution();
    }

    @Test
    void a_notice_stays_before_the_mou_is_amended_on_the_party_s_leaving() {
      LocalDate left = LocalDate.of(2022, 7, 1);
      Object[] history =
          inForce(
              notice(),
              new MouAmendedOnLeaving(
                  MOU, 2, "amended", CCG, List.of(DCC, CDDFT), left.plusMonths(12), left));
      correct(history, NEXT, left.minusDays(1)).expectSuccessfulHandlerExecution();
      correct(history, NEXT, left)
          .expectNoEvents()
          .expectException(violates(Rule.NOT_AN_MOU_PARTY));
    }

    @Test
    void a_notice_stays_before_the_termination() {
      Object[] history = inForce(notice(), new MouTerminated(MOU, TERMINATED));
      correct(history, NEXT, TERMINATED.minusDays(1)).expectSuccessfulHandlerExecution();
      correct(history, NEXT, TERMINATED)
          .expectNoEvents()
          .expectException(violates(Rule.MOU_NOT_IN_FORCE));
    }

    @Test
    void a_wrong_termination_date_is_corrected_naming_the_termination() {
      TestExecutor<Mou> given =
          fixture.given(inForce(reviewed(), new MouTerminated(MOU, TERMINATED)));
      String termination = idOfGiven(NEXT + 1);
      LocalDate right = TERMINATED.plusMonths(1);

      given
          .when(new CorrectDate(MOU, termination, right, "Letter"))
          .expectEvents(new MouDateCorrected(MOU, termination, TERMINATED, "Letter", right));
    }

    @Test
    void a_termination_stays_after_every_other_act() {
      Object[] history = inForce(reviewed(), new MouTerminated(MOU, TERMINATED));
      correct(history, NEXT + 1, REVIEWED.minusDays(1))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
      correct(history, NEXT + 1, REVIEWED)
          .expectNoEvents()
          .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
      correct(history, NEXT + 1, REVIEWED.plusDays(1)).expectSuccessfulHandlerExecution();
    }

    @Test
    void unknown_events_and_corrections_that_change_nothing_are_refused() {
      Object[] history = inForce(notice(), new MouTerminated(MOU, TERMINATED));
      correct(history, 4, NOTICE)
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
      correct(history, NEXT, NOTICE)
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
      correct(history, NEXT + 1, TERMINATED)
          .expectNoEvents()
          .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
    }

    @Test
    void a_second_correction_names_the_first() {
      LocalDate later = TERMINATED.plusMonths(1);
      TestExecutor<Mou> given = fixture.given(inForce(new MouTerminated(MOU, TERMINATED)));
      given.andGiven(new MouDateCorrected(MOU, idOfGiven(NEXT), TERMINATED, "r", later));
      String corrected = idOfGiven(NEXT + 1);

      given
          .when(new CorrectDate(MOU, corrected, later.plusDays(1), "r"))
          .expectEvents(new MouDateCorrected(MOU, corrected, later, "r", later.plusDays(1)));
    }

    @Test
    void a_termination_is_judged_against_the_corrected_date_of_a_review() {
      LocalDate earlier = LocalDate.of(2021, 6, 1);
      TestExecutor<Mou> given =
          fixture.given(inForce(reviewed(), new MouTerminated(MOU, TERMINATED)));
      String termination = idOfGiven(NEXT + 1);
      given.andGiven(
          new MouReviewCorrected(MOU, 1, idOfGiven(NEXT), NEXT_REVIEW, REVIEWED, "r", earlier));

      given
          .when(new CorrectDate(MOU, termination, earlier.plusDays(1), "r"))
          .expectEvents(
              new MouDateCorrected(MOU, termination, TERMINATED, "r", earlier.plusDays(1)));
    }

    @Test
    void a_termination_stays_after_the_corrected_date_of_a_notice() {
      LocalDate later = TERMINATED.minusDays(1);
      TestExecutor<Mou> given =
          fixture.given(inForce(notice(), new MouTerminated(MOU, TERMINATED)));
      String termination = idOfGiven(NEXT + 1);
      given.andGiven(new MouDateCorrected(MOU, idOfGiven(NEXT), NOTICE, "r", later));

      given
          .when(new CorrectDate(MOU, termination, later, "r"))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
    }

    @Test
    void a_review_may_be_corrected_into_the_days_a_later_termination_gives() {
      LocalDate later = TERMINATED.plusMonths(3);
      TestExecutor<Mou> given =
          fixture.given(inForce(reviewed(), new MouTerminated(MOU, TERMINATED)));
      String review = idOfGiven(NEXT);
      given.andGiven(new MouDateCorrected(MOU, idOfGiven(NEXT + 1), TERMINATED, "r", later));

      given
          .when(new CorrectReview(MOU, review, null, TERMINATED, "r"))
          .expectEvents(
              new MouReviewCorrected(MOU, 1, review, NEXT_REVIEW, REVIEWED, "r", TERMINATED));
    }
  }
}
