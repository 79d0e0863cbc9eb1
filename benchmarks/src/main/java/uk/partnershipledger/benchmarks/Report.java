package uk.partnershipledger.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The benchmark's findings as Markdown: one table per size, then the growth between sizes. */
final class Report {

  private Report() {}

  record KindResult(QueryKind kind, boolean asRecorded, Latencies latencies) {
    String key() {
      return kind.name() + (asRecorded ? " + asRecordedAt" : "");
    }
  }

  record SizeResult(
      long size,
      long events,
      long eventsRead,
      double produceSeconds,
      double intakeSeconds,
      Optional<Double> heapAfterIntake,
      Optional<Double> heapAfterQueries,
      long databaseBytes,
      Map<String, KindResult> kinds,
      Map<String, String> answers) {

    SizeResult withDatabaseBytes(long bytes) {
      return new SizeResult(
          size,
          events,
          eventsRead,
          produceSeconds,
          intakeSeconds,
          heapAfterIntake,
          heapAfterQueries,
          bytes,
          kinds,
          answers);
    }
  }

  static String markdown(List<SizeResult> results, String machine, String database, int requests) {
    StringBuilder md = new StringBuilder();
    md.append("# As-of query benchmark, ").append(LocalDate.now()).append("\n\n");
    md.append("- Machine: ").append(machine).append('\n');
    md.append("- Read model: ").append(database).append('\n');
    md.append("- Per query kind and variant: ")
        .append(requests)
        .append(" timed requests after ")
        .append(AsOfBenchmark.WARM_UP)
        .append(" of warm-up, one client, sequential, over HTTP on localhost, the kinds asked in")
        .append(" rounds (one request each per round, in a shuffled order);")
        .append(" random `on` dates in the probe's life, random `asRecordedAt` instants after")
        .append(" its committee's first members were recorded. Every answer checked: 200, not")
        .append(" empty.\n\n");

    md.append("## Intake and footprint\n\n");
    md.append(
        "| size asked | events produced | events read | produced to Kafka (events/s) | intake by the query service"
            + " (events/s) | intake time | heap used after intake | heap used after queries |"
            + " database on disk |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SizeResult result : results) {
      md.append(
          String.format(
              "| %,d | %,d | %,d%s | %,.0f | %,.0f | %s | %s | %s | %s |%n",
              result.size(),
              result.events(),
              result.eventsRead(),
              result.eventsRead() < result.events() ? " (intake deadline)" : "",
              result.events() / result.produceSeconds(),
              result.eventsRead() / result.intakeSeconds(),
              duration(result.intakeSeconds()),
              megabytes(result.heapAfterIntake()),
              megabytes(result.heapAfterQueries()),
              megabytes(Optional.of((double) result.databaseBytes()))));
    }

    for (SizeResult result : results) {
      md.append(String.format("%n## Latency at %,d events (ms)%n%n", result.eventsRead()));
      md.append("| query | p50 | p95 | p99 | max | mean answer bytes |\n");
      md.append("|---|---:|---:|---:|---:|---:|\n");
      for (KindResult kind : result.kinds().values()) {
        Latencies l = kind.latencies();
        md.append(
            String.format(
                "| %s | %.2f | %.2f | %.2f | %.2f | %,d |%n",
                kind.key(),
                l.percentileMillis(50),
                l.percentileMillis(95),
                l.percentileMillis(99),
                l.maxMillis(),
                l.meanBytes()));
      }
    }

    if (results.size() > 1) {
      SizeResult smallest = results.get(0);
      SizeResult largest = results.get(results.size() - 1);
      md.append(
          String.format(
              "%n## Growth: p50 at %,d events against %,d events%n%n",
              largest.eventsRead(), smallest.eventsRead()));
      md.append("| query | p50 small (ms) | p50 large (ms) | ratio | p99 small | p99 large |\n");
      md.append("|---|---:|---:|---:|---:|---:|\n");
      for (KindResult small : smallest.kinds().values()) {
        KindResult large = largest.kinds().get(small.key());
        if (large == null) {
          continue;
        }
        double p50Small = small.latencies().percentileMillis(50);
        double p50Large = large.latencies().percentileMillis(50);
        md.append(
            String.format(
                "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                small.key(),
                p50Small,
                p50Large,
                p50Large / p50Small,
                small.latencies().percentileMillis(99),
                large.latencies().percentileMillis(99)));
      }
    }

    md.append("\n## The same questions\n\n");
    md.append(
        "Each kind's answer about the probe on 2024-01-01, hashed (SHA-256, first 6 bytes): equal"
            + " hashes across sizes show the same question got the same answer.\n\n");
    md.append("| query |");
    results.forEach(result -> md.append(String.format(" %,d events |", result.eventsRead())));
    md.append("\n|---|");
    results.forEach(result -> md.append("---|"));
    md.append('\n');
    for (String kind : results.get(0).answers().keySet()) {
      md.append("| ").append(kind).append(" |");
      results.forEach(result -> md.append(" `").append(result.answers().get(kind)).append("` |"));
      md.append('\n');
    }
    return md.toString();
  }

  private static String megabytes(Optional<Double> bytes) {
    return bytes.map(value -> String.format("%,.0f MB", value / 1_000_000)).orElse("not exposed");
  }

  private static String duration(double seconds) {
    return seconds < 120
        ? String.format("%.0f s", seconds)
        : String.format("%.0f min %.0f s", Math.floor(seconds / 60), seconds % 60);
  }
}
