package uk.partnershipledger.benchmarks;

import java.util.Arrays;

/** Response times of one query kind, in nanoseconds, and their percentiles in milliseconds. */
final class Latencies {

  private final long[] nanos;
  private int count;
  private long bytes;

  Latencies(int capacity) {
    this.nanos = new long[capacity];
  }

  void add(long elapsedNanos, int bodyBytes) {
    nanos[count++] = elapsedNanos;
    bytes += bodyBytes;
  }

  int count() {
    return count;
  }

  long meanBytes() {
    return count == 0 ? 0 : bytes / count;
  }

  double percentileMillis(double percentile) {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
    return sorted[Math.max(0, Math.min(count - 1, index))] / 1_000_000.0;
  }

  double maxMillis() {
    return percentileMillis(100);
  }
}
