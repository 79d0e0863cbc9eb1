package uk.partnershipledger.command.api;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import uk.partnershipledger.command.ledger.RuleViolation;

/**
 * Every refusal as an RFC 9457 problem: a stable {@code type} per rule, a {@code detail} a
 * governance officer can read, and the offending field where there is one.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  static final URI INVALID_REQUEST = URI.create("urn:partnership-ledger:problem:invalid-request");
  static final URI NOT_FOUND = URI.create("urn:partnership-ledger:problem:not-found");

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(RuleViolation.class)
  ProblemDetail ruleViolated(RuleViolation violation) {
    return problemFor(violation);
  }

  /** The problem a broken rule answers with: its status, its type, and the reason in words. */
  public static ProblemDetail problemFor(RuleViolation violation) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.valueOf(violation.rule().status()), violation.getMessage());
    problem.setType(violation.rule().type());
    problem.setTitle(violation.rule().title());
    problem.setProperty("rule", violation.rule().slug());
    return problem;
  }

  @ExceptionHandler(InvalidRequest.class)
  ProblemDetail invalidRequest(InvalidRequest invalid) {
    return invalid(
        invalid.getMessage(), List.of(new FieldError(invalid.field(), invalid.getMessage())));
  }

  @ExceptionHandler(AggregateNotFoundException.class)
  ProblemDetail notFound(AggregateNotFoundException missing) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND,
            "nothing is recorded under id " + missing.getAggregateIdentifier());
    problem.setType(NOT_FOUND);
    problem.setTitle("Unknown id");
    return problem;
  }

  @ExceptionHandler(Idempotency.KeyReused.class)
  ProblemDetail keyReused(Idempotency.KeyReused reused) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, reused.getMessage());
    problem.setType(URI.create("urn:partnership-ledger:problem:idempotency-key-reused"));
    problem.setTitle("Idempotency key reused");
    return problem;
  }

  @ExceptionHandler(ConcurrencyException.class)
  ProblemDetail concurrentModification(ConcurrencyException conflict) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "the record was changed by another request at the same moment; nothing was recorded,"
                + " send the command again");
    problem.setType(URI.create("urn:partnership-ledger:problem:concurrent-modification"));
    problem.setTitle("Concurrent modification");
    return problem;
  }

  @ExceptionHandler(Idempotency.KeyInUse.class)
  ProblemDetail keyInUse(Idempotency.KeyInUse inUse) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, inUse.getMessage());
    problem.setType(URI.create("urn:partnership-ledger:problem:idempotency-key-in-use"));
    problem.setTitle("Idempotency key in use");
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(e -> new FieldError(e.getField(), e.getField() + " " + e.getDefaultMessage()))
            .toList();
    String detail = errors.stream().map(FieldError::message).collect(Collectors.joining("; "));
    return ResponseEntity.badRequest().body(invalid(detail, errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    // The outermost Jackson exception knows the field's path; the root cause (a
    // DateTimeParseException, say) does not.
    Throwable cause = ex.getCause();
    while (cause != null && !(cause instanceof JacksonException)) {
      cause = cause.getCause();
    }
    return ResponseEntity.badRequest().body(unreadable(cause));
  }

  /**
   * Spring's own refusals (a missing header, a malformed path variable, an unsupported method) get
   * the same stable types as ours, so a client need handle only one vocabulary.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
      if (status.value() == HttpStatus.NOT_FOUND.value()) {
        problem.setType(NOT_FOUND);
      } else if (status.value() == HttpStatus.BAD_REQUEST.value()) {
        problem.setType(INVALID_REQUEST);
      }
    }
    HttpHeaders problemHeaders = new HttpHeaders();
    problemHeaders.putAll(headers);
    problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return super.handleExceptionInternal(ex, body, problemHeaders, status, request);
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception unexpected) {
    log.error("Unexpected failure while handling a request", unexpected);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "the ledger could not complete the request; nothing was recorded");
    problem.setTitle("Internal error");
    return problem;
  }

  /** Names the field and what was wrong with it, in words rather than a Jackson stack trace. */
  private static ProblemDetail unreadable(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException unknown) {
      String field = unknown.getPropertyName();
      return invalid(
          "unknown field '" + field + "'", List.of(new FieldError(field, "is not a known field")));
    }
    if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
      String field =
          jackson.getPath().stream()
              .map(
                  r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      String why = describe(jackson);
      return invalid(field + ": " + why, List.of(new FieldError(field, why)));
    }
    return invalid("the request body is not valid JSON: " + firstLine(cause), List.of());
  }

  private static String firstLine(Throwable cause) {
    if (cause instanceof JacksonException jackson && jackson.getOriginalMessage() != null) {
      return jackson.getOriginalMessage().split("\n")[0];
    }
    return "it cannot be read";
  }

  private static String describe(JacksonException problem) {
    if (problem instanceof InvalidFormatException format) {
      Class<?> target = format.getTargetType();
      String expected =
          switch (target.getSimpleName()) {
            case "LocalDate" -> "a date written yyyy-MM-dd";
            case "BigDecimal" -> "an amount in pounds, such as 500000.00";
            default ->
                target.isEnum()
                    ? "one of " + Arrays.toString(target.getEnumConstants())
                    : "a " + target.getSimpleName();
          };
      return "'" + format.getValue() + "' is not " + expected;
    }
    if (problem instanceof ValueInstantiationException instantiation
        && instantiation.getCause() != null) {
      return instantiation.getCause().getMessage();
    }
    String message = problem.getOriginalMessage();
    return message == null ? "cannot be read" : message.split("\n")[0];
  }

  private static ProblemDetail invalid(String detail, List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(INVALID_REQUEST);
    problem.setTitle("Invalid request");
    if (!errors.isEmpty()) {
      problem.setProperty(
          "errors",
          errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
    }
    return problem;
  }

  private record FieldError(String field, String message) {}
}
