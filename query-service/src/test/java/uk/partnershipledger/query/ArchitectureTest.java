package uk.partnershipledger.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.partnershipledger.query.intake.Projector;

/** The walls of the query side (STYLE.md, "Architecture is a test"). */
class ArchitectureTest {

  private static final JavaClasses QUERY_SIDE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.partnershipledger.query");

  @Test
  void the_query_side_knows_nothing_of_the_command_side_or_axon() {
    noClasses()
        .that()
        .resideInAPackage("uk.partnershipledger.query..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("uk.partnershipledger.command..", "org.axonframework..")
        .check(QUERY_SIDE);
  }

  @Test
  void intake_and_projections_do_not_use_the_web_layer() {
    noClasses()
        .that()
        .resideInAPackage("uk.partnershipledger.query.intake..")
        .or()
        .areAssignableTo(Projector.class)
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(RestController.class)
        .orShould()
        .dependOnClassesThat()
        .areAnnotatedWith(RestControllerAdvice.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("uk.partnershipledger.query.api..", "org.springframework.web..")
        .check(QUERY_SIDE);
  }

  @Test
  void the_intake_does_not_reach_into_the_read_models() {
    noClasses()
        .that()
        .resideInAPackage("uk.partnershipledger.query.intake..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "uk.partnershipledger.query.organisation..",
            "uk.partnershipledger.query.partnership..",
            "uk.partnershipledger.query.body..",
            "uk.partnershipledger.query.delegation..",
            "uk.partnershipledger.query.decision..",
            "uk.partnershipledger.query.mou..",
            "uk.partnershipledger.query.audit..")
        .check(QUERY_SIDE);
  }

  /** So that no query can forget asRecordedAt and answer as of now (docs/adr/0010). */
  @Test
  void read_models_query_only_through_as_recorded() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ReadModel")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(JdbcTemplate.class, NamedParameterJdbcTemplate.class, DataSource.class)
        .check(QUERY_SIDE);
  }
}
