package dev.firebreak.api.runtime;

import dev.firebreak.api.config.FirebreakProperties;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Temporal client: to the configured cluster, or to an in-process test server started on a
 * local port when none is configured. Both are reached over gRPC the same way.
 */
@Configuration(proxyBeanMethods = false)
class TemporalConfig {
  private static final Logger log = LoggerFactory.getLogger(TemporalConfig.class);

  @Bean(destroyMethod = "close")
  EmbeddedTemporal embeddedTemporal(FirebreakProperties props) throws IOException {
    return props.temporal().embedded()
        ? EmbeddedTemporal.start(props.temporal().embeddedPort())
        : EmbeddedTemporal.none();
  }

  /** Temporal SDK metrics (workers, pollers, schedule-to-start, activities) into Micrometer. */
  @Bean(destroyMethod = "close")
  Scope temporalMetricsScope(MeterRegistry registry) {
    return new RootScopeBuilder()
        .reporter(new MicrometerClientStatsReporter(registry))
        .reportEvery(com.uber.m3.util.Duration.ofSeconds(5));
  }

  @Bean(destroyMethod = "shutdown")
  WorkflowServiceStubs workflowServiceStubs(FirebreakProperties props, EmbeddedTemporal embedded,
      Scope temporalMetricsScope) throws SSLException {
    FirebreakProperties.Temporal t = props.temporal();
    String target = t.embedded() ? "127.0.0.1:" + embedded.port() : t.target();
    WorkflowServiceStubsOptions.Builder options = WorkflowServiceStubsOptions.newBuilder().setTarget(target)
        .setMetricsScope(temporalMetricsScope);
    if (t.tls()) {
      var ssl = GrpcSslContexts.forClient();
      if (!t.tlsCertPath().isBlank()) {
        ssl.keyManager(new File(t.tlsCertPath()), new File(t.tlsKeyPath()));
      }
      options.setSslContext(ssl.build());
    }
    log.info("Temporal at {} (namespace {}{})", target, t.namespace(),
        t.embedded() ? ", in-process test server: workflow state is kept in memory" : "");
    return WorkflowServiceStubs.newServiceStubs(options.build());
  }

  @Bean
  WorkflowClient workflowClient(WorkflowServiceStubs stubs, FirebreakProperties props) {
    return WorkflowClient.newInstance(stubs,
        WorkflowClientOptions.newBuilder().setNamespace(props.temporal().namespace()).build());
  }

  /** The in-process server, or nothing when a cluster is configured. */
  static final class EmbeddedTemporal implements AutoCloseable {
    private final AutoCloseable server;
    private final int port;

    private EmbeddedTemporal(AutoCloseable server, int port) {
      this.server = server;
      this.port = port;
    }

    static EmbeddedTemporal none() {
      return new EmbeddedTemporal(null, -1);
    }

    static EmbeddedTemporal start(int port) throws IOException {
      int chosen = port == 0 ? FreePort.find() : port;
      return new EmbeddedTemporal(io.temporal.testserver.TestServer.createPortBoundServer(chosen), chosen);
    }

    int port() {
      return port;
    }

    Optional<AutoCloseable> server() {
      return Optional.ofNullable(server);
    }

    @Override
    public void close() throws Exception {
      if (server != null) {
        server.close();
      }
    }
  }
}
