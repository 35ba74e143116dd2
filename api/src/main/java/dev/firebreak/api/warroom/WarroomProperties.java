package dev.firebreak.api.warroom;

import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the web pages (incident list and war room).
 *
 * @param temporalUiUrl base address of a Temporal Web UI (e.g. {@code http://temporal-ui:8080});
 *     when set, the war room links to the incident's workflow there. Empty: no link, which is
 *     right for the embedded mode, whose in-process server has no UI.
 * @param pollInterval how often an open page asks the REST API whether anything changed
 */
@Validated
@ConfigurationProperties("firebreak.warroom")
public record WarroomProperties(
    @DefaultValue("") @Pattern(regexp = "(https?://\\S+)?", message = "must be an http(s) address or empty")
        String temporalUiUrl,
    @DefaultValue("2s") Duration pollInterval) {

  public boolean hasTemporalUi() {
    return !temporalUiUrl.isBlank();
  }

  /** The Temporal UI page of one workflow; trailing slashes of the base are tolerated. */
  public String workflowUrl(String namespace, String workflowId) {
    String base = temporalUiUrl.replaceAll("/+$", "");
    return base + "/namespaces/" + encode(namespace) + "/workflows/" + encode(workflowId);
  }

  private static String encode(String segment) {
    return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }
}
