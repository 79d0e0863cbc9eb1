package uk.partnershipledger.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One act of the timeline, sent as one command: on a date, for an organisation, for a reason that
 * cites its source.
 *
 * <p>The path and the fields may name ids that earlier steps kept ({@code {dcc}} in the path,
 * {@link #ref} in the fields); they are filled in when the step is sent. The step's date goes into
 * the command as its {@code effectiveDate} and its reason as {@code reason}, so that neither can
 * drift from the timeline.
 *
 * @param name unique, in kebab case; the idempotency key is made from it
 * @param actingFor the organisation the command is sent on behalf of ({@code X-On-Behalf-Of})
 * @param what the act in plain words
 * @param source where the act comes from, such as {@code seeds/001 MoU §9}
 * @param refusal the rule slug of an expected refusal (409), or null when the act must succeed
 * @param keep response fields to keep, by the name later steps use for them
 */
record Step(
    LocalDate date,
    String name,
    String actingFor,
    String what,
    String source,
    String path,
    Map<String, Object> fields,
    String refusal,
    Map<String, String> keep) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

  Step {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(actingFor, name + ": actingFor");
    Objects.requireNonNull(what, name + ": what");
    Objects.requireNonNull(source, name + ": source");
    Objects.requireNonNull(path, name + ": path");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    keep = Collections.unmodifiableMap(new LinkedHashMap<>(keep));
  }

  /** An id kept by an earlier step, to be put in a command's fields. */
  record Ref(String name) {}

  static Ref ref(String name) {
    return new Ref(name);
  }

  static List<Ref> refs(String... names) {
    return Arrays.stream(names).map(Ref::new).toList();
  }

  /** What the {@code reason} field says: the act and its source. */
  String reason() {
    return what + " (" + source + ")";
  }

  /** The idempotency key: the same step sent again is the same request. */
  String idempotencyKey() {
    return "durham-demo/" + name;
  }

  boolean expectsRefusal() {
    return refusal != null;
  }

  String resolvedPath(Map<String, String> ids) {
    Matcher placeholder = PLACEHOLDER.matcher(path);
    StringBuilder resolved = new StringBuilder();
    while (placeholder.find()) {
      placeholder.appendReplacement(
          resolved, Matcher.quoteReplacement(id(ids, placeholder.group(1))));
    }
    placeholder.appendTail(resolved);
    return resolved.toString();
  }

  /** The command's JSON fields, ids filled in, with the step's date and reason added. */
  Map<String, Object> resolvedFields(Map<String, String> ids) {
    Map<String, Object> resolved = new LinkedHashMap<>();
    fields.forEach((field, value) -> resolved.put(field, resolve(value, ids)));
    resolved.put("effectiveDate", date.toString());
    resolved.put("reason", reason());
    return resolved;
  }

  private Object resolve(Object value, Map<String, String> ids) {
    if (value instanceof Ref ref) {
      return id(ids, ref.name());
    }
    if (value instanceof List<?> list) {
      List<Object> resolved = new ArrayList<>();
      list.forEach(item -> resolved.add(resolve(item, ids)));
      return resolved;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> resolved = new LinkedHashMap<>();
      map.forEach((key, item) -> resolved.put(key, resolve(item, ids)));
      return resolved;
    }
    return value;
  }

  private String id(Map<String, String> ids, String name) {
    String id = ids.get(name);
    if (id == null) {
      throw new IllegalStateException(
          "step " + this.name + " needs '" + name + "', which no earlier step kept");
    }
    return id;
  }

  /** Builds a step; the timeline reads as a list of these. */
  static final class Builder {

    private final LocalDate date;
    private final String name;
    private String actingFor;
    private String what;
    private String source;
    private String refusal;
    private String path;
    private Map<String, Object> fields;
    private final Map<String, String> keep = new LinkedHashMap<>();

    Builder(LocalDate date, String name) {
      this.date = date;
      this.name = name;
    }

    Builder actingFor(String organisation) {
      this.actingFor = organisation;
      return this;
    }

    Builder because(String what, String source) {
      this.what = what;
      this.source = source;
      return this;
    }

    /** The step is expected to be refused with this rule (409); that refusal is its success. */
    Builder refusedWith(String ruleSlug) {
      this.refusal = ruleSlug;
      return this;
    }

    /** Keeps a field of the answer under a name later steps use. */
    Builder keep(String responseField, String as) {
      keep.put(responseField, as);
      return this;
    }

    /** Where the command goes and what it says (besides its date and reason). */
    Builder post(String path, Object... fieldsAndValues) {
      if (fieldsAndValues.length % 2 != 0) {
        throw new IllegalArgumentException(name + ": fields come in name, value pairs");
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      for (int i = 0; i < fieldsAndValues.length; i += 2) {
        fields.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
      }
      this.path = path;
      this.fields = fields;
      return this;
    }

    Step build() {
      if (path == null) {
        throw new IllegalStateException(name + ": no post(...)");
      }
      return new Step(date, name, actingFor, what, source, path, fields, refusal, keep);
    }
  }

  /** A nested JSON object, fields in the order given. */
  static Map<String, Object> object(Object... fieldsAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      fields.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return fields;
  }
}
