package uk.partnershipledger.query.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyEvent.AppointmentOrganisationCorrected;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyReplaced;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementCorrected;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementSet;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.ChairArrangement;
import uk.partnershipledger.events.body.ChairTurn;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given a body's chair arrangements, its replacement and a member's appointment, then corrections
 * of an arrangement (kind, turns, day), of the body that replaced it and of the organisation the
 * member represents: the corrected facts on the day before, of and after the recorded and corrected
 * days, with what each correction replaced.
 */
abstract class ChairReplacementAndOrganisationCorrectionProjectionTest {

  private static final LocalDate ESTABLISHED = LocalDate.of(2022, 4, 1);
  private static final LocalDate APPOINTED_CHAIR = LocalDate.of(2022, 4, 1);
  private static final LocalDate ROTATING = LocalDate.of(2022, 10, 1);
  private static final LocalDate ROTATING_CORRECTED = LocalDate.of(2022, 11, 1);
  private static final LocalDate REPLACED = LocalDate.of(2024, 4, 1);

  @Autowired EventIntake intake;
  @Autowired BodyReadModel bodies;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final BodyId committee = BodyId.newId();
  private final BodyId executive = BodyId.newId();
  private final BodyId board = BodyId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private final OrganisationId icb = OrganisationId.newId();
  private final MembershipId member = MembershipId.newId();

  @BeforeEach
  void givenABody() {
    for (BodyId body : List.of(committee, executive, board)) {
      accept(
          new BodyEstablished(
              body,
              cdcp,
              body == committee ? "Joint Committee" : body == executive ? "Executive" : "Board",
              BodyType.JOINT_COMMITTEE,
              BodyStatus.OPERATIONAL,
              null,
              List.of(),
              ESTABLISHED));
    }
  }

  @Test
  void a_chair_arrangement_corrected_to_a_later_day_and_kind_holds_from_it() {
    accept(
        new ChairArrangementSet(committee, ChairArrangement.APPOINTED, List.of(), APPOINTED_CHAIR));
    RecordedEvent rotating =
        accept(
            new ChairArrangementSet(
                committee,
                ChairArrangement.ROTATING,
                List.of(new ChairTurn(council, ROTATING)),
                ROTATING));
    accept(
        new ChairArrangementCorrected(
            committee,
            rotating.eventId().toString(),
            ChairArrangement.ROTATING,
            List.of(
                new ChairTurn(icb, ROTATING_CORRECTED),
                new ChairTurn(council, ROTATING_CORRECTED.plusYears(1))),
            ROTATING,
            "The rotation began in November, with the ICB",
            ROTATING_CORRECTED));

    for (LocalDate day :
        List.of(
            ROTATING.minusDays(1),
            ROTATING,
            ROTATING.plusDays(1),
            ROTATING_CORRECTED.minusDays(1))) {
      BodyView.ChairArrangementOnDate arrangement = arrangement(day);
      assertThat(arrangement.arrangement()).isEqualTo(ChairArrangement.APPOINTED);
      assertThat(arrangement.corrections()).isEmpty();
    }
    for (LocalDate day : List.of(ROTATING_CORRECTED, ROTATING_CORRECTED.plusDays(1))) {
      BodyView.ChairArrangementOnDate arrangement = arrangement(day);
      assertThat(arrangement.arrangement()).isEqualTo(ChairArrangement.ROTATING);
      assertThat(arrangement.since()).isEqualTo(ROTATING_CORRECTED);
      assertThat(arrangement.chairFrom().organisationId()).isEqualTo(icb);
      assertThat(arrangement.rotation()).hasSize(2);
      assertThat(arrangement.corrections()).hasSize(1);
      BodyView.ChairArrangementCorrection correction = arrangement.corrections().get(0);
      assertThat(correction.correctedEventId()).isEqualTo(rotating.eventId().toString());
      assertThat(correction.previousArrangement()).isEqualTo(ChairArrangement.ROTATING);
      assertThat(correction.previousSince()).isEqualTo(ROTATING);
      assertThat(correction.previousRotation())
          .containsExactly(new BodyView.PreviousTurn(council, ROTATING));
    }
  }

  @Test
  void a_chair_arrangement_corrected_earlier_then_again_by_naming_the_first_and_twice_is_once() {
    accept(
        new ChairArrangementSet(committee, ChairArrangement.APPOINTED, List.of(), APPOINTED_CHAIR));
    RecordedEvent rotating =
        accept(new ChairArrangementSet(committee, ChairArrangement.ROTATING, List.of(), ROTATING));
    LocalDate earlier = ROTATING.minusDays(1);
    RecordedEvent first =
        accept(
            new ChairArrangementCorrected(
                committee,
                rotating.eventId().toString(),
                ChairArrangement.JOINTLY_APPOINTED_BY_MEMBERS,
                List.of(),
                ROTATING,
                "Chosen by the members",
                ROTATING));
    RecordedEvent second =
        accept(
            new ChairArrangementCorrected(
                committee,
                first.eventId().toString(),
                ChairArrangement.JOINTLY_APPOINTED_BY_MEMBERS,
                List.of(),
                ROTATING,
                "A day earlier",
                earlier));
    BodyView.ChairArrangementOnDate before = arrangement(earlier);

    assertThat(intake.accept(second)).isEqualTo(Outcome.SKIPPED);

    assertThat(arrangement(earlier)).isEqualTo(before);
    assertThat(arrangement(earlier.minusDays(1)).arrangement())
        .isEqualTo(ChairArrangement.APPOINTED);
    assertThat(before.arrangement()).isEqualTo(ChairArrangement.JOINTLY_APPOINTED_BY_MEMBERS);
    assertThat(before.since()).isEqualTo(earlier);
    assertThat(before.corrections())
        .extracting(BodyView.ChairArrangementCorrection::correctedEventId)
        .containsExactly(rotating.eventId().toString(), first.eventId().toString());
    assertThat(before.corrections())
        .extracting(BodyView.ChairArrangementCorrection::previousArrangement)
        .containsExactly(ChairArrangement.ROTATING, ChairArrangement.JOINTLY_APPOINTED_BY_MEMBERS);
  }

  @Test
  void a_corrected_replacement_names_the_right_body_on_both_sides_from_the_day_of_it() {
    RecordedEvent replaced = accept(new BodyReplaced(committee, board, REPLACED));
    RecordedEvent first =
        accept(
            new ReplacementCorrectedEvent(committee, replaced.eventId().toString(), executive)
                .event());

    assertThat(bodies.find(committee, REPLACED.minusDays(1)).orElseThrow().replacedBy()).isEmpty();
    for (LocalDate day : List.of(REPLACED, REPLACED.plusDays(1))) {
      List<BodyView.Replacement> replacedBy =
          bodies.find(committee, day).orElseThrow().replacedBy();
      assertThat(replacedBy).extracting(BodyView.Replacement::bodyId).containsExactly(executive);
      assertThat(replacedBy.get(0).corrections())
          .extracting(BodyView.ReplacementCorrection::previousReplacementBodyId)
          .containsExactly(board);
      assertThat(bodies.find(board, day).orElseThrow().replaces()).isEmpty();
      assertThat(bodies.find(executive, day).orElseThrow().replaces())
          .extracting(BodyView.Replacement::bodyId)
          .containsExactly(committee);
    }

    RecordedEvent second =
        accept(new ReplacementCorrectedEvent(committee, first.eventId().toString(), board).event());
    List<BodyView.Replacement> before = bodies.find(committee, REPLACED).orElseThrow().replacedBy();

    assertThat(intake.accept(second)).isEqualTo(Outcome.SKIPPED);

    assertThat(bodies.find(committee, REPLACED).orElseThrow().replacedBy()).isEqualTo(before);
    assertThat(before).extracting(BodyView.Replacement::bodyId).containsExactly(board);
    assertThat(before.get(0).corrections())
        .extracting(BodyView.ReplacementCorrection::correctedEventId)
        .containsExactly(replaced.eventId().toString(), first.eventId().toString());
  }

  @Test
  void a_corrected_organisation_is_the_members_throughout_and_a_second_names_the_first() {
    RecordedEvent appointed =
        accept(
            new MemberAppointed(
                committee, member, "Alan Foster", council, MemberRole.MEMBER, ESTABLISHED));
    LocalDate chair = ESTABLISHED.plusMonths(6);
    accept(new MemberRoleChanged(committee, member, MemberRole.MEMBER, MemberRole.CHAIR, chair));
    RecordedEvent first =
        accept(
            new AppointmentOrganisationCorrected(
                committee,
                member,
                appointed.eventId().toString(),
                icb,
                "He represents the ICB",
                ESTABLISHED));

    assertThat(members(ESTABLISHED.minusDays(1))).isEmpty();
    for (LocalDate day : List.of(ESTABLISHED, ESTABLISHED.plusDays(1), chair, chair.plusDays(1))) {
      BodyView.Member of = members(day).get(0);
      assertThat(of.organisationId()).isEqualTo(icb);
      assertThat(of.organisationCorrections())
          .extracting(BodyView.OrganisationCorrection::previousOrganisationId)
          .containsExactly(council);
    }

    RecordedEvent second =
        accept(
            new AppointmentOrganisationCorrected(
                committee,
                member,
                first.eventId().toString(),
                null,
                "He represents none",
                ESTABLISHED));
    BodyView.Member before = members(chair).get(0);

    assertThat(intake.accept(second)).isEqualTo(Outcome.SKIPPED);

    assertThat(members(chair).get(0)).isEqualTo(before);
    assertThat(before.organisationId()).isNull();
    assertThat(before.role()).isEqualTo(MemberRole.CHAIR);
    assertThat(before.organisationCorrections())
        .extracting(BodyView.OrganisationCorrection::correctedEventId)
        .containsExactly(appointed.eventId().toString(), first.eventId().toString());
    assertThat(before.organisationCorrections())
        .extracting(BodyView.OrganisationCorrection::previousOrganisationId)
        .containsExactly(council, icb);
  }

  @Test
  void a_replacement_re_dated_with_its_dissolution_is_on_the_corrected_day() {
    RecordedEvent replaced = accept(new BodyReplaced(committee, board, REPLACED));
    LocalDate later = REPLACED.plusDays(10);

    accept(
        new uk.partnershipledger.events.body.BodyEvent.ReplacementCorrected(
            committee, replaced.eventId().toString(), board, "Dissolved on the 11th", later));

    List<BodyView.Replacement> replacedBy =
        bodies.find(committee, later).orElseThrow().replacedBy();
    assertThat(replacedBy).extracting(BodyView.Replacement::bodyId).containsExactly(board);
    assertThat(replacedBy.get(0).on()).isEqualTo(later);
  }

  /** The replacement correction, dated as the command side dates it: the replacement's day. */
  private record ReplacementCorrectedEvent(BodyId body, String correctedEventId, BodyId by) {
    GovernanceEvent event() {
      return new uk.partnershipledger.events.body.BodyEvent.ReplacementCorrected(
          body, correctedEventId, by, "The Executive replaced it", REPLACED);
    }
  }

  private BodyView.ChairArrangementOnDate arrangement(LocalDate day) {
    return bodies.find(committee, day).orElseThrow().chairArrangement();
  }

  private List<BodyView.Member> members(LocalDate day) {
    return bodies.find(committee, day).orElseThrow().members();
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
