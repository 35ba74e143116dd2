package dev.firebreak.benchmarks.loghub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The messages (header removed) of every Loghub-2k log found under a directory, by dataset. */
public final class LoghubMessages {

    private LoghubMessages() {
    }

    public static Map<String, List<String>> load(Path dir) throws IOException {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        for (Map.Entry<String, String> source : LoghubFormats.FORMATS.entrySet()) {
            Path log = dir.resolve(source.getKey()).resolve(source.getKey() + "_2k.log");
            if (Files.exists(log)) {
                contents.put(source.getKey(), LoghubBench.messages(log, new LogFormat(source.getValue())));
            }
        }
        return contents;
    }
}
