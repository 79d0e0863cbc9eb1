package uk.partnershipledger.query.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.partnershipledger.events.body.Approval;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyEvent.BodyStatusChanged;
import uk.partnershipledger.events.body.BodyEvent.DelegationGranted;
import uk.partnershipledger.events.body.BodyEvent.MemberAppointed;
import uk.partnershipledger.events.body.BodyEvent.TermsOfReferenceAdopted;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.FinancialLimit;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MemberRole;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.mou.MouEvent.MouCameIntoForce;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouSigned;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;
import uk.partnershipledger.query.H2ReadModelTest;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Given a partnership of a council and a trust under an MoU signed on 17 March 2021, whose
 * Executive (chaired by the council, with terms of reference and the council's delegation) and
 * Forum (reporting to it) start on 1 April 2021, and a trust member of the Executive appointed from
 * 1 April 2021 but recorded only later; then its state and its changes on each side.
 */
@H2ReadModelTest
class GovernanceStateHttpTest {

  private static final LocalDate APRIL_2021 = LocalDate.of(2021, 4, 1);

  @LocalServerPort int port;
  @Autowired EventIntake intake;

  private Http http;
  private final History history = new History();
  private final PartnershipId partnership = PartnershipId.newId();
  private final OrganisationId council = OrganisationId.newId();
  private final OrganisationId trust = OrganisationId.newId();
  private final BodyId executive = BodyId.newId();
  private final BodyId forum = BodyId.newId();
  private final MouId mou = MouId.newId();
  private final MembershipId chair = MembershipId.newId();
  private final MembershipId lateMember = MembershipId.newId();
  private final DelegationId delegation = DelegationId.newId();
  private RecordedEvent backDated;

  @BeforeEach
  void givenAnExecutiveAndForumFromApril2021() {
    http = new Http(port);
    accept(
        new OrganisationRegistered(
            council,
            "Durham County Council",
            OrganisationKind.LOCAL_AUTHORITY,
            true,
            LocalDate.of(1974, 4, 1)));
    accept(
        new OrganisationRegistered(
            trust,
            "Harrogate and District NHS Foundation Trust",
            OrganisationKind.NHS_FOUNDATION_TRUST,
            true,
            LocalDate.of(2005, 1, 1)));
    accept(
        new PartnershipFormed(
            partnership,
            "County Durham Care Partnership",
            "County Durham",
            LocalDate.of(2017, 4, 1)));
    accept(new PartnerJoined(partnership, council, LocalDate.of(2017, 4, 1)));
    accept(new PartnerJoined(partnership, trust, LocalDate.of(2020, 12, 1)));
    accept(
        new MouDrafted(
            mou,
            partnership,
            "Memorandum of Understanding: integrated care in County Durham",
            1,
            "December 2020",
            List.of(council, trust),
            List.of("Schedule 1"),
            36,
            12,
            LocalDate.of(2020, 12, 1)));
    accept(
        new MouSigned(
            mou, 1, council, Signatory.named("Chief Executive"), LocalDate.of(2021, 3, 17)));
    accept(
        new MouSigned(mou, 1, trust, Signatory.named("Steve Russell"), LocalDate.of(2021, 3, 17)));
    accept(new MouCameIntoForce(mou, 1, LocalDate.of(2022, 3, 17), LocalDate.of(2021, 3, 17)));
    accept(
        new BodyEstablished(
            executive,
            partnership,
            "County Durham Care Partnership Executive",
            BodyType.PARTNERSHIP_EXECUTIVE,
            BodyStatus.OPERATIONAL,
            null,
            List.of(),
            APRIL_2021));
    accept(
        new BodyEstablished(
            forum,
            partnership,
            "County Durham Care Partnership Forum",
            BodyType.FORUM,
            BodyStatus.OPERATIONAL,
            null,
            List.of(),
            APRIL_2021));
    accept(
        new TermsOfReferenceAdopted(executive, 1, "Executive terms", "CDCP-ToR-2021", APRIL_2021));
    accept(
        new MemberAppointed(
            executive, chair, "Jane Robinson", council, MemberRole.CHAIR, APRIL_2021));
    accept(
        new DelegationGranted(
            executive,
            delegation,
            council,
            "adult-social-care-commissioning",
            "Adult social care",
            List.of(
                new FinancialLimit(
                    LimitKind.NEW_SCHEME, new BigDecimal("500000.00"), "New schemes")),
            List.of(),
            new Approval("Durham County Council Cabinet", LocalDate.of(2021, 3, 17), "CAB-8c"),
            APRIL_2021));
    accept(
        new ReportingLineDrawn(
            partnership, forum, executive, ReportingLineKind.REPORTING_RELATIONSHIP, APRIL_2021));
    backDated =
        accept(
            new MemberAppointed(
                executive, lateMember, "Steve Russell", trust, MemberRole.MEMBER, APRIL_2021));
  }

  private RecordedEvent accept(uk.partnershipledger.events.GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    intake.accept(recorded);
    return recorded;
  }

  private JsonNode get(String path) {
    Http.Response answer = http.get(path);
    assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  private JsonNode state(String query) {
    return get("/partnerships/" + partnership + "/state?" + query);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(element -> values.add(element.path(field).asString()));
    return values;
  }

  @Test
  void the_state_on_a_date_has_partners_bodies_members_chair_terms_delegations_mous_and_lines() {
    JsonNode state = state("on=2021-04-01");

    assertThat(state.get("partnership").get("name").asString())
        .isEqualTo("County Durham Care Partnership");
    assertThat(texts(state.get("partners").get("partners"), "name"))
        .containsExactlyInAnyOrder(
            "Durham County Council", "Harrogate and District NHS Foundation Trust");
    JsonNode bodies = state.get("bodies");
    assertThat(bodies.size()).isEqualTo(2);
    JsonNode exec = null;
    for (JsonNode body : bodies) {
      if (body.get("body").get("bodyId").asString().equals(executive.toString())) {
        exec = body;
      }
    }
    assertThat(exec.get("body").get("type").asString()).isEqualTo("PARTNERSHIP_EXECUTIVE");
    assertThat(exec.get("body").get("status").asString()).isEqualTo("OPERATIONAL");
    assertThat(exec.get("body").get("chair").get("personName").asString())
        .isEqualTo("Jane Robinson");
    assertThat(texts(exec.get("body").get("members"), "organisationName"))
        .containsExactlyInAnyOrder(
            "Durham County Council", "Harrogate and District NHS Foundation Trust");
    assertThat(exec.get("body").get("termsOfReference").get("reference").asString())
        .isEqualTo("CDCP-ToR-2021");
    JsonNode granted = exec.get("delegations").get("delegations").get(0);
    assertThat(granted.get("limits").get(0).get("maximum").decimalValue())
        .isEqualByComparingTo("500000");
    assertThat(granted.get("approval").get("reference").asString()).isEqualTo("CAB-8c");
    JsonNode inForce = state.get("mousInForce");
    assertThat(inForce.size()).isEqualTo(1);
    assertThat(inForce.get(0).get("version").get("label").asString()).isEqualTo("December 2020");
    assertThat(texts(inForce.get(0).get("version").get("signatories"), "signatory"))
        .containsExactlyInAnyOrder("Chief Executive", "Steve Russell");
    assertThat(state.get("reportingLines").get("lines").get(0).get("kind").asString())
        .isEqualTo("REPORTING_RELATIONSHIP");
  }

  @Test
  void the_day_before_the_bodies_began_and_the_mou_came_into_force_none_of_them_is_in_the_state() {
    JsonNode dayBefore = state("on=2021-03-31");
    JsonNode beforeSigning = state("on=2021-03-16");

    assertThat(dayBefore.get("bodies").size()).isZero();
    assertThat(dayBefore.get("reportingLines").get("lines").size()).isZero();
    assertThat(dayBefore.get("mousInForce").size()).isEqualTo(1);
    assertThat(beforeSigning.get("mousInForce").size()).isZero();
  }

  @Test
  void as_recorded_before_the_back_dated_appointment_the_executive_had_only_its_chair() {
    String beforeRecording = backDated.recordedAt().minusNanos(1_000_000).toInstant().toString();
    String atRecording = backDated.recordedAt().toInstant().toString();

    JsonNode then = state("on=2021-04-01&asRecordedAt=" + beforeRecording);
    JsonNode at = state("on=2021-04-01&asRecordedAt=" + atRecording);

    assertThat(then.get("asRecordedAt").asString()).isNotEmpty();
    assertThat(membersOfExecutive(then)).containsExactly("Jane Robinson");
    assertThat(membersOfExecutive(at)).containsExactlyInAnyOrder("Jane Robinson", "Steve Russell");
  }

  private List<String> membersOfExecutive(JsonNode state) {
    for (JsonNode body : state.get("bodies")) {
      if (body.get("body").get("bodyId").asString().equals(executive.toString())) {
        return texts(body.get("body").get("members"), "personName");
      }
    }
    throw new AssertionError("no executive in " + state);
  }

  @Test
  void changes_between_two_dates_are_grouped_by_kind_as_additions_removals_and_changes() {
    accept(
        new BodyStatusChanged(
            forum, BodyStatus.OPERATIONAL, BodyStatus.DISSOLVED, LocalDate.of(2022, 1, 1)));

    JsonNode started =
        get("/partnerships/" + partnership + "/changes?from=2021-03-31&to=2021-04-01");
    JsonNode dissolved =
        get("/partnerships/" + partnership + "/changes?from=2021-12-31&to=2022-01-01");

    JsonNode added = started.get("changes");
    assertThat(added.has("partners")).as("no partner changed").isFalse();
    assertThat(texts(added.get("bodies").get("added"), "label"))
        .containsExactlyInAnyOrder(
            "County Durham Care Partnership Executive", "County Durham Care Partnership Forum");
    assertThat(texts(added.get("members").get("added"), "label"))
        .containsExactlyInAnyOrder(
            "Jane Robinson on County Durham Care Partnership Executive",
            "Steve Russell on County Durham Care Partnership Executive");
    assertThat(added.get("chairs").get("added").size()).isEqualTo(1);
    assertThat(added.get("termsOfReference").get("added").size()).isEqualTo(1);
    assertThat(texts(added.get("delegations").get("added"), "key"))
        .containsExactly(delegation.toString());
    assertThat(added.get("reportingLines").get("added").size()).isEqualTo(1);
    assertThat(added.get("bodies").get("added").get(0).get("before").isNull()).isTrue();

    JsonNode removed = dissolved.get("changes");
    assertThat(texts(removed.get("bodies").get("removed"), "key"))
        .containsExactly(forum.toString());
    assertThat(removed.get("bodies").get("removed").get(0).get("after").isNull()).isTrue();
    assertThat(removed.get("reportingLines").get("removed").size()).isEqualTo(1);
    assertThat(removed.has("members")).isFalse();
  }

  @Test
  void a_status_change_is_a_changed_body_with_both_statuses() {
    accept(
        new BodyStatusChanged(
            executive, BodyStatus.OPERATIONAL, BodyStatus.SHADOW, LocalDate.of(2021, 6, 1)));

    JsonNode changed =
        get("/partnerships/" + partnership + "/changes?from=2021-05-31&to=2021-06-01")
            .get("changes")
            .get("bodies")
            .get("changed");

    assertThat(changed.size()).isEqualTo(1);
    assertThat(changed.get(0).get("before").get("status").asString()).isEqualTo("OPERATIONAL");
    assertThat(changed.get(0).get("after").get("status").asString()).isEqualTo("SHADOW");
  }

  @Test
  void changes_as_recorded_before_the_back_dated_appointment_do_not_show_it() {
    String beforeRecording = backDated.recordedAt().minusNanos(1_000_000).toInstant().toString();

    JsonNode then =
        get(
            "/partnerships/"
                + partnership
                + "/changes?from=2021-03-31&to=2021-04-01&asRecordedAt="
                + beforeRecording);

    assertThat(texts(then.get("changes").get("members").get("added"), "label"))
        .containsExactly("Jane Robinson on County Durham Care Partnership Executive");
  }

  @Test
  void bad_periods_are_invalid_request_problems_and_unknown_partnerships_not_found() {
    Http.Response backwards =
        http.get("/partnerships/" + partnership + "/changes?from=2022-01-01&to=2021-01-01");
    Http.Response noFrom = http.get("/partnerships/" + partnership + "/changes?to=2021-01-01");
    Http.Response badInstant =
        http.get("/partnerships/" + partnership + "/state?asRecordedAt=yesterday");
    Http.Response unknown = http.get("/partnerships/" + PartnershipId.newId() + "/state");

    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
    assertThat(noFrom.status()).isEqualTo(400);
    assertThat(badInstant.status()).isEqualTo(400);
    assertThat(unknown.status()).isEqualTo(404);
  }
}
