package dev.firebreak.api.web;

import org.springframework.http.HttpStatus;

/** An error meant for the client, built by small factories that name the thing at fault. */
public class ApiException extends RuntimeException {
  private final HttpStatus status;
  private final String field;

  private ApiException(HttpStatus status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  public static ApiException badField(String field, String problem) {
    return new ApiException(HttpStatus.BAD_REQUEST, field, field + ": " + problem);
  }

  public static ApiException notFound(String what, String id) {
    return new ApiException(HttpStatus.NOT_FOUND, null, what + " " + id + " not found");
  }

  public static ApiException conflict(String message) {
    return new ApiException(HttpStatus.CONFLICT, null, message);
  }

  public static ApiException unauthorized(String message) {
    return new ApiException(HttpStatus.UNAUTHORIZED, null, message);
  }

  public static ApiException tooLarge(long limit) {
    return new ApiException(HttpStatus.CONTENT_TOO_LARGE, null,
        "request body is larger than the limit of " + limit + " bytes");
  }

  public static ApiException unavailable(String message) {
    return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, null, message);
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }
}
