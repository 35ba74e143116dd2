package dev.firebreak.benchmarks.nab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One NAB data file with its labelled anomaly windows.
 *
 * @param key "category/file.csv", the key used by NAB's label files
 * @param rawTimestamps timestamps exactly as written in the data file (copied into results)
 * @param millis timestamps as epoch millis (UTC)
 * @param values the metric values
 * @param windows anomaly windows as [startMillis, endMillis] pairs, in time order
 */
record NabSeries(String key, List<String> rawTimestamps, long[] millis, double[] values, List<long[]> windows) {

    String category() {
        return key.substring(0, key.indexOf('/'));
    }

    String fileName() {
        return key.substring(key.indexOf('/') + 1);
    }

    int size() {
        return values.length;
    }

    /** 1 when the row lies inside a labelled window, like the "label" column of NAB results. */
    int label(int row) {
        for (long[] w : windows) {
            if (millis[row] >= w[0] && millis[row] <= w[1]) {
                return 1;
            }
        }
        return 0;
    }

    static NabSeries read(Path dataDir, String key, List<long[]> windows) throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve(key));
        List<String> raw = new ArrayList<>(lines.size());
        long[] millis = new long[lines.size() - 1];
        double[] values = new double[lines.size() - 1];
        int n = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            String ts = line.substring(0, comma);
            raw.add(ts);
            millis[n] = NabTimestamps.toEpochMillis(ts);
            values[n] = Double.parseDouble(line.substring(comma + 1).trim());
            n++;
        }
        return new NabSeries(key, raw, java.util.Arrays.copyOf(millis, n), java.util.Arrays.copyOf(values, n), windows);
    }
}
