package dev.firebreak.api.postmortem;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.TestTokens;
import dev.firebreak.api.support.Payloads;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A drafted postmortem is edited by people; every version is kept and the export serves the latest. */
class PostmortemEditIT extends FirebreakIT {

  private Http.Response put(String path, Object body) {
    return http().as(TestTokens.RESPONDER).put(path, Json.write(body));
  }

  @Test
  void editsBecomeVersionsAndTheExportServesTheLatest() throws Exception {
    Http http = http();
    String id = http.post("/api/v1/alerts/alertmanager",
            Payloads.alertmanager("{}:{service=\"ledger-pm\"}", "firing", "pm-fp", "firing", "ledger-pm"))
        .incidentId();
    String base = "/api/v1/incidents/" + id;
    http.await(base, status("AWAITING_DECISION"));
    assertThat(put(base + "/postmortem", Map.of("markdown", "# early", "author", "alice")).status())
        .isEqualTo(404);
    Http alice = http.person("alice-pm", "responder");
    alice.post(base + "/acknowledge", "{}");
    alice.post(base + "/resolve", "{\"summary\":\"pool resized back\"}");
    http.await(base, status("POSTMORTEM_DRAFTED"));
    String draft = http.get(base + "/postmortem").json().get("markdown").asText();
    assertThat(draft).contains("## Follow-ups", "owner: alice-pm");

    Http.Response saved = put(base + "/postmortem",
        Map.of("markdown", draft + "\n## Lessons\n\nPool sizes need load tests.\n", "author", "bob"));

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("version").asInt()).isEqualTo(2);
    JsonNode versions = http.get(base + "/postmortem/versions").json();
    // the signed-in editor is on record; "author" only says for whom
    assertThat(versions.findValuesAsText("author")).containsExactly("firebreak", "test-responder for bob");
    assertThat(versions.at("/0/markdown").asText()).isEqualTo(draft);
    assertThat(http.get(base + "/postmortem", "Accept", "text/markdown").body())
        .contains("Pool sizes need load tests.");

    assertThat(put(base + "/postmortem", Map.of("markdown", " ", "author", "bob")).json().get("field").asText())
        .isEqualTo("markdown");
    assertThat(put(base + "/postmortem", Map.of("markdown", "x")).status()).isEqualTo(200);
    assertThat(http.get(base + "/postmortem/versions").json().findValuesAsText("author"))
        .endsWith("test-responder");
    assertThat(http.get("/api/v1/incidents/inc-nope/postmortem/versions").status()).isEqualTo(404);
  }
}
