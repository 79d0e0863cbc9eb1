package uk.partnershipledger.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;

class EventCatalogueTest {

  private static final JavaClasses CONTRACT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.partnershipledger.events");

  @Test
  void every_governance_event_in_the_contract_belongs_to_a_catalogued_family() {
    Set<String> concreteEvents =
        CONTRACT.stream()
            .filter(c -> c.isAssignableTo(GovernanceEvent.class))
            .filter(c -> !c.isInterface())
            .map(JavaClass::getName)
            .collect(Collectors.toSet());
    Set<String> catalogued =
        EventCatalogue.all().stream()
            .map(e -> e.eventClass().getName())
            .collect(Collectors.toSet());

    assertThat(concreteEvents).isNotEmpty().isEqualTo(catalogued);
  }

  @Test
  void an_event_is_found_by_its_name_and_revision_not_by_its_class_name() {
    assertThat(EventCatalogue.byQualifiedType("partnership.partner-joined.v1"))
        .map(EventCatalogue.Entry::eventClass)
        .contains(PartnerJoined.class);
    assertThat(EventCatalogue.byQualifiedType(PartnerJoined.class.getName())).isEmpty();
    assertThat(EventCatalogue.byQualifiedType("partnership.partner-joined.v2")).isEmpty();
  }

  @Test
  void event_names_are_lower_case_and_start_with_their_aggregate_type() {
    assertThat(EventCatalogue.all())
        .allSatisfy(
            e -> {
              assertThat(e.name()).matches("[a-z]+(\\.[a-z]+(-[a-z]+)*)+");
              assertThat(e.name()).startsWith(e.aggregateType() + ".");
              assertThat(e.revision()).isPositive();
            });
  }

  @Test
  void the_contract_depends_on_no_framework() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "jakarta.persistence..",
            "org.axonframework..",
            "org.hibernate..")
        .check(CONTRACT);
  }
}
