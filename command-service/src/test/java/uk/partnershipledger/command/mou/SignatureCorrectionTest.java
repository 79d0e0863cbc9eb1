package uk.partnershipledger.command.mou;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.mou.MouCommands.CorrectSignature;
import uk.partnershipledger.command.mou.MouCommands.SignMou;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.events.mou.MouEvent.MouCameIntoForce;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureSucceeded;
import uk.partnershipledger.events.mou.MouEvent.MouSigned;
import uk.partnershipledger.events.mou.MouEvent.MouTerminated;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * DOMAIN.md rule 7 for an MoU signature: the wrong signatory or date is corrected by naming the
 * signature, and a corrected date never moves the day the version came into force.
 */
class SignatureCorrectionTest {

  private static final MouId MOU = MouId.newId();
  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final OrganisationId DCC = OrganisationId.newId();
  private static final OrganisationId CCG = OrganisationId.newId();
  private static final OrganisationId CDDFT = OrganisationId.newId();
  private static final OrganisationId ICB = OrganisationId.newId();
  private static final LocalDate DRAFTED = LocalDate.of(2020, 12, 1);
  private static final LocalDate CABINET = LocalDate.of(2021, 3, 17);
  private static final LocalDate CCG_SIGNS = LocalDate.of(2021, 3, 22);
  private static final LocalDate IN_FORCE = LocalDate.of(2021, 3, 31);

  private FixtureConfiguration<Mou> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Mou.class);
    fixture.registerInjectableResource(
        new OrganisationDirectory() {
          @Override
          public Optional<KnownOrganisation> find(OrganisationId id) {
            return Optional.empty();
          }

          @Override
          public Optional<LocalDate> earliestSuccessionTo(OrganisationId id) {
            return Optional.empty();
          }

          @Override
          public Optional<LocalDate> latestSuccessionTo(OrganisationId id) {
            return Optional.empty();
          }
        });
  }

  private String idOfGiven(int index) {
    return fixture
        .getEventStore()
        .readEvents(MOU.toString())
        .asStream()
        .toList()
        .get(index)
        .getIdentifier();
  }

  private static MouDrafted drafted() {
    return new MouDrafted(
        MOU,
        CDCP,
        "County Durham Care Partnership MoU",
        1,
        "December 2020",
        List.of(DCC, CCG, CDDFT),
        List.of(),
        12,
        12,
        DRAFTED);
  }

  private static MouSigned signed(OrganisationId party, LocalDate date) {
    return new MouSigned(MOU, 1, party, Signatory.named("Chief Executive"), date);
  }

  /** Signed by the council, the CCG and the trust, in force from the trust's signature. */
  private static Object[] inForce() {
    return new Object[] {
      drafted(),
      signed(DCC, CABINET),
      signed(CCG, CCG_SIGNS),
      signed(CDDFT, IN_FORCE),
      new MouCameIntoForce(MOU, 1, IN_FORCE.plusMonths(12), IN_FORCE)
    };
  }

  private static CorrectSignature correct(OrganisationId party, String signatory, LocalDate date) {
    return new CorrectSignature(MOU, 1, party, signatory, null, date, " The signed copy ");
  }

  @Test
  void a_wrong_signatory_is_corrected_naming_the_signature_and_keeping_its_date() {
    TestExecutor<Mou> given = fixture.given(inForce());
    String signature = idOfGiven(1);

    given
        .when(correct(DCC, " John Hewitt, Chief Executive ", null))
        .expectEvents(
            new MouSignatureCorrected(
                MOU,
                1,
                DCC,
                signature,
                Signatory.named("John Hewitt, Chief Executive"),
                "The signed copy",
                CABINET));
  }

  @Test
  void a_post_alone_is_corrected_keeping_the_name_and_a_blank_post_is_no_post() {
    TestExecutor<Mou> given =
        fixture.given(
            drafted(),
            new MouSigned(MOU, 1, DCC, Signatory.named("John Hewitt"), CABINET),
            signed(CCG, CCG_SIGNS));
    String signature = idOfGiven(1);

    given
        .when(new CorrectSignature(MOU, 1, DCC, null, " Interim Chief Executive ", null, "r"))
        .expectEvents(
            new MouSignatureCorrected(
                MOU,
                1,
                DCC,
                signature,
                new Signatory("John Hewitt", "Interim Chief Executive"),
                "r",
                CABINET));
    fixture
        .given(drafted())
        .when(new SignMou(MOU, 1, DCC, new Signatory(" John Hewitt ", "  "), CABINET))
        .expectEvents(new MouSigned(MOU, 1, DCC, Signatory.named("John Hewitt"), CABINET));
  }

  @Test
  void an_earlier_signature_may_move_up_to_the_day_the_version_came_into_force_and_not_after() {
    fixture
        .given(inForce())
        .when(correct(DCC, null, IN_FORCE.plusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    fixture.given(inForce()).when(correct(DCC, null, IN_FORCE)).expectSuccessfulHandlerExecution();
  }

  @Test
  void the_last_signature_cannot_move_since_it_dates_the_version_in_force() {
    fixture
        .given(inForce())
        .when(correct(CDDFT, null, IN_FORCE.minusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
  }

  @Test
  void of_two_last_signatures_on_one_day_either_may_move_earlier() {
    fixture
        .given(
            drafted(),
            signed(DCC, CABINET),
            signed(CCG, IN_FORCE),
            signed(CDDFT, IN_FORCE),
            new MouCameIntoForce(MOU, 1, IN_FORCE.plusMonths(12), IN_FORCE))
        .when(correct(CDDFT, null, IN_FORCE.minusDays(1)))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void a_signature_cannot_move_before_the_version_was_drafted() {
    fixture
        .given(inForce())
        .when(correct(DCC, null, DRAFTED.minusDays(1)))
        .expectNoEvents()
        .expectException(violates(Rule.MOU_SIGNED_BEFORE_DRAFTED));
    fixture.given(inForce()).when(correct(DCC, null, DRAFTED)).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_draft_s_signature_moved_later_dates_the_version_when_the_last_party_signs() {
    LocalDate corrected = LocalDate.of(2021, 5, 1);
    TestExecutor<Mou> given = fixture.given(drafted(), signed(DCC, CABINET));
    given.andGivenCommands(
        correct(DCC, null, corrected),
        new SignMou(MOU, 1, CCG, Signatory.named("Accountable Officer"), CCG_SIGNS));

    given
        .when(new SignMou(MOU, 1, CDDFT, Signatory.named("Chief Executive"), IN_FORCE))
        .expectEvents(
            new MouSigned(MOU, 1, CDDFT, Signatory.named("Chief Executive"), IN_FORCE),
            new MouCameIntoForce(MOU, 1, corrected.plusMonths(12), corrected));
  }

  @Test
  void a_signature_cannot_move_to_or_after_the_termination() {
    LocalDate terminated = LocalDate.of(2021, 6, 1);
    Object[] history = {drafted(), signed(DCC, CABINET), new MouTerminated(MOU, terminated)};
    fixture
        .given(history)
        .when(correct(DCC, null, terminated))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    fixture
        .given(history)
        .when(correct(DCC, null, terminated.minusDays(1)))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void a_party_that_has_not_signed_has_no_signature_to_correct() {
    fixture
        .given(drafted(), signed(DCC, CABINET))
        .when(correct(CDDFT, "Chief Executive", null))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    fixture
        .given(drafted(), signed(DCC, CABINET))
        .when(new CorrectSignature(MOU, 2, DCC, "x", null, null, "r"))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_MOU_VERSION));
  }

  @Test
  void a_signature_passed_to_a_successor_is_no_longer_either_party_s_to_correct() {
    Object[] history = {
      drafted(),
      signed(DCC, CABINET),
      signed(CCG, CCG_SIGNS),
      new MouSignatureSucceeded(MOU, 1, CCG, ICB, LocalDate.of(2022, 7, 1))
    };
    fixture
        .given(history)
        .when(correct(CCG, "Accountable Officer", null))
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
    fixture
        .given(history)
        .when(correct(ICB, "Accountable Officer", null))
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void a_correction_that_changes_nothing_is_refused() {
    fixture
        .given(inForce())
        .when(correct(DCC, "Chief Executive", CABINET))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
  }

  @Test
  void a_second_correction_names_the_first() {
    TestExecutor<Mou> given = fixture.given(inForce());
    given.andGivenCommands(correct(DCC, "John Hewitt", null));
    String corrected = idOfGiven(5);

    given
        .when(correct(DCC, null, CCG_SIGNS))
        .expectEvents(
            new MouSignatureCorrected(
                MOU,
                1,
                DCC,
                corrected,
                Signatory.named("John Hewitt"),
                "The signed copy",
                CCG_SIGNS));
  }
}
