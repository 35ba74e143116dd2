package dev.firebreak.api.web;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps errors once, at the edge, to RFC 9457 problem responses. */
@RestControllerAdvice
public class ProblemHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    // user-controlled text: one line, so it cannot forge log entries
    log.info("refused with {}: {}", e.status().value(), e.getMessage().replaceAll("[\\r\\n\\t]", " "));
    ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    if (e.field() != null) {
      p.setProperty("field", e.field());
    }
    ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
    if (e.status() == HttpStatus.UNAUTHORIZED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    if (e.status() == HttpStatus.SERVICE_UNAVAILABLE || e.status() == HttpStatus.TOO_MANY_REQUESTS) {
      response.header(HttpHeaders.RETRY_AFTER, "5");
    }
    return response.body(p);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    List<String> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> f.getField() + ": " + f.getDefaultMessage()).sorted().toList();
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", errors));
    p.setProperty("field", e.getBindingResult().getFieldErrors().isEmpty() ? null
        : e.getBindingResult().getFieldErrors().get(0).getField());
    p.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(p);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "body: not valid JSON of the expected shape (" + JsonErrors.describe(e) + ")"));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        e.getName() + ": invalid value");
    p.setProperty("field", e.getName());
    return ResponseEntity.badRequest().body(p);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ProblemDetail.forStatusAndDetail(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(ProblemDetail.forStatusAndDetail(
        HttpStatus.METHOD_NOT_ALLOWED, "method " + e.getMethod() + " is not allowed here"));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
        HttpStatus.NOT_FOUND, "no such resource"));
  }

  @ExceptionHandler(io.temporal.client.WorkflowServiceException.class)
  ResponseEntity<ProblemDetail> temporal(io.temporal.client.WorkflowServiceException e) {
    log.warn("Temporal call failed: {}", e.toString());
    return api(ApiException.unavailable("the workflow service is unavailable, retry later"));
  }

  /**
   * The database is down or unreachable — no connection, or one it closed while going down: a retry
   * will do, so 503 with Retry-After. Any other data access failure is a 500 that names nothing.
   */
  @ExceptionHandler({org.springframework.dao.DataAccessException.class,
      org.springframework.transaction.TransactionException.class})
  ResponseEntity<ProblemDetail> database(RuntimeException e) {
    if (DatabaseOutage.causedBy(e)) {
      log.warn("database unavailable: {}", e.getClass().getSimpleName());
      return api(ApiException.unavailable("the database is unavailable, retry later"));
    }
    log.error("data access failed", e);
    return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(
        HttpStatus.INTERNAL_SERVER_ERROR, "internal error"));
  }
}
