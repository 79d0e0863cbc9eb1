package uk.partnershipledger.query.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares two governance states kind by kind. Each kind is a set of things with a key (an id, or
 * the two bodies of a line) taken from the states' JSON, so that the comparison sees exactly what a
 * client sees, and a field added to a view later is compared without a change here.
 */
final class StateComparison {

  /** Where a kind's things are in a state, and what names each. */
  private interface Kind {
    void each(JsonNode state, BiConsumer<String, Item> found);
  }

  private record Item(String label, JsonNode value) {}

  private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put(
        "partners",
        (state, found) ->
            state
                .path("partners")
                .path("partners")
                .forEach(
                    partner ->
                        found.accept(
                            partner.path("organisationId").asString(),
                            new Item(partner.path("name").asString(), partner))));
    KINDS.put(
        "bodies",
        (state, found) ->
            bodies(state)
                .forEach(
                    body -> {
                      ObjectNode essentials = ((ObjectNode) body.deepCopy());
                      // Members, chair and terms are kinds of their own.
                      essentials.remove(List.of("members", "chair", "termsOfReference"));
                      found.accept(
                          body.path("bodyId").asString(),
                          new Item(body.path("name").asString(), essentials));
                    }));
    KINDS.put(
        "members",
        (state, found) ->
            bodies(state)
                .forEach(
                    body ->
                        body.path("members")
                            .forEach(
                                member ->
                                    found.accept(
                                        member.path("membershipId").asString(),
                                        new Item(
                                            member.path("personName").asString()
                                                + " on "
                                                + body.path("name").asString(),
                                            member)))));
    KINDS.put(
        "chairs",
        (state, found) ->
            bodies(state)
                .forEach(
                    body -> {
                      if (!body.path("chair").isMissingNode() && !body.path("chair").isNull()) {
                        found.accept(
                            body.path("bodyId").asString(),
                            new Item(body.path("name").asString(), body.path("chair")));
                      }
                    }));
    KINDS.put(
        "termsOfReference",
        (state, found) ->
            bodies(state)
                .forEach(
                    body -> {
                      JsonNode terms = body.path("termsOfReference");
                      if (!terms.isMissingNode() && !terms.isNull()) {
                        found.accept(
                            body.path("bodyId").asString(),
                            new Item(body.path("name").asString(), terms));
                      }
                    }));
    KINDS.put(
        "delegations",
        (state, found) ->
            state
                .path("bodies")
                .forEach(
                    body ->
                        body.path("delegations")
                            .path("delegations")
                            .forEach(
                                delegation ->
                                    found.accept(
                                        delegation.path("delegationId").asString(),
                                        new Item(
                                            delegation.path("function").asString()
                                                + " to "
                                                + body.path("body").path("name").asString(),
                                            delegation)))));
    KINDS.put(
        "mous",
        (state, found) ->
            state
                .path("mousInForce")
                .forEach(
                    mou ->
                        found.accept(
                            mou.path("mouId").asString(),
                            new Item(mou.path("title").asString(), mou))));
    KINDS.put(
        "reportingLines",
        (state, found) ->
            state
                .path("reportingLines")
                .path("lines")
                .forEach(
                    line ->
                        found.accept(
                            line.path("fromBodyId").asString()
                                + "->"
                                + line.path("toBodyId").asString(),
                            new Item(
                                line.path("fromBodyName").asString()
                                    + " to "
                                    + line.path("toBodyName").asString(),
                                line))));
  }

  private StateComparison() {}

  /** The changes from the first state to the second, by kind; a kind without any is left out. */
  static Map<String, GovernanceChanges.Group> compare(JsonNode before, JsonNode after) {
    Map<String, GovernanceChanges.Group> groups = new LinkedHashMap<>();
    KINDS.forEach(
        (name, kind) -> {
          Map<String, Item> was = collect(kind, before);
          Map<String, Item> is = collect(kind, after);
          List<GovernanceChanges.Change> added = new ArrayList<>();
          List<GovernanceChanges.Change> removed = new ArrayList<>();
          List<GovernanceChanges.Change> changed = new ArrayList<>();
          is.forEach(
              (key, item) -> {
                Item earlier = was.get(key);
                if (earlier == null) {
                  added.add(new GovernanceChanges.Change(key, item.label(), null, item.value()));
                } else if (!Objects.equals(earlier.value(), item.value())) {
                  changed.add(
                      new GovernanceChanges.Change(
                          key, item.label(), earlier.value(), item.value()));
                }
              });
          was.forEach(
              (key, item) -> {
                if (!is.containsKey(key)) {
                  removed.add(new GovernanceChanges.Change(key, item.label(), item.value(), null));
                }
              });
          if (!added.isEmpty() || !removed.isEmpty() || !changed.isEmpty()) {
            groups.put(name, new GovernanceChanges.Group(added, removed, changed));
          }
        });
    return groups;
  }

  private static Map<String, Item> collect(Kind kind, JsonNode state) {
    Map<String, Item> items = new LinkedHashMap<>();
    kind.each(
        state, (key, item) -> items.put(key, new Item(item.label(), withoutDate(item.value()))));
    return items;
  }

  private static List<JsonNode> bodies(JsonNode state) {
    List<JsonNode> bodies = new ArrayList<>();
    state.path("bodies").forEach(body -> bodies.add(body.path("body")));
    return bodies;
  }

  /** The date a view was asked for is not a fact about the thing, and differs by design. */
  private static JsonNode withoutDate(JsonNode value) {
    if (value instanceof ObjectNode object && object.has("on")) {
      ObjectNode copy = object.deepCopy();
      copy.remove("on");
      return copy;
    }
    return value;
  }
}
