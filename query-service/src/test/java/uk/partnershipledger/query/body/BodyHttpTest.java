package uk.partnershipledger.query.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyReplaced;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementSet;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.MemberRoleChanged;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceAdopted;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceCorrected;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.ChairArrangement;
import uk.partnershipledger.events.body.ChairTurn;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.RecordedEvent;

@H2ReadModelTest
class BodyHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final BodyId forum = BodyId.newId();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final MembershipId chair = MembershipId.newId();
  private final MembershipId participant = MembershipId.newId();
  private final History history = new History();

  @BeforeEach
  void givenTheForum() {
    http = new Http(port);
    intake.accept(
        history.record(
            new BodyEstablished(
                forum,
                cdcp,
                "County Durham Care Partnership Forum",
                BodyType.FORUM,
                BodyStatus.OPERATIONAL,
                null,
                List.of(),
                LocalDate.of(2021, 4, 1))));
  }

  @Test
  void a_body_is_answered_with_its_status_on_the_date() {
    Http.Response answer = http.get("/bodies/" + forum + "?on=2021-04-01");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("status").asString()).isEqualTo("OPERATIONAL");
    assertThat(answer.json().get("type").asString()).isEqualTo("FORUM");
    assertThat(http.get("/partnerships/" + cdcp + "/bodies?on=2021-04-01").json().size())
        .isEqualTo(1);
  }

  @Test
  void corrected_terms_of_reference_are_answered_as_corrected_with_their_corrections() {
    RecordedEvent adopted =
        history.record(
            new TermsOfReferenceAdopted(
                forum, 1, "Forum terms", "CDCP-F-1", LocalDate.of(2021, 4, 1)));
    intake.accept(adopted);
    intake.accept(
        history.record(
            new TermsOfReferenceCorrected(
                forum,
                1,
                adopted.eventId().toString(),
                "Forum terms of reference",
                "CDCP-F-2021",
                "Adopted at the forum's second meeting, under its published title",
                LocalDate.of(2021, 5, 6))));

    JsonNode before = http.get("/bodies/" + forum + "?on=2021-05-05").json();
    JsonNode terms = http.get("/bodies/" + forum + "?on=2021-05-06").json().get("termsOfReference");

    assertThat(before.get("termsOfReference").isNull()).isTrue();
    assertThat(terms.get("version").asInt()).isEqualTo(1);
    assertThat(terms.get("title").asString()).isEqualTo("Forum terms of reference");
    assertThat(terms.get("reference").asString()).isEqualTo("CDCP-F-2021");
    assertThat(terms.get("adoptedOn").asString()).isEqualTo("2021-05-06");
    assertThat(terms.get("corrections").size()).isEqualTo(1);
    JsonNode correction = terms.get("corrections").get(0);
    assertThat(correction.get("reason").asString())
        .isEqualTo("Adopted at the forum's second meeting, under its published title");
    assertThat(correction.get("correctedEventId").asString())
        .isEqualTo(adopted.eventId().toString());
    assertThat(correction.get("correctedAt").asString()).startsWith("2026-11-02T09:00");
    assertThat(correction.get("before").get("title").asString()).isEqualTo("Forum terms");
    assertThat(correction.get("before").get("reference").asString()).isEqualTo("CDCP-F-1");
    assertThat(correction.get("before").get("adoptedOn").asString()).isEqualTo("2021-04-01");
  }

  @Test
  void a_body_s_members_are_answered_chair_first_with_their_roles_on_the_date() {
    OrganisationId council = OrganisationId.newId();
    intake.accept(
        history.record(
            new MemberAppointed(
                forum,
                participant,
                "Jane Robinson",
                OrganisationId.newId(),
                MemberRole.PARTICIPANT,
                LocalDate.of(2021, 4, 1))));
    intake.accept(
        history.record(
            new MemberAppointed(
                forum,
                chair,
                "Cllr Lucy Hovvels",
                council,
                MemberRole.MEMBER,
                LocalDate.of(2021, 4, 1))));
    intake.accept(
        history.record(
            new MemberRoleChanged(
                forum, chair, MemberRole.MEMBER, MemberRole.CHAIR, LocalDate.of(2021, 6, 1))));

    Http.Response answer = http.get("/bodies/" + forum + "/members?on=2021-06-01");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode json = answer.json();
    assertThat(json.get("bodyId").asString()).isEqualTo(forum.toString());
    assertThat(json.get("name").asString()).isEqualTo("County Durham Care Partnership Forum");
    assertThat(json.get("on").asString()).isEqualTo("2021-06-01");
    assertThat(json.get("chair").get("membershipId").asString()).isEqualTo(chair.toString());
    assertThat(json.get("chair").get("since").asString()).isEqualTo("2021-06-01");
    JsonNode members = json.get("members");
    assertThat(members.size()).isEqualTo(2);
    assertThat(members.get(0).get("personName").asString()).isEqualTo("Cllr Lucy Hovvels");
    assertThat(members.get(0).get("organisationId").asString()).isEqualTo(council.toString());
    assertThat(members.get(0).get("votes").asBoolean()).isTrue();
    assertThat(members.get(1).get("role").asString()).isEqualTo("PARTICIPANT");
    assertThat(members.get(1).get("votes").asBoolean()).isFalse();
    assertThat(http.get("/bodies/" + forum + "?on=2021-05-31").json().get("chair").isNull())
        .isTrue();
  }

  @Test
  void a_body_shows_its_chair_arrangement_and_its_replacement_on_the_date() {
    BodyId partnershipBoard = BodyId.newId();
    OrganisationId council = OrganisationId.newId();
    intake.accept(
        history.record(
            new ChairArrangementSet(
                forum,
                ChairArrangement.ROTATING,
                List.of(new ChairTurn(council, LocalDate.of(2021, 4, 1))),
                LocalDate.of(2021, 4, 1))));
    intake.accept(
        history.record(new BodyReplaced(forum, partnershipBoard, LocalDate.of(2023, 4, 1))));

    JsonNode before = http.get("/bodies/" + forum + "?on=2023-03-31").json();
    Http.Response answer = http.get("/bodies/" + forum + "?on=2023-04-01");

    assertThat(before.get("replacedBy").size()).isZero();
    assertThat(answer.status()).isEqualTo(200);
    JsonNode json = answer.json();
    assertThat(json.get("chairArrangement").get("arrangement").asString()).isEqualTo("ROTATING");
    assertThat(json.get("chairArrangement").get("chairFrom").get("organisationId").asString())
        .isEqualTo(council.toString());
    JsonNode replacedBy = json.get("replacedBy").get(0);
    assertThat(replacedBy.get("bodyId").asString()).isEqualTo(partnershipBoard.toString());
    assertThat(replacedBy.get("on").asString()).isEqualTo("2023-04-01");
  }

  @Test
  void the_members_of_an_unknown_body_are_a_not_found_problem() {
    Http.Response missing = http.get("/bodies/" + UUID.randomUUID() + "/members?on=2021-06-01");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:problem:not-found");
  }

  @Test
  void an_unknown_body_is_a_not_found_problem_and_a_bad_date_an_invalid_request() {
    Http.Response missing = http.get("/bodies/" + UUID.randomUUID());
    Http.Response badDate = http.get("/bodies/" + forum + "?on=2021-02-30");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("type").asString())
        .isEqualTo("urn:partnership-ledger:problem:not-found");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("detail").asString()).contains("on");
  }
}
