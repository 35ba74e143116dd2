package dev.firebreak.benchmarks.ingest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Firebreak on embedded defaults in a JVM of its own, so the load client does not share it. */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final Path dataDir;
  final int port;

  private ServerProcess(Process process, Path dataDir, int port) {
    this.process = process;
    this.dataDir = dataDir;
    this.port = port;
  }

  /** The admin token the server generated in its data directory (no authentication configured). */
  String adminToken() throws IOException {
    return Files.readString(dataDir.resolve("admin-token")).strip();
  }

  static ServerProcess start(Path jar, Path dataDir, List<String> extraArgs) throws Exception {
    if (!Files.exists(jar)) {
      throw new IllegalStateException("no application jar at " + jar + ": build it with mvn package");
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    // The launcher passes the server's own options (C1 only, thread priorities) unless told
    // otherwise; set e.g. "-XX:StartFlightRecording=filename=server.jfr" to see where it spends its time
    String javaOpts = System.getenv().getOrDefault("FIREBREAK_BENCH_SERVER_JAVA_OPTS", "");
    if (!javaOpts.isBlank()) {
      cmd.addAll(List.of(javaOpts.trim().split("\\s+")));
    }
    cmd.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--firebreak.data-dir=" + dataDir,
        "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
    cmd.addAll(extraArgs);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dataDir.resolve("server.log").toFile()).start();
    ServerProcess server = new ServerProcess(p, dataDir, port);
    server.awaitReady();
    return server;
  }

  private void awaitReady() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited with " + process.exitValue());
      }
      try {
        var r = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness")).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("server not ready within 2 minutes");
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
