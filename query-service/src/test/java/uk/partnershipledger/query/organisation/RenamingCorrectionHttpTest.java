package uk.partnershipledger.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationEvent.RenamingCorrected;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/** A corrected renaming over HTTP: the name it gave lists its corrections. */
@H2ReadModelTest
class RenamingCorrectionHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final OrganisationId ccg = OrganisationId.newId();
  private RecordedEvent renamed;

  @BeforeEach
  void givenARenamedCcg() {
    http = new Http(port);
    accept(
        new OrganisationRegistered(
            ccg,
            "NHS Durham Dales CCG",
            OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
            true,
            LocalDate.of(2013, 4, 1)));
    renamed =
        accept(
            new OrganisationRenamed(
                ccg, "NHS Durham Dales CCG", "NHS County Durhm CCG", LocalDate.of(2020, 4, 1)));
  }

  @Test
  void a_corrected_renaming_is_answered_with_the_corrections_of_the_name_it_gave() {
    accept(
        new RenamingCorrected(
            ccg,
            renamed.eventId().toString(),
            "NHS County Durham CCG",
            LocalDate.of(2020, 4, 1),
            "The merger order took effect on 1 June",
            LocalDate.of(2020, 6, 1)));

    JsonNode dayBefore = http.get("/organisations/" + ccg + "?on=2020-05-31").json();
    Http.Response answer = http.get("/organisations/" + ccg + "?on=2020-06-01");

    assertThat(dayBefore.get("name").asString()).isEqualTo("NHS Durham Dales CCG");
    assertThat(answer.status()).isEqualTo(200);
    JsonNode json = answer.json();
    assertThat(json.get("name").asString()).isEqualTo("NHS County Durham CCG");
    JsonNode names = json.get("names");
    assertThat(names.get(0).get("to").asString()).isEqualTo("2020-06-01");
    assertThat(names.get(0).get("corrections").size()).isZero();
    JsonNode name = names.get(1);
    assertThat(name.get("from").asString()).isEqualTo("2020-06-01");
    assertThat(name.get("corrections").size()).isEqualTo(1);
    JsonNode correction = name.get("corrections").get(0);
    assertThat(correction.get("correctedEventId").asString())
        .isEqualTo(renamed.eventId().toString());
    assertThat(correction.get("reason").asString())
        .isEqualTo("The merger order took effect on 1 June");
    assertThat(correction.get("correctedAt").asString()).startsWith("2026-11-02T09:00");
    assertThat(correction.get("before").get("name").asString()).isEqualTo("NHS County Durhm CCG");
    assertThat(correction.get("before").get("from").asString()).isEqualTo("2020-04-01");
    assertThat(json.get("corrections").size()).isZero();
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
