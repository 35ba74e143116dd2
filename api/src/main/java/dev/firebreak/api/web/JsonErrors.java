package dev.firebreak.api.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

/** Short, safe descriptions of JSON parse errors: the path at fault, never the input echoed. */
final class JsonErrors {
  private JsonErrors() {}

  static String describe(HttpMessageNotReadableException e) {
    Throwable c = e.getCause();
    if (c instanceof tools.jackson.databind.DatabindException d && !d.getPath().isEmpty()) {
      return "at " + d.getPathReference();
    }
    return c == null ? "unreadable body" : c.getClass().getSimpleName();
  }
}
