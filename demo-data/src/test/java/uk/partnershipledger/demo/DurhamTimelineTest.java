package uk.partnershipledger.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DurhamTimelineTest {

  private final List<Step> steps = DurhamTimeline.steps();

  @Test
  void steps_are_in_date_order() {
    assertThat(steps).isSortedAccordingTo(Comparator.comparing(Step::date));
  }

  @Test
  void step_names_and_so_idempotency_keys_are_unique() {
    assertThat(steps).extracting(Step::idempotencyKey).doesNotHaveDuplicates();
  }

  @Test
  void every_step_cites_a_seed_or_the_act_and_acts_for_an_organisation() {
    assertThat(steps)
        .allSatisfy(
            step -> {
              assertThat(step.source()).containsAnyOf("seeds/", "Health and Care Act");
              assertThat(step.actingFor()).isNotBlank();
              assertThat(step.reason()).hasSizeLessThanOrEqualTo(1000);
              assertThat(step.idempotencyKey()).hasSizeLessThanOrEqualTo(200);
            });
  }

  @Test
  void exactly_one_step_expects_a_refusal_and_it_is_a_decision_over_the_limit() {
    assertThat(steps.stream().filter(Step::expectsRefusal))
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.refusal()).isEqualTo("amount-over-limit");
              assertThat(step.path()).endsWith("/decisions");
            });
  }

  @Test
  void every_id_a_step_needs_is_kept_by_an_earlier_step() {
    Map<String, String> kept = new HashMap<>();
    for (Step step : steps) {
      assertThatCode(
              () -> {
                step.resolvedPath(kept);
                step.resolvedFields(kept);
              })
          .as(step.name())
          .doesNotThrowAnyException();
      step.keep().values().forEach(name -> kept.put(name, "id-of-" + name));
    }
    assertThat(kept).containsKeys(DurhamTimeline.ORGANISATION_IDS.toArray(String[]::new));
    assertThat(kept).containsKeys(DurhamTimeline.BODY_IDS.toArray(String[]::new));
  }

  @Test
  void the_date_and_reason_of_the_timeline_go_into_every_command() {
    Step first = steps.get(0);

    Map<String, Object> fields = first.resolvedFields(Map.of());

    assertThat(fields)
        .containsEntry("effectiveDate", "1974-04-01")
        .containsEntry("reason", first.what() + " (" + first.source() + ")");
  }
}
