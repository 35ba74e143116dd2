package dev.firebreak.api.deployment;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.FirebreakApplication;
import dev.firebreak.api.runtime.FreePort;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Payloads;
import dev.firebreak.api.support.TestDatabase;
import java.io.FileReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs the application with exactly the environment the compose file gives the firebreak service
 * (hosts swapped for this machine's PostgreSQL and a separately started Temporal server), proving
 * every configuration key in it is one the application reads, and that an incident runs on it.
 */
class ComposeEnvironmentIT {
  @TempDir Path dataDir;

  @Test
  @SuppressWarnings("unchecked")
  void composeEnvironmentConfiguresTheApplication() throws Exception {
    Map<String, Object> compose;
    try (FileReader reader = new FileReader(Path.of("..", "docker-compose.yml").toFile())) {
      compose = new Yaml().load(reader);
    }
    Map<String, Object> service = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("firebreak");
    Map<String, Object> env = new TreeMap<>((Map<String, Object>) service.get("environment"));
    assertThat(service.get("env_file")).isEqualTo("secrets.env");

    TestDatabase.Target db = TestDatabase.fresh();
    int temporalPort = FreePort.find();
    env.put("SPRING_DATASOURCE_URL", db.url());
    env.put("SPRING_DATASOURCE_USERNAME", db.user());
    env.put("SPRING_DATASOURCE_PASSWORD", db.password());
    env.put("FIREBREAK_TEMPORAL_TARGET", "127.0.0.1:" + temporalPort);
    env.put("FIREBREAK_INGEST_WEBHOOKTOKEN", "compose-token");

    StandardEnvironment environment = new StandardEnvironment();
    // named like the real one, so relaxed binding maps FIREBREAK_X_Y to firebreak.x.y as in a container
    environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("compose-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
    try (AutoCloseable cluster = io.temporal.testserver.TestServer.createPortBoundServer(temporalPort);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(FirebreakApplication.class)
            .environment(environment)
            .run("--server.port=0", "--firebreak.data-dir=" + dataDir,
                "--management.endpoints.web.exposure.include=health,configprops",
                "--management.endpoint.configprops.show-values=always")) {
      // the compose file configures no identity provider: the install's generated admin token
      Http http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")),
          app.getBean(dev.firebreak.api.security.LocalAdminToken.class).token().orElseThrow());
      String configprops = http.get("/actuator/configprops").body();
      Map<String, String> unread = new HashMap<>();
      for (String key : env.keySet()) {
        boolean bound = configprops.contains("\\\"" + key + "\\\" from property source \\\"compose-");
        boolean logging = key.startsWith("LOGGING_") && app.getEnvironment().getProperty(
            key.toLowerCase().replace('_', '.')) != null;
        if (!bound && !logging) {
          unread.put(key, String.valueOf(env.get(key)));
        }
      }
      assertThat(unread).as("compose keys no configuration property reads").isEmpty();

      var accepted = http.post("/api/v1/alerts/alertmanager",
          Payloads.alertmanager("{}:{alertname=\"Compose\"}", "firing", "c0c0c0c0c0c0c0c0", "firing", "compose"),
          "application/json", "Authorization", "Bearer compose-token");
      assertThat(accepted.status()).isEqualTo(202);
      JsonNode incident = http.await("/api/v1/incidents/" + accepted.incidentId(),
          status("AWAITING_DECISION"));
      assertThat(incident.at("/incident/service").asText()).isEqualTo("compose");
    }
  }
}
