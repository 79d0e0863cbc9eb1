package uk.partnershipledger.command.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a command safe to send again: a repeated {@code Idempotency-Key} gets the first answer and
 * stores nothing new.
 *
 * <p>The key is claimed in the same database transaction that appends the command's events (Axon's
 * unit of work joins it), so either both the events and the remembered answer are stored, or
 * neither. A concurrent twin blocks on the key's unique index until the first commits, then replays
 * its answer. Only successful answers are remembered: a refused command can be corrected and sent
 * again under the same key.
 */
@Component
public class Idempotency {

  public static final String HEADER = CommandHeaders.IDEMPOTENCY_KEY;
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final int MAX_KEY_LENGTH = 200;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final JsonMapper json;
  private final Clock clock;

  Idempotency(JdbcTemplate jdbc, TransactionTemplate transaction, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Runs {@code action} once per key and organisation.
   *
   * @param key the client's idempotency key, or null when it sent none
   * @param request what was asked, so that the same key with a different request is refused
   */
  ResponseEntity<?> once(
      String key, CommandIssuer issuer, Object request, Supplier<ResponseEntity<?>> action) {
    if (key == null) {
      return action.get();
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new InvalidRequest(
          HEADER, "an idempotency key has 1 to " + MAX_KEY_LENGTH + " characters");
    }
    String fingerprint = fingerprint(request);
    try {
      return transaction.execute(
          status -> {
            Optional<Remembered> first = remembered(issuer.onBehalfOf(), key);
            return first.isPresent()
                ? replay(first.get(), fingerprint)
                : runAndRemember(key, issuer, fingerprint, action);
          });
    } catch (DuplicateKeyException | PessimisticLockingFailureException concurrentTwin) {
      return remembered(issuer.onBehalfOf(), key)
          .<ResponseEntity<?>>map(first -> replay(first, fingerprint))
          .orElseThrow(
              () ->
                  new KeyInUse(
                      "a request with idempotency key '" + key + "' is still being processed"));
    }
  }

  private ResponseEntity<?> runAndRemember(
      String key, CommandIssuer issuer, String fingerprint, Supplier<ResponseEntity<?>> action) {
    // Claim first: a concurrent request with the same key now waits here, not after its own events.
    jdbc.update(
        "insert into idempotency_record (on_behalf_of, idempotency_key, request_fingerprint,"
            + " recorded_at) values (?, ?, ?, ?)",
        issuer.onBehalfOf(),
        key,
        fingerprint,
        java.sql.Timestamp.from(clock.instant()));
    ResponseEntity<?> response = action.get();
    URI location = response.getHeaders().getLocation();
    jdbc.update(
        "update idempotency_record set response_status = ?, response_body = ?, response_location = ?"
            + " where on_behalf_of = ? and idempotency_key = ?",
        response.getStatusCode().value(),
        response.getBody() == null ? null : json.writeValueAsString(response.getBody()),
        location == null ? null : location.toString(),
        issuer.onBehalfOf(),
        key);
    return response;
  }

  private Optional<Remembered> remembered(String onBehalfOf, String key) {
    List<Remembered> found =
        jdbc.query(
            "select request_fingerprint, response_status, response_body, response_location"
                + " from idempotency_record where on_behalf_of = ? and idempotency_key = ?",
            (rs, i) ->
                new Remembered(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)),
            onBehalfOf,
            key);
    return found.stream().findFirst();
  }

  private ResponseEntity<?> replay(Remembered first, String fingerprint) {
    if (!first.fingerprint().equals(fingerprint)) {
      throw new KeyReused(
          "idempotency key already used for a different request; use a new key for a new request");
    }
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.status(first.status()).header(REPLAYED_HEADER, "true");
    if (first.location() != null) {
      answer.header(HttpHeaders.LOCATION, first.location());
    }
    if (first.body() == null) {
      return answer.build();
    }
    // A remembered answer may be a refusal that was recorded (a refused decision): a problem still.
    return answer
        .contentType(
            first.status() >= 400 ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON)
        .body(first.body());
  }

  private String fingerprint(Object request) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (request.getClass().getName() + json.writeValueAsString(request))
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JVM has SHA-256", impossible);
    }
  }

  private record Remembered(String fingerprint, int status, String body, String location) {}

  /**
   * The same key was sent with a different request: 422, as the IETF Idempotency-Key draft says.
   */
  public static class KeyReused extends RuntimeException {
    KeyReused(String detail) {
      super(detail);
    }
  }

  /** The first request with this key has not finished: 409, try again shortly. */
  public static class KeyInUse extends RuntimeException {
    KeyInUse(String detail) {
      super(detail);
    }
  }
}
