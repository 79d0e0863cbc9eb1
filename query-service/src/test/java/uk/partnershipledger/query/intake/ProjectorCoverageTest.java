package uk.partnershipledger.query.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.query.H2ReadModelTest;

/**
 * Java 17 cannot check a switch over the sealed event families for exhaustiveness (STYLE.md), so
 * this test does: a published event without a projector would be dead-lettered on arrival.
 */
@H2ReadModelTest
class ProjectorCoverageTest {

  @Autowired List<Projector> projectors;

  @Test
  void every_published_event_is_projected_by_exactly_one_projector() {
    List<String> projected =
        projectors.stream().flatMap(p -> p.projects().stream()).map(Class::getName).toList();

    assertThat(projected)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            EventCatalogue.all().stream().map(e -> e.eventClass().getName()).toList());
  }
}
