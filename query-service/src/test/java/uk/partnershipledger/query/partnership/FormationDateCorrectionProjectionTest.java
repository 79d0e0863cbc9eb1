package uk.partnershipledger.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.FormationDateCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.JoiningCorrected;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.intake.EventIntake;
import uk.partnershipledger.query.intake.EventIntake.Outcome;
import uk.partnershipledger.query.intake.RecordedEvent;
import uk.partnershipledger.query.partnership.PartnersOnDate.Partner;

/**
 * Given a partnership formed by the council and the CCG on a wrong day, with a trust joining later,
 * then the correction of its formation date: the partnership and its founders' tenures begin on the
 * corrected day, the later partner's tenure does not move, and what each correction replaced is
 * kept.
 */
abstract class FormationDateCorrectionProjectionTest {

  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate MAY = LocalDate.of(2018, 5, 1);
  private static final LocalDate HDFT_JOINED = LocalDate.of(2020, 12, 1);

  @Autowired EventIntake intake;
  @Autowired PartnershipReadModel partnerships;

  private final History history = new History();
  private final PartnershipId cdcp = PartnershipId.newId();
  private final OrganisationId dcc = OrganisationId.newId();
  private final OrganisationId ccg = OrganisationId.newId();
  private final OrganisationId hdft = OrganisationId.newId();
  private RecordedEvent formed;
  private RecordedEvent ccgJoined;

  @BeforeEach
  void givenAPartnership() {
    formed =
        accept(new PartnershipFormed(cdcp, "County Durham Care Partnership", "Durham", FORMED));
    accept(new PartnerJoined(cdcp, dcc, FORMED));
    ccgJoined = accept(new PartnerJoined(cdcp, ccg, FORMED));
    accept(new PartnerJoined(cdcp, hdft, HDFT_JOINED));
  }

  @Test
  void moved_later_the_partnership_and_its_founders_begin_on_the_corrected_day() {
    accept(redate(formed, FORMED, MAY, "The framework took effect in May"));

    PartnershipView view = partnerships.find(cdcp).orElseThrow();
    assertThat(view.formedOn()).isEqualTo(MAY);
    assertThat(view.corrections()).isEmpty();
    assertThat(view.dateCorrections()).hasSize(1);
    PartnershipView.FormationDateCorrection correction = view.dateCorrections().get(0);
    assertThat(correction.correctedEventId()).isEqualTo(formed.eventId().toString());
    assertThat(correction.reason()).isEqualTo("The framework took effect in May");
    assertThat(correction.previousFormedOn()).isEqualTo(FORMED);
    assertThat(correction.formedOn()).isEqualTo(MAY);
    assertThat(correction.movedFoundingPartners()).containsExactly(ccg, dcc);
    assertThat(partners(FORMED)).isEmpty();
    assertThat(partners(MAY.minusDays(1))).isEmpty();
    assertThat(partners(MAY)).containsExactlyInAnyOrder(dcc, ccg);
    assertThat(partners(MAY.plusDays(1))).containsExactlyInAnyOrder(dcc, ccg);
    assertThat(partners(HDFT_JOINED.minusDays(1))).containsExactlyInAnyOrder(dcc, ccg);
    assertThat(partners(HDFT_JOINED)).containsExactlyInAnyOrder(dcc, ccg, hdft);
    Partner council = partner(MAY, dcc);
    assertThat(council.since()).isEqualTo(MAY);
    assertThat(council.corrections()).hasSize(1);
    assertThat(council.corrections().get(0).correctedEventId())
        .isEqualTo(formed.eventId().toString());
    assertThat(council.corrections().get(0).before().since()).isEqualTo(FORMED);
    assertThat(partner(HDFT_JOINED, hdft).corrections()).isEmpty();
  }

  @Test
  void moved_earlier_then_corrected_again_naming_the_first_and_twice_is_once() {
    LocalDate earlier = FORMED.minusMonths(1);
    RecordedEvent first = accept(redate(formed, FORMED, earlier, "Earlier"));
    RecordedEvent second = accept(redate(first, earlier, MAY, "Later after all"));
    PartnershipView before = partnerships.find(cdcp).orElseThrow();

    assertThat(intake.accept(second)).isEqualTo(Outcome.SKIPPED);

    assertThat(partnerships.find(cdcp).orElseThrow()).isEqualTo(before);
    assertThat(before.formedOn()).isEqualTo(MAY);
    assertThat(before.dateCorrections())
        .extracting(c -> c.correctedEventId(), c -> c.previousFormedOn(), c -> c.formedOn())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(formed.eventId().toString(), FORMED, earlier),
            org.assertj.core.groups.Tuple.tuple(first.eventId().toString(), earlier, MAY));
    assertThat(partners(MAY.minusDays(1))).isEmpty();
    assertThat(partners(MAY)).containsExactlyInAnyOrder(dcc, ccg);
    assertThat(partner(MAY, ccg).corrections())
        .extracting(c -> c.before().since())
        .containsExactly(FORMED, earlier);
  }

  @Test
  void a_founder_whose_joining_was_corrected_away_from_the_formation_day_is_not_moved() {
    accept(
        new JoiningCorrected(
            cdcp, ccg, ccgJoined.eventId().toString(), FORMED, "Later", MAY.plusDays(1)));
    accept(
        new FormationDateCorrected(
            cdcp, formed.eventId().toString(), List.of(dcc), FORMED, "May", MAY));

    assertThat(partners(MAY)).containsExactly(dcc);
    assertThat(partners(MAY.plusDays(1))).containsExactlyInAnyOrder(dcc, ccg);
    assertThat(
            partnerships.find(cdcp).orElseThrow().dateCorrections().get(0).movedFoundingPartners())
        .containsExactly(dcc);
  }

  private FormationDateCorrected redate(
      RecordedEvent corrected, LocalDate was, LocalDate date, String reason) {
    return new FormationDateCorrected(
        cdcp, corrected.eventId().toString(), List.of(ccg, dcc), was, reason, date);
  }

  private List<OrganisationId> partners(LocalDate on) {
    return partnerships.partnersOn(cdcp, on).orElseThrow().partners().stream()
        .map(Partner::organisationId)
        .toList();
  }

  private Partner partner(LocalDate on, OrganisationId organisation) {
    return partnerships.partnersOn(cdcp, on).orElseThrow().partners().stream()
        .filter(partner -> partner.organisationId().equals(organisation))
        .findFirst()
        .orElseThrow();
  }

  private RecordedEvent accept(GovernanceEvent event) {
    RecordedEvent recorded = history.record(event);
    assertThat(intake.accept(recorded)).isEqualTo(Outcome.PROJECTED);
    return recorded;
  }
}
