package dev.firebreak.api.support;

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

/**
 * A server run by a test as a process of its own (Prometheus, Alertmanager, Temporal's test server,
 * Firebreak itself) on a loopback port: started, polled until ready, stopped by {@link #close()}
 * (and by a shutdown hook, so a killed test run leaves nothing behind) or killed by {@link #kill()}.
 */
public final class LocalProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;
  private final Thread hook;

  private LocalProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.hook = new Thread(process::destroyForcibly, "stop-" + name);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts the command with its output in {@code <workDir>/<name>.log}; returns without waiting. */
  public static LocalProcess launch(String name, Path workDir, List<String> command) throws IOException {
    Path log = workDir.resolve(name + ".log");
    Process p = new ProcessBuilder(new ArrayList<>(command))
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    return new LocalProcess(name, p, log);
  }

  /** Starts the command and waits until {@code /-/ready} on the port answers 200. */
  public static LocalProcess start(String name, Path workDir, int port, List<String> command,
      Duration readyWithin) throws IOException, InterruptedException {
    LocalProcess lp = launch(name, workDir, command);
    try {
      lp.awaitReady("http://127.0.0.1:" + port + "/-/ready", readyWithin);
    } catch (RuntimeException | InterruptedException e) {
      lp.close();
      throw e;
    }
    return lp;
  }

  private void awaitReady(String url, Duration within) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + tail());
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(name + " not ready within " + within + ": " + tail());
  }

  /** Waits until something accepts connections on the port, failing with the log's tail. */
  public void awaitPort(int port, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + tail());
      }
      try (java.net.Socket s = new java.net.Socket()) {
        s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException(name + " did not open port " + port + " within " + within + ": " + tail());
  }

  /** SIGKILL — no shutdown hooks, no graceful stop: what a crash looks like. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running already
    }
  }
}
