package uk.partnershipledger.query.mou;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouDraftingCorrected;
import uk.partnershipledger.events.mou.MouId;
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
 * Given an MoU drafted with the wrong parties on the wrong day, and no signature yet, then
 * corrections of its drafting (DOMAIN.md rule 7): the MoU is a draft from the corrected day, with
 * the corrected parties, and what each correction replaced is kept.
 */
abstract class DraftingCorrectionProjectionTest {

  private static final LocalDate DRAFTED = LocalDate.of(2020, 11, 1);
  private static final LocalDate DRAFT_CORRECTED = LocalDate.of(2020, 11, 10);

  @Autowired EventIntake intake;
  @Autowired MouReadModel mous;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final MouId mou = MouId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private final OrganisationId trust = OrganisationId.newId();
  private final OrganisationId icb = OrganisationId.newId();
  private RecordedEvent drafted;

  @BeforeEach
  void givenADraft() {
    accept(
        new OrganisationRegistered(
            council,
            "Durham County Council",
            OrganisationKind.LOCAL_AUTHORITY,
            true,
            LocalDate.of(1974, 4, 1)));
    accept(new PartnershipFormed(cdcp, "County Durham Care Partnership", "County Durham", DRAFTED));
    drafted =
        accept(
            new MouDrafted(
                mou,
                cdcp,
                "County Durham Memorandum of Understanding",
                1,
                "November 2020",
                List.of(council, trust),
                List.of("Schedule 1: Governance"),
                12,
                12,
                DRAFTED));
  }

  @Test
  void a_draft_corrected_to_a_later_day_and_other_parties_is_a_draft_from_that_day() {
    accept(
        new MouDraftingCorrected(
            mou,
            1,
            drafted.eventId().toString(),
            List.of(council, icb),
            DRAFTED,
            "The draft of 10 November names the ICB",
            DRAFT_CORRECTED));

    for (LocalDate day :
        List.of(DRAFTED.minusDays(1), DRAFTED, DRAFTED.plusDays(1), DRAFT_CORRECTED.minusDays(1))) {
      assertThat(mous.find(mou, day).orElseThrow().status()).isNull();
      assertThat(mous.ofPartnership(cdcp, day).orElseThrow().mous()).isEmpty();
    }
    for (LocalDate day : List.of(DRAFT_CORRECTED, DRAFT_CORRECTED.plusDays(1))) {
      MouView view = mous.find(mou, day).orElseThrow();
      assertThat(view.status()).isEqualTo(MouStatus.DRAFT);
      assertThat(view.draftedOn()).isEqualTo(DRAFT_CORRECTED);
      assertThat(view.version().draftedOn()).isEqualTo(DRAFT_CORRECTED);
      assertThat(view.version().parties())
          .extracting(MouView.Party::organisationId)
          .containsExactly(council, icb);
      assertThat(view.version().draftingCorrections())
          .containsExactly(
              new MouView.DraftingCorrection(
                  view.version().draftingCorrections().get(0).correctedAt(),
                  "The draft of 10 November names the ICB",
                  drafted.eventId().toString(),
                  DRAFTED,
                  List.of(council, trust)));
      assertThat(mous.ofPartnership(cdcp, day).orElseThrow().mous()).hasSize(1);
    }
  }

  @Test
  void a_second_drafting_correction_names_the_first_moves_it_earlier_and_twice_is_once() {
    RecordedEvent first =
        accept(
            new MouDraftingCorrected(
                mou,
                1,
                drafted.eventId().toString(),
                List.of(council),
                DRAFTED,
                "Only the council",
                DRAFTED));
    LocalDate earlier = DRAFTED.minusDays(1);
    RecordedEvent second =
        accept(
            new MouDraftingCorrected(
                mou,
                1,
                first.eventId().toString(),
                List.of(council, icb, trust),
                DRAFTED,
                "A day earlier, with three parties",
                earlier));
    MouView before = mous.find(mou, earlier).orElseThrow();

    assertThat(intake.accept(second)).isEqualTo(Outcome.SKIPPED);

    assertThat(mous.find(mou, earlier).orElseThrow()).isEqualTo(before);
    assertThat(mous.find(mou, earlier.minusDays(1)).orElseThrow().status()).isNull();
    assertThat(before.status()).isEqualTo(MouStatus.DRAFT);
    assertThat(before.version().parties())
        .extracting(MouView.Party::organisationId)
        .containsExactly(council, icb, trust);
    assertThat(before.version().draftingCorrections())
        .extracting(MouView.DraftingCorrection::correctedEventId)
        .containsExactly(drafted.eventId().toString(), first.eventId().toString());
    assertThat(before.version().draftingCorrections())
        .extracting(MouView.DraftingCorrection::previousParties)
        .containsExactly(List.of(council, trust), List.of(council));
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
