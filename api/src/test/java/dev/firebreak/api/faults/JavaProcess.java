package dev.firebreak.api.faults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Another JVM started by a test from the application's executable jar: Firebreak itself, or the
 * Temporal test server it contains. {@link #kill()} is SIGKILL — no shutdown hooks, no graceful
 * stop — which is what a crash looks like.
 */
final class JavaProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;
  private final Thread hook;

  private JavaProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.hook = new Thread(process::destroyForcibly, "stop-" + name);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The jar {@code mvn package} built just before the integration tests. */
  static Path executableJar() throws IOException {
    try (Stream<Path> jars = Files.list(Path.of("target"))) {
      return jars.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no target/*-exec.jar: run through mvn verify"));
    }
  }

  /** Runs {@code mainClass} from the executable jar (its ZIP layout lets the launcher pick one). */
  static JavaProcess start(String name, Path workDir, String mainClass, List<String> args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-Dloader.main=" + mainClass, "-cp", executableJar().toAbsolutePath().toString(),
        "org.springframework.boot.loader.launch.PropertiesLauncher"));
    command.addAll(args);
    Path log = workDir.resolve(name + ".log");
    Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return new JavaProcess(name, p, log);
  }

  /** Waits until something accepts connections on the port (bounded), failing with the log's tail. */
  void awaitPort(int port, Duration within) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException(name + " did not open port " + port + " within " + within + ":\n" + tail());
  }

  /** SIGKILL, and wait until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  @Override
  public void close() throws InterruptedException {
    kill();
    Runtime.getRuntime().removeShutdownHook(hook);
  }
}
