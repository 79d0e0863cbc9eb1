package uk.partnershipledger.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A client reacts to a refusal by its problem type, so the README's table of rules is part of the
 * contract: every rule is listed with its status.
 */
class RulesDocumentedTest {

  @Test
  void every_rule_is_in_the_readme_with_its_status() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));

    assertThat(Arrays.stream(Rule.values()))
        .allSatisfy(
            rule ->
                assertThat(readme)
                    .as("README row for %s", rule)
                    .contains("| `" + rule.slug() + "` | " + rule.status() + " | "));
  }
}
