package uk.partnershipledger.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipledger.events.body.BodyEvent.BodyEstablished;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.BodyStatus;
import uk.partnershipledger.events.body.BodyType;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRenamed;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipEvent.JoiningCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerLeft;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerSucceeded;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineDrawn;
import uk.partnershipledger.events.partnership.PartnershipEvent.ReportingLineEnded;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.events.partnership.ReportingLineKind;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;
import uk.partnershipledger.query.intake.UnreadableEvent;
import uk.partnershipledger.query.partnership.PartnersOnDate.Partner;

/**
 * Given partnership events, then the partners on a date: the County Durham Care Partnership of
 * seeds/001 and seeds/003, with every boundary of a tenure tested on the day before, the day of and
 * the day after. Corrected joining dates (DOMAIN.md rule 7) are tested on those days around both
 * the recorded and the corrected date. Runs once per database ({@code H2PartnershipProjectionTest},
 * {@code PostgresPartnershipProjectionTest}).
 */
abstract class PartnershipProjectionTest {

  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate TEWV_JOINS = LocalDate.of(2020, 12, 1);
  private static final LocalDate CCG_NOTICE = LocalDate.of(2022, 1, 10);
  private static final LocalDate CCG_ABOLISHED = LocalDate.of(2022, 7, 1);

  @Autowired EventIntake intake;
  @Autowired PartnershipReadModel partnerships;
  @Autowired JdbcTemplate jdbc;

  private final History history = new History();

  // Fresh ids for every test: the tests share one database.
  private final PartnershipId cdcp = PartnershipId.newId();
  private final OrganisationId dcc = OrganisationId.newId();
  private final OrganisationId ccg = OrganisationId.newId();
  private final OrganisationId tewv = OrganisationId.newId();
  private final OrganisationId icb = OrganisationId.newId();

  private RecordedEvent tewvJoined;
  private RecordedEvent ccgJoined;
  private RecordedEvent icbJoined;

  @BeforeEach
  void givenTheCountyDurhamCarePartnership() {
    given(
        history.record(registered(dcc, "Durham County Council", OrganisationKind.LOCAL_AUTHORITY)),
        history.record(
            registered(
                ccg, "NHS County Durham CCG", OrganisationKind.CLINICAL_COMMISSIONING_GROUP)),
        history.record(
            registered(
                tewv,
                "Tees, Esk and Wear Valleys NHS Foundation Trust",
                OrganisationKind.NHS_FOUNDATION_TRUST)),
        history.record(
            registered(
                icb,
                "NHS North East and North Cumbria ICB",
                OrganisationKind.INTEGRATED_CARE_BOARD)));
    given(
        history.record(
            new PartnershipFormed(cdcp, "County Durham Care Partnership", "County Durham", FORMED)),
        history.record(new PartnerJoined(cdcp, dcc, FORMED)));
    ccgJoined = history.record(new PartnerJoined(cdcp, ccg, FORMED));
    tewvJoined = history.record(new PartnerJoined(cdcp, tewv, TEWV_JOINS));
    given(ccgJoined, tewvJoined);
    given(
        history.record(new PartnerGaveNotice(cdcp, ccg, CCG_ABOLISHED, CCG_NOTICE)),
        history.record(new PartnerLeft(cdcp, ccg, CCG_ABOLISHED)));
    icbJoined = history.record(new PartnerJoined(cdcp, icb, CCG_ABOLISHED));
    given(icbJoined);
  }

  @Test
  void a_succession_ends_the_predecessor_s_tenure_and_starts_the_successor_s_on_its_day() {
    OrganisationId dalesCcg = OrganisationId.newId();
    OrganisationId successor = OrganisationId.newId();
    LocalDate succession = LocalDate.of(2022, 7, 1);
    given(
        history.record(
            registered(
                dalesCcg, "NHS Durham Dales CCG", OrganisationKind.CLINICAL_COMMISSIONING_GROUP)),
        history.record(
            registered(successor, "NENC ICB (Durham)", OrganisationKind.INTEGRATED_CARE_BOARD)),
        history.record(new PartnerJoined(cdcp, dalesCcg, FORMED)),
        history.record(new PartnerSucceeded(cdcp, dalesCcg, successor, succession)));

    assertThat(partnersOn(succession.minusDays(1)))
        .containsKey(dalesCcg)
        .doesNotContainKey(successor);
    for (LocalDate day : List.of(succession, succession.plusDays(1))) {
      Map<OrganisationId, Partner> partners = partnersOn(day);
      assertThat(partners).doesNotContainKey(dalesCcg).containsKey(successor);
      assertThat(partners.get(successor).since()).isEqualTo(succession);
      assertThat(partners.get(successor).succeededFrom()).isEqualTo(dalesCcg);
    }
    assertThat(
            jdbc.queryForObject(
                "select successor_id from partner_tenure where organisation_id = ?",
                java.util.UUID.class,
                dalesCcg.value()))
        .isEqualTo(successor.value());
  }

  @Test
  void a_successor_already_a_partner_carries_on_its_own_tenure_without_a_second() {
    LocalDate succession = LocalDate.of(2023, 1, 1);
    given(history.record(new PartnerSucceeded(cdcp, tewv, icb, succession)));

    assertThat(partnersOn(succession.minusDays(1))).containsKeys(tewv, icb);
    Partner icbThen = partnersOn(succession).get(icb);
    assertThat(partnersOn(succession)).doesNotContainKey(tewv);
    assertThat(icbThen.since()).isEqualTo(CCG_ABOLISHED);
    assertThat(icbThen.succeededFrom()).isNull();
    assertThat(tenuresOf(icb)).isEqualTo(1);
  }

  @Test
  void a_partner_is_named_as_it_was_on_the_date() {
    LocalDate renamed = LocalDate.of(2021, 1, 1);
    given(
        history.record(
            new OrganisationRenamed(dcc, "Durham County Council", "Durham Council", renamed)));

    assertThat(partnersOn(renamed.minusDays(1)).get(dcc).name()).isEqualTo("Durham County Council");
    assertThat(partnersOn(renamed).get(dcc).name()).isEqualTo("Durham Council");
  }

  @Test
  void a_reporting_line_holds_from_the_day_it_is_drawn_up_to_the_day_it_ends() {
    BodyId jointCommittee = BodyId.newId();
    BodyId healthAndWellbeingBoard = BodyId.newId();
    BodyId cabinet = BodyId.newId();
    LocalDate drawn = LocalDate.of(2023, 4, 1);
    LocalDate ended = LocalDate.of(2024, 4, 1);
    given(
        history.record(body(jointCommittee, "Joint Committee", BodyType.JOINT_COMMITTEE)),
        history.record(
            body(
                healthAndWellbeingBoard,
                "Health and Wellbeing Board",
                BodyType.HEALTH_AND_WELLBEING_BOARD)),
        history.record(body(cabinet, "Cabinet", BodyType.CABINET)),
        history.record(
            new ReportingLineDrawn(
                cdcp,
                jointCommittee,
                healthAndWellbeingBoard,
                ReportingLineKind.REPORTING_RELATIONSHIP,
                drawn)),
        history.record(
            new ReportingLineDrawn(
                cdcp, jointCommittee, cabinet, ReportingLineKind.DIRECT_ACCOUNTABILITY, drawn)),
        history.record(new ReportingLineEnded(cdcp, jointCommittee, cabinet, ended)));

    assertThat(linesOn(drawn.minusDays(1))).isEmpty();
    assertThat(linesOn(drawn))
        .containsExactly(
            new ReportingLinesOnDate.Line(
                jointCommittee,
                "Joint Committee",
                cabinet,
                "Cabinet",
                ReportingLineKind.DIRECT_ACCOUNTABILITY,
                drawn),
            new ReportingLinesOnDate.Line(
                jointCommittee,
                "Joint Committee",
                healthAndWellbeingBoard,
                "Health and Wellbeing Board",
                ReportingLineKind.REPORTING_RELATIONSHIP,
                drawn));
    assertThat(linesOn(drawn.plusDays(1))).hasSize(2);
    assertThat(linesOn(ended.minusDays(1))).hasSize(2);
    assertThat(linesOn(ended))
        .extracting(ReportingLinesOnDate.Line::toBodyId)
        .containsExactly(healthAndWellbeingBoard);
    assertThat(linesOn(ended.plusDays(1))).hasSize(1);
  }

  @Test
  void a_line_redrawn_after_it_ended_holds_again_from_its_new_day() {
    BodyId from = BodyId.newId();
    BodyId to = BodyId.newId();
    LocalDate first = LocalDate.of(2021, 4, 1);
    LocalDate ended = LocalDate.of(2022, 4, 1);
    LocalDate redrawn = LocalDate.of(2022, 10, 1);
    given(
        history.record(
            new ReportingLineDrawn(cdcp, from, to, ReportingLineKind.DIRECT_ACCOUNTABILITY, first)),
        history.record(new ReportingLineEnded(cdcp, from, to, ended)),
        history.record(
            new ReportingLineDrawn(
                cdcp, from, to, ReportingLineKind.REPORTING_RELATIONSHIP, redrawn)));

    assertThat(linesOn(ended)).isEmpty();
    assertThat(linesOn(redrawn.minusDays(1))).isEmpty();
    ReportingLinesOnDate.Line line = linesOn(redrawn).get(0);
    assertThat(line.kind()).isEqualTo(ReportingLineKind.REPORTING_RELATIONSHIP);
    assertThat(line.since()).isEqualTo(redrawn);
    assertThat(line.fromBodyName()).as("the body has not arrived").isNull();
  }

  @Test
  void an_unknown_partnership_has_no_reporting_lines_answer() {
    assertThat(partnerships.reportingLinesOn(PartnershipId.newId(), FORMED)).isEmpty();
  }

  @Test
  void a_partner_is_not_listed_the_day_before_it_joins() {
    assertThat(partnersOn(TEWV_JOINS.minusDays(1))).doesNotContainKey(tewv);
  }

  @Test
  void a_partner_is_listed_from_the_day_it_joins() {
    assertThat(partnersOn(TEWV_JOINS)).containsKey(tewv);
    assertThat(partnersOn(TEWV_JOINS).get(tewv).since()).isEqualTo(TEWV_JOINS);
  }

  @Test
  void a_partner_is_still_listed_the_day_after_it_joins() {
    assertThat(partnersOn(TEWV_JOINS.plusDays(1))).containsKey(tewv);
  }

  @Test
  void nobody_is_a_partner_before_the_partnership_was_formed() {
    assertThat(partnersOn(FORMED.minusDays(1))).isEmpty();
    assertThat(partnersOn(FORMED)).containsOnlyKeys(dcc, ccg);
  }

  @Test
  void a_leaving_partner_is_listed_the_day_before_it_leaves() {
    assertThat(partnersOn(CCG_ABOLISHED.minusDays(1))).containsKey(ccg).doesNotContainKey(icb);
  }

  @Test
  void a_partner_is_not_listed_on_the_day_it_leaves() {
    assertThat(partnersOn(CCG_ABOLISHED)).doesNotContainKey(ccg).containsKey(icb);
  }

  @Test
  void a_partner_is_not_listed_the_day_after_it_leaves() {
    assertThat(partnersOn(CCG_ABOLISHED.plusDays(1))).doesNotContainKey(ccg).containsKey(icb);
  }

  @Test
  void a_partner_that_left_and_rejoined_is_listed_only_within_its_tenures() {
    LocalDate left = LocalDate.of(2023, 1, 1);
    LocalDate rejoined = LocalDate.of(2023, 6, 1);
    given(
        history.record(new PartnerGaveNotice(cdcp, tewv, null, LocalDate.of(2022, 10, 1))),
        history.record(new PartnerLeft(cdcp, tewv, left)),
        history.record(new PartnerJoined(cdcp, tewv, rejoined)));

    assertThat(partnersOn(left.minusDays(1))).containsKey(tewv);
    assertThat(partnersOn(left)).doesNotContainKey(tewv);
    assertThat(partnersOn(rejoined.minusDays(1))).doesNotContainKey(tewv);
    Partner again = partnersOn(rejoined).get(tewv);
    assertThat(again.since()).isEqualTo(rejoined);
    assertThat(again.noticeGivenOn()).as("the notice belonged to the first tenure").isNull();
  }

  @Test
  void the_tenure_keeps_when_its_joining_and_its_leaving_were_recorded() {
    Map<String, Object> tenure =
        jdbc.queryForMap(
            "select valid_from, valid_to from partner_tenure where organisation_id = ?",
            ccg.value());
    OffsetDateTime recordedAt =
        jdbc.queryForObject(
            "select recorded_at from partner_tenure where organisation_id = ?",
            OffsetDateTime.class,
            ccg.value());
    OffsetDateTime endedRecordedAt =
        jdbc.queryForObject(
            "select ended_recorded_at from partner_tenure where organisation_id = ?",
            OffsetDateTime.class,
            ccg.value());

    assertThat(tenure.get("valid_to")).isNotNull();
    assertThat(recordedAt.toInstant()).isEqualTo(ccgJoined.recordedAt().toInstant());
    assertThat(endedRecordedAt.toInstant()).isAfter(recordedAt.toInstant());
  }

  @Test
  void a_notice_is_not_shown_the_day_before_it_was_given() {
    Partner partner = partnersOn(CCG_NOTICE.minusDays(1)).get(ccg);
    assertThat(partner.noticeGivenOn()).isNull();
    assertThat(partner.intendedLeavingDate()).isNull();
  }

  @Test
  void a_notice_is_shown_from_the_day_it_was_given() {
    for (LocalDate day : List.of(CCG_NOTICE, CCG_NOTICE.plusDays(1))) {
      Partner partner = partnersOn(day).get(ccg);
      assertThat(partner.noticeGivenOn()).isEqualTo(CCG_NOTICE);
      assertThat(partner.intendedLeavingDate()).isEqualTo(CCG_ABOLISHED);
    }
  }

  @Test
  void other_partners_show_no_notice() {
    assertThat(partnersOn(CCG_NOTICE).get(dcc).noticeGivenOn()).isNull();
  }

  @Test
  void partners_are_sorted_by_name_with_their_organisations_details() {
    PartnersOnDate answer = partnerships.partnersOn(cdcp, LocalDate.of(2021, 4, 1)).orElseThrow();

    assertThat(answer.partnershipId()).isEqualTo(cdcp);
    assertThat(answer.name()).isEqualTo("County Durham Care Partnership");
    assertThat(answer.on()).isEqualTo(LocalDate.of(2021, 4, 1));
    assertThat(answer.partners())
        .extracting(Partner::name)
        .containsExactly(
            "Durham County Council",
            "NHS County Durham CCG",
            "Tees, Esk and Wear Valleys NHS Foundation Trust");
    Partner council = answer.partners().get(0);
    assertThat(council.organisationId()).isEqualTo(dcc);
    assertThat(council.kind()).isEqualTo(OrganisationKind.LOCAL_AUTHORITY);
    assertThat(council.statutoryBody()).isTrue();
    assertThat(council.since()).isEqualTo(FORMED);
  }

  @Test
  void a_partner_whose_registration_has_not_arrived_yet_is_listed_last_without_details() {
    OrganisationId unannounced = OrganisationId.newId();
    given(history.record(new PartnerJoined(cdcp, unannounced, LocalDate.of(2023, 1, 1))));

    List<Partner> partners =
        partnerships.partnersOn(cdcp, LocalDate.of(2023, 1, 1)).orElseThrow().partners();

    assertThat(partners)
        .last()
        .satisfies(
            p -> {
              assertThat(p.organisationId()).isEqualTo(unannounced);
              assertThat(p.name()).isNull();
              assertThat(p.kind()).isNull();
              assertThat(p.statutoryBody()).isNull();
            });
  }

  @Test
  void an_unknown_partnership_has_no_answer() {
    assertThat(partnerships.partnersOn(PartnershipId.newId(), FORMED)).isEmpty();
    assertThat(partnerships.find(PartnershipId.newId())).isEmpty();
  }

  @Test
  void the_partnership_is_found_as_formed() {
    assertThat(partnerships.find(cdcp))
        .contains(
            new PartnershipView(cdcp, "County Durham Care Partnership", "County Durham", FORMED));
  }

  @Test
  void a_duplicate_event_changes_nothing() {
    Map<String, Object> before = position(cdcp);

    assertThat(intake.accept(tewvJoined)).isEqualTo(Outcome.SKIPPED);

    assertThat(tenuresOf(tewv)).isEqualTo(1);
    assertThat(position(cdcp)).isEqualTo(before);
  }

  @Test
  void a_stale_older_event_changes_nothing() {
    Map<String, Object> before = position(cdcp);

    assertThat(intake.accept(ccgJoined)).isEqualTo(Outcome.SKIPPED);

    assertThat(tenuresOf(ccg)).isEqualTo(1);
    assertThat(partnersOn(CCG_ABOLISHED)).doesNotContainKey(ccg);
    assertThat(position(cdcp)).isEqualTo(before);
  }

  @Test
  void the_position_remembers_the_last_event_applied() {
    Map<String, Object> position = position(cdcp);

    assertThat(position.get("aggregate_type")).isEqualTo("partnership");
    assertThat(((Number) position.get("last_sequence")).longValue())
        .isEqualTo(icbJoined.aggregateSequence())
        .isEqualTo(6);
    assertThat(position.get("last_event_id")).isEqualTo(icbJoined.eventId());
  }

  @Test
  void an_event_after_a_gap_in_the_sequence_is_still_applied() {
    PartnershipId other = PartnershipId.newId();
    given(history.at(0, new PartnershipFormed(other, "Kent and Medway", "Kent", FORMED)));

    assertThat(intake.accept(history.at(2, new PartnerJoined(other, dcc, FORMED))))
        .isEqualTo(Outcome.PROJECTED);

    assertThat(partnerships.partnersOn(other, FORMED).orElseThrow().partners()).hasSize(1);
    assertThat(((Number) position(other).get("last_sequence")).longValue()).isEqualTo(2);
  }

  @Test
  void an_event_without_a_field_it_needs_is_unreadable_and_changes_nothing() {
    Map<String, Object> before = position(cdcp);
    RecordedEvent withoutPartner = history.record(new PartnerJoined(cdcp, null, FORMED));

    assertThatThrownBy(() -> intake.accept(withoutPartner))
        .isInstanceOf(UnreadableEvent.class)
        .hasMessageContaining("organisationId");

    assertThat(position(cdcp)).isEqualTo(before);
  }

  @Test
  void a_joining_corrected_to_a_later_day_counts_the_partner_from_the_corrected_day_only() {
    LocalDate corrected = FORMED.plusDays(9);
    RecordedEvent correction =
        history.record(
            new JoiningCorrected(
                cdcp,
                ccg,
                ccgJoined.eventId().toString(),
                FORMED,
                "The CCG's governing body signed up on 10 April",
                corrected));
    given(correction);

    assertThat(partnersOn(FORMED.minusDays(1))).isEmpty();
    for (LocalDate day : List.of(FORMED, FORMED.plusDays(1), corrected.minusDays(1))) {
      assertThat(partnersOn(day)).as("partners on " + day).doesNotContainKey(ccg).containsKey(dcc);
      assertThat(partnersOn(day).get(dcc).since())
          .as("a partner that joined the same day is not moved")
          .isEqualTo(FORMED);
    }
    for (LocalDate day : List.of(corrected, corrected.plusDays(1), CCG_ABOLISHED.minusDays(1))) {
      Partner partner = partnersOn(day).get(ccg);
      assertThat(partner.since()).as("since, on " + day).isEqualTo(corrected);
      assertThat(partner.noticeGivenOn())
          .as("notice on " + day)
          .isEqualTo(day.isBefore(CCG_NOTICE) ? null : CCG_NOTICE);
      assertThat(partner.corrections())
          .containsExactly(
              new PartnersOnDate.JoiningCorrection(
                  correction.recordedAt(),
                  "The CCG's governing body signed up on 10 April",
                  ccgJoined.eventId().toString(),
                  new PartnersOnDate.Joining(FORMED)));
    }
    assertThat(partnersOn(CCG_ABOLISHED)).as("its leaving is not moved").doesNotContainKey(ccg);
    assertThat(
            jdbc.queryForMap(
                "select tenure_id, corrected_event_id from joining_correction where event_id = ?",
                correction.eventId()))
        .containsEntry("tenure_id", ccgJoined.eventId())
        .containsEntry("corrected_event_id", ccgJoined.eventId().toString());
    assertThat(
            jdbc.queryForObject(
                "select previous_valid_from from joining_correction where event_id = ?",
                LocalDate.class,
                correction.eventId()))
        .isEqualTo(FORMED);
  }

  @Test
  void a_joining_corrected_to_an_earlier_day_counts_the_partner_from_the_corrected_day() {
    LocalDate corrected = TEWV_JOINS.minusDays(7);
    given(
        history.record(
            new JoiningCorrected(
                cdcp,
                tewv,
                tewvJoined.eventId().toString(),
                TEWV_JOINS,
                "Admitted at the board of 24 November",
                corrected)));

    assertThat(partnersOn(corrected.minusDays(1))).doesNotContainKey(tewv);
    for (LocalDate day :
        List.of(
            corrected,
            corrected.plusDays(1),
            TEWV_JOINS.minusDays(1),
            TEWV_JOINS,
            TEWV_JOINS.plusDays(1))) {
      assertThat(partnersOn(day).get(tewv).since()).as("since, on " + day).isEqualTo(corrected);
    }
    assertThat(tenuresOf(tewv)).isEqualTo(1);
  }

  @Test
  void a_second_correction_names_the_first_and_both_are_listed_in_the_order_recorded() {
    LocalDate first = TEWV_JOINS.plusDays(3);
    LocalDate second = TEWV_JOINS.minusDays(2);
    RecordedEvent firstCorrection =
        history.record(
            new JoiningCorrected(
                cdcp, tewv, tewvJoined.eventId().toString(), TEWV_JOINS, "First", first));
    RecordedEvent secondCorrection =
        history.record(
            new JoiningCorrected(
                cdcp, tewv, firstCorrection.eventId().toString(), first, "Second", second));
    given(firstCorrection, secondCorrection);

    assertThat(partnersOn(second.minusDays(1))).doesNotContainKey(tewv);
    Partner partner = partnersOn(second).get(tewv);
    assertThat(partner.since()).isEqualTo(second);
    assertThat(partner.corrections())
        .extracting(c -> c.correctedEventId(), c -> c.before().since())
        .containsExactly(
            tuple(tewvJoined.eventId().toString(), TEWV_JOINS),
            tuple(firstCorrection.eventId().toString(), first));
  }

  @Test
  void a_joining_correction_delivered_twice_changes_nothing_the_second_time() {
    LocalDate corrected = TEWV_JOINS.plusDays(3);
    RecordedEvent correction =
        history.record(
            new JoiningCorrected(
                cdcp, tewv, tewvJoined.eventId().toString(), TEWV_JOINS, "Late", corrected));
    given(correction);
    Map<String, Object> before = position(cdcp);

    assertThat(intake.accept(correction)).isEqualTo(Outcome.SKIPPED);

    assertThat(position(cdcp)).isEqualTo(before);
    assertThat(partnersOn(corrected).get(tewv).since()).isEqualTo(corrected);
    assertThat(partnersOn(corrected).get(tewv).corrections()).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from joining_correction where tenure_id = ?",
                Integer.class,
                tewvJoined.eventId()))
        .isEqualTo(1);
  }

  @Test
  void a_correction_of_a_rejoining_moves_only_the_second_tenure() {
    LocalDate left = LocalDate.of(2023, 1, 1);
    LocalDate rejoined = LocalDate.of(2023, 6, 1);
    LocalDate corrected = rejoined.minusMonths(1);
    given(history.record(new PartnerLeft(cdcp, tewv, left)));
    RecordedEvent rejoining = history.record(new PartnerJoined(cdcp, tewv, rejoined));
    given(rejoining);
    given(
        history.record(
            new JoiningCorrected(
                cdcp,
                tewv,
                rejoining.eventId().toString(),
                rejoined,
                "Rejoined in May",
                corrected)));

    assertThat(partnersOn(left.minusDays(1)).get(tewv).since()).isEqualTo(TEWV_JOINS);
    assertThat(partnersOn(left.minusDays(1)).get(tewv).corrections()).isEmpty();
    assertThat(partnersOn(corrected.minusDays(1))).doesNotContainKey(tewv);
    assertThat(partnersOn(corrected).get(tewv).since()).isEqualTo(corrected);
    assertThat(partnersOn(rejoined).get(tewv).corrections()).hasSize(1);
  }

  private void given(RecordedEvent... events) {
    for (RecordedEvent event : events) {
      assertThat(intake.accept(event)).as(event.type()).isEqualTo(Outcome.PROJECTED);
    }
  }

  private Map<OrganisationId, Partner> partnersOn(LocalDate date) {
    return partnerships.partnersOn(cdcp, date).orElseThrow().partners().stream()
        .collect(Collectors.toMap(Partner::organisationId, partner -> partner));
  }

  private List<ReportingLinesOnDate.Line> linesOn(LocalDate date) {
    return partnerships.reportingLinesOn(cdcp, date).orElseThrow().lines();
  }

  private BodyEstablished body(BodyId id, String name, BodyType type) {
    return new BodyEstablished(
        id, cdcp, name, type, BodyStatus.OPERATIONAL, null, List.of(), LocalDate.of(2021, 4, 1));
  }

  private int tenuresOf(OrganisationId organisation) {
    return jdbc.queryForObject(
        "select count(*) from partner_tenure where partnership_id = ? and organisation_id = ?",
        Integer.class,
        cdcp.value(),
        organisation.value());
  }

  private Map<String, Object> position(PartnershipId partnership) {
    return jdbc.queryForMap(
        "select aggregate_type, last_sequence, last_event_id, updated_at"
            + " from projection_position where aggregate_id = ?",
        partnership.toString());
  }

  private static OrganisationRegistered registered(
      OrganisationId id, String name, OrganisationKind kind) {
    return new OrganisationRegistered(id, name, kind, true, LocalDate.of(1974, 4, 1));
  }
}
