package uk.partnershipledger.query.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as an RFC 9457 problem, in the command service's style: a stable {@code type}, a
 * {@code detail} a governance officer can read, and the offending parameter where there is one. Bad
 * input is never answered with a 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  static final URI INVALID_REQUEST = URI.create("urn:partnership-ledger:problem:invalid-request");
  static final URI NOT_FOUND = URI.create("urn:partnership-ledger:problem:not-found");

  private static final URI ABOUT_BLANK = URI.create("about:blank");

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(NotFound.class)
  ProblemDetail notFound(NotFound missing) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
    problem.setType(NOT_FOUND);
    problem.setTitle("Unknown id");
    problem.setProperty("parameter", missing.parameter());
    return problem;
  }

  @ExceptionHandler(BadQuery.class)
  ResponseEntity<Object> badQuery(BadQuery bad) {
    return ResponseEntity.badRequest().body(invalid(bad.parameter(), bad.getMessage()));
  }

  /** A path or query parameter that does not convert: a malformed id, date or instant. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String parameter =
        ex instanceof MethodArgumentTypeMismatchException mismatch
            ? mismatch.getName()
            : ex.getPropertyName();
    String why = "'" + ex.getValue() + "' is not " + expected(ex.getRequiredType());
    return ResponseEntity.badRequest().body(invalid(parameter, why));
  }

  /**
   * Query parameters bound to an object (an authority question): a value that does not convert is
   * named by its parameter, as a single parameter's would be.
   */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    FieldError first = ex.getBindingResult().getFieldError();
    if (first == null) {
      return ResponseEntity.badRequest().body(invalid("request", "the query does not bind"));
    }
    Class<?> type = ex.getBindingResult().getFieldType(first.getField());
    return ResponseEntity.badRequest()
        .body(
            invalid(
                first.getField(), "'" + first.getRejectedValue() + "' is not " + expected(type)));
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception unexpected) {
    log.error("Unexpected failure while answering a query", unexpected);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "the ledger could not answer the query");
    problem.setTitle("Internal error");
    return problem;
  }

  /**
   * Gives the problems Spring MVC builds itself (a missing parameter, an unknown path) the same
   * stable types as ours, instead of {@code about:blank}.
   */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
      if (statusCode.value() == HttpStatus.BAD_REQUEST.value()) {
        problem.setType(INVALID_REQUEST);
      } else if (statusCode.value() == HttpStatus.NOT_FOUND.value()) {
        problem.setType(NOT_FOUND);
      }
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "valid";
    }
    if (type == LocalDate.class) {
      return "a date written yyyy-MM-dd";
    }
    if (type == OffsetDateTime.class) {
      return "an instant written yyyy-MM-ddTHH:mm:ssZ (or with an offset, + written %2B)";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (type == Instant.class) {
      return "an instant written ISO-8601, such as " + AsRecordedAt.EXAMPLE;
    }
    if (type == UUID.class || isTypedId(type)) {
      return "an id (a UUID such as 5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10)";
    }
    return "a " + type.getSimpleName();
  }

  /** The contract's typed ids (OrganisationId, BodyId, MouId, ...) are records of one UUID. */
  private static boolean isTypedId(Class<?> type) {
    return type.isRecord()
        && type.getRecordComponents().length == 1
        && type.getRecordComponents()[0].getType() == UUID.class;
  }

  private static ProblemDetail invalid(String parameter, String why) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter + ": " + why);
    problem.setType(INVALID_REQUEST);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", List.of(Map.of("field", parameter, "message", why)));
    return problem;
  }
}
