package uk.partnershipledger.command.mou;

import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.mou.MouCommands.CorrectDrafting;
import uk.partnershipledger.command.mou.MouCommands.DraftVariation;
import uk.partnershipledger.command.mou.MouCommands.SignMou;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.events.mou.MouEvent.MouCameIntoForce;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouDraftingCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureSucceeded;
import uk.partnershipledger.events.mou.MouEvent.MouSigned;
import uk.partnershipledger.events.mou.MouEvent.MouTerminated;
import uk.partnershipledger.events.mou.MouEvent.MouVariationDrafted;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * DOMAIN.md rule 7 for a drafted version's parties and date: corrected by naming the draft, only
 * while no party has signed it, and judged as a draft (or variation) recorded so.
 */
class DraftingCorrectionTest {

  private static final MouId MOU = MouId.newId();
  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final OrganisationId DCC = OrganisationId.newId();
  private static final OrganisationId CCG = OrganisationId.newId();
  private static final OrganisationId CDDFT = OrganisationId.newId();
  private static final OrganisationId ICB = OrganisationId.newId();
  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate CDDFT_ESTABLISHED = LocalDate.of(2004, 1, 1);
  private static final LocalDate ICB_ESTABLISHED = LocalDate.of(2022, 7, 1);
  private static final LocalDate DRAFTED = LocalDate.of(2020, 12, 1);
  private static final LocalDate IN_FORCE = LocalDate.of(2021, 3, 31);
  private static final LocalDate VARIED = LocalDate.of(2022, 9, 1);

  private FixtureConfiguration<Mou> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Mou.class);
    fixture.registerInjectableResource(new Partnerships());
    Map<OrganisationId, OrganisationDirectory.KnownOrganisation> organisations =
        Map.of(
            DCC, known(DCC, "Durham County Council", LocalDate.of(1974, 4, 1)),
            CCG, known(CCG, "NHS County Durham CCG", LocalDate.of(2013, 4, 1)),
            CDDFT, known(CDDFT, "CDDFT", CDDFT_ESTABLISHED),
            ICB, known(ICB, "NHS North East and North Cumbria ICB", ICB_ESTABLISHED));
    fixture.registerInjectableResource(
        new OrganisationDirectory() {
          @Override
          public Optional<KnownOrganisation> find(OrganisationId id) {
            return Optional.ofNullable(organisations.get(id));
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

  private static OrganisationDirectory.KnownOrganisation known(
      OrganisationId id, String name, LocalDate established) {
    return new OrganisationDirectory.KnownOrganisation(id, name, true, established);
  }

  private static MouDrafted drafted() {
    return new MouDrafted(
        MOU, CDCP, "The MoU", 1, "December 2020", List.of(DCC, CCG), List.of(), 12, 12, DRAFTED);
  }

  /** Version 1 between the council and the CCG, in force from {@link #IN_FORCE}. */
  private static Object[] inForce(Object... more) {
    Object[] base = {
      drafted(),
      new MouSigned(MOU, 1, DCC, Signatory.named("Chief Executive"), IN_FORCE.minusDays(5)),
      new MouSigned(MOU, 1, CCG, Signatory.named("Accountable Officer"), IN_FORCE),
      new MouCameIntoForce(MOU, 1, IN_FORCE.plusMonths(12), IN_FORCE)
    };
    Object[] all = new Object[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private static MouVariationDrafted varied(List<OrganisationId> parties, LocalDate on) {
    return new MouVariationDrafted(MOU, 2, "2022", parties, List.of(), 12, on);
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

  private ResultValidator<Mou> correct(
      Object[] history, int version, int index, List<OrganisationId> parties, LocalDate date) {
    TestExecutor<Mou> given = fixture.given(history);
    return given.when(
        new CorrectDrafting(MOU, version, idOfGiven(index), parties, date, " Minutes "));
  }

  @Test
  void a_draft_s_parties_and_date_are_corrected_naming_the_draft() {
    TestExecutor<Mou> given = fixture.given(drafted());
    String draft = idOfGiven(0);
    LocalDate right = DRAFTED.plusDays(3);

    given
        .when(new CorrectDrafting(MOU, 1, draft, List.of(DCC, CCG, CDDFT), right, " Minutes "))
        .expectEvents(
            new MouDraftingCorrected(
                MOU, 1, draft, List.of(DCC, CCG, CDDFT), DRAFTED, "Minutes", right));
  }

  @Test
  void a_field_left_out_keeps_the_value_recorded() {
    TestExecutor<Mou> given = fixture.given(drafted());
    String draft = idOfGiven(0);

    given
        .when(new CorrectDrafting(MOU, 1, draft, null, DRAFTED.minusDays(1), "r"))
        .expectEvents(
            new MouDraftingCorrected(
                MOU, 1, draft, List.of(DCC, CCG), DRAFTED, "r", DRAFTED.minusDays(1)));
    given = fixture.given(drafted());
    given
        .when(new CorrectDrafting(MOU, 1, idOfGiven(0), List.of(DCC, CDDFT), null, "r"))
        .expectEvents(
            new MouDraftingCorrected(
                MOU, 1, idOfGiven(0), List.of(DCC, CDDFT), DRAFTED, "r", DRAFTED));
  }

  @Test
  void a_second_correction_names_the_first_and_the_first_is_no_longer_current() {
    TestExecutor<Mou> given = fixture.given(drafted());
    String draft = idOfGiven(0);
    given.andGiven(
        new MouDraftingCorrected(MOU, 1, draft, List.of(DCC, CDDFT), DRAFTED, "r", DRAFTED));
    String corrected = idOfGiven(1);

    given
        .when(new CorrectDrafting(MOU, 1, corrected, List.of(DCC, CCG), null, "r"))
        .expectEvents(
            new MouDraftingCorrected(MOU, 1, corrected, List.of(DCC, CCG), DRAFTED, "r", DRAFTED));
    given = fixture.given(drafted());
    given.andGiven(
        new MouDraftingCorrected(MOU, 1, idOfGiven(0), List.of(DCC, CDDFT), DRAFTED, "r", DRAFTED));
    given
        .when(new CorrectDrafting(MOU, 1, idOfGiven(0), List.of(DCC, CCG), null, "r"))
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void an_unknown_version_or_an_event_that_is_not_its_draft_is_refused() {
    correct(new Object[] {drafted()}, 2, 0, List.of(DCC, CDDFT), null)
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_MOU_VERSION));
    correct(inForce(), 1, 1, List.of(DCC, CDDFT), null)
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_RECORDED_FACT));
  }

  @Test
  void a_correction_that_changes_nothing_is_refused_the_order_of_parties_aside() {
    correct(new Object[] {drafted()}, 1, 0, List.of(CCG, DCC), DRAFTED)
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
    correct(new Object[] {drafted()}, 1, 0, null, null)
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CHANGES_NOTHING));
  }

  @Test
  void a_version_signed_by_any_party_is_not_corrected() {
    Object[] signedOnce = {
      drafted(), new MouSigned(MOU, 1, DCC, Signatory.named("Chief Executive"), IN_FORCE)
    };
    correct(signedOnce, 1, 0, List.of(DCC, CDDFT), null)
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
    correct(inForce(), 1, 0, null, DRAFTED.plusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
  }

  @Test
  void parties_are_at_least_two_and_distinct() {
    correct(new Object[] {drafted()}, 1, 0, List.of(DCC), null)
        .expectNoEvents()
        .expectException(violates(Rule.TOO_FEW_MOU_PARTIES));
    correct(new Object[] {drafted()}, 1, 0, List.of(DCC, CCG, DCC), null)
        .expectNoEvents()
        .expectException(violates(Rule.DUPLICATE_MOU_PARTY));
  }

  @Test
  void every_party_is_established_on_the_date() {
    Object[] history = {drafted()};
    correct(history, 1, 0, List.of(DCC, ICB), null)
        .expectNoEvents()
        .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    correct(history, 1, 0, List.of(DCC, ICB), ICB_ESTABLISHED.minusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    correct(history, 1, 0, List.of(DCC, ICB), ICB_ESTABLISHED).expectSuccessfulHandlerExecution();
    correct(history, 1, 0, List.of(DCC, OrganisationId.newId()), null)
        .expectNoEvents()
        .expectException(violates(Rule.UNKNOWN_ORGANISATION));
  }

  @Test
  void a_draft_is_dated_on_a_day_the_partnership_is_formed() {
    Object[] history = {drafted()};
    correct(history, 1, 0, null, FORMED.minusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.PARTNERSHIP_NOT_YET_FORMED));
    correct(history, 1, 0, null, FORMED).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_terminated_draft_is_dated_before_its_termination() {
    LocalDate terminated = DRAFTED.plusMonths(1);
    Object[] history = {drafted(), new MouTerminated(MOU, terminated)};
    correct(history, 1, 0, null, terminated.minusDays(1)).expectSuccessfulHandlerExecution();
    correct(history, 1, 0, null, terminated)
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
  }

  @Test
  void a_variation_names_every_party_to_the_version_in_force() {
    Object[] history = inForce(varied(List.of(DCC, CCG), VARIED));
    correct(history, 2, 4, List.of(DCC, CDDFT), null)
        .expectNoEvents()
        .expectException(violates(Rule.VARIATION_WITHOUT_ALL_SIGNATORIES));
    correct(history, 2, 4, List.of(DCC, CCG, CDDFT), null).expectSuccessfulHandlerExecution();
  }

  @Test
  void a_variation_is_dated_while_the_version_before_it_is_in_force() {
    Object[] history = inForce(varied(List.of(DCC, CCG), VARIED));
    correct(history, 2, 4, null, IN_FORCE).expectSuccessfulHandlerExecution();
    correct(history, 2, 4, null, IN_FORCE.minusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
  }

  @Test
  void a_variation_of_a_terminated_version_is_dated_while_it_was_in_force() {
    LocalDate terminated = VARIED.plusMonths(1);
    Object[] history =
        inForce(varied(List.of(DCC, CCG), VARIED), new MouTerminated(MOU, terminated));
    correct(history, 2, 4, null, terminated)
        .expectNoEvents()
        .expectException(violates(Rule.CORRECTION_CONTRADICTS_RECORD));
  }

  @Test
  void a_draft_does_not_move_after_a_later_change_to_the_versions() {
    LocalDate succeeded = VARIED.plusMonths(1);
    Object[] history =
        inForce(
            varied(List.of(DCC, CCG), VARIED),
            new MouSignatureSucceeded(MOU, 1, CCG, ICB, succeeded),
            new MouSignatureSucceeded(MOU, 2, CCG, ICB, succeeded));
    correct(history, 2, 4, null, succeeded).expectSuccessfulHandlerExecution();
    correct(history, 2, 4, null, succeeded.plusDays(1))
        .expectNoEvents()
        .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
  }

  @Test
  void the_corrected_parties_and_date_are_what_signatures_and_variations_are_judged_by() {
    TestExecutor<Mou> given = fixture.given(drafted());
    given.andGiven(
        new MouDraftingCorrected(
            MOU, 1, idOfGiven(0), List.of(DCC, CDDFT), DRAFTED, "r", DRAFTED.plusDays(10)));

    given
        .when(
            new SignMou(MOU, 1, CCG, Signatory.named("Accountable Officer"), DRAFTED.plusDays(20)))
        .expectNoEvents()
        .expectException(violates(Rule.NOT_AN_MOU_PARTY));
    given = fixture.given(drafted());
    given.andGiven(
        new MouDraftingCorrected(
            MOU, 1, idOfGiven(0), List.of(DCC, CDDFT), DRAFTED, "r", DRAFTED.plusDays(10)));
    given
        .when(new SignMou(MOU, 1, CDDFT, Signatory.named("Chief Executive"), DRAFTED.plusDays(5)))
        .expectNoEvents()
        .expectException(violates(Rule.MOU_SIGNED_BEFORE_DRAFTED));
  }

  @Test
  void a_draft_moved_earlier_no_longer_holds_back_a_later_variation() {
    LocalDate moved = VARIED.minusMonths(2);
    TestExecutor<Mou> given = fixture.given(inForce(varied(List.of(DCC, CCG), VARIED)));
    given.andGiven(
        new MouDraftingCorrected(MOU, 2, idOfGiven(4), List.of(DCC, CCG), VARIED, "r", moved),
        new MouSigned(MOU, 2, DCC, Signatory.named("Chief Executive"), moved),
        new MouSigned(MOU, 2, CCG, Signatory.named("Chief Executive"), moved),
        new MouCameIntoForce(MOU, 2, moved.plusMonths(12), moved));

    given
        .when(new DraftVariation(MOU, "2023", List.of(DCC, CCG), List.of(), 12, moved))
        .expectSuccessfulHandlerExecution();
  }

  /** The County Durham Care Partnership, formed in 2018. */
  private static final class Partnerships implements PartnershipDirectory {

    @Override
    public Optional<KnownPartnership> find(PartnershipId partnershipId) {
      return partnershipId.equals(CDCP)
          ? Optional.of(new KnownPartnership(CDCP, "County Durham Care Partnership", FORMED))
          : Optional.empty();
    }

    @Override
    public Optional<KnownTenure> tenureOn(
        PartnershipId partnershipId, OrganisationId organisationId, LocalDate date) {
      throw new UnsupportedOperationException("an MoU does not ask who is a partner");
    }

    @Override
    public Optional<LocalDate> earliestTenureStart(OrganisationId organisationId) {
      throw new UnsupportedOperationException("an MoU does not ask who is a partner");
    }

    @Override
    public List<PartnershipId> lockPartnershipsOf(OrganisationId organisationId, LocalDate date) {
      throw new UnsupportedOperationException("an MoU does not ask who is a partner");
    }

    @Override
    public List<PartnershipId> lockTenuresEndingOn(OrganisationId organisationId, LocalDate date) {
      throw new UnsupportedOperationException("an MoU does not ask who is a partner");
    }
  }
}
