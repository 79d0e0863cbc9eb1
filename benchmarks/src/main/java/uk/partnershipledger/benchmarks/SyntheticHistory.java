package uk.partnershipledger.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A ledger's worth of partnership histories, about a given number of events, handed out in
 * recording order batch by batch, with the probe partnership in the middle batch.
 *
 * <p>Within a batch of {@value #BATCH} partnerships the events are interleaved by recording time,
 * as many partnerships recording at once would be; each batch spans the whole simulated period, so
 * recording times rise within an aggregate (which is all the read model relies on) but not across
 * the topic. Batches keep the generator's memory small at a million events.
 */
final class SyntheticHistory {

  static final int BATCH = 200;
  private static final long PROBE_SEED = 4_2026_0401L;
  private static final LocalDate FIRST_FORMED = LocalDate.of(2012, 1, 1);
  private static final int FORMATION_DAYS = 9 * 365;

  private SyntheticHistory() {}

  /** The partnership whose answers are asked for: the same history in every size. */
  static PartnershipHistory probe() {
    return PartnershipHistory.generate(PROBE_SEED, LocalDate.of(2013, 4, 1));
  }

  /**
   * Hands every event of about {@code targetEvents} (never fewer, and at least the probe's) to the
   * sink, in recording order within each batch; returns how many.
   */
  static long generate(long targetEvents, long seed, Consumer<RecordedAct> sink) {
    List<RecordedAct> probe = probe().recorded();
    long generated = 0;
    boolean probeAdded = false;
    List<RecordedAct> batch = new ArrayList<>();
    int inBatch = 0;
    for (long index = 0; generated + batch.size() < targetEvents || !probeAdded; index++) {
      if (!probeAdded && generated + batch.size() + probe.size() >= targetEvents / 2) {
        batch.addAll(probe);
        probeAdded = true;
        inBatch++;
      } else {
        long partnershipSeed = seed * 1_000_003L + index;
        LocalDate formed =
            FIRST_FORMED.plusDays(Math.floorMod(partnershipSeed * 7919L, FORMATION_DAYS));
        batch.addAll(PartnershipHistory.generate(partnershipSeed, formed).recorded());
        inBatch++;
      }
      if (inBatch == BATCH) {
        generated += flush(batch, sink);
        inBatch = 0;
      }
    }
    return generated + flush(batch, sink);
  }

  private static long flush(List<RecordedAct> batch, Consumer<RecordedAct> sink) {
    // Stable: two events of one partnership never share an instant, so each keeps its order.
    batch.sort(Comparator.comparing(RecordedAct::recordedAt));
    batch.forEach(sink);
    long flushed = batch.size();
    batch.clear();
    return flushed;
  }
}
