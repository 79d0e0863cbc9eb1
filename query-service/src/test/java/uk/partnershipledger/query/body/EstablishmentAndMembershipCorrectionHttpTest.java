package uk.partnershipledger.query.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.EstablishmentCorrected;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.MembershipEndCorrected;
import uk.partnershipledger.events.body.BodyEvent.MembershipEnded;
import uk.partnershipledger.events.body.BodyEvent.RoleChangeCorrected;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/** A body's corrected establishment and its members' corrected role changes and ends, over HTTP. */
@H2ReadModelTest
class EstablishmentAndMembershipCorrectionHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final BodyId committee = BodyId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private final MembershipId chair = MembershipId.newId();
  private final MembershipId officer = MembershipId.newId();
  private RecordedEvent established;

  @BeforeEach
  void givenACommitteeWithTwoMembers() {
    http = new Http(port);
    established =
        accept(
            new BodyEstablished(
                committee,
                PartnershipId.newId(),
                "County Durham Joint Comittee",
                BodyType.PARTNERSHIP_BOARD,
                BodyStatus.OPERATIONAL,
                council,
                List.of(),
                LocalDate.of(2023, 4, 1)));
    accept(
        new MemberAppointed(
            committee,
            chair,
            "Cllr Lucy Hovvels",
            council,
            MemberRole.MEMBER,
            LocalDate.of(2023, 4, 1)));
    accept(
        new MemberAppointed(
            committee,
            officer,
            "Jane Robinson",
            council,
            MemberRole.PARTICIPANT,
            LocalDate.of(2023, 4, 1)));
  }

  @Test
  void a_corrected_establishment_is_answered_as_corrected_with_its_corrections() {
    accept(
        new EstablishmentCorrected(
            committee,
            established.eventId().toString(),
            "County Durham Joint Committee",
            BodyType.JOINT_COMMITTEE,
            null,
            "The establishing report names a joint committee without a host",
            LocalDate.of(2023, 4, 1)));

    Http.Response answer = http.get("/bodies/" + committee + "?on=2023-04-01");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode body = answer.json();
    assertThat(body.get("name").asString()).isEqualTo("County Durham Joint Committee");
    assertThat(body.get("type").asString()).isEqualTo("JOINT_COMMITTEE");
    assertThat(body.get("hostOrganisationId").isNull()).isTrue();
    assertThat(body.get("corrections").size()).isEqualTo(1);
    JsonNode correction = body.get("corrections").get(0);
    assertThat(correction.get("reason").asString())
        .isEqualTo("The establishing report names a joint committee without a host");
    assertThat(correction.get("correctedEventId").asString())
        .isEqualTo(established.eventId().toString());
    assertThat(correction.get("correctedAt").asString()).startsWith("2026-11-02T09:00");
    JsonNode before = correction.get("before");
    assertThat(before.get("name").asString()).isEqualTo("County Durham Joint Comittee");
    assertThat(before.get("type").asString()).isEqualTo("PARTNERSHIP_BOARD");
    assertThat(before.get("hostOrganisationId").asString()).isEqualTo(council.toString());
  }

  @Test
  void corrected_role_changes_and_ends_are_answered_with_each_member_s_corrections() {
    RecordedEvent changed =
        accept(
            new MemberRoleChanged(
                committee, chair, MemberRole.MEMBER, MemberRole.CHAIR, LocalDate.of(2023, 6, 1)));
    accept(
        new RoleChangeCorrected(
            committee,
            chair,
            changed.eventId().toString(),
            MemberRole.CHAIR,
            LocalDate.of(2023, 6, 1),
            "Elected chair at the May meeting",
            LocalDate.of(2023, 5, 1)));
    RecordedEvent ended = accept(new MembershipEnded(committee, officer, LocalDate.of(2024, 4, 1)));
    accept(
        new MembershipEndCorrected(
            committee,
            officer,
            ended.eventId().toString(),
            LocalDate.of(2024, 4, 1),
            "She left at the end of February",
            LocalDate.of(2024, 3, 1)));

    JsonNode onFirstOfMay = http.get("/bodies/" + committee + "/members?on=2023-05-01").json();
    JsonNode dayBefore = http.get("/bodies/" + committee + "/members?on=2023-04-30").json();
    JsonNode lastDay = http.get("/bodies/" + committee + "/members?on=2024-02-29").json();
    JsonNode firstOfMarch = http.get("/bodies/" + committee + "/members?on=2024-03-01").json();

    assertThat(dayBefore.get("chair").isNull()).isTrue();
    JsonNode theChair = onFirstOfMay.get("chair");
    assertThat(theChair.get("membershipId").asString()).isEqualTo(chair.toString());
    assertThat(theChair.get("since").asString()).isEqualTo("2023-05-01");
    JsonNode roleCorrection = theChair.get("corrections").get(0);
    assertThat(theChair.get("corrections").size()).isEqualTo(1);
    assertThat(roleCorrection.get("corrects").asString()).isEqualTo("ROLE_CHANGE");
    assertThat(roleCorrection.get("correctedEventId").asString())
        .isEqualTo(changed.eventId().toString());
    assertThat(roleCorrection.get("reason").asString())
        .isEqualTo("Elected chair at the May meeting");
    assertThat(roleCorrection.get("previousRole").asString()).isEqualTo("CHAIR");
    assertThat(roleCorrection.get("previousDate").asString()).isEqualTo("2023-06-01");
    assertThat(roleCorrection.get("role").asString()).isEqualTo("CHAIR");
    assertThat(roleCorrection.get("date").asString()).isEqualTo("2023-05-01");
    assertThat(firstOfMarch.get("members").size()).isEqualTo(1);
    JsonNode leaver = lastDay.get("members").get(1);
    assertThat(leaver.get("membershipId").asString()).isEqualTo(officer.toString());
    JsonNode endCorrection = leaver.get("corrections").get(0);
    assertThat(endCorrection.get("corrects").asString()).isEqualTo("MEMBERSHIP_END");
    assertThat(endCorrection.get("previousRole").isNull()).isTrue();
    assertThat(endCorrection.get("previousDate").asString()).isEqualTo("2024-04-01");
    assertThat(endCorrection.get("date").asString()).isEqualTo("2024-03-01");
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
