package uk.partnershipledger.query.decision;

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
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.DeclarationCorrected;
import uk.partnershipledger.events.body.BodyEvent.InterestDeclared;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.RecommendationCorrected;
import uk.partnershipledger.events.body.BodyEvent.RecommendationRecorded;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DeclarationId;
import uk.partnershipledger.events.body.LimitKind;
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

/** Corrected declarations of interest and recommendations over HTTP, with their corrections. */
@H2ReadModelTest
class DeclarationAndRecommendationCorrectionHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final BodyId forum = BodyId.newId();
  private final MembershipId member = MembershipId.newId();
  private final DeclarationId declaration = DeclarationId.newId();
  private final DecisionId recommendation = DecisionId.newId();
  private RecordedEvent declared;
  private RecordedEvent recommended;

  @BeforeEach
  void givenADeclarationAndARecommendation() {
    http = new Http(port);
    accept(
        new BodyEstablished(
            forum,
            PartnershipId.newId(),
            "County Durham Care Partnership Forum",
            BodyType.FORUM,
            BodyStatus.OPERATIONAL,
            null,
            List.of(),
            LocalDate.of(2023, 4, 1)));
    accept(
        new MemberAppointed(
            forum,
            member,
            "Cllr Lucy Hovvels",
            OrganisationId.newId(),
            MemberRole.MEMBER,
            LocalDate.of(2023, 4, 1)));
    declared =
        accept(
            new InterestDeclared(
                forum,
                declaration,
                member,
                "CMH-1",
                "Trustee of a bidding charity",
                LocalDate.of(2023, 5, 10)));
    recommended =
        accept(
            new RecommendationRecorded(
                forum,
                recommendation,
                "Crisis café pilot",
                "CMH-1",
                "community-mental-health",
                LimitKind.NEW_SCHEME,
                new BigDecimal("250000.00"),
                "NENC ICB Board",
                LocalDate.of(2023, 5, 10)));
  }

  @Test
  void a_corrected_declaration_is_answered_on_its_corrected_day_with_its_corrections() {
    accept(
        new DeclarationCorrected(
            forum,
            declaration,
            declared.eventId().toString(),
            "CMH-2",
            "Trustee of a charity bidding for the crisis café",
            "The minutes record it at the June meeting",
            LocalDate.of(2023, 6, 14)));

    JsonNode may =
        http.get("/bodies/" + forum + "/declarations?from=2023-05-10&to=2023-05-10").json();
    JsonNode june =
        http.get("/bodies/" + forum + "/declarations?from=2023-06-14&to=2023-06-14").json();

    assertThat(may.get("declarations").size()).isZero();
    JsonNode made = june.get("declarations").get(0);
    assertThat(made.get("on").asString()).isEqualTo("2023-06-14");
    assertThat(made.get("matter").asString()).isEqualTo("CMH-2");
    assertThat(made.get("corrections").size()).isEqualTo(1);
    JsonNode correction = made.get("corrections").get(0);
    assertThat(correction.get("reason").asString())
        .isEqualTo("The minutes record it at the June meeting");
    assertThat(correction.get("correctedEventId").asString())
        .isEqualTo(declared.eventId().toString());
    assertThat(correction.get("correctedAt").asString()).startsWith("2026-11-02T09:00");
    assertThat(correction.get("before").get("on").asString()).isEqualTo("2023-05-10");
    assertThat(correction.get("before").get("matter").asString()).isEqualTo("CMH-1");
    assertThat(correction.get("before").get("interest").asString())
        .isEqualTo("Trustee of a bidding charity");
  }

  @Test
  void a_corrected_recommendation_is_answered_with_its_corrected_facts_and_its_corrections() {
    accept(
        new RecommendationCorrected(
            forum,
            recommendation,
            recommended.eventId().toString(),
            "Crisis café pilot in Durham city",
            LimitKind.NEW_SCHEME,
            new BigDecimal("275000.00"),
            "NENC ICB Executive Committee",
            "The minutes recommend £275,000 to the executive committee",
            LocalDate.of(2023, 5, 10)));

    JsonNode made = http.get("/bodies/" + forum + "/decisions").json().get("decisions").get(0);

    assertThat(made.get("outcome").asString()).isEqualTo("RECOMMENDED");
    assertThat(made.get("subject").asString()).isEqualTo("Crisis café pilot in Durham city");
    assertThat(made.get("amount").decimalValue()).isEqualByComparingTo("275000");
    assertThat(made.get("recommendedTo").asString()).isEqualTo("NENC ICB Executive Committee");
    assertThat(made.get("corrections").size()).isEqualTo(1);
    JsonNode correction = made.get("corrections").get(0);
    assertThat(correction.get("correctedEventId").asString())
        .isEqualTo(recommended.eventId().toString());
    assertThat(correction.get("reason").asString())
        .isEqualTo("The minutes recommend £275,000 to the executive committee");
    JsonNode before = correction.get("before");
    assertThat(before.get("subject").asString()).isEqualTo("Crisis café pilot");
    assertThat(before.get("amount").decimalValue()).isEqualByComparingTo("250000");
    assertThat(before.get("recommendedTo").asString()).isEqualTo("NENC ICB Board");
    assertThat(before.get("delegationId").isNull()).isTrue();
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
