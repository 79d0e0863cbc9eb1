package uk.partnershipledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyEvent.AppointmentOrganisationCorrected;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyReplaced;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementCorrected;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementSet;
import uk.partnershipledger.events.body.BodyEvent.DecisionFunctionCorrected;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyEvent.DelegationGrantCorrected;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.ReplacementCorrected;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.ChairArrangement;
import uk.partnershipledger.events.body.ChairTurn;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouDraftingCorrected;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.FormationCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineEndCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineEnded;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * The new response fields of V14's corrections over HTTP: a partnership's formation corrections, a
 * reporting line's endCorrections, a chair arrangement's corrections, a replacement's corrections,
 * a member's organisationCorrections, a delegation's GRANT correction, a decision's function in its
 * corrections, and an MoU version's draftingCorrections.
 */
@H2ReadModelTest
class CorrectionsOfFormationLineEndChairReplacementOrganisationGrantFunctionDraftingHttpTest {

  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final BodyId committee = BodyId.newId();
  private final BodyId board = BodyId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private final OrganisationId icb = OrganisationId.newId();
  private RecordedEvent formed;

  @BeforeEach
  void givenAPartnershipAndTwoBodies() {
    http = new Http(port);
    formed = accept(new PartnershipFormed(cdcp, "CDCP", "Durham", FORMED));
    for (BodyId body : List.of(committee, board)) {
      accept(
          new BodyEstablished(
              body,
              cdcp,
              body == committee ? "Joint Committee" : "Board",
              BodyType.JOINT_COMMITTEE,
              BodyStatus.OPERATIONAL,
              null,
              List.of(),
              FORMED));
    }
  }

  @Test
  void a_corrected_formation_is_answered_with_its_corrections() {
    accept(
        new FormationCorrected(
            cdcp,
            formed.eventId().toString(),
            "County Durham Care Partnership",
            "County Durham",
            "The agreement",
            FORMED));

    Http.Response answer = http.get("/partnerships/" + cdcp);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode partnership = answer.json();
    assertThat(partnership.get("name").asString()).isEqualTo("County Durham Care Partnership");
    JsonNode correction = partnership.get("corrections").get(0);
    assertThat(correction.get("correctedEventId").asString())
        .isEqualTo(formed.eventId().toString());
    assertThat(correction.get("reason").asString()).isEqualTo("The agreement");
    assertThat(correction.get("correctedAt").asString()).startsWith("2026-11-02T09:00");
    assertThat(correction.get("before").get("name").asString()).isEqualTo("CDCP");
    assertThat(correction.get("before").get("place").asString()).isEqualTo("Durham");
  }

  @Test
  void a_corrected_line_end_is_answered_with_its_end_corrections() {
    accept(
        new ReportingLineDrawn(
            cdcp, committee, board, ReportingLineKind.REPORTING_RELATIONSHIP, FORMED));
    RecordedEvent ended =
        accept(new ReportingLineEnded(cdcp, committee, board, LocalDate.of(2024, 4, 1)));
    accept(
        new ReportingLineEndCorrected(
            cdcp,
            committee,
            board,
            ended.eventId().toString(),
            LocalDate.of(2024, 4, 1),
            "Ended in July",
            LocalDate.of(2024, 7, 1)));

    JsonNode lines =
        http.get("/partnerships/" + cdcp + "/reporting-lines?on=2024-06-30").json().get("lines");
    JsonNode after =
        http.get("/partnerships/" + cdcp + "/reporting-lines?on=2024-07-01").json().get("lines");

    assertThat(after.size()).isZero();
    JsonNode correction = lines.get(0).get("endCorrections").get(0);
    assertThat(correction.get("correctedEventId").asString()).isEqualTo(ended.eventId().toString());
    assertThat(correction.get("previousUntil").asString()).isEqualTo("2024-04-01");
    assertThat(correction.get("until").asString()).isEqualTo("2024-07-01");
  }

  @Test
  void a_corrected_chair_arrangement_replacement_and_organisation_are_answered_on_the_body() {
    RecordedEvent set =
        accept(
            new ChairArrangementSet(
                committee,
                ChairArrangement.ROTATING,
                List.of(new ChairTurn(council, FORMED)),
                FORMED));
    accept(
        new ChairArrangementCorrected(
            committee,
            set.eventId().toString(),
            ChairArrangement.ROTATING,
            List.of(new ChairTurn(icb, FORMED)),
            FORMED,
            "The ICB chaired first",
            FORMED));
    MembershipId member = MembershipId.newId();
    RecordedEvent appointed =
        accept(
            new MemberAppointed(
                committee, member, "Alan Foster", council, MemberRole.MEMBER, FORMED));
    accept(
        new AppointmentOrganisationCorrected(
            committee, member, appointed.eventId().toString(), icb, "The ICB", FORMED));
    BodyId executive = BodyId.newId();
    RecordedEvent replaced = accept(new BodyReplaced(committee, board, LocalDate.of(2024, 4, 1)));
    accept(
        new ReplacementCorrected(
            committee,
            replaced.eventId().toString(),
            executive,
            "The Executive replaced it",
            LocalDate.of(2024, 4, 1)));

    JsonNode body = http.get("/bodies/" + committee + "?on=2024-04-01").json();

    JsonNode arrangement = body.get("chairArrangement");
    assertThat(arrangement.get("chairFrom").get("organisationId").asString())
        .isEqualTo(icb.toString());
    JsonNode chairCorrection = arrangement.get("corrections").get(0);
    assertThat(chairCorrection.get("correctedEventId").asString())
        .isEqualTo(set.eventId().toString());
    assertThat(chairCorrection.get("previousArrangement").asString()).isEqualTo("ROTATING");
    assertThat(chairCorrection.get("previousSince").asString()).isEqualTo("2018-04-01");
    assertThat(chairCorrection.get("previousRotation").get(0).get("organisationId").asString())
        .isEqualTo(council.toString());
    JsonNode memberNode = body.get("members").get(0);
    assertThat(memberNode.get("organisationId").asString()).isEqualTo(icb.toString());
    assertThat(
            memberNode
                .get("organisationCorrections")
                .get(0)
                .get("previousOrganisationId")
                .asString())
        .isEqualTo(council.toString());
    JsonNode replacement = body.get("replacedBy").get(0);
    assertThat(replacement.get("bodyId").asString()).isEqualTo(executive.toString());
    JsonNode replacementCorrection = replacement.get("corrections").get(0);
    assertThat(replacementCorrection.get("correctedEventId").asString())
        .isEqualTo(replaced.eventId().toString());
    assertThat(replacementCorrection.get("previousReplacementBodyId").asString())
        .isEqualTo(board.toString());
    JsonNode members = http.get("/bodies/" + committee + "/members?on=2024-04-01").json();
    assertThat(members.get("members").get(0).get("organisationCorrections").size()).isEqualTo(1);
  }

  @Test
  void a_corrected_grant_and_decision_function_are_answered_with_their_corrections() {
    DelegationId delegation = DelegationId.newId();
    RecordedEvent granted =
        accept(
            new DelegationGranted(
                committee,
                delegation,
                council,
                "public-health",
                "Services",
                List.of(
                    new FinancialLimit(LimitKind.NEW_SCHEME, new BigDecimal("500000.00"), null)),
                List.of(),
                null,
                LocalDate.of(2021, 4, 1)));
    accept(
        new DelegationGrantCorrected(
            committee,
            delegation,
            granted.eventId().toString(),
            "community-mental-health",
            icb,
            LocalDate.of(2021, 4, 1),
            "The ICB delegated mental health",
            LocalDate.of(2021, 5, 1)));
    DecisionId decision = DecisionId.newId();
    RecordedEvent decided =
        accept(
            new DecisionRecorded(
                committee,
                decision,
                delegation,
                icb,
                "Crisis café",
                "CMH-1",
                "public-health",
                LimitKind.NEW_SCHEME,
                new BigDecimal("400000.00"),
                List.of(),
                LocalDate.of(2023, 5, 10)));
    accept(
        new DecisionFunctionCorrected(
            committee,
            decision,
            decided.eventId().toString(),
            "community-mental-health",
            delegation,
            icb,
            "Mental health",
            LocalDate.of(2023, 5, 10)));

    JsonNode history = http.get("/delegations/" + delegation + "?on=2021-05-01").json();
    JsonNode decisions =
        http.get("/bodies/" + committee + "/decisions?from=2023-05-10&to=2023-05-10").json();

    assertThat(history.get("function").asString()).isEqualTo("community-mental-health");
    assertThat(history.get("grantedOn").asString()).isEqualTo("2021-05-01");
    JsonNode grantCorrection = history.get("corrections").get(0);
    assertThat(grantCorrection.get("corrects").asString()).isEqualTo("GRANT");
    assertThat(grantCorrection.get("before").get("function").asString()).isEqualTo("public-health");
    assertThat(grantCorrection.get("before").get("delegatorId").asString())
        .isEqualTo(council.toString());
    assertThat(grantCorrection.get("before").get("effectiveDate").asString())
        .isEqualTo("2021-04-01");
    assertThat(history.get("timeline").get(1).get("act").asString()).isEqualTo("GRANT_CORRECTED");
    JsonNode decisionNode = decisions.get("decisions").get(0);
    assertThat(decisionNode.get("function").asString()).isEqualTo("community-mental-health");
    assertThat(decisionNode.get("corrections").get(0).get("before").get("function").asString())
        .isEqualTo("public-health");
  }

  @Test
  void a_corrected_drafting_is_answered_with_its_drafting_corrections() {
    MouId mou = MouId.newId();
    RecordedEvent drafted =
        accept(
            new MouDrafted(
                mou,
                cdcp,
                "MoU",
                1,
                "November 2020",
                List.of(council),
                List.of(),
                12,
                12,
                LocalDate.of(2020, 11, 1)));
    accept(
        new MouDraftingCorrected(
            mou,
            1,
            drafted.eventId().toString(),
            List.of(council, icb),
            LocalDate.of(2020, 11, 1),
            "Two parties",
            LocalDate.of(2020, 11, 10)));

    JsonNode dayBefore = http.get("/mous/" + mou + "?on=2020-11-09").json();
    JsonNode mouNode = http.get("/mous/" + mou + "?on=2020-11-10").json();

    assertThat(dayBefore.get("status").isNull()).isTrue();
    assertThat(mouNode.get("draftedOn").asString()).isEqualTo("2020-11-10");
    assertThat(mouNode.get("version").get("parties").size()).isEqualTo(2);
    JsonNode correction = mouNode.get("version").get("draftingCorrections").get(0);
    assertThat(correction.get("correctedEventId").asString())
        .isEqualTo(drafted.eventId().toString());
    assertThat(correction.get("previousDraftedOn").asString()).isEqualTo("2020-11-01");
    assertThat(correction.get("previousParties").get(0).asString()).isEqualTo(council.toString());
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
