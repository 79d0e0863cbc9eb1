package uk.partnershipledger.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** One as-of question the benchmark times, put to the probe partnership. */
record QueryKind(String name, String pathAndQuery) {

  static List<QueryKind> forProbe(PartnershipHistory probe) {
    String partnership = probe.partnershipId().toString();
    String committee = probe.committeeId().toString();
    return List.of(
        new QueryKind("partners on a date", "/partnerships/" + partnership + "/partners?x"),
        new QueryKind("body", "/bodies/" + committee + "?x"),
        new QueryKind("members", "/bodies/" + committee + "/members?x"),
        new QueryKind("delegations", "/bodies/" + committee + "/delegations?x"),
        new QueryKind(
            "authority check",
            "/bodies/"
                + committee
                + "/authority?function="
                + PartnershipHistory.COMMITTEE_FUNCTION
                + "&limitKind=NEW_SCHEME&amount={amount}"),
        new QueryKind("structure chart", "/partnerships/" + partnership + "/structure-chart?x"),
        new QueryKind("MoU", "/mous/" + probe.mouId() + "?x"));
  }

  /** The request for a date (and a recording instant, if not null), amounts drawn at random. */
  String request(LocalDate on, String asRecordedAt, Random random) {
    String query =
        pathAndQuery
            .replace("?x", "?")
            .replace("{amount}", Integer.toString(random.nextInt(600_000)));
    String separator = query.endsWith("?") ? "" : "&";
    String request = query + separator + "on=" + on;
    return asRecordedAt == null ? request : request + "&asRecordedAt=" + asRecordedAt;
  }
}
