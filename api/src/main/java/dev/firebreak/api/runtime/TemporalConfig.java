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
import java.util.concurrent.TimeUnit;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.InProcessGRPCServer;
import io.temporal.internal.testservice.TestServicesStarter;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Temporal client: to the configured cluster, or to an in-process test server when none is
 * configured. The embedded server also listens on a local port (for the Temporal CLI and UI), but
 * Firebreak's own client reaches it through an in-process channel: over the port every call paid
 * for HTTP/2 framing and protobuf encoding twice, a fifth of the CPU of an alert storm.
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
    WorkflowServiceStubsOptions.Builder options = WorkflowServiceStubsOptions.newBuilder()
        .setMetricsScope(temporalMetricsScope);
    if (t.embedded()) {
      options.setChannel(embedded.channel());
    } else {
      options.setTarget(target);
    }
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
    private final TestServicesStarter services;
    private final Server network;
    private final InProcessGRPCServer inProcess;
    private final int port;

    private EmbeddedTemporal(TestServicesStarter services, Server network, InProcessGRPCServer inProcess, int port) {
      this.services = services;
      this.network = network;
      this.inProcess = inProcess;
      this.port = port;
    }

    static EmbeddedTemporal none() {
      return new EmbeddedTemporal(null, null, null, -1);
    }

    /** One set of test services behind two servers: the port for tools, in-process for Firebreak. */
    static EmbeddedTemporal start(int port) throws IOException {
      int chosen = port == 0 ? FreePort.find() : port;
      // as TestServer.createPortBoundServer: time skipping locked, so timers follow the wall clock
      TestServicesStarter services = new TestServicesStarter(true, 0);
      ServerBuilder<?> builder = Grpc.newServerBuilderForPort(chosen, InsecureServerCredentials.create());
      GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
      Server network = builder.build().start();
      return new EmbeddedTemporal(services, network, new InProcessGRPCServer(services.getServices()), chosen);
    }

    int port() {
      return port;
    }

    ManagedChannel channel() {
      return inProcess.getChannel();
    }

    @Override
    public void close() throws Exception {
      if (services != null) {
        inProcess.shutdownNow();
        network.shutdownNow();
        network.awaitTermination(5, TimeUnit.SECONDS);
        services.close();
      }
    }
  }
}
