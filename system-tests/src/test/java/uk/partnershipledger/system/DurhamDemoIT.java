package uk.partnershipledger.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.partnershipledger.demo.DurhamDemo;
import uk.partnershipledger.demo.DurhamDemo.Report;
import uk.partnershipledger.demo.DurhamDemo.StepResult;

/**
 * The County Durham demo loader against a real command service (a child JVM on its H2 defaults,
 * with the local broker): every step of the timeline is accepted, the one decision over its limit
 * is refused, and loading again records nothing new.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DurhamDemoIT {

  private static CommandSideRun system;
  private static ServiceProcess commandService;
  private static Report firstRun;

  @BeforeAll
  static void startTheCommandService() throws IOException {
    system = CommandSideRun.start("durham-demo");
    commandService = system.commandService();
  }

  @AfterAll
  static void stopIt() {
    if (system != null) {
      system.close();
    }
  }

  @Test
  @Order(1)
  void every_step_of_the_timeline_is_accepted_and_one_decision_is_refused_over_its_limit() {
    firstRun = DurhamDemo.load(URI.create(commandService.baseUrl()), System.out);

    assertThat(firstRun.steps()).hasSizeGreaterThan(50);
    assertThat(firstRun.steps())
        .allSatisfy(
            step -> {
              assertThat(step.replayed()).as(step.name() + " is new").isFalse();
              if (step.refusedAsExpected()) {
                assertThat(step.status()).as(step.name()).isEqualTo(409);
              } else {
                assertThat(step.status()).as(step.name()).isBetween(200, 299);
              }
            });
    assertThat(firstRun.steps().stream().filter(StepResult::refusedAsExpected))
        .singleElement()
        .satisfies(refused -> assertThat(refused.refusedWith()).isEqualTo("amount-over-limit"));
  }

  @Test
  @Order(2)
  void the_ccg_delegation_passed_to_the_icb_so_a_later_decision_under_it_names_the_icb() {
    assertThat(firstRun.ids().get("therapyDecisionDelegator"))
        .isNotNull()
        .isEqualTo(firstRun.ids().get("icb"));
  }

  /**
   * What the real command service published for the whole timeline, read by a stock CloudEvents
   * consumer: each body satisfies the checked-in schema its {@code dataschema} names (ADR 13),
   * which catches a component that may be null but is not marked {@code @MayBeNull}.
   */
  @Test
  @Order(2)
  void every_event_published_for_the_timeline_satisfies_the_schema_its_dataschema_names() {
    PublishedEvents.awaitAllPublished(commandService.baseUrl());
    List<CloudEvent> published = PublishedEvents.readAll(system.bootstrapServers());

    assertThat(published).isNotEmpty();
    assertThat(published.stream().map(CloudEvent::getType).distinct().count())
        .as("distinct event types the timeline exercises")
        .isGreaterThan(25);
    assertThat(published)
        .allSatisfy(
            event -> {
              String type = event.getType();
              assertThat(event.getDataSchema())
                  .as("dataschema of %s", type)
                  .hasToString("urn:partnership-ledger:event-schema:" + type);
              assertThat(PublishedEvents.schemaErrors(event))
                  .as("%s %s", type, event.getId())
                  .isEmpty();
            });
  }

  @Test
  @Order(3)
  void loading_again_records_nothing_new_every_answer_is_the_first_one_replayed() {
    Report secondRun = DurhamDemo.load(URI.create(commandService.baseUrl()), System.out);

    assertThat(secondRun.steps())
        .allSatisfy(step -> assertThat(step.replayed()).as(step.name()).isTrue());
    assertThat(secondRun.refusedCount()).isEqualTo(1);
    // The same organisations, partnership, MoU and bodies: nothing was created twice.
    assertThat(secondRun.ids()).isEqualTo(firstRun.ids());
  }
}
