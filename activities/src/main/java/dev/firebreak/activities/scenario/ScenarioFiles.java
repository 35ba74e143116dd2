package dev.firebreak.activities.scenario;

import dev.firebreak.activities.support.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads scenario files; a file that does not parse names itself in the error. */
public final class ScenarioFiles {
  private ScenarioFiles() {}

  public static Scenario read(Path file) {
    try {
      Scenario s = Json.MAPPER.readValue(file.toFile(), Scenario.class);
      if (s.name() == null || s.start() == null || s.expect() == null) {
        throw new IllegalArgumentException(file + ": a scenario needs name, start and expect");
      }
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario " + file + ": " + e.getMessage(), e);
    }
  }

  public static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list scenarios in " + dir, e);
    }
  }
}
