package dev.firebreak.api.demo;

import dev.firebreak.activities.evidence.ContextStore;
import dev.firebreak.activities.evidence.ScenarioMetricsSource;
import dev.firebreak.api.FirebreakApplication;
import dev.firebreak.api.security.LocalAdminToken;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Firebreak started in this JVM on embedded defaults, for the demo and the benchmarks. */
public final class EmbeddedFirebreak implements AutoCloseable {
  private final ConfigurableApplicationContext context;

  private EmbeddedFirebreak(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static EmbeddedFirebreak start(String dataDir, String... extraProperties) {
    List<String> props = new ArrayList<>(List.of("--server.port=0", "--firebreak.data-dir=" + dataDir));
    for (String p : extraProperties) {
      props.add("--" + p);
    }
    return new EmbeddedFirebreak(new SpringApplicationBuilder(FirebreakApplication.class)
        .run(props.toArray(String[]::new)));
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
  }

  public ScenarioPlayer player() {
    return new ScenarioPlayer(api(), context.getBean(ScenarioMetricsSource.class),
        context.getBean(ContextStore.class));
  }

  /** A client of this instance's API, signed in with its local admin token. */
  public ApiClient api() {
    return new ApiClient(baseUrl(), adminToken());
  }

  public String adminToken() {
    return context.getBean(LocalAdminToken.class).token()
        .orElseThrow(() -> new IllegalStateException("this instance was started with its own authentication"));
  }

  @Override
  public void close() {
    context.close();
  }
}
