package uk.partnershipledger.query.mou;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
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
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * An MoU's corrected draft, review, notice and termination over HTTP: draftCorrections and
 * reviewCorrections on the version, corrections on a notice, terminationCorrections on the MoU.
 */
@H2ReadModelTest
class MouDraftReviewAndDateCorrectionHttpTest {

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final MouId mou = MouId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private final OrganisationId trust = OrganisationId.newId();
  private RecordedEvent drafted;

  @BeforeEach
  void givenAnMouInForce() {
    http = new Http(port);
    accept(
        new PartnershipFormed(
            cdcp, "County Durham Care Partnership", "County Durham", LocalDate.of(2018, 4, 1)));
    drafted =
        accept(
            new MouDrafted(
                mou,
                cdcp,
                "County Durham MoU",
                1,
                "Decmber 2020",
                List.of(council, trust),
                List.of("Schedule 1"),
                12,
                12,
                LocalDate.of(2020, 11, 1)));
    accept(
        new MouSigned(mou, 1, council, Signatory.named("John Hewitt"), LocalDate.of(2020, 11, 20)));
    accept(new MouSigned(mou, 1, trust, Signatory.named("Sue Jacques"), LocalDate.of(2020, 12, 1)));
    accept(new MouCameIntoForce(mou, 1, LocalDate.of(2021, 12, 1), LocalDate.of(2020, 12, 1)));
  }

  @Test
  void a_corrected_draft_and_review_are_answered_with_the_version_s_corrections() {
    accept(
        new MouDraftCorrected(
            mou,
            1,
            drafted.eventId().toString(),
            "County Durham Care Partnership MoU",
            "December 2020",
            List.of("Schedule 1", "Schedule 2"),
            24,
            12,
            "The signed copy's title and second schedule",
            LocalDate.of(2020, 11, 1)));
    RecordedEvent reviewed =
        accept(new MouReviewed(mou, 1, LocalDate.of(2022, 11, 15), LocalDate.of(2021, 11, 15)));
    accept(
        new MouReviewCorrected(
            mou,
            1,
            reviewed.eventId().toString(),
            LocalDate.of(2022, 11, 1),
            LocalDate.of(2021, 11, 15),
            "Reviewed at the November board",
            LocalDate.of(2021, 11, 1)));

    Http.Response answer = http.get("/mous/" + mou + "?on=2021-11-01");
    JsonNode dayBefore = http.get("/mous/" + mou + "?on=2021-10-31").json().get("version");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode json = answer.json();
    assertThat(json.get("title").asString()).isEqualTo("County Durham Care Partnership MoU");
    JsonNode version = json.get("version");
    assertThat(version.get("label").asString()).isEqualTo("December 2020");
    assertThat(version.get("schedules").size()).isEqualTo(2);
    assertThat(version.get("draftCorrections").size()).isEqualTo(1);
    JsonNode draft = version.get("draftCorrections").get(0);
    assertThat(draft.get("reason").asString())
        .isEqualTo("The signed copy's title and second schedule");
    assertThat(draft.get("correctedEventId").asString()).isEqualTo(drafted.eventId().toString());
    assertThat(draft.get("correctedAt").asString()).startsWith("2026-11-02T09:00");
    JsonNode before = draft.get("before");
    assertThat(before.get("title").asString()).isEqualTo("County Durham MoU");
    assertThat(before.get("label").asString()).isEqualTo("Decmber 2020");
    assertThat(before.get("schedules").size()).isEqualTo(1);
    assertThat(before.get("initialTermMonths").asInt()).isEqualTo(12);
    assertThat(before.get("reviewPeriodMonths").asInt()).isEqualTo(12);
    assertThat(version.get("reviewDue").asString()).isEqualTo("2022-11-01");
    assertThat(version.get("lastReviewedOn").asString()).isEqualTo("2021-11-01");
    assertThat(version.get("reviewCorrections").size()).isEqualTo(1);
    JsonNode review = version.get("reviewCorrections").get(0);
    assertThat(review.get("correctedEventId").asString()).isEqualTo(reviewed.eventId().toString());
    assertThat(review.get("reason").asString()).isEqualTo("Reviewed at the November board");
    assertThat(review.get("previousReviewedOn").asString()).isEqualTo("2021-11-15");
    assertThat(review.get("previousNextReviewDue").asString()).isEqualTo("2022-11-15");
    assertThat(dayBefore.get("reviewDue").asString()).isEqualTo("2021-12-01");
    assertThat(dayBefore.get("reviewCorrections").size()).isZero();
  }

  @Test
  void a_corrected_notice_and_termination_are_answered_with_their_corrections() {
    RecordedEvent notice = accept(new MouPartyGaveNotice(mou, trust, LocalDate.of(2022, 1, 10)));
    accept(
        new MouDateCorrected(
            mou,
            notice.eventId().toString(),
            LocalDate.of(2022, 1, 10),
            "The letter is dated 3 January",
            LocalDate.of(2022, 1, 3)));
    RecordedEvent terminated = accept(new MouTerminated(mou, LocalDate.of(2023, 4, 1)));
    accept(
        new MouDateCorrected(
            mou,
            terminated.eventId().toString(),
            LocalDate.of(2023, 4, 1),
            "The partners agreed to end it on 1 March",
            LocalDate.of(2023, 3, 1)));

    JsonNode inForce = http.get("/mous/" + mou + "?on=2022-01-03").json();
    JsonNode lastDay = http.get("/mous/" + mou + "?on=2023-02-28").json();
    JsonNode ended = http.get("/mous/" + mou + "?on=2023-03-01").json();

    JsonNode given = inForce.get("notices").get(0);
    assertThat(given.get("organisationId").asString()).isEqualTo(trust.toString());
    assertThat(given.get("givenOn").asString()).isEqualTo("2022-01-03");
    assertThat(given.get("corrections").size()).isEqualTo(1);
    JsonNode noticeCorrection = given.get("corrections").get(0);
    assertThat(noticeCorrection.get("correctedEventId").asString())
        .isEqualTo(notice.eventId().toString());
    assertThat(noticeCorrection.get("reason").asString())
        .isEqualTo("The letter is dated 3 January");
    assertThat(noticeCorrection.get("previousDate").asString()).isEqualTo("2022-01-10");
    assertThat(inForce.get("terminationCorrections").size()).isZero();
    assertThat(lastDay.get("status").asString()).isEqualTo("IN_FORCE");
    assertThat(ended.get("status").asString()).isEqualTo("TERMINATED");
    assertThat(ended.get("terminatedOn").asString()).isEqualTo("2023-03-01");
    JsonNode terminationCorrection = ended.get("terminationCorrections").get(0);
    assertThat(ended.get("terminationCorrections").size()).isEqualTo(1);
    assertThat(terminationCorrection.get("correctedEventId").asString())
        .isEqualTo(terminated.eventId().toString());
    assertThat(terminationCorrection.get("previousDate").asString()).isEqualTo("2023-04-01");
    assertThat(terminationCorrection.get("correctedAt").asString()).startsWith("2026-11-02T09:00");
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
