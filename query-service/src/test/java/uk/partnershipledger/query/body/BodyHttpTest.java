package uk.partnershipledger.query.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;

@H2ReadModelTest
class BodyHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final BodyId forum = BodyId.newId();
  private final PartnershipId cdcp = PartnershipId.newId();

  @BeforeEach
  void givenTheForum() {
    http = new Http(port);
    intake.accept(
        new History()
            .record(
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
