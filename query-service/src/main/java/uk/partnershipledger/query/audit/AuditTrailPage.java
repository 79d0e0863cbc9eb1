package uk.partnershipledger.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of the audit trail, with the links to its neighbours. */
@Schema(name = "AuditTrailPage")
record AuditTrailPage(
    @Schema(description = "The events of this page, oldest recorded first")
        List<LoggedEvent> events,
    @Schema(description = "This page's number, from 0", example = "0") int page,
    @Schema(description = "The most events a page holds", example = "50") int size,
    @Schema(description = "How many events match the filters, on every page", example = "123")
        long totalEvents,
    @Schema(description = "How many pages those make", example = "3") long totalPages,
    @Schema(description = "Links to this, the first, previous, next and last pages") Links links) {

  /**
   * Each a path with its query string, such as {@code /audit-trail?actor=x&page=1&size=50}; null
   * where there is no such page.
   */
  @Schema(name = "AuditTrailLinks")
  record Links(
      @Schema(example = "/audit-trail?page=0&size=50") String self,
      @Schema(example = "/audit-trail?page=0&size=50") String first,
      @Schema(description = "Null on the first page") String prev,
      @Schema(description = "Null on the last page", example = "/audit-trail?page=1&size=50")
          String next,
      @Schema(example = "/audit-trail?page=2&size=50") String last) {}
}
