package uk.partnershipledger.command.mou;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static uk.partnershipledger.command.ledger.Violations.violates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.ledger.Rule;
import uk.partnershipledger.command.mou.MouCommands.DraftMou;
import uk.partnershipledger.command.mou.MouCommands.DraftVariation;
import uk.partnershipledger.command.mou.MouCommands.GiveMouNotice;
import uk.partnershipledger.command.mou.MouCommands.ReviewMou;
import uk.partnershipledger.command.mou.MouCommands.ReviewRecorded;
import uk.partnershipledger.command.mou.MouCommands.SignMou;
import uk.partnershipledger.command.mou.MouCommands.SignatureRecorded;
import uk.partnershipledger.command.mou.MouCommands.TerminateMou;
import uk.partnershipledger.command.organisation.OrganisationDirectory;
import uk.partnershipledger.command.organisation.OrganisationDirectory.KnownOrganisation;
import uk.partnershipledger.command.partnership.PartnershipDirectory;
import uk.partnershipledger.events.mou.MouEvent.MouAmendedOnLeaving;
import uk.partnershipledger.events.mou.MouEvent.MouCameIntoForce;
import uk.partnershipledger.events.mou.MouEvent.MouDrafted;
import uk.partnershipledger.events.mou.MouEvent.MouPartyGaveNotice;
import uk.partnershipledger.events.mou.MouEvent.MouReviewed;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureSucceeded;
import uk.partnershipledger.events.mou.MouEvent.MouSigned;
import uk.partnershipledger.events.mou.MouEvent.MouTerminated;
import uk.partnershipledger.events.mou.MouEvent.MouVariationDrafted;
import uk.partnershipledger.events.mou.MouId;
import uk.partnershipledger.events.mou.Signatory;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipId;

/**
 * The County Durham Care Partnership's MoU of December 2020 (seeds/001 Appendix 4): drafted in
 * December 2020, signed after Cabinet on 17 March 2021 and in force from the last signature on 31
 * March 2021; in these tests varied in 2022 to add TEWV, and amended when the CCG left or was
 * succeeded by the ICB on 1 July 2022 (seeds/003 §2.1).
 */
class MouTest {

  private static final MouId MOU = MouId.newId();
  private static final PartnershipId CDCP = PartnershipId.newId();
  private static final OrganisationId DCC = OrganisationId.newId();
  private static final OrganisationId CCG = OrganisationId.newId();
  private static final OrganisationId CDDFT = OrganisationId.newId();
  private static final OrganisationId TEWV = OrganisationId.newId();
  private static final OrganisationId ICB = OrganisationId.newId();

  private static final String TITLE = "County Durham Care Partnership Memorandum of Understanding";
  private static final String LABEL = "December 2020";
  private static final List<String> SCHEDULES =
      List.of(
          "Schedule 1: Development of the Strategic Integrated Commissioning Function",
          "Schedule 2: Anticipated outcomes");

  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final LocalDate DRAFTED = LocalDate.of(2020, 12, 1);
  private static final LocalDate CABINET = LocalDate.of(2021, 3, 17);
  private static final LocalDate CCG_SIGNS = LocalDate.of(2021, 3, 22);
  private static final LocalDate IN_FORCE = LocalDate.of(2021, 3, 31);
  private static final LocalDate FIRST_REVIEW_DUE = LocalDate.of(2022, 3, 31);
  private static final LocalDate VARIED = LocalDate.of(2022, 3, 1);
  private static final LocalDate VARIATION_IN_FORCE = LocalDate.of(2022, 3, 21);
  private static final LocalDate ICB_ESTABLISHED = LocalDate.of(2022, 7, 1);
  private static final LocalDate CCG_ABOLISHED = ICB_ESTABLISHED;

  private FixtureConfiguration<Mou> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Mou.class);
    fixture.registerInjectableResource(new Partnerships());
    Map<OrganisationId, KnownOrganisation> organisations =
        Map.of(
            DCC, known(DCC, "Durham County Council", LocalDate.of(1974, 4, 1)),
            CCG, known(CCG, "NHS County Durham CCG", LocalDate.of(2013, 4, 1)),
            CDDFT,
                known(
                    CDDFT,
                    "County Durham and Darlington NHS Foundation Trust",
                    LocalDate.of(2004, 1, 1)),
            TEWV,
                known(
                    TEWV,
                    "Tees, Esk and Wear Valleys NHS Foundation Trust",
                    LocalDate.of(2008, 1, 1)),
            ICB, known(ICB, "NHS North East and North Cumbria ICB", ICB_ESTABLISHED));
    fixture.registerInjectableResource(
        new OrganisationDirectory() {
          @Override
          public Optional<KnownOrganisation> find(OrganisationId id) {
            return Optional.ofNullable(organisations.get(id));
          }

          @Override
          public Optional<LocalDate> earliestSuccessionTo(OrganisationId id) {
            throw new UnsupportedOperationException("an MoU does not ask about successions");
          }

          @Override
          public Optional<LocalDate> latestSuccessionTo(OrganisationId id) {
            throw new UnsupportedOperationException("an MoU does not ask about successions");
          }
        });
  }

  private static KnownOrganisation known(OrganisationId id, String name, LocalDate established) {
    return new KnownOrganisation(id, name, true, established);
  }

  private static DraftMou draft(List<OrganisationId> parties, LocalDate date) {
    return new DraftMou(MOU, CDCP, TITLE, LABEL, parties, SCHEDULES, 12, 12, date);
  }

  private static MouDrafted drafted() {
    return new MouDrafted(
        MOU, CDCP, TITLE, 1, LABEL, List.of(DCC, CCG, CDDFT), SCHEDULES, 12, 12, DRAFTED);
  }

  private static MouSigned signed(int version, OrganisationId party, LocalDate date) {
    return new MouSigned(MOU, version, party, Signatory.named("Chief Executive"), date);
  }

  private static SignMou sign(int version, OrganisationId party, LocalDate date) {
    return new SignMou(MOU, version, party, Signatory.named(" Chief Executive "), date);
  }

  /** Version 1, in force from its last signature on 31 March 2021. */
  private static Object[] inForce() {
    return new Object[] {
      drafted(),
      signed(1, DCC, CABINET),
      signed(1, CCG, CCG_SIGNS),
      signed(1, CDDFT, IN_FORCE),
      new MouCameIntoForce(MOU, 1, FIRST_REVIEW_DUE, IN_FORCE)
    };
  }

  private static MouVariationDrafted variation() {
    return new MouVariationDrafted(
        MOU, 2, "March 2022", List.of(DCC, CCG, CDDFT, TEWV), List.of(), 6, VARIED);
  }

  private static DraftVariation vary(List<OrganisationId> parties, LocalDate date) {
    return new DraftVariation(MOU, " March 2022 ", parties, List.of(), 6, date);
  }

  /** Version 1 in force and version 2, adding TEWV, drafted and awaiting signatures. */
  private static Object[] variationPending() {
    return concat(inForce(), variation());
  }

  /** Version 2 in force from 21 March 2022, its first review due six months later. */
  private static Object[] variationInForce() {
    return concat(
        variationPending(),
        signed(2, DCC, VARIED),
        signed(2, CCG, VARIED),
        signed(2, CDDFT, VARIED),
        signed(2, TEWV, VARIATION_IN_FORCE),
        new MouCameIntoForce(MOU, 2, VARIATION_IN_FORCE.plusMonths(6), VARIATION_IN_FORCE));
  }

  private static Object[] concat(Object[] first, Object... more) {
    Object[] all = new Object[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  @Nested
  class Drafting {

    @Test
    void a_memorandum_is_drafted_as_version_one_for_its_parties() {
      fixture
          .givenNoPriorActivity()
          .when(
              new DraftMou(
                  MOU,
                  CDCP,
                  " " + TITLE + " ",
                  " " + LABEL,
                  List.of(DCC, CCG, CDDFT),
                  List.of(" " + SCHEDULES.get(0), SCHEDULES.get(1) + " "),
                  12,
                  12,
                  DRAFTED))
          .expectEvents(drafted());
    }

    @Test
    void a_memorandum_may_be_drafted_on_the_day_the_partnership_was_formed() {
      fixture
          .givenNoPriorActivity()
          .when(draft(List.of(DCC, CCG), FORMED))
          .expectEvents(
              new MouDrafted(
                  MOU, CDCP, TITLE, 1, LABEL, List.of(DCC, CCG), SCHEDULES, 12, 12, FORMED));
    }

    @Test
    void a_memorandum_dated_the_day_before_the_partnership_was_formed_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(draft(List.of(DCC, CCG), FORMED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.PARTNERSHIP_NOT_YET_FORMED));
    }

    @Test
    void a_memorandum_in_an_unknown_partnership_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(
              new DraftMou(
                  MOU,
                  PartnershipId.newId(),
                  TITLE,
                  LABEL,
                  List.of(DCC, CCG),
                  SCHEDULES,
                  12,
                  12,
                  DRAFTED))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_PARTNERSHIP));
    }

    @Test
    void a_memorandum_with_one_party_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(draft(List.of(DCC), DRAFTED))
          .expectNoEvents()
          .expectException(violates(Rule.TOO_FEW_MOU_PARTIES));
    }

    @Test
    void a_party_named_twice_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(draft(List.of(DCC, CCG, DCC), DRAFTED))
          .expectNoEvents()
          .expectException(violates(Rule.DUPLICATE_MOU_PARTY));
    }

    @Test
    void an_unregistered_party_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(draft(List.of(DCC, OrganisationId.newId()), DRAFTED))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_ORGANISATION));
    }

    @Test
    void a_party_established_the_day_after_the_draft_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(draft(List.of(DCC, ICB), ICB_ESTABLISHED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    }

    @Test
    void a_party_established_that_day_may_be_named() {
      fixture
          .givenNoPriorActivity()
          .when(draft(List.of(DCC, ICB), ICB_ESTABLISHED))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_initial_term_of_zero_months_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(new DraftMou(MOU, CDCP, TITLE, LABEL, List.of(DCC, CCG), SCHEDULES, 0, 12, DRAFTED))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_PERIOD_OUT_OF_RANGE));
    }

    @Test
    void a_review_period_of_sixty_one_months_is_refused() {
      fixture
          .givenNoPriorActivity()
          .when(
              new DraftMou(MOU, CDCP, TITLE, LABEL, List.of(DCC, CCG), SCHEDULES, 12, 61, DRAFTED))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_PERIOD_OUT_OF_RANGE));
    }

    @Test
    void terms_of_one_and_sixty_months_are_accepted() {
      fixture
          .givenNoPriorActivity()
          .when(new DraftMou(MOU, CDCP, TITLE, LABEL, List.of(DCC, CCG), List.of(), 1, 60, DRAFTED))
          .expectSuccessfulHandlerExecution();
    }
  }

  @Nested
  class Signing {

    @Test
    void a_party_signs_and_the_version_awaits_the_others() {
      fixture
          .given(drafted())
          .when(sign(1, DCC, CABINET))
          .expectEvents(signed(1, DCC, CABINET))
          .expectResultMessagePayload(new SignatureRecorded(false, null, null));
    }

    @Test
    void the_last_signature_brings_version_one_into_force_for_its_initial_term() {
      fixture
          .given(drafted(), signed(1, DCC, CABINET), signed(1, CCG, CCG_SIGNS))
          .when(sign(1, CDDFT, IN_FORCE))
          .expectEvents(
              signed(1, CDDFT, IN_FORCE), new MouCameIntoForce(MOU, 1, FIRST_REVIEW_DUE, IN_FORCE))
          .expectResultMessagePayload(new SignatureRecorded(true, IN_FORCE, FIRST_REVIEW_DUE));
    }

    @Test
    void a_last_signature_dated_earlier_than_another_brings_the_version_into_force_on_the_latest() {
      fixture
          .given(drafted(), signed(1, DCC, IN_FORCE), signed(1, CCG, CCG_SIGNS))
          .when(sign(1, CDDFT, CABINET))
          .expectEvents(
              signed(1, CDDFT, CABINET), new MouCameIntoForce(MOU, 1, FIRST_REVIEW_DUE, IN_FORCE));
    }

    @Test
    void a_version_may_be_signed_on_the_day_it_was_drafted() {
      fixture.given(drafted()).when(sign(1, DCC, DRAFTED)).expectEvents(signed(1, DCC, DRAFTED));
    }

    @Test
    void a_signature_dated_the_day_before_the_draft_is_refused() {
      fixture
          .given(drafted())
          .when(sign(1, DCC, DRAFTED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_SIGNED_BEFORE_DRAFTED));
    }

    @Test
    void an_organisation_that_is_no_party_to_the_version_cannot_sign_it() {
      fixture
          .given(drafted())
          .when(sign(1, TEWV, CABINET))
          .expectNoEvents()
          .expectException(violates(Rule.NOT_AN_MOU_PARTY))
          .expectExceptionMessage(
              containsString(
                  "Tees, Esk and Wear Valleys NHS Foundation Trust is not a party to version 1"));
    }

    @Test
    void a_party_signs_a_version_once() {
      fixture
          .given(drafted(), signed(1, DCC, CABINET))
          .when(sign(1, DCC, CCG_SIGNS))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_ALREADY_SIGNED));
    }

    @Test
    void a_version_in_force_is_not_signed_again() {
      fixture
          .given(inForce())
          .when(sign(1, CDDFT, VARIED))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_ALREADY_SIGNED));
    }

    @Test
    void an_unknown_version_cannot_be_signed() {
      fixture
          .given(drafted())
          .when(sign(2, DCC, CABINET))
          .expectNoEvents()
          .expectException(violates(Rule.UNKNOWN_MOU_VERSION));
    }

    @Test
    void a_draft_overtaken_by_an_amendment_on_leaving_can_no_longer_be_signed() {
      fixture
          .given(
              concat(
                  variationPending(),
                  new MouAmendedOnLeaving(
                      MOU,
                      3,
                      LABEL + " (amended on the leaving of a party)",
                      CCG,
                      List.of(DCC, CDDFT),
                      CCG_ABOLISHED.plusMonths(12),
                      CCG_ABOLISHED)))
          .when(sign(2, TEWV, CCG_ABOLISHED))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_VERSION_SUPERSEDED));
    }

    @Test
    void a_last_signature_that_would_predate_a_later_change_of_the_versions_is_refused() {
      fixture
          .given(
              drafted(),
              signed(1, DCC, CABINET),
              signed(1, CCG, CCG_SIGNS),
              new MouSignatureSucceeded(MOU, 1, CCG, ICB, CCG_ABOLISHED))
          .when(sign(1, CDDFT, IN_FORCE))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
    }

    @Test
    void a_signature_that_completes_nothing_may_be_back_dated() {
      fixture
          .given(drafted(), signed(1, DCC, IN_FORCE))
          .when(sign(1, CCG, CABINET))
          .expectEvents(signed(1, CCG, CABINET));
    }
  }

  @Nested
  class ComingIntoForce {

    @Test
    void the_day_before_the_last_signature_no_version_is_in_force() {
      fixture
          .given(inForce())
          .when(new ReviewMou(MOU, null, IN_FORCE.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_NOT_IN_FORCE));
    }

    @Test
    void on_the_day_of_the_last_signature_version_one_is_in_force() {
      fixture
          .given(inForce())
          .when(new ReviewMou(MOU, null, IN_FORCE))
          .expectEvents(new MouReviewed(MOU, 1, IN_FORCE.plusMonths(12), IN_FORCE));
    }

    @Test
    void the_day_after_the_last_signature_version_one_is_in_force() {
      fixture
          .given(inForce())
          .when(new GiveMouNotice(MOU, CCG, IN_FORCE.plusDays(1)))
          .expectEvents(new MouPartyGaveNotice(MOU, CCG, IN_FORCE.plusDays(1)));
    }

    @Test
    void a_draft_signed_by_only_some_parties_is_not_in_force() {
      fixture
          .given(drafted(), signed(1, DCC, CABINET), signed(1, CCG, CCG_SIGNS))
          .when(new GiveMouNotice(MOU, DCC, IN_FORCE))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_NOT_IN_FORCE));
    }

    @Test
    void the_day_before_a_variation_comes_into_force_the_earlier_version_is_still_in_force() {
      fixture
          .given(variationInForce())
          .when(new ReviewMou(MOU, null, VARIATION_IN_FORCE.minusDays(1)))
          .expectEvents(
              new MouReviewed(
                  MOU,
                  1,
                  VARIATION_IN_FORCE.minusDays(1).plusMonths(12),
                  VARIATION_IN_FORCE.minusDays(1)));
    }

    @Test
    void on_the_day_a_variation_comes_into_force_it_replaces_the_earlier_version() {
      fixture
          .given(variationInForce())
          .when(new ReviewMou(MOU, null, VARIATION_IN_FORCE))
          .expectEvents(
              new MouReviewed(MOU, 2, VARIATION_IN_FORCE.plusMonths(6), VARIATION_IN_FORCE));
    }
  }

  @Nested
  class Varying {

    @Test
    void a_variation_is_drafted_as_the_next_version_while_one_is_in_force() {
      fixture
          .given(inForce())
          .when(vary(List.of(DCC, CCG, CDDFT, TEWV), VARIED))
          .expectEvents(variation())
          .expectResultMessagePayload(2);
    }

    @Test
    void a_variation_may_be_drafted_on_the_day_the_version_came_into_force() {
      fixture
          .given(inForce())
          .when(vary(List.of(DCC, CCG, CDDFT), IN_FORCE))
          .expectSuccessfulHandlerExecution()
          .expectResultMessagePayload(2);
    }

    @Test
    void a_variation_dated_before_the_version_in_force_came_into_force_is_refused() {
      fixture
          .given(inForce())
          .when(vary(List.of(DCC, CCG, CDDFT), IN_FORCE.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
    }

    @Test
    void a_variation_of_a_draft_that_is_not_yet_in_force_is_refused() {
      fixture
          .given(drafted(), signed(1, DCC, CABINET))
          .when(vary(List.of(DCC, CCG, CDDFT), VARIED))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_NOT_IN_FORCE));
    }

    @Test
    void a_variation_leaving_out_a_current_signatory_is_refused_naming_it() {
      fixture
          .given(inForce())
          .when(vary(List.of(DCC, CDDFT, TEWV), VARIED))
          .expectNoEvents()
          .expectException(violates(Rule.VARIATION_WITHOUT_ALL_SIGNATORIES))
          .expectExceptionMessage(
              allOf(
                  containsString("it leaves out NHS County Durham CCG"),
                  not(containsString("Durham County Council")),
                  containsString("seeds/001 MoU §25")));
    }

    @Test
    void only_one_draft_version_at_a_time() {
      fixture
          .given(variationPending())
          .when(vary(List.of(DCC, CCG, CDDFT), VARIED.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_DRAFT_PENDING))
          .expectExceptionMessage(containsString("still awaits the signatures of"));
    }

    @Test
    void a_variation_with_an_organisation_not_yet_established_is_refused() {
      fixture
          .given(inForce())
          .when(vary(List.of(DCC, CCG, CDDFT, ICB), ICB_ESTABLISHED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.ORGANISATION_NOT_YET_ESTABLISHED));
    }

    @Test
    void a_variation_with_a_party_named_twice_is_refused() {
      fixture
          .given(inForce())
          .when(vary(List.of(DCC, CCG, CDDFT, CCG), VARIED))
          .expectNoEvents()
          .expectException(violates(Rule.DUPLICATE_MOU_PARTY));
    }

    @Test
    void a_variation_with_a_review_period_of_zero_months_is_refused() {
      fixture
          .given(inForce())
          .when(
              new DraftVariation(MOU, "March 2022", List.of(DCC, CCG, CDDFT), List.of(), 0, VARIED))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_PERIOD_OUT_OF_RANGE));
    }

    @Test
    void a_variation_is_not_in_force_while_a_new_party_has_still_to_sign() {
      fixture
          .given(
              concat(
                  variationPending(),
                  signed(2, DCC, VARIED),
                  signed(2, CCG, VARIED),
                  signed(2, CDDFT, VARIED)))
          .when(new ReviewMou(MOU, null, VARIATION_IN_FORCE))
          .expectEvents(
              new MouReviewed(MOU, 1, VARIATION_IN_FORCE.plusMonths(12), VARIATION_IN_FORCE));
    }

    @Test
    void a_variation_comes_into_force_when_every_party_has_signed_for_its_review_period() {
      fixture
          .given(
              concat(
                  variationPending(),
                  signed(2, DCC, VARIED),
                  signed(2, CCG, VARIED),
                  signed(2, CDDFT, VARIED)))
          .when(sign(2, TEWV, VARIATION_IN_FORCE))
          .expectEvents(
              signed(2, TEWV, VARIATION_IN_FORCE),
              new MouCameIntoForce(MOU, 2, VARIATION_IN_FORCE.plusMonths(6), VARIATION_IN_FORCE));
    }

    @Test
    void after_a_variation_its_new_party_is_a_signatory_every_further_variation_needs() {
      fixture
          .given(variationInForce())
          .when(vary(List.of(DCC, CCG, CDDFT), VARIATION_IN_FORCE.plusMonths(1)))
          .expectNoEvents()
          .expectException(violates(Rule.VARIATION_WITHOUT_ALL_SIGNATORIES))
          .expectExceptionMessage(containsString("Tees, Esk and Wear Valleys"));
    }
  }

  @Nested
  class Reviewing {

    private final LocalDate reviewed = LocalDate.of(2022, 3, 1);

    @Test
    void a_review_without_a_date_sets_the_next_a_review_period_later() {
      fixture
          .given(inForce())
          .when(new ReviewMou(MOU, null, reviewed))
          .expectEvents(new MouReviewed(MOU, 1, reviewed.plusMonths(12), reviewed))
          .expectResultMessagePayload(new ReviewRecorded(1, reviewed.plusMonths(12)));
    }

    @Test
    void the_next_review_may_be_due_the_day_after_the_review() {
      fixture
          .given(inForce())
          .when(new ReviewMou(MOU, reviewed.plusDays(1), reviewed))
          .expectEvents(new MouReviewed(MOU, 1, reviewed.plusDays(1), reviewed));
    }

    @Test
    void the_next_review_cannot_be_due_on_the_day_of_the_review() {
      fixture
          .given(inForce())
          .when(new ReviewMou(MOU, reviewed, reviewed))
          .expectNoEvents()
          .expectException(violates(Rule.NEXT_REVIEW_NOT_AFTER_REVIEW));
    }

    @Test
    void the_next_review_may_be_due_a_full_review_period_later() {
      fixture
          .given(inForce())
          .when(new ReviewMou(MOU, reviewed.plusMonths(12), reviewed))
          .expectEvents(new MouReviewed(MOU, 1, reviewed.plusMonths(12), reviewed));
    }

    @Test
    void the_next_review_cannot_be_due_a_day_beyond_the_review_period() {
      fixture
          .given(inForce())
          .when(new ReviewMou(MOU, reviewed.plusMonths(12).plusDays(1), reviewed))
          .expectNoEvents()
          .expectException(violates(Rule.NEXT_REVIEW_BEYOND_REVIEW_PERIOD));
    }

    @Test
    void a_draft_is_not_reviewed() {
      fixture
          .given(drafted())
          .when(new ReviewMou(MOU, null, reviewed))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_NOT_IN_FORCE));
    }
  }

  @Nested
  class GivingNotice {

    private final LocalDate notice = LocalDate.of(2022, 1, 10);

    @Test
    void a_party_to_the_version_in_force_gives_written_notice() {
      fixture
          .given(inForce())
          .when(new GiveMouNotice(MOU, CCG, notice))
          .expectEvents(new MouPartyGaveNotice(MOU, CCG, notice));
    }

    @Test
    void an_organisation_that_is_no_party_gives_no_notice() {
      fixture
          .given(inForce())
          .when(new GiveMouNotice(MOU, TEWV, notice))
          .expectNoEvents()
          .expectException(violates(Rule.NOT_AN_MOU_PARTY));
    }

    @Test
    void a_party_gives_notice_once() {
      fixture
          .given(concat(inForce(), new MouPartyGaveNotice(MOU, CCG, notice)))
          .when(new GiveMouNotice(MOU, CCG, notice.plusMonths(1)))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_NOTICE_ALREADY_GIVEN));
    }

    @Test
    void a_new_party_cannot_give_notice_dated_before_its_version_came_into_force() {
      fixture
          .given(variationInForce())
          .when(new GiveMouNotice(MOU, TEWV, VARIATION_IN_FORCE.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.NOT_AN_MOU_PARTY));
    }

    @Test
    void a_new_party_gives_notice_from_the_day_its_version_came_into_force() {
      fixture
          .given(variationInForce())
          .when(new GiveMouNotice(MOU, TEWV, VARIATION_IN_FORCE))
          .expectEvents(new MouPartyGaveNotice(MOU, TEWV, VARIATION_IN_FORCE));
    }
  }

  @Nested
  class Terminating {

    private final LocalDate ended = LocalDate.of(2023, 4, 1);

    @Test
    void a_memorandum_in_force_is_terminated() {
      fixture
          .given(inForce())
          .when(new TerminateMou(MOU, ended))
          .expectEvents(new MouTerminated(MOU, ended));
    }

    @Test
    void a_draft_is_terminated() {
      fixture
          .given(drafted())
          .when(new TerminateMou(MOU, DRAFTED.plusDays(1)))
          .expectEvents(new MouTerminated(MOU, DRAFTED.plusDays(1)));
    }

    @Test
    void a_termination_on_the_day_of_the_last_act_is_refused() {
      fixture
          .given(inForce())
          .when(new TerminateMou(MOU, IN_FORCE))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
    }

    @Test
    void a_termination_the_day_after_the_last_act_is_accepted() {
      fixture
          .given(inForce())
          .when(new TerminateMou(MOU, IN_FORCE.plusDays(1)))
          .expectEvents(new MouTerminated(MOU, IN_FORCE.plusDays(1)));
    }

    @Test
    void a_memorandum_is_terminated_once() {
      fixture
          .given(concat(inForce(), new MouTerminated(MOU, ended)))
          .when(new TerminateMou(MOU, ended.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_TERMINATED));
    }

    @Test
    void nothing_is_signed_after_termination() {
      fixture
          .given(drafted(), new MouTerminated(MOU, ended))
          .when(sign(1, DCC, CABINET))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_TERMINATED));
    }

    @Test
    void nothing_is_varied_reviewed_or_noticed_after_termination() {
      Object[] terminated = concat(inForce(), new MouTerminated(MOU, ended));
      fixture
          .given(terminated)
          .when(vary(List.of(DCC, CCG, CDDFT), VARIED))
          .expectException(violates(Rule.MOU_TERMINATED));
      fixture
          .given(terminated)
          .when(new ReviewMou(MOU, null, VARIED))
          .expectException(violates(Rule.MOU_TERMINATED));
      fixture
          .given(terminated)
          .when(new GiveMouNotice(MOU, CCG, VARIED))
          .expectException(violates(Rule.MOU_TERMINATED));
    }
  }

  @Nested
  class AmendingOnLeaving {

    private final String amended = LABEL + " (amended on the leaving of a party)";

    @Test
    void a_party_leaving_without_notice_under_the_mou_amends_it_and_revises_the_review_date() {
      fixture
          .given(inForce())
          .when(new AmendMouOnPartyLeaving(MOU, CCG, CCG_ABOLISHED))
          .expectEvents(
              new MouAmendedOnLeaving(
                  MOU,
                  2,
                  amended,
                  CCG,
                  List.of(DCC, CDDFT),
                  CCG_ABOLISHED.plusMonths(12),
                  CCG_ABOLISHED));
    }

    @Test
    void the_amended_version_is_in_force_and_needs_no_new_signatures() {
      fixture
          .given(
              concat(
                  inForce(),
                  new MouAmendedOnLeaving(
                      MOU,
                      2,
                      amended,
                      CCG,
                      List.of(DCC, CDDFT),
                      CCG_ABOLISHED.plusMonths(12),
                      CCG_ABOLISHED)))
          .when(vary(List.of(DCC, CDDFT), CCG_ABOLISHED.plusDays(1)))
          .expectEvents(
              new MouVariationDrafted(
                  MOU,
                  3,
                  "March 2022",
                  List.of(DCC, CDDFT),
                  List.of(),
                  6,
                  CCG_ABOLISHED.plusDays(1)));
    }

    @Test
    void a_second_leaving_does_not_repeat_the_amendment_in_the_label() {
      fixture
          .given(
              concat(
                  inForce(),
                  new MouAmendedOnLeaving(
                      MOU,
                      2,
                      amended,
                      CCG,
                      List.of(DCC, CDDFT),
                      CCG_ABOLISHED.plusMonths(12),
                      CCG_ABOLISHED)))
          .when(new AmendMouOnPartyLeaving(MOU, CDDFT, CCG_ABOLISHED.plusMonths(1)))
          .expectEvents(
              new MouAmendedOnLeaving(
                  MOU,
                  3,
                  amended,
                  CDDFT,
                  List.of(DCC),
                  CCG_ABOLISHED.plusMonths(13),
                  CCG_ABOLISHED.plusMonths(1)));
    }

    @Test
    void the_leaving_of_an_organisation_that_is_no_party_changes_nothing() {
      fixture
          .given(inForce())
          .when(new AmendMouOnPartyLeaving(MOU, TEWV, CCG_ABOLISHED))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_leaving_before_the_memorandum_came_into_force_changes_nothing() {
      fixture
          .given(drafted(), signed(1, CCG, CABINET))
          .when(new AmendMouOnPartyLeaving(MOU, CCG, CCG_SIGNS))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_leaving_dated_the_day_before_version_one_came_into_force_changes_nothing() {
      fixture
          .given(inForce())
          .when(new AmendMouOnPartyLeaving(MOU, CCG, IN_FORCE.minusDays(1)))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_leaving_on_the_day_version_one_came_into_force_amends_it() {
      fixture
          .given(inForce())
          .when(new AmendMouOnPartyLeaving(MOU, CCG, IN_FORCE))
          .expectEvents(
              new MouAmendedOnLeaving(
                  MOU, 2, amended, CCG, List.of(DCC, CDDFT), IN_FORCE.plusMonths(12), IN_FORCE));
    }

    @Test
    void a_pending_draft_is_overtaken_by_the_amendment() {
      fixture
          .given(variationPending())
          .when(new AmendMouOnPartyLeaving(MOU, CCG, CCG_ABOLISHED))
          .expectEvents(
              new MouAmendedOnLeaving(
                  MOU,
                  3,
                  amended,
                  CCG,
                  List.of(DCC, CDDFT),
                  CCG_ABOLISHED.plusMonths(12),
                  CCG_ABOLISHED));
    }

    @Test
    void a_leaving_dated_before_a_later_change_of_the_versions_is_refused() {
      fixture
          .given(variationPending())
          .when(new AmendMouOnPartyLeaving(MOU, CCG, VARIED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
    }

    @Test
    void a_terminated_memorandum_is_left_as_it_was() {
      fixture
          .given(concat(inForce(), new MouTerminated(MOU, VARIED)))
          .when(new AmendMouOnPartyLeaving(MOU, CCG, CCG_ABOLISHED))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void the_leaver_is_no_longer_a_party_that_can_give_notice() {
      fixture
          .given(
              concat(
                  inForce(),
                  new MouPartyGaveNotice(MOU, CCG, VARIED),
                  new MouAmendedOnLeaving(
                      MOU,
                      2,
                      amended,
                      CCG,
                      List.of(DCC, CDDFT),
                      CCG_ABOLISHED.plusMonths(12),
                      CCG_ABOLISHED)))
          .when(new GiveMouNotice(MOU, CCG, CCG_ABOLISHED.plusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.NOT_AN_MOU_PARTY));
    }
  }

  @Nested
  class Succession {

    private MouSignatureSucceeded succeeded(int version) {
      return new MouSignatureSucceeded(MOU, version, CCG, ICB, CCG_ABOLISHED);
    }

    @Test
    void the_successor_takes_the_abolished_party_s_place_in_the_version_in_force() {
      fixture
          .given(inForce())
          .when(new SucceedMouSignature(MOU, CCG, ICB, CCG_ABOLISHED))
          .expectEvents(succeeded(1));
    }

    @Test
    void the_successor_takes_its_place_in_the_version_in_force_and_in_the_pending_draft() {
      fixture
          .given(variationPending())
          .when(new SucceedMouSignature(MOU, CCG, ICB, CCG_ABOLISHED))
          .expectEvents(succeeded(1), succeeded(2));
    }

    @Test
    void after_succession_a_variation_needs_the_successor_not_the_predecessor() {
      fixture
          .given(concat(inForce(), succeeded(1)))
          .when(vary(List.of(DCC, CCG, CDDFT), CCG_ABOLISHED))
          .expectNoEvents()
          .expectException(violates(Rule.VARIATION_WITHOUT_ALL_SIGNATORIES))
          .expectExceptionMessage(containsString("NHS North East and North Cumbria ICB"));
    }

    @Test
    void the_successor_is_a_party_that_can_give_notice_and_the_predecessor_is_not() {
      fixture
          .given(concat(inForce(), succeeded(1)))
          .when(new GiveMouNotice(MOU, ICB, CCG_ABOLISHED))
          .expectEvents(new MouPartyGaveNotice(MOU, ICB, CCG_ABOLISHED));
      fixture
          .given(concat(inForce(), succeeded(1)))
          .when(new GiveMouNotice(MOU, CCG, CCG_ABOLISHED))
          .expectException(violates(Rule.NOT_AN_MOU_PARTY));
    }

    @Test
    void a_draft_signed_by_the_predecessor_comes_into_force_when_the_others_sign() {
      LocalDate later = CCG_ABOLISHED.plusDays(10);
      fixture
          .given(
              drafted(),
              signed(1, DCC, CABINET),
              signed(1, CCG, CCG_SIGNS),
              new MouSignatureSucceeded(MOU, 1, CCG, ICB, CCG_ABOLISHED))
          .when(sign(1, CDDFT, later))
          .expectEvents(
              signed(1, CDDFT, later), new MouCameIntoForce(MOU, 1, later.plusMonths(12), later));
    }

    @Test
    void the_successor_signs_a_draft_in_the_predecessor_s_place() {
      LocalDate later = CCG_ABOLISHED.plusDays(10);
      fixture
          .given(
              drafted(),
              signed(1, DCC, CABINET),
              signed(1, CDDFT, CCG_SIGNS),
              new MouSignatureSucceeded(MOU, 1, CCG, ICB, CCG_ABOLISHED))
          .when(sign(1, ICB, later))
          .expectEvents(
              signed(1, ICB, later), new MouCameIntoForce(MOU, 1, later.plusMonths(12), later));
    }

    @Test
    void an_abolished_organisation_that_is_no_party_changes_nothing() {
      fixture
          .given(inForce())
          .when(new SucceedMouSignature(MOU, TEWV, ICB, CCG_ABOLISHED))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_party_amended_out_before_its_abolition_changes_nothing() {
      fixture
          .given(
              concat(
                  inForce(),
                  new MouAmendedOnLeaving(
                      MOU,
                      2,
                      LABEL + " (amended on the leaving of a party)",
                      CCG,
                      List.of(DCC, CDDFT),
                      VARIED.plusMonths(12),
                      VARIED)))
          .when(new SucceedMouSignature(MOU, CCG, ICB, CCG_ABOLISHED))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_terminated_memorandum_is_left_as_it_was() {
      fixture
          .given(concat(inForce(), new MouTerminated(MOU, VARIED)))
          .when(new SucceedMouSignature(MOU, CCG, ICB, CCG_ABOLISHED))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void a_succession_dated_before_a_later_change_of_the_versions_is_refused() {
      fixture
          .given(variationPending())
          .when(new SucceedMouSignature(MOU, CCG, ICB, VARIED.minusDays(1)))
          .expectNoEvents()
          .expectException(violates(Rule.MOU_ACT_OUT_OF_ORDER));
    }
  }

  /** The County Durham Care Partnership, formed in 2018 (seeds/000 §8). */
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
