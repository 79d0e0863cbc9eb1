package uk.partnershipledger.command.mou;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.events.mou.MouEvent.MouAmendedOnLeaving;
import uk.partnershipledger.events.mou.MouEvent.MouAmendmentOnLeavingCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouCameIntoForce;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouReviewed;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureSucceeded;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureSuccessionCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouSigned;
import uk.partnershipledger.events.mou.MouEvent.MouTerminated;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * A departure's date is corrected, and the MoU moves the amendment or the succession the departure
 * recorded in it, with no act on the MoU left between the two dates (docs/adr/0009; seeds/001 MoU
 * §27).
 */
class DepartureMoveTest {

  private static final MouId MOU = MouId.newId();
  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final OrganisationId DCC = OrganisationId.newId();
  private static final OrganisationId CCG = OrganisationId.newId();
  private static final OrganisationId ICB = OrganisationId.newId();
  private static final OrganisationId CDDFT = OrganisationId.newId();
  private static final LocalDate DRAFTED = LocalDate.of(2020, 12, 1);
  private static final LocalDate IN_FORCE = LocalDate.of(2021, 3, 31);
  private static final LocalDate DEPARTED = LocalDate.of(2022, 7, 1);
  private static final LocalDate EARLIER = LocalDate.of(2022, 5, 1);
  private static final LocalDate LATER = LocalDate.of(2022, 9, 1);
  private static final String REASON = "The departure was dated wrongly";

  private FixtureConfiguration<Mou> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Mou.class);
  }

  /** Version 1, signed by the three parties and in force from 31 March 2021 (seeds/001 MoU). */
  private static Object[] inForce(Object... more) {
    Object[] base = {
      new MouDrafted(
          MOU,
          CDCP,
          "County Durham Care Partnership MoU",
          1,
          "December 2020",
          List.of(DCC, CCG, CDDFT),
          List.of(),
          12,
          12,
          DRAFTED),
      new MouSigned(MOU, 1, DCC, Signatory.named("Chief Executive"), LocalDate.of(2021, 3, 17)),
      new MouSigned(MOU, 1, CCG, Signatory.named("Accountable Officer"), LocalDate.of(2021, 3, 22)),
      new MouSigned(MOU, 1, CDDFT, Signatory.named("Chief Executive"), IN_FORCE),
      new MouCameIntoForce(MOU, 1, IN_FORCE.plusMonths(12), IN_FORCE)
    };
    Object[] all = new Object[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private static MouAmendedOnLeaving amended() {
    return new MouAmendedOnLeaving(
        MOU,
        2,
        "December 2020 (amended on the leaving of a party)",
        CCG,
        List.of(DCC, CDDFT),
        DEPARTED.plusMonths(12),
        DEPARTED);
  }

  private String idOf(int index) {
    return fixture
        .getEventStore()
        .readEvents(MOU.toString())
        .asStream()
        .toList()
        .get(index)
        .getIdentifier();
  }

  @Test
  void a_leaving_moved_earlier_brings_the_amended_version_into_force_then_with_a_revised_review() {
    TestExecutor<Mou> given = fixture.given(inForce(amended()));
    String amendment = idOf(5);
    given
        .when(new MoveAmendmentOnLeaving(MOU, CCG, DEPARTED, EARLIER, REASON))
        .expectEvents(
            new MouAmendmentOnLeavingCorrected(
                MOU, 2, CCG, amendment, EARLIER.plusMonths(12), DEPARTED, REASON, EARLIER));
  }

  @Test
  void a_leaving_moved_later_brings_the_amended_version_into_force_later() {
    TestExecutor<Mou> given = fixture.given(inForce(amended()));
    String amendment = idOf(5);
    given
        .when(new MoveAmendmentOnLeaving(MOU, CCG, DEPARTED, LATER, REASON))
        .expectEvents(
            new MouAmendmentOnLeavingCorrected(
                MOU, 2, CCG, amendment, LATER.plusMonths(12), DEPARTED, REASON, LATER));
  }

  @Test
  void a_leaving_moved_earlier_than_a_review_of_the_version_it_amended_is_refused() {
    fixture
        .given(inForce(new MouReviewed(MOU, 1, LocalDate.of(2023, 1, 1), EARLIER.plusDays(10))))
        .andGiven(amended())
        .when(new MoveAmendmentOnLeaving(MOU, CCG, DEPARTED, EARLIER, REASON))
        .expectNoEvents()
        .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
  }

  @Test
  void a_leaving_moved_later_than_a_review_of_the_amended_version_is_refused() {
    fixture
        .given(inForce(amended(), new MouReviewed(MOU, 2, LocalDate.of(2023, 6, 1), DEPARTED)))
        .when(new MoveAmendmentOnLeaving(MOU, CCG, DEPARTED, LATER, REASON))
        .expectNoEvents()
        .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
  }

  @Test
  void a_leaving_moved_past_the_termination_is_refused() {
    fixture
        .given(inForce(amended(), new MouTerminated(MOU, LATER.minusDays(1))))
        .when(new MoveAmendmentOnLeaving(MOU, CCG, DEPARTED, LATER, REASON))
        .expectNoEvents()
        .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
  }

  @Test
  void an_mou_not_amended_for_the_organisation_on_that_date_is_left_alone() {
    fixture
        .given(inForce(amended()))
        .when(new MoveAmendmentOnLeaving(MOU, CDDFT, DEPARTED, LATER, REASON))
        .expectNoEvents();
    fixture
        .given(inForce(amended()))
        .when(new MoveAmendmentOnLeaving(MOU, CCG, LATER, EARLIER, REASON))
        .expectNoEvents();
  }

  @Test
  void an_abolition_moved_earlier_passes_the_signature_to_the_successor_then() {
    TestExecutor<Mou> given =
        fixture.given(inForce(new MouSignatureSucceeded(MOU, 1, CCG, ICB, DEPARTED)));
    String succession = idOf(5);
    given
        .when(new MoveSignatureSuccession(MOU, CCG, ICB, DEPARTED, EARLIER, REASON))
        .expectEvents(
            new MouSignatureSuccessionCorrected(
                MOU, 1, CCG, ICB, succession, DEPARTED, REASON, EARLIER));
  }

  @Test
  void an_abolition_moved_later_than_a_review_recorded_after_it_is_refused() {
    fixture
        .given(
            inForce(
                new MouSignatureSucceeded(MOU, 1, CCG, ICB, DEPARTED),
                new MouReviewed(MOU, 1, LocalDate.of(2023, 6, 1), DEPARTED.plusDays(5))))
        .when(new MoveSignatureSuccession(MOU, CCG, ICB, DEPARTED, LATER, REASON))
        .expectNoEvents()
        .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
  }

  @Test
  void a_succession_of_another_predecessor_is_left_alone() {
    fixture
        .given(inForce(new MouSignatureSucceeded(MOU, 1, CCG, ICB, DEPARTED)))
        .when(new MoveSignatureSuccession(MOU, DCC, ICB, DEPARTED, LATER, REASON))
        .expectNoEvents();
  }
}
