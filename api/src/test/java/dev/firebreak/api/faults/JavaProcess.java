package dev.firebreak.api.faults;

import dev.firebreak.api.support.LocalProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Another JVM started by a test from the application's executable jar: Firebreak itself, or the
 * Temporal test server it contains.
 */
final class JavaProcess {
  private JavaProcess() {}

  /** The jar {@code mvn package} built just before the integration tests. */
  static Path executableJar() throws IOException {
    try (Stream<Path> jars = Files.list(Path.of("target"))) {
      return jars.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no target/*-exec.jar: run through mvn verify"));
    }
  }

  /** Runs {@code mainClass} from the executable jar (its ZIP layout lets the launcher pick one). */
  static LocalProcess start(String name, Path workDir, String mainClass, List<String> args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-Dloader.main=" + mainClass, "-cp", executableJar().toAbsolutePath().toString(),
        "org.springframework.boot.loader.launch.PropertiesLauncher"));
    command.addAll(args);
    return LocalProcess.launch(name, workDir, command);
  }
}
