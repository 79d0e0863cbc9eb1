package uk.partnershipledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyEvent.ChairArrangementSet;
import uk.partnershipledger.events.body.BodyEvent.DecisionRecorded;
import uk.partnershipledger.events.body.BodyId;
import uk.partnershipledger.events.body.ChairArrangement;
import uk.partnershipledger.events.body.ChairTurn;
import uk.partnershipledger.events.body.DecisionId;
import uk.partnershipledger.events.body.DelegationId;
import uk.partnershipledger.events.body.LimitKind;
import uk.partnershipledger.events.body.MembershipId;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerGaveNotice;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.audit.ConcernedEntities.Entity;

class ConcernedEntitiesTest {

  @Test
  void every_event_of_the_catalogue_concerns_at_least_its_own_aggregate() {
    assertThat(EventCatalogue.all()).hasSizeGreaterThan(40);
    for (EventCatalogue.Entry entry : EventCatalogue.all()) {
      GovernanceEvent event = SampleEvents.of(entry.eventClass());

      assertThat(ConcernedEntities.of(event))
          .as(entry.qualifiedType())
          .contains(
              new Entity(
                  EntityKind.ofCode(entry.aggregateType()),
                  UUID.fromString(History.aggregateIdOf(event))));
    }
  }

  @Test
  void every_event_of_the_catalogue_has_a_summary_headed_by_its_name_in_words() {
    for (EventCatalogue.Entry entry : EventCatalogue.all()) {
      String action = entry.name().substring(entry.name().indexOf('.') + 1).replace('-', ' ');

      assertThat(Summary.of(SampleEvents.of(entry.eventClass())).toLowerCase())
          .as(entry.qualifiedType())
          .startsWith(action)
          .doesNotContain("effective date");
    }
  }

  @Test
  void a_decision_concerns_its_body_the_delegation_it_was_taken_under_and_the_delegator() {
    BodyId body = BodyId.newId();
    DelegationId delegation = DelegationId.newId();
    OrganisationId delegator = OrganisationId.newId();

    assertThat(
            ConcernedEntities.of(
                new DecisionRecorded(
                    body,
                    DecisionId.newId(),
                    delegation,
                    delegator,
                    "Crisis service",
                    "CMH-7",
                    "community-mental-health",
                    LimitKind.NEW_SCHEME,
                    new BigDecimal("400000"),
                    List.of(MembershipId.newId()),
                    LocalDate.of(2023, 7, 12))))
        .containsExactlyInAnyOrder(
            new Entity(EntityKind.BODY, body.value()),
            new Entity(EntityKind.DELEGATION, delegation.value()),
            new Entity(EntityKind.ORGANISATION, delegator.value()));
  }

  @Test
  void the_organisations_of_a_rotating_chair_are_found_inside_its_turns() {
    BodyId body = BodyId.newId();
    OrganisationId council = OrganisationId.newId();
    OrganisationId icb = OrganisationId.newId();

    assertThat(
            ConcernedEntities.of(
                new ChairArrangementSet(
                    body,
                    ChairArrangement.ROTATING,
                    List.of(
                        new ChairTurn(council, LocalDate.of(2023, 4, 1)),
                        new ChairTurn(icb, LocalDate.of(2024, 4, 1))),
                    LocalDate.of(2023, 4, 1))))
        .containsExactlyInAnyOrder(
            new Entity(EntityKind.BODY, body.value()),
            new Entity(EntityKind.ORGANISATION, council.value()),
            new Entity(EntityKind.ORGANISATION, icb.value()));
  }

  @Test
  void a_summary_names_the_key_facts_but_no_ids() {
    assertThat(
            Summary.of(
                new PartnerGaveNotice(
                    PartnershipId.newId(),
                    OrganisationId.newId(),
                    LocalDate.of(2022, 7, 1),
                    LocalDate.of(2022, 1, 10))))
        .isEqualTo("Partner gave notice: intended leaving date 2022-07-01");
  }
}
