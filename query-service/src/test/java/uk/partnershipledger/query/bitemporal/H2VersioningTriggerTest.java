package uk.partnershipledger.query.bitemporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.partnershipledger.query.H2ReadModelTest;

@H2ReadModelTest
class H2VersioningTriggerTest extends VersioningTriggerTest {

  @Test
  void the_session_variable_is_cleared_after_the_event_so_a_pooled_connection_does_not_carry_it() {
    transaction.executeWithoutResult(
        status ->
            recordingTime.during(
                OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC),
                () ->
                    assertThat(jdbc.queryForObject("select @ledger_recorded_at", Object.class))
                        .isNotNull()));
    transaction.executeWithoutResult(
        status ->
            assertThat(jdbc.queryForObject("select @ledger_recorded_at", Object.class)).isNull());
  }
}
