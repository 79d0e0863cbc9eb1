package uk.partnershipledger.query.mou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.GovernanceEvent;
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
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given an MoU drafted, in force, reviewed, given notice to and terminated, and corrections of its
 * drafts, its review and the days of a notice and of the termination (DOMAIN.md rule 7), then the
 * MoU on the day before, of and after both the recorded and the corrected days, with what each
 * correction replaced.
 */
abstract class MouDraftReviewAndDateCorrectionProjectionTest {

  private static final LocalDate DRAFTED = LocalDate.of(2020, 11, 1);
  private static final LocalDate IN_FORCE = LocalDate.of(2020, 12, 1);
  private static final LocalDate FIRST_REVIEW_DUE = LocalDate.of(2021, 12, 1);
  private static final LocalDate REVIEWED = LocalDate.of(2021, 11, 15);
  private static final LocalDate REVIEW_CORRECTED = LocalDate.of(2021, 11, 1);
  private static final LocalDate NOTICE = LocalDate.of(2022, 1, 10);
  private static final LocalDate NOTICE_CORRECTED = LocalDate.of(2022, 1, 3);
  private static final LocalDate TERMINATED = LocalDate.of(2024, 4, 1);
  private static final LocalDate TERMINATION_CORRECTED = LocalDate.of(2024, 3, 1);

  @Autowired EventIntake intake;
  @Autowired MouReadModel mous;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final MouId mou = MouId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private final OrganisationId trust = OrganisationId.newId();
  private RecordedEvent drafted;

  @BeforeEach
  void givenAnMouInForce() {
    accept(
        new OrganisationRegistered(
            council,
            "Durham County Council",
            OrganisationKind.LOCAL_AUTHORITY,
            true,
            LocalDate.of(1974, 4, 1)));
    accept(
        new OrganisationRegistered(
            trust,
            "Tees, Esk and Wear Valleys NHS FT",
            OrganisationKind.NHS_FOUNDATION_TRUST,
            true,
            LocalDate.of(2006, 3, 1)));
    accept(new PartnershipFormed(cdcp, "County Durham Care Partnership", "County Durham", DRAFTED));
    drafted =
        accept(
            new MouDrafted(
                mou,
                cdcp,
                "County Durham Memorandum of Understandin",
                1,
                "December 2020",
                List.of(council, trust),
                List.of("Schedule 1: Governance"),
                12,
                12,
                DRAFTED));
    accept(new MouSigned(mou, 1, council, Signatory.named("John Hewitt"), DRAFTED.plusDays(19)));
    accept(new MouSigned(mou, 1, trust, Signatory.named("Brent Kilmurray"), IN_FORCE));
    accept(new MouCameIntoForce(mou, 1, FIRST_REVIEW_DUE, IN_FORCE));
  }

  @Test
  void a_corrected_first_draft_gives_the_mou_its_right_title_label_schedules_and_terms() {
    RecordedEvent correction = correctFirstDraft(drafted.eventId().toString());

    for (LocalDate day : List.of(DRAFTED, IN_FORCE.minusDays(1), IN_FORCE, IN_FORCE.plusDays(1))) {
      MouView view = mous.find(mou, day).orElseThrow();
      assertThat(view.title()).isEqualTo("County Durham Memorandum of Understanding");
      assertThat(view.version().label()).isEqualTo("November 2020");
      assertThat(view.version().schedules())
          .containsExactly("Schedule 1: Governance", "Schedule 2: Pooled budgets");
    }
    MouView.Version version = mous.find(mou, IN_FORCE).orElseThrow().version();
    assertThat(version.draftCorrections())
        .containsExactly(
            new MouView.DraftCorrection(
                correction.recordedAt(),
                "The signed copy has two schedules",
                drafted.eventId().toString(),
                new MouView.Draft(
                    "County Durham Memorandum of Understandin",
                    "December 2020",
                    List.of("Schedule 1: Governance"),
                    12,
                    12)));
    assertThat(mous.ofPartnership(cdcp, IN_FORCE).orElseThrow().mous())
        .extracting(MouView::title)
        .containsExactly("County Durham Memorandum of Understanding");
  }

  @Test
  void a_second_draft_correction_names_the_first_and_keeps_what_the_first_put_in() {
    RecordedEvent first = correctFirstDraft(drafted.eventId().toString());
    accept(
        new MouDraftCorrected(
            mou,
            1,
            first.eventId().toString(),
            "County Durham Memorandum of Understanding",
            "November 2020",
            List.of("Schedule 1: Governance"),
            12,
            12,
            "The pooled budgets schedule was a later variation's; the term was one year after all",
            DRAFTED));

    MouView.Version version = mous.find(mou, IN_FORCE).orElseThrow().version();
    assertThat(version.schedules()).containsExactly("Schedule 1: Governance");
    assertThat(version.draftCorrections())
        .extracting(MouView.DraftCorrection::correctedEventId, MouView.DraftCorrection::before)
        .containsExactly(
            tuple(
                drafted.eventId().toString(),
                new MouView.Draft(
                    "County Durham Memorandum of Understandin",
                    "December 2020",
                    List.of("Schedule 1: Governance"),
                    12,
                    12)),
            tuple(
                first.eventId().toString(),
                new MouView.Draft(
                    "County Durham Memorandum of Understanding",
                    "November 2020",
                    List.of("Schedule 1: Governance", "Schedule 2: Pooled budgets"),
                    24,
                    6)));
  }

  @Test
  void a_corrected_variation_draft_changes_that_version_only_and_not_the_mous_title() {
    RecordedEvent variation =
        accept(
            new MouVariationDrafted(
                mou,
                2,
                "Decmber 2021",
                List.of(council, trust),
                List.of("Schedule 1: Governance"),
                12,
                LocalDate.of(2021, 11, 1)));
    accept(
        new MouSigned(mou, 2, council, Signatory.named("John Hewitt"), LocalDate.of(2021, 11, 20)));
    accept(
        new MouSigned(
            mou, 2, trust, Signatory.named("Brent Kilmurray"), LocalDate.of(2021, 12, 1)));
    accept(new MouCameIntoForce(mou, 2, LocalDate.of(2022, 12, 1), LocalDate.of(2021, 12, 1)));
    accept(
        new MouDraftCorrected(
            mou,
            2,
            variation.eventId().toString(),
            null,
            "December 2021",
            List.of("Schedule 1: Governance", "Schedule 3: Estates"),
            null,
            6,
            "Spelling, and the estates schedule",
            LocalDate.of(2021, 11, 1)));

    MouView before = mous.find(mou, LocalDate.of(2021, 11, 30)).orElseThrow();
    assertThat(before.version().version()).isEqualTo(1);
    assertThat(before.version().label()).isEqualTo("December 2020");
    assertThat(before.version().draftCorrections()).isEmpty();
    MouView after = mous.find(mou, LocalDate.of(2021, 12, 1)).orElseThrow();
    assertThat(after.title()).isEqualTo("County Durham Memorandum of Understandin");
    assertThat(after.version().version()).isEqualTo(2);
    assertThat(after.version().label()).isEqualTo("December 2021");
    assertThat(after.version().schedules())
        .containsExactly("Schedule 1: Governance", "Schedule 3: Estates");
    assertThat(after.version().draftCorrections())
        .extracting(c -> c.before().label(), c -> c.before().schedules())
        .containsExactly(tuple("Decmber 2021", List.of("Schedule 1: Governance")));
  }

  @Test
  void a_draft_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent correction = correctFirstDraft(drafted.eventId().toString());
    MouView before = mous.find(mou, IN_FORCE).orElseThrow();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(mous.find(mou, IN_FORCE)).contains(before);
    assertThat(before.version().schedules()).hasSize(2);
    assertThat(before.version().draftCorrections()).hasSize(1);
  }

  @Test
  void a_review_corrected_to_an_earlier_day_and_due_date_holds_from_that_day() {
    RecordedEvent reviewed = review();
    RecordedEvent correction =
        accept(
            new MouReviewCorrected(
                mou,
                1,
                reviewed.eventId().toString(),
                LocalDate.of(2022, 11, 1),
                REVIEWED,
                "Reviewed at the November board",
                REVIEW_CORRECTED));

    assertReview(REVIEW_CORRECTED.minusDays(1), FIRST_REVIEW_DUE, null);
    assertReview(REVIEW_CORRECTED, LocalDate.of(2022, 11, 1), REVIEW_CORRECTED);
    assertReview(REVIEW_CORRECTED.plusDays(1), LocalDate.of(2022, 11, 1), REVIEW_CORRECTED);
    assertReview(REVIEWED.minusDays(1), LocalDate.of(2022, 11, 1), REVIEW_CORRECTED);
    assertReview(REVIEWED, LocalDate.of(2022, 11, 1), REVIEW_CORRECTED);
    assertReview(REVIEWED.plusDays(1), LocalDate.of(2022, 11, 1), REVIEW_CORRECTED);
    assertThat(mous.find(mou, REVIEW_CORRECTED.minusDays(1)).orElseThrow().version())
        .extracting(MouView.Version::reviewCorrections)
        .isEqualTo(List.of());
    assertThat(mous.find(mou, REVIEW_CORRECTED).orElseThrow().version().reviewCorrections())
        .containsExactly(
            new MouView.ReviewCorrection(
                correction.recordedAt(),
                "Reviewed at the November board",
                reviewed.eventId().toString(),
                REVIEWED,
                LocalDate.of(2022, 11, 15)));
  }

  @Test
  void a_second_review_correction_names_the_first_and_moves_it_later_than_recorded() {
    RecordedEvent reviewed = review();
    RecordedEvent first =
        accept(
            new MouReviewCorrected(
                mou,
                1,
                reviewed.eventId().toString(),
                LocalDate.of(2022, 11, 1),
                REVIEWED,
                "November board",
                REVIEW_CORRECTED));
    LocalDate later = REVIEWED.plusDays(10);
    accept(
        new MouReviewCorrected(
            mou,
            1,
            first.eventId().toString(),
            LocalDate.of(2022, 11, 25),
            REVIEW_CORRECTED,
            "The November board deferred it to the 25th",
            later));

    assertReview(REVIEW_CORRECTED, FIRST_REVIEW_DUE, null);
    assertReview(REVIEWED, FIRST_REVIEW_DUE, null);
    assertReview(later.minusDays(1), FIRST_REVIEW_DUE, null);
    assertReview(later, LocalDate.of(2022, 11, 25), later);
    assertThat(mous.find(mou, later).orElseThrow().version().reviewCorrections())
        .extracting(
            MouView.ReviewCorrection::correctedEventId,
            MouView.ReviewCorrection::previousReviewedOn,
            MouView.ReviewCorrection::previousNextReviewDue)
        .containsExactly(
            tuple(reviewed.eventId().toString(), REVIEWED, LocalDate.of(2022, 11, 15)),
            tuple(first.eventId().toString(), REVIEW_CORRECTED, LocalDate.of(2022, 11, 1)));
  }

  @Test
  void a_review_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent reviewed = review();
    RecordedEvent correction =
        accept(
            new MouReviewCorrected(
                mou,
                1,
                reviewed.eventId().toString(),
                LocalDate.of(2022, 11, 1),
                REVIEWED,
                "November board",
                REVIEW_CORRECTED));
    MouView before = mous.find(mou, REVIEWED).orElseThrow();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(mous.find(mou, REVIEWED)).contains(before);
    assertReview(REVIEW_CORRECTED.minusDays(1), FIRST_REVIEW_DUE, null);
  }

  @Test
  void a_notice_corrected_to_an_earlier_day_is_given_from_it() {
    RecordedEvent notice = accept(new MouPartyGaveNotice(mou, trust, NOTICE));
    RecordedEvent correction =
        accept(
            new MouDateCorrected(
                mou,
                notice.eventId().toString(),
                NOTICE,
                "The letter is dated 3 January",
                NOTICE_CORRECTED));

    assertThat(noticesOn(NOTICE_CORRECTED.minusDays(1))).isEmpty();
    assertThat(noticesOn(NOTICE_CORRECTED)).hasSize(1);
    assertThat(noticesOn(NOTICE_CORRECTED.plusDays(1))).hasSize(1);
    assertThat(noticesOn(NOTICE.minusDays(1))).hasSize(1);
    assertThat(noticesOn(NOTICE)).hasSize(1);
    assertThat(noticesOn(NOTICE.plusDays(1))).hasSize(1);
    MouView.Notice given = noticesOn(NOTICE).get(0);
    assertThat(given.organisationId()).isEqualTo(trust);
    assertThat(given.givenOn()).isEqualTo(NOTICE_CORRECTED);
    assertThat(given.corrections())
        .containsExactly(
            new MouView.DateCorrection(
                correction.recordedAt(),
                "The letter is dated 3 January",
                notice.eventId().toString(),
                NOTICE));
    assertThat(mous.find(mou, NOTICE).orElseThrow().terminationCorrections()).isEmpty();
  }

  @Test
  void a_second_notice_correction_names_the_first_and_moves_it_later_than_recorded() {
    RecordedEvent notice = accept(new MouPartyGaveNotice(mou, trust, NOTICE));
    RecordedEvent first =
        accept(
            new MouDateCorrected(
                mou, notice.eventId().toString(), NOTICE, "Dated 3 January", NOTICE_CORRECTED));
    LocalDate later = NOTICE.plusDays(7);
    accept(
        new MouDateCorrected(
            mou, first.eventId().toString(), NOTICE_CORRECTED, "Received on the 17th", later));

    assertThat(noticesOn(NOTICE_CORRECTED)).isEmpty();
    assertThat(noticesOn(NOTICE)).isEmpty();
    assertThat(noticesOn(later.minusDays(1))).isEmpty();
    assertThat(noticesOn(later))
        .singleElement()
        .extracting(MouView.Notice::givenOn)
        .isEqualTo(later);
    assertThat(noticesOn(later).get(0).corrections())
        .extracting(MouView.DateCorrection::correctedEventId, MouView.DateCorrection::previousDate)
        .containsExactly(
            tuple(notice.eventId().toString(), NOTICE),
            tuple(first.eventId().toString(), NOTICE_CORRECTED));
  }

  @Test
  void a_notice_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent notice = accept(new MouPartyGaveNotice(mou, trust, NOTICE));
    RecordedEvent correction =
        accept(
            new MouDateCorrected(
                mou, notice.eventId().toString(), NOTICE, "Dated 3 January", NOTICE_CORRECTED));
    MouView before = mous.find(mou, NOTICE).orElseThrow();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(mous.find(mou, NOTICE)).contains(before);
    assertThat(noticesOn(NOTICE_CORRECTED.minusDays(1))).isEmpty();
  }

  @Test
  void a_termination_corrected_to_an_earlier_day_ends_the_mou_then() {
    RecordedEvent terminated = accept(new MouTerminated(mou, TERMINATED));
    RecordedEvent correction =
        accept(
            new MouDateCorrected(
                mou,
                terminated.eventId().toString(),
                TERMINATED,
                "The partners agreed to end it on 1 March",
                TERMINATION_CORRECTED));

    assertThat(statusOn(TERMINATION_CORRECTED.minusDays(1))).isEqualTo(MouStatus.IN_FORCE);
    assertThat(statusOn(TERMINATION_CORRECTED)).isEqualTo(MouStatus.TERMINATED);
    assertThat(statusOn(TERMINATION_CORRECTED.plusDays(1))).isEqualTo(MouStatus.TERMINATED);
    assertThat(statusOn(TERMINATED.minusDays(1))).isEqualTo(MouStatus.TERMINATED);
    assertThat(statusOn(TERMINATED)).isEqualTo(MouStatus.TERMINATED);
    assertThat(statusOn(TERMINATED.plusDays(1))).isEqualTo(MouStatus.TERMINATED);
    assertThat(mous.find(mou, TERMINATION_CORRECTED.minusDays(1)).orElseThrow().version().version())
        .isEqualTo(1);
    MouView ended = mous.find(mou, TERMINATED).orElseThrow();
    assertThat(ended.terminatedOn()).isEqualTo(TERMINATION_CORRECTED);
    assertThat(ended.terminationCorrections())
        .containsExactly(
            new MouView.DateCorrection(
                correction.recordedAt(),
                "The partners agreed to end it on 1 March",
                terminated.eventId().toString(),
                TERMINATED));
    assertThat(mous.find(mou, TERMINATION_CORRECTED.minusDays(1)).orElseThrow())
        .extracting(MouView::terminatedOn, MouView::terminationCorrections)
        .containsExactly(null, List.of());
  }

  @Test
  void a_second_termination_correction_names_the_first_and_moves_it_later_than_recorded() {
    RecordedEvent terminated = accept(new MouTerminated(mou, TERMINATED));
    RecordedEvent first =
        accept(
            new MouDateCorrected(
                mou,
                terminated.eventId().toString(),
                TERMINATED,
                "1 March",
                TERMINATION_CORRECTED));
    LocalDate later = TERMINATED.plusDays(30);
    accept(
        new MouDateCorrected(
            mou,
            first.eventId().toString(),
            TERMINATION_CORRECTED,
            "It ran to the end of the notice period",
            later));

    assertThat(statusOn(TERMINATION_CORRECTED)).isEqualTo(MouStatus.IN_FORCE);
    assertThat(statusOn(TERMINATED)).isEqualTo(MouStatus.IN_FORCE);
    assertThat(statusOn(later.minusDays(1))).isEqualTo(MouStatus.IN_FORCE);
    assertThat(mous.find(mou, later.minusDays(1)).orElseThrow().version().version()).isEqualTo(1);
    assertThat(statusOn(later)).isEqualTo(MouStatus.TERMINATED);
    assertThat(mous.find(mou, later).orElseThrow().terminationCorrections())
        .extracting(MouView.DateCorrection::correctedEventId, MouView.DateCorrection::previousDate)
        .containsExactly(
            tuple(terminated.eventId().toString(), TERMINATED),
            tuple(first.eventId().toString(), TERMINATION_CORRECTED));
  }

  @Test
  void a_termination_correction_delivered_twice_changes_nothing_the_second_time() {
    RecordedEvent terminated = accept(new MouTerminated(mou, TERMINATED));
    RecordedEvent correction =
        accept(
            new MouDateCorrected(
                mou,
                terminated.eventId().toString(),
                TERMINATED,
                "1 March",
                TERMINATION_CORRECTED));
    MouView before = mous.find(mou, TERMINATED).orElseThrow();

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(mous.find(mou, TERMINATED)).contains(before);
    assertThat(statusOn(TERMINATION_CORRECTED)).isEqualTo(MouStatus.TERMINATED);
  }

  private RecordedEvent correctFirstDraft(String correctedEventId) {
    return accept(
        new MouDraftCorrected(
            mou,
            1,
            correctedEventId,
            "County Durham Memorandum of Understanding",
            "November 2020",
            List.of("Schedule 1: Governance", "Schedule 2: Pooled budgets"),
            24,
            6,
            "The signed copy has two schedules",
            DRAFTED));
  }

  private RecordedEvent review() {
    return accept(new MouReviewed(mou, 1, LocalDate.of(2022, 11, 15), REVIEWED));
  }

  private void assertReview(LocalDate day, LocalDate due, LocalDate lastReviewed) {
    MouView.Version version = mous.find(mou, day).orElseThrow().version();
    assertThat(version.reviewDue()).as("review due on " + day).isEqualTo(due);
    assertThat(version.lastReviewedOn()).as("last reviewed on " + day).isEqualTo(lastReviewed);
  }

  private List<MouView.Notice> noticesOn(LocalDate day) {
    return mous.find(mou, day).orElseThrow().notices();
  }

  private MouStatus statusOn(LocalDate day) {
    return mous.find(mou, day).orElseThrow().status();
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
