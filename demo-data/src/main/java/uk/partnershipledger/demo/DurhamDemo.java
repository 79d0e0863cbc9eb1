package uk.partnershipledger.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Loads the County Durham timeline (2017 to 2023) into a running command service through its public
 * HTTP API, one command per step, as an integration client would.
 *
 * <pre>java -jar demo-data/target/durham-demo.jar [commandServiceUrl]</pre>
 *
 * <p>Every step carries an idempotency key made from its name, so a second run stores nothing new:
 * the service answers each step with its first answer, marked {@code Idempotent-Replayed}. One step
 * is meant to be refused (a decision over its delegation's limit); only that refusal, with that
 * rule, counts as success. Any other answer that is not 2xx stops the load with a non-zero exit.
 */
public final class DurhamDemo {

  public static final String DEFAULT_COMMAND_SERVICE = "http://localhost:8080";

  private DurhamDemo() {}

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : DEFAULT_COMMAND_SERVICE;
    try {
      Report report = load(URI.create(url), System.out);
      report.printSummary(System.out);
    } catch (LoadFailed failure) {
      System.err.println();
      System.err.println("FAILED: " + failure.getMessage());
      System.exit(1);
    }
  }

  /**
   * Sends every step of the timeline in order and returns what each was answered.
   *
   * @throws LoadFailed at the first unexpected answer, with the service's problem body
   */
  public static Report load(URI commandService, PrintStream out) {
    CommandClient client = new CommandClient(commandService);
    out.println("Loading the County Durham timeline into " + client.commandService());
    Map<String, String> ids = new LinkedHashMap<>();
    List<StepResult> results = new ArrayList<>();
    for (Step step : DurhamTimeline.steps()) {
      StepResult result = send(client, step, ids);
      results.add(result);
      out.println(result.line());
    }
    return new Report(results, ids);
  }

  private static StepResult send(CommandClient client, Step step, Map<String, String> ids) {
    CommandClient.Answer answer;
    try {
      answer =
          client.post(
              step.resolvedPath(ids),
              step.actingFor(),
              step.idempotencyKey(),
              step.resolvedFields(ids));
    } catch (IOException e) {
      throw new LoadFailed(
          step.name()
              + ": cannot reach the command service at "
              + client.commandService()
              + " ("
              + e
              + "). Is it running? ./run-local.sh starts it.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LoadFailed(step.name() + ": interrupted");
    }
    boolean refused = false;
    if (step.expectsRefusal()) {
      String expectedType = "urn:partnership-ledger:rule:" + step.refusal();
      if (answer.status() != 409 || !expectedType.equals(answer.problemType())) {
        throw unexpected(step, answer, "409 " + expectedType);
      }
      refused = true;
    } else if (!answer.isSuccess()) {
      throw unexpected(step, answer, "2xx");
    }
    for (Map.Entry<String, String> kept : step.keep().entrySet()) {
      JsonNode value = answer.body() == null ? null : answer.body().get(kept.getKey());
      if (value == null || value.isNull()) {
        throw unexpected(step, answer, "a field '" + kept.getKey() + "'");
      }
      ids.put(kept.getValue(), value.asString());
    }
    return new StepResult(
        step.date(),
        step.name(),
        step.source(),
        answer.status(),
        answer.replayed(),
        refused ? step.refusal() : null,
        keptBy(step, ids));
  }

  private static Map<String, String> keptBy(Step step, Map<String, String> ids) {
    Map<String, String> kept = new LinkedHashMap<>();
    step.keep().values().forEach(name -> kept.put(name, ids.get(name)));
    return kept;
  }

  private static LoadFailed unexpected(Step step, CommandClient.Answer answer, String expected) {
    return new LoadFailed(
        "step "
            + step.name()
            + " ("
            + step.date()
            + ", "
            + step.source()
            + "): expected "
            + expected
            + ", got "
            + answer.status()
            + (answer.replayed() ? " (replayed)" : "")
            + ": "
            + answer.rawBody());
  }

  /**
   * What one step was answered.
   *
   * @param refusedWith the rule of the expected refusal it got, or null when it succeeded
   * @param kept the ids it kept for later steps, by name
   */
  public record StepResult(
      LocalDate date,
      String name,
      String source,
      int status,
      boolean replayed,
      String refusedWith,
      Map<String, String> kept) {

    public boolean refusedAsExpected() {
      return refusedWith != null;
    }

    String line() {
      StringBuilder line =
          new StringBuilder()
              .append(date)
              .append("  ")
              .append(String.format("%-50s", name))
              .append(' ')
              .append(status)
              .append(refusedWith != null ? " refused as expected (" + refusedWith + ")" : "")
              .append(replayed ? " replayed" : "");
      kept.forEach((key, id) -> line.append("  ").append(key).append('=').append(id));
      return line.append("  [").append(source).append(']').toString();
    }
  }

  /** Every step's answer, and the ids the steps kept. */
  public record Report(List<StepResult> steps, Map<String, String> ids) {

    public long refusedCount() {
      return steps.stream().filter(StepResult::refusedAsExpected).count();
    }

    /** True when the service answered every step with a stored first answer: nothing new. */
    public boolean allReplayed() {
      return steps.stream().allMatch(StepResult::replayed);
    }

    void printSummary(PrintStream out) {
      long replayed = steps.stream().filter(StepResult::replayed).count();
      out.println();
      out.println(
          steps.size()
              + " steps sent: "
              + (steps.size() - replayed)
              + " recorded now, "
              + replayed
              + " already recorded (replayed); "
              + refusedCount()
              + " decision refused, as intended.");
      out.println();
      out.println("Organisations:");
      for (String name : DurhamTimeline.ORGANISATION_IDS) {
        out.println("  " + String.format("%-18s", name) + ids.get(name));
      }
      out.println("Partnership and MoU:");
      for (String name : List.of("cdcp", "mou")) {
        out.println("  " + String.format("%-18s", name) + ids.get(name));
      }
      out.println("Bodies:");
      for (String name : DurhamTimeline.BODY_IDS) {
        out.println("  " + String.format("%-18s", name) + ids.get(name));
      }
      out.println();
      out.println("Ask the query service (http://localhost:8081 by default), for example:");
      out.println(
          "  curl -s 'http://localhost:8081/partnerships/"
              + ids.get("cdcp")
              + "/partners?on=2022-07-01'");
      out.println(
          "  curl -s 'http://localhost:8081/partnerships/"
              + ids.get("cdcp")
              + "/bodies?on=2023-04-01'");
      out.println(
          "  curl -s 'http://localhost:8081/bodies/"
              + ids.get("jointCommittee")
              + "/members?on=2022-10-01'");
    }
  }

  /** The service answered something the timeline did not expect. */
  public static final class LoadFailed extends RuntimeException {
    LoadFailed(String message) {
      super(message);
    }
  }
}
