package uk.partnershipledger.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.command.body.GovernanceBody;
import uk.partnershipledger.command.infrastructure.AxonConfiguration;
import uk.partnershipledger.command.mou.Mou;
import uk.partnershipledger.command.organisation.Organisation;
import uk.partnershipledger.command.partnership.Partnership;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyEvent;
import uk.partnershipledger.events.mou.MouEvent;
import uk.partnershipledger.events.organisation.OrganisationEvent;
import uk.partnershipledger.events.partnership.PartnershipEvent;

/** The walls of the command side, checked rather than hoped for. */
class ArchitectureTest {

  private static final JavaClasses COMMAND_SIDE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.partnershipledger.command");

  /** Each aggregate and the event family it is rebuilt from. */
  private static final Map<Class<?>, Class<? extends GovernanceEvent>> AGGREGATES =
      Map.of(
          Organisation.class,
          OrganisationEvent.class,
          Partnership.class,
          PartnershipEvent.class,
          GovernanceBody.class,
          BodyEvent.class,
          Mou.class,
          MouEvent.class);

  @Test
  void aggregates_know_nothing_of_the_web() {
    noClasses()
        .that()
        .areAnnotatedWith(Aggregate.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Controller")
        .check(COMMAND_SIDE);
  }

  @Test
  void the_command_side_never_reaches_into_the_query_side() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("uk.partnershipledger.query..")
        .check(COMMAND_SIDE);
  }

  @Test
  void publication_depends_on_the_event_contract_not_on_the_aggregates() {
    noClasses()
        .that()
        .resideInAPackage("..command.publication..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..command.organisation..", "..command.partnership..")
        .check(COMMAND_SIDE);
  }

  /**
   * ADR 8: a JVM lock around an aggregate would deadlock with the tenure row lock that
   * appointments, delegations and the cascades take; aggregates rely on the event store's sequence
   * key instead.
   */
  @Test
  void no_aggregate_is_locked_in_the_jvm() {
    assertThat(AGGREGATES.keySet())
        .allSatisfy(
            aggregate ->
                assertThat(aggregate.getAnnotation(Aggregate.class).lockFactory())
                    .as(aggregate.getSimpleName())
                    .isEqualTo(AxonConfiguration.NO_AGGREGATE_LOCKS));
  }

  @Test
  void every_catalogued_family_belongs_to_an_aggregate() {
    assertThat(EventCatalogue.FAMILIES)
        .extracting(EventCatalogue.Family::sealedInterface)
        .containsExactlyInAnyOrderElementsOf(AGGREGATES.values());
  }

  /**
   * Java 17 does not check a switch over a sealed family for exhaustiveness, so this does: an event
   * added to a family without its own handler would be silently ignored when the aggregate is
   * rebuilt.
   */
  @Test
  void every_event_of_a_family_has_its_own_event_sourcing_handler() {
    AGGREGATES.forEach(
        (aggregate, family) -> {
          Set<Class<?>> handled =
              Arrays.stream(aggregate.getDeclaredMethods())
                  .filter(m -> m.isAnnotationPresent(EventSourcingHandler.class))
                  .map(Method::getParameterTypes)
                  .map(parameters -> parameters[0])
                  .collect(Collectors.toSet());
          assertThat(handled)
              .as(aggregate.getSimpleName() + " handles every " + family.getSimpleName())
              .containsExactlyInAnyOrder(family.getPermittedSubclasses());
        });
  }
}
