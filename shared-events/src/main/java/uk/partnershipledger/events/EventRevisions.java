package uk.partnershipledger.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The revisions of events the ledger no longer writes but still reads, and how each becomes the
 * next (ADR 15).
 *
 * <p>An event store and a topic that keep history forever hold every revision ever written: the
 * command side meets them when it loads an aggregate or publishes again from the store, the query
 * side when it replays the topic from the beginning. Both lift an old revision to the current one
 * here, one revision at a time, so there is one definition of what an old revision means.
 *
 * <p>The steps work on the event's JSON object as plain {@link Map}s, lists, strings, numbers and
 * booleans, so that this module stays free of a Jackson version: the command side reads JSON with
 * Jackson 2 (Axon), the query side with Jackson 3. A step must not invent what the old revision did
 * not say: a field it cannot derive becomes null, and the current record marks it {@link
 * MayBeNull}.
 */
public final class EventRevisions {

  /**
   * A revision no longer written.
   *
   * @param name the event's logical name, such as {@code mou.signed}
   * @param revision the retired revision
   * @param toNext turns this revision's JSON object into the next revision's; it may change the map
   *     it is given
   * @param change what the next revision changed, for the consumer guide and the AsyncAPI document
   */
  public record Retired(
      String name, int revision, UnaryOperator<Map<String, Object>> toNext, String change) {

    /** The CloudEvents {@code type} this revision was published with. */
    public String qualifiedType() {
      return name + ".v" + revision;
    }
  }

  private static final List<Retired> RETIRED =
      List.of(
          new Retired(
              "mou.signed",
              1,
              EventRevisions::signatoryTextToName,
              "signatory, a free text, became an object of name and post; the text is the name"),
          new Retired(
              "mou.signature-corrected",
              1,
              EventRevisions::signatoryTextToName,
              "signatory, a free text, became an object of name and post; the text is the name"));

  private EventRevisions() {}

  /** Every retired revision, oldest first within an event. */
  public static List<Retired> retired() {
    return RETIRED;
  }

  /** The retired revision published as {@code qualifiedType}, such as {@code mou.signed.v1}. */
  public static Optional<Retired> retired(String qualifiedType) {
    return RETIRED.stream().filter(r -> r.qualifiedType().equals(qualifiedType)).findFirst();
  }

  /**
   * Lifts an event's JSON object from {@code revision} to the revision the ledger writes now.
   *
   * @return a new map; the current revision's JSON unchanged (copied) when it is already current
   * @throws IllegalArgumentException when the name is not a published event, or the revision is
   *     neither current nor retired (a revision from the future, or one whose step was removed)
   */
  public static Map<String, Object> toCurrent(String name, int revision, Map<String, Object> json) {
    EventCatalogue.Entry current =
        EventCatalogue.byName(name)
            .orElseThrow(() -> new IllegalArgumentException(name + " is not a published event"));
    Map<String, Object> lifted = new LinkedHashMap<>(json);
    int at = revision;
    while (at != current.revision()) {
      Retired step =
          retired(name + ".v" + at)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          name
                              + " has no revision "
                              + revision
                              + " this ledger can read; it writes revision "
                              + current.revision()));
      lifted = step.toNext().apply(lifted);
      at++;
    }
    return lifted;
  }

  /**
   * {@code mou.signed} and {@code mou.signature-corrected}, revision 1 to 2: revision 1's one free
   * text ("John Hewitt, Interim Chief Executive") cannot be split into person and post without
   * guessing, so all of it becomes the name and the post is unknown.
   */
  private static Map<String, Object> signatoryTextToName(Map<String, Object> json) {
    Object text = json.get("signatory");
    if (text instanceof String name) {
      Map<String, Object> signatory = new LinkedHashMap<>();
      signatory.put("name", name);
      signatory.put("post", null);
      json.put("signatory", signatory);
    }
    return json;
  }
}
