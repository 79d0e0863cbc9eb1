package uk.partnershipledger.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A directory of checked-in files, one per published event, that a test compares with what the code
 * produces now. Run with {@code -D<updateProperty>=true} to write them afresh (and delete orphans),
 * then review the diff: a change to a published file is a change to the contract.
 */
final class ApprovedFiles {

  private final Path directory;
  private final String suffix;
  private final String updateProperty;

  /**
   * @param directory relative to the module, where Surefire runs the tests
   */
  ApprovedFiles(String directory, String suffix, String updateProperty) {
    this.directory = Path.of(directory);
    this.suffix = suffix;
    this.updateProperty = updateProperty;
  }

  boolean updating() {
    return Boolean.getBoolean(updateProperty);
  }

  Path fileFor(String qualifiedType) {
    return directory.resolve(qualifiedType + suffix);
  }

  String read(String qualifiedType) {
    try {
      return Files.readString(fileFor(qualifiedType), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails unless the checked-in file holds exactly {@code actual}; writes it when updating. */
  void assertApproved(String qualifiedType, String actual) {
    Path file = fileFor(qualifiedType);
    if (updating()) {
      write(file, actual);
      return;
    }
    assertThat(file)
        .as("%s is missing: run the build with -D%s=true and check it in", file, updateProperty)
        .exists();
    assertThat(read(qualifiedType))
        .as(
            "%s differs from the published form (a published event may only gain fields, under"
                + " a new revision otherwise); if the change is meant, run with -D%s=true",
            file, updateProperty)
        .isEqualTo(actual);
  }

  /** Fails if a checked-in file belongs to no event; deletes such files when updating. */
  void assertNoOrphans(Set<String> qualifiedTypes) {
    Set<String> expected =
        qualifiedTypes.stream().map(t -> t + suffix).collect(Collectors.toCollection(TreeSet::new));
    Set<String> orphans = new TreeSet<>(checkedIn());
    orphans.removeAll(expected);
    if (updating()) {
      orphans.forEach(orphan -> delete(directory.resolve(orphan)));
      return;
    }
    assertThat(orphans)
        .as(
            "files in %s for events no longer published (removing an event breaks consumers);"
                + " if meant, run with -D%s=true",
            directory, updateProperty)
        .isEmpty();
  }

  private Set<String> checkedIn() {
    if (!Files.isDirectory(directory)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(suffix))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
