package dev.firebreak.api.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the incident API, validated before anything is signalled or stored. */
public final class IncidentRequests {
  private IncidentRequests() {}

  public record Declare(
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' and '-' only") String service,
      @Pattern(regexp = "sev[1-4]", message = "must be one of sev1, sev2, sev3, sev4") String severity,
      @Size(max = 10000) String description) {}

  public record Acknowledge(@Size(max = 200) String actor) {}

  public record Note(@Size(max = 200) String actor, @NotBlank String text) {}

  /** Gives a person a role in the response (commander, scribe, communications). */
  public record AssignRole(@Size(max = 200) String actor, @NotBlank String role,
      @NotBlank @Size(max = 200) String assignee) {}

  public record Decision(@Size(max = 200) String actor, @Size(max = 2000) String reason) {}

  public record Resolve(
      @Size(max = 200) String actor,
      @Size(max = 10000) String summary,
      @Size(max = 200) String rootCauseHypothesisId) {}
}
