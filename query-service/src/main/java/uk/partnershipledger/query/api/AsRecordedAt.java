package uk.partnershipledger.query.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a query's optional {@code @RequestParam Instant asRecordedAt} once for every query
 * (docs/adr/0010). A malformed instant is refused like a malformed date.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(
    in = ParameterIn.QUERY,
    description = AsRecordedAt.DESCRIPTION,
    example = AsRecordedAt.EXAMPLE,
    schema = @Schema(type = "string", format = "date-time"))
public @interface AsRecordedAt {

  String DESCRIPTION =
      "Answer as the ledger stood at this instant (ISO-8601, such as 2026-11-02T09:30:00Z; an"
          + " offset such as +01:00 must be sent as %2B01:00), ignoring everything recorded"
          + " after it: back-dated events and corrections recorded later do not count. Left"
          + " out, or in the future: as the ledger stands now. What was not yet known at the"
          + " instant is answered 404.";

  String EXAMPLE = "2026-11-02T09:30:00Z";
}
