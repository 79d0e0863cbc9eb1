package uk.partnershipledger.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.GovernanceEvent;

/** A smoke test of the generator only: the benchmark itself runs from benchmarks/run.sh. */
class SyntheticHistoryTest {

  @Test
  void every_aggregate_counts_its_events_from_zero_in_recording_order() {
    Map<String, Long> next = new HashMap<>();
    Map<String, Instant> lastRecorded = new HashMap<>();
    long events =
        SyntheticHistory.generate(
            5_000,
            1,
            act -> {
              assertThat(act.sequence())
                  .as(act.event().getClass().getSimpleName())
                  .isEqualTo(next.getOrDefault(act.aggregateId(), 0L));
              next.put(act.aggregateId(), act.sequence() + 1);
              Instant before = lastRecorded.put(act.aggregateId(), act.recordedAt());
              if (before != null) {
                assertThat(act.recordedAt()).isAfter(before);
              }
            });
    assertThat(events).isGreaterThanOrEqualTo(5_000);
  }

  @Test
  void every_event_reads_back_from_its_json_as_the_query_service_reads_it() throws Exception {
    ObjectMapper json = LedgerEventJson.objectMapper();
    for (RecordedAct act : SyntheticHistory.probe().recorded()) {
      EventCatalogue.Entry entry = EventCatalogue.of(act.event().getClass());
      GovernanceEvent read =
          json.readValue(json.writeValueAsBytes(act.event()), entry.eventClass());
      assertThat(read).isEqualTo(act.event());
    }
  }

  @Test
  void the_probe_is_the_same_history_in_a_small_and_a_larger_ledger() {
    List<RecordedAct> probe = SyntheticHistory.probe().recorded();
    Set<String> probeAggregates =
        probe.stream().map(RecordedAct::aggregateId).collect(Collectors.toSet());

    assertThat(probeEvents(2_000, probeAggregates)).isEqualTo(probe);
    assertThat(probeEvents(30_000, probeAggregates)).isEqualTo(probe);
  }

  private static List<RecordedAct> probeEvents(long size, Set<String> probeAggregates) {
    List<RecordedAct> found = new ArrayList<>();
    SyntheticHistory.generate(
        size,
        7,
        act -> {
          if (probeAggregates.contains(act.aggregateId())) {
            found.add(act);
          }
        });
    return found;
  }
}
