package uk.partnershipledger.query.mou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.mou.MouEvent.MouAmendedOnLeaving;
import uk.partnershipledger.events.mou.MouEvent.MouCameIntoForce;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouPartyGaveNotice;
import uk.partnershipledger.events.mou.MouEvent.MouReviewed;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureSucceeded;
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
 * Given the County Durham MoU's history, then the MoU on a date: the April 2017 version signed by
 * the council, the CCG and the foundation trust, reviewed; the December 2020 variation adding TEWV
 * (seeds/001 MoU); the CCG's signature passing to the ICB on 1 July 2022 (seeds/003 §2.1); TEWV's
 * notice and leaving, amending the MoU without new signatures (seeds/001 MoU §26); termination.
 * Each change is tested on the day before, the day of and the day after; a corrected signature
 * (DOMAIN.md rule 7) on those days around both the recorded and the corrected date. Runs once per
 * database.
 */
abstract class MouProjectionTest {

  private static final LocalDate DRAFTED = LocalDate.of(2017, 3, 1);
  private static final LocalDate COUNCIL_SIGNS = LocalDate.of(2017, 3, 20);
  private static final LocalDate IN_FORCE = LocalDate.of(2017, 4, 1);
  private static final LocalDate REVIEWED = LocalDate.of(2018, 3, 15);
  private static final LocalDate VARIATION_DRAFTED = LocalDate.of(2020, 11, 1);
  private static final LocalDate VARIATION_IN_FORCE = LocalDate.of(2020, 12, 1);
  private static final LocalDate TEWV_NOTICE = LocalDate.of(2022, 1, 10);
  private static final LocalDate SUCCESSION = LocalDate.of(2022, 7, 1);
  private static final LocalDate TEWV_LEAVES = LocalDate.of(2022, 9, 1);
  private static final LocalDate TERMINATED = LocalDate.of(2024, 4, 1);

  @Autowired EventIntake intake;
  @Autowired MouReadModel mous;
  @Autowired JdbcTemplate jdbc;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final MouId mou = MouId.newId();
  private final OrganisationId dcc = OrganisationId.newId();
  private final OrganisationId ccg = OrganisationId.newId();
  private final OrganisationId cddft = OrganisationId.newId();
  private final OrganisationId tewv = OrganisationId.newId();
  private final OrganisationId icb = OrganisationId.newId();

  @BeforeEach
  void givenTheCountyDurhamMou() {
    given(
        registered(dcc, "Durham County Council", OrganisationKind.LOCAL_AUTHORITY),
        registered(ccg, "NHS County Durham CCG", OrganisationKind.CLINICAL_COMMISSIONING_GROUP),
        registered(
            cddft, "County Durham and Darlington NHS FT", OrganisationKind.NHS_FOUNDATION_TRUST),
        registered(
            tewv, "Tees, Esk and Wear Valleys NHS FT", OrganisationKind.NHS_FOUNDATION_TRUST),
        registered(
            icb, "NHS North East and North Cumbria ICB", OrganisationKind.INTEGRATED_CARE_BOARD),
        new PartnershipFormed(cdcp, "County Durham Care Partnership", "County Durham", DRAFTED),
        new MouDrafted(
            mou,
            cdcp,
            "County Durham Memorandum of Understanding",
            1,
            "April 2017",
            List.of(dcc, ccg, cddft),
            List.of("Schedule 1: Governance"),
            12,
            12,
            DRAFTED),
        new MouSigned(
            mou, 1, dcc, Signatory.named("Terry Collins, Chief Executive"), COUNCIL_SIGNS),
        new MouSigned(
            mou,
            1,
            ccg,
            Signatory.named("Nicola Bailey, Chief Officer"),
            LocalDate.of(2017, 3, 25)),
        new MouSigned(mou, 1, cddft, Signatory.named("Sue Jacques, Chief Executive"), IN_FORCE),
        new MouCameIntoForce(mou, 1, LocalDate.of(2018, 4, 1), IN_FORCE),
        new MouReviewed(mou, 1, LocalDate.of(2019, 3, 15), REVIEWED),
        new MouVariationDrafted(
            mou,
            2,
            "December 2020",
            List.of(dcc, ccg, cddft, tewv),
            List.of("Schedule 1: Governance", "Schedule 2: Pooled budgets"),
            12,
            VARIATION_DRAFTED),
        new MouSigned(
            mou,
            2,
            dcc,
            Signatory.named("John Hewitt, Chief Executive"),
            LocalDate.of(2020, 11, 20)),
        new MouSigned(
            mou,
            2,
            ccg,
            Signatory.named("Nicola Bailey, Chief Officer"),
            LocalDate.of(2020, 11, 23)),
        new MouSigned(
            mou,
            2,
            cddft,
            Signatory.named("Sue Jacques, Chief Executive"),
            LocalDate.of(2020, 11, 25)),
        new MouSigned(
            mou, 2, tewv, Signatory.named("Brent Kilmurray, Chief Executive"), VARIATION_IN_FORCE),
        new MouCameIntoForce(mou, 2, LocalDate.of(2021, 12, 1), VARIATION_IN_FORCE),
        new MouPartyGaveNotice(mou, tewv, TEWV_NOTICE),
        new MouSignatureSucceeded(mou, 2, ccg, icb, SUCCESSION),
        new MouAmendedOnLeaving(
            mou,
            3,
            "Amended September 2022",
            tewv,
            List.of(dcc, icb, cddft),
            LocalDate.of(2023, 9, 1),
            TEWV_LEAVES),
        new MouTerminated(mou, TERMINATED));
  }

  @Test
  void before_it_was_drafted_an_mou_has_no_status_and_from_then_it_is_a_draft() {
    MouView before = on(DRAFTED.minusDays(1));
    assertThat(before.status()).isNull();
    assertThat(before.version()).isNull();

    MouView drafted = on(DRAFTED);
    assertThat(drafted.status()).isEqualTo(MouStatus.DRAFT);
    assertThat(drafted.title()).isEqualTo("County Durham Memorandum of Understanding");
    assertThat(drafted.partnershipId()).isEqualTo(cdcp);
    assertThat(drafted.version().version()).isEqualTo(1);
    assertThat(drafted.version().label()).isEqualTo("April 2017");
    assertThat(drafted.version().inForceFrom()).isNull();
    assertThat(drafted.version().parties())
        .extracting(MouView.Party::name)
        .containsExactly(
            "Durham County Council",
            "NHS County Durham CCG",
            "County Durham and Darlington NHS FT");
    assertThat(drafted.version().signatories()).isEmpty();
    assertThat(on(COUNCIL_SIGNS.minusDays(1)).version().signatories()).isEmpty();
    assertThat(on(COUNCIL_SIGNS).version().signatories())
        .containsExactly(
            new MouView.Signature(
                dcc,
                "Durham County Council",
                "Terry Collins, Chief Executive",
                null,
                COUNCIL_SIGNS,
                null,
                COUNCIL_SIGNS,
                List.of()));
  }

  @Test
  void the_first_version_is_in_force_from_the_day_its_last_party_signed() {
    MouView dayBefore = on(IN_FORCE.minusDays(1));
    assertThat(dayBefore.status()).isEqualTo(MouStatus.DRAFT);
    assertThat(dayBefore.version().signatories()).hasSize(2);

    for (LocalDate day : List.of(IN_FORCE, IN_FORCE.plusDays(1))) {
      MouView inForce = on(day);
      assertThat(inForce.status()).isEqualTo(MouStatus.IN_FORCE);
      assertThat(inForce.version().version()).isEqualTo(1);
      assertThat(inForce.version().inForceFrom()).isEqualTo(IN_FORCE);
      assertThat(inForce.version().schedules()).containsExactly("Schedule 1: Governance");
      assertThat(inForce.version().signatories())
          .extracting(MouView.Signature::organisationId)
          .containsExactly(dcc, ccg, cddft);
      assertThat(inForce.version().reviewDue()).isEqualTo(LocalDate.of(2018, 4, 1));
    }
  }

  @Test
  void a_review_moves_the_review_date_from_its_day_on() {
    MouView dayBefore = on(REVIEWED.minusDays(1));
    assertThat(dayBefore.version().reviewDue()).isEqualTo(LocalDate.of(2018, 4, 1));
    assertThat(dayBefore.version().lastReviewedOn()).isNull();

    for (LocalDate day : List.of(REVIEWED, REVIEWED.plusDays(1))) {
      assertThat(on(day).version().reviewDue()).isEqualTo(LocalDate.of(2019, 3, 15));
      assertThat(on(day).version().lastReviewedOn()).isEqualTo(REVIEWED);
    }
  }

  @Test
  void a_variation_in_draft_leaves_the_version_in_force_until_it_comes_into_force_itself() {
    assertThat(on(VARIATION_DRAFTED).version().version()).isEqualTo(1);
    assertThat(on(VARIATION_IN_FORCE.minusDays(1)).version().version()).isEqualTo(1);
    assertThat(on(VARIATION_IN_FORCE.minusDays(1)).status()).isEqualTo(MouStatus.IN_FORCE);

    for (LocalDate day : List.of(VARIATION_IN_FORCE, VARIATION_IN_FORCE.plusDays(1))) {
      MouView.Version version = on(day).version();
      assertThat(version.version()).isEqualTo(2);
      assertThat(version.label()).isEqualTo("December 2020");
      assertThat(version.inForceFrom()).isEqualTo(VARIATION_IN_FORCE);
      assertThat(version.parties())
          .extracting(MouView.Party::organisationId)
          .containsExactly(dcc, ccg, cddft, tewv);
      assertThat(version.schedules()).hasSize(2);
      assertThat(version.signatories())
          .extracting(MouView.Signature::organisationId, MouView.Signature::signatory)
          .containsExactly(
              tuple(dcc, "John Hewitt, Chief Executive"),
              tuple(ccg, "Nicola Bailey, Chief Officer"),
              tuple(cddft, "Sue Jacques, Chief Executive"),
              tuple(tewv, "Brent Kilmurray, Chief Executive"));
      assertThat(version.reviewDue()).isEqualTo(LocalDate.of(2021, 12, 1));
      assertThat(version.lastReviewedOn()).as("the review was of version 1").isNull();
    }
  }

  @Test
  void the_successor_holds_the_abolished_party_s_signature_from_the_day_of_succession() {
    assertThat(on(SUCCESSION.minusDays(1)).version().signatories())
        .extracting(MouView.Signature::organisationId)
        .containsExactly(dcc, ccg, cddft, tewv);

    for (LocalDate day : List.of(SUCCESSION, SUCCESSION.plusDays(1))) {
      MouView.Signature second = on(day).version().signatories().get(1);
      assertThat(second)
          .isEqualTo(
              new MouView.Signature(
                  icb,
                  "NHS North East and North Cumbria ICB",
                  "Nicola Bailey, Chief Officer",
                  null,
                  LocalDate.of(2020, 11, 23),
                  ccg,
                  SUCCESSION,
                  List.of()));
    }
  }

  @Test
  void a_notice_to_leave_shows_from_the_day_it_was_given_while_the_party_is_a_party() {
    assertThat(on(TEWV_NOTICE.minusDays(1)).notices()).isEmpty();
    assertThat(on(TEWV_NOTICE).notices())
        .containsExactly(
            new MouView.Notice(tewv, "Tees, Esk and Wear Valleys NHS FT", TEWV_NOTICE));
    assertThat(on(TEWV_LEAVES.minusDays(1)).notices()).hasSize(1);
    assertThat(on(TEWV_LEAVES).notices()).as("no longer a party").isEmpty();
  }

  @Test
  void amended_on_leaving_the_new_version_binds_the_rest_from_its_day_with_their_signatures() {
    MouView.Version dayBefore = on(TEWV_LEAVES.minusDays(1)).version();
    assertThat(dayBefore.version()).isEqualTo(2);

    for (LocalDate day : List.of(TEWV_LEAVES, TEWV_LEAVES.plusDays(1))) {
      MouView amended = on(day);
      assertThat(amended.status()).isEqualTo(MouStatus.IN_FORCE);
      MouView.Version version = amended.version();
      assertThat(version.version()).isEqualTo(3);
      assertThat(version.label()).isEqualTo("Amended September 2022");
      assertThat(version.inForceFrom()).isEqualTo(TEWV_LEAVES);
      assertThat(version.amendedOnLeavingOf()).isEqualTo(tewv);
      assertThat(version.parties())
          .extracting(MouView.Party::organisationId)
          .containsExactly(dcc, icb, cddft);
      assertThat(version.schedules()).as("carried over").hasSize(2);
      assertThat(version.signatories())
          .extracting(
              MouView.Signature::organisationId,
              MouView.Signature::signedOn,
              MouView.Signature::succeededFrom)
          .containsExactly(
              tuple(dcc, LocalDate.of(2020, 11, 20), null),
              tuple(icb, LocalDate.of(2020, 11, 23), ccg),
              tuple(cddft, LocalDate.of(2020, 11, 25), null));
      assertThat(version.reviewDue()).isEqualTo(LocalDate.of(2023, 9, 1));
    }
  }

  @Test
  void a_terminated_mou_is_in_force_the_day_before_and_terminated_from_the_day_of() {
    assertThat(on(TERMINATED.minusDays(1)).status()).isEqualTo(MouStatus.IN_FORCE);
    assertThat(on(TERMINATED.minusDays(1)).terminatedOn()).isNull();

    for (LocalDate day : List.of(TERMINATED, TERMINATED.plusDays(1))) {
      MouView terminated = on(day);
      assertThat(terminated.status()).isEqualTo(MouStatus.TERMINATED);
      assertThat(terminated.terminatedOn()).isEqualTo(TERMINATED);
      assertThat(terminated.version()).isNull();
    }
  }

  @Test
  void a_partnership_s_mous_are_those_drafted_by_the_date() {
    assertThat(mous.ofPartnership(cdcp, DRAFTED.minusDays(1)).orElseThrow().mous()).isEmpty();
    PartnershipMous answer = mous.ofPartnership(cdcp, IN_FORCE).orElseThrow();
    assertThat(answer.name()).isEqualTo("County Durham Care Partnership");
    assertThat(answer.mous())
        .extracting(MouView::mouId, MouView::status)
        .containsExactly(tuple(mou, MouStatus.IN_FORCE));
    assertThat(mous.ofPartnership(cdcp, TERMINATED).orElseThrow().mous())
        .extracting(MouView::status)
        .containsExactly(MouStatus.TERMINATED);
  }

  @Test
  void a_review_on_the_day_a_version_came_into_force_replaces_its_first_review_date() {
    MouId other = MouId.newId();
    given(
        new MouDrafted(other, cdcp, "Other MoU", 1, "v1", List.of(dcc), List.of(), 12, 12, DRAFTED),
        new MouSigned(other, 1, dcc, Signatory.named("Terry Collins"), IN_FORCE),
        new MouCameIntoForce(other, 1, LocalDate.of(2018, 4, 1), IN_FORCE),
        new MouReviewed(other, 1, LocalDate.of(2018, 10, 1), IN_FORCE));

    MouView.Version version = mous.find(other, IN_FORCE).orElseThrow().version();
    assertThat(version.reviewDue()).isEqualTo(LocalDate.of(2018, 10, 1));
    assertThat(version.lastReviewedOn()).isEqualTo(IN_FORCE);
  }

  @Test
  void an_unknown_mou_or_partnership_has_no_answer() {
    assertThat(mous.find(MouId.newId(), IN_FORCE)).isEmpty();
    assertThat(mous.ofPartnership(PartnershipId.newId(), IN_FORCE)).isEmpty();
  }

  @Test
  void a_signature_corrected_to_a_later_day_is_held_from_it_with_the_corrected_signatory() {
    LocalDate recorded = LocalDate.of(2017, 3, 25);
    LocalDate corrected = LocalDate.of(2017, 3, 28);
    RecordedEvent correction =
        history.record(
            new MouSignatureCorrected(
                mou,
                1,
                ccg,
                "5b1f3c2e-0000-4000-8000-000000000021",
                Signatory.named("Dr Stewart Findlay, Chief Officer"),
                "Signed by the Chief Officer on 28 March, as the signed copy shows",
                corrected));
    assertThat(intake.accept(correction)).isEqualTo(Outcome.PROJECTED);

    for (LocalDate day :
        List.of(recorded.minusDays(1), recorded, recorded.plusDays(1), corrected.minusDays(1))) {
      assertThat(on(day).version().signatories())
          .as("signatures on " + day)
          .extracting(MouView.Signature::organisationId)
          .containsExactly(dcc);
    }
    for (LocalDate day : List.of(corrected, corrected.plusDays(1))) {
      assertThat(on(day).version().signatories())
          .as("signatures on " + day)
          .containsExactly(
              new MouView.Signature(
                  dcc,
                  "Durham County Council",
                  "Terry Collins, Chief Executive",
                  null,
                  COUNCIL_SIGNS,
                  null,
                  COUNCIL_SIGNS,
                  List.of()),
              new MouView.Signature(
                  ccg,
                  "NHS County Durham CCG",
                  "Dr Stewart Findlay, Chief Officer",
                  null,
                  corrected,
                  null,
                  corrected,
                  List.of(
                      new MouView.SignatureCorrection(
                          correction.recordedAt(),
                          "Signed by the Chief Officer on 28 March, as the signed copy shows",
                          "5b1f3c2e-0000-4000-8000-000000000021",
                          new MouView.Signing("Nicola Bailey, Chief Officer", null, recorded)))));
    }
    assertThat(on(IN_FORCE).version().inForceFrom())
        .as("a corrected signature does not move the day the version came into force")
        .isEqualTo(IN_FORCE);
    assertThat(on(IN_FORCE.minusDays(1)).status()).isEqualTo(MouStatus.DRAFT);
  }

  @Test
  void a_signature_corrected_to_an_earlier_day_is_held_from_it() {
    LocalDate corrected = COUNCIL_SIGNS.minusDays(5);
    given(
        new MouSignatureCorrected(
            mou,
            1,
            dcc,
            "5b1f3c2e-0000-4000-8000-000000000022",
            Signatory.named("Terry Collins, Chief Executive"),
            "Signed on 15 March",
            corrected));

    assertThat(on(corrected.minusDays(1)).version().signatories()).isEmpty();
    for (LocalDate day :
        List.of(
            corrected,
            corrected.plusDays(1),
            COUNCIL_SIGNS.minusDays(1),
            COUNCIL_SIGNS,
            COUNCIL_SIGNS.plusDays(1))) {
      assertThat(on(day).version().signatories())
          .as("signatures on " + day)
          .extracting(
              MouView.Signature::organisationId,
              MouView.Signature::signedOn,
              MouView.Signature::heldSince)
          .containsExactly(tuple(dcc, corrected, corrected));
    }
  }

  @Test
  void a_corrected_signature_reaches_its_copies_passed_to_a_successor_and_carried_over() {
    LocalDate recorded = LocalDate.of(2020, 11, 23);
    LocalDate corrected = LocalDate.of(2020, 11, 21);
    RecordedEvent correction =
        history.record(
            new MouSignatureCorrected(
                mou,
                2,
                ccg,
                "5b1f3c2e-0000-4000-8000-000000000023",
                Signatory.named("Dr Stewart Findlay, Chief Officer"),
                "Signed by the Chief Officer on 21 November",
                corrected));
    assertThat(intake.accept(correction)).isEqualTo(Outcome.PROJECTED);

    MouView.SignatureCorrection expected =
        new MouView.SignatureCorrection(
            correction.recordedAt(),
            "Signed by the Chief Officer on 21 November",
            "5b1f3c2e-0000-4000-8000-000000000023",
            new MouView.Signing("Nicola Bailey, Chief Officer", null, recorded));
    assertThat(on(SUCCESSION.minusDays(1)).version().signatories())
        .extracting(
            MouView.Signature::organisationId,
            MouView.Signature::signatory,
            MouView.Signature::signedOn,
            MouView.Signature::heldSince,
            MouView.Signature::corrections)
        .contains(
            tuple(
                ccg, "Dr Stewart Findlay, Chief Officer", corrected, corrected, List.of(expected)));
    for (LocalDate day : List.of(SUCCESSION, SUCCESSION.plusDays(1), TEWV_LEAVES.minusDays(1))) {
      assertThat(on(day).version().signatories().get(1))
          .as("the successor's copy on " + day)
          .isEqualTo(
              new MouView.Signature(
                  icb,
                  "NHS North East and North Cumbria ICB",
                  "Dr Stewart Findlay, Chief Officer",
                  null,
                  corrected,
                  ccg,
                  SUCCESSION,
                  List.of(expected)));
    }
    for (LocalDate day : List.of(TEWV_LEAVES, TEWV_LEAVES.plusDays(1))) {
      MouView.Version amended = on(day).version();
      assertThat(amended.version()).isEqualTo(3);
      assertThat(amended.signatories())
          .as("the copies carried over on " + day)
          .extracting(
              MouView.Signature::organisationId,
              MouView.Signature::signatory,
              MouView.Signature::signedOn,
              MouView.Signature::heldSince,
              MouView.Signature::corrections)
          .containsExactly(
              tuple(
                  dcc,
                  "John Hewitt, Chief Executive",
                  LocalDate.of(2020, 11, 20),
                  TEWV_LEAVES,
                  List.of()),
              tuple(
                  icb,
                  "Dr Stewart Findlay, Chief Officer",
                  corrected,
                  TEWV_LEAVES,
                  List.of(expected)),
              tuple(
                  cddft,
                  "Sue Jacques, Chief Executive",
                  LocalDate.of(2020, 11, 25),
                  TEWV_LEAVES,
                  List.of()));
    }
    assertThat(on(IN_FORCE).version().signatories())
        .as("the CCG's signature of version 1 is another signature")
        .filteredOn(s -> s.organisationId().equals(ccg))
        .extracting(MouView.Signature::signatory, MouView.Signature::corrections)
        .containsExactly(tuple("Nicola Bailey, Chief Officer", List.of()));
  }

  @Test
  void a_signature_correction_delivered_twice_changes_nothing_the_second_time() {
    LocalDate corrected = COUNCIL_SIGNS.plusDays(2);
    RecordedEvent correction =
        history.record(
            new MouSignatureCorrected(
                mou,
                1,
                dcc,
                "5b1f3c2e-0000-4000-8000-000000000024",
                Signatory.named("Terry Collins, Chief Executive"),
                "Signed on 22 March",
                corrected));
    assertThat(intake.accept(correction)).isEqualTo(Outcome.PROJECTED);
    MouView before = on(corrected);

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(on(corrected)).isEqualTo(before);
    assertThat(before.version().signatories())
        .extracting(MouView.Signature::signedOn, s -> s.corrections().size())
        .containsExactly(tuple(corrected, 1));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from mou_signature_correction where mou_id = ?",
                Integer.class,
                mou.value()))
        .isEqualTo(1);
  }

  private MouView on(LocalDate date) {
    return mous.find(mou, date).orElseThrow();
  }

  private static OrganisationRegistered registered(
      OrganisationId id, String name, OrganisationKind kind) {
    return new OrganisationRegistered(id, name, kind, true, LocalDate.of(1974, 4, 1));
  }

  private void given(GovernanceEvent... events) {
    for (GovernanceEvent event : events) {
      assertThat(intake.accept(history.record(event))).isEqualTo(Outcome.PROJECTED);
    }
  }
}
