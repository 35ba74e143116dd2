package dev.firebreak.activities.action;

/** The executor will not run this action; retrying cannot help. */
public class ActionRefusedException extends Exception {
  public ActionRefusedException(String message) {
    super(message);
  }
}
