package uk.partnershipledger.events.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.partnershipledger.events.EventCatalogue.Entry;

/**
 * The main description of an event record's javadoc, read from its source file: javadoc is not kept
 * in class files (ADR 0013), and the tests run in the module's folder, where the sources are.
 */
final class RecordJavadoc {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:link|linkplain|code) ([^}]*)}");
  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@\\w+");

  private RecordJavadoc() {}

  /** The text before any block tag, as plain sentences with paragraphs kept; empty if none. */
  static Optional<String> of(Entry entry) {
    Matcher comment =
        Pattern.compile(
                "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*@EventType\\(name = \""
                    + Pattern.quote(entry.name())
                    + "\", revision = "
                    + entry.revision()
                    + "\\)",
                Pattern.DOTALL)
            .matcher(source(entry.eventClass()));
    if (!comment.find()) {
      return Optional.empty();
    }
    String text = comment.group(1).replaceAll("(?m)^\\s*\\* ?", "");
    Matcher blockTag = BLOCK_TAG.matcher(text);
    if (blockTag.find()) {
      text = text.substring(0, blockTag.start());
    }
    text = INLINE_TAG.matcher(text).replaceAll("$1");
    String[] paragraphs = text.split("<p>");
    StringBuilder plain = new StringBuilder();
    for (String paragraph : paragraphs) {
      String joined = paragraph.trim().replaceAll("\\s+", " ");
      if (!joined.isEmpty()) {
        plain.append(plain.isEmpty() ? "" : "\n\n").append(joined);
      }
    }
    return plain.isEmpty() ? Optional.empty() : Optional.of(plain.toString());
  }

  /** The first sentence, as javadoc itself takes it: up to a full stop followed by a space. */
  static String firstSentence(String text) {
    Matcher end = Pattern.compile("\\.(\\s|$)").matcher(text);
    return end.find() ? text.substring(0, end.start() + 1) : text;
  }

  private static String source(Class<?> eventClass) {
    Class<?> topLevel = eventClass;
    while (topLevel.getEnclosingClass() != null) {
      topLevel = topLevel.getEnclosingClass();
    }
    Path file = SOURCES.resolve(topLevel.getName().replace('.', '/') + ".java");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
