package dev.firebreak.benchmarks.loghub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Per-line event id and template of a ground-truth file, in LineId order. */
record GroundTruth(String[] eventIds, String[] templates) {

    static GroundTruth read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        List<List<String>> rows = Csv.read(file);
        List<String> header = rows.get(0);
        int id = header.indexOf("EventId");
        int template = header.indexOf("EventTemplate");
        int n = rows.size() - 1;
        String[] ids = new String[n];
        String[] templates = new String[n];
        for (int i = 0; i < n; i++) {
            List<String> row = rows.get(i + 1);
            ids[i] = row.get(id);
            templates[i] = row.get(template);
        }
        return new GroundTruth(ids, templates);
    }
}
