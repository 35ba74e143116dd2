package dev.firebreak.benchmarks.loghub;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;

/** Accumulates and prints GA/PA per dataset and on average, per ground-truth version. */
final class Accuracy {

    private final double[] sums = new double[6];
    private final int[] counts = new int[6];

    void add(String name, Path dsDir, String[] parsed) throws IOException {
        GroundTruth original = GroundTruth.read(dsDir.resolve(name + "_2k.log_structured.csv"));
        GroundTruth icse = GroundTruth.read(dsDir.resolve(name + "_2k.log_structured_corrected.csv"));
        GroundTruth loghub2 = GroundTruth.read(dsDir.resolve(name + "_2k.log_structured_loghub2.csv"));
        double[] row = new double[6];
        java.util.Arrays.fill(row, Double.NaN);
        row[0] = ParsingAccuracy.grouping(parsed, original.eventIds());
        if (icse != null) {
            row[1] = ParsingAccuracy.grouping(parsed, icse.templates());
            row[2] = ParsingAccuracy.template(parsed, icse.templates());
        }
        if (loghub2 != null) {
            row[3] = ParsingAccuracy.grouping(parsed, loghub2.templates());
            row[4] = ParsingAccuracy.template(parsed, loghub2.templates());
        }
        row[5] = ParsingAccuracy.template(parsed, original.templates());
        for (int i = 0; i < row.length; i++) {
            if (!Double.isNaN(row[i])) {
                sums[i] += row[i];
                counts[i]++;
            }
        }
        System.out.printf(Locale.ROOT, "%-12s %7s | %7s %7s | %7s %7s | %7s | %d/%d%n", name, f(row[0]), f(row[1]),
                f(row[2]), f(row[3]), f(row[4]), f(row[5]), new HashSet<>(java.util.Arrays.asList(parsed)).size(),
                new HashSet<>(java.util.Arrays.asList(original.eventIds())).size());
    }

    void printAverages() {
        double[] avg = new double[6];
        for (int i = 0; i < avg.length; i++) {
            avg[i] = counts[i] == 0 ? Double.NaN : sums[i] / counts[i];
        }
        System.out.printf(Locale.ROOT, "%-12s %7s | %7s %7s | %7s %7s | %7s |%n", "average", f(avg[0]), f(avg[1]),
                f(avg[2]), f(avg[3]), f(avg[4]), f(avg[5]));
        System.out.printf(Locale.ROOT, "(orig/icse averages over %d datasets, Loghub-2.0 over %d)%n", counts[0], counts[3]);
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
