package dev.firebreak.benchmarks.nab;

import dev.firebreak.analysis.anomaly.Detectors;
import dev.firebreak.analysis.anomaly.StreamingDetector;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the streaming detectors over the NAB corpus, writes NAB's results layout and prints
 * the normalised NAB score per profile.
 *
 * <p>Usage: {@code NabBench --data DIR --windows FILE --profiles FILE --out DIR}
 */
public final class NabBench {

    private NabBench() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path data = Path.of(required(options, "--data"));
        Path windows = Path.of(required(options, "--windows"));
        Path profilesFile = Path.of(required(options, "--profiles"));
        Path out = Path.of(required(options, "--out"));

        List<NabSeries> corpus = NabCorpus.load(data, windows);
        Map<String, CostMatrix> profiles = NabCorpus.profiles(profilesFile);
        Map<String, Supplier<StreamingDetector>> detectors = new LinkedHashMap<>();
        detectors.put("firebreak", Detectors::standard);
        detectors.put("windowedGaussian", Detectors::windowedGaussian);

        System.out.printf(Locale.ROOT, "NAB corpus: %d files, %d windows%n", corpus.size(),
                corpus.stream().mapToInt(s -> s.windows().size()).sum());
        for (Map.Entry<String, Supplier<StreamingDetector>> detector : detectors.entrySet()) {
            long start = System.nanoTime();
            List<double[]> scores = new ArrayList<>();
            long points = 0;
            for (NabSeries series : corpus) {
                scores.add(run(detector.getValue().get(), series));
                points += series.size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            for (int f = 0; f < corpus.size(); f++) {
                write(out, detector.getKey(), corpus.get(f), scores.get(f));
            }
            System.out.printf(Locale.ROOT, "%-18s %,d points in %.2f s (%,.0f points/s)%n",
                    detector.getKey(), points, seconds, points / seconds);
            for (Map.Entry<String, CostMatrix> profile : profiles.entrySet()) {
                NabScorer.CorpusScore score = new NabScorer(profile.getValue()).scoreCorpus(corpus, scores);
                System.out.printf(Locale.ROOT,
                        "  %-20s score %6.2f  (threshold %.6f, raw %.3f, windows detected %d/%d, FP rows %d)%n",
                        profile.getKey(), score.normalized(), score.threshold(), score.rawScore(),
                        score.detectedWindows(), score.windows(), score.fp());
            }
        }
    }

    static double[] run(StreamingDetector detector, NabSeries series) {
        double[] scores = new double[series.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = detector.update(series.millis()[i], series.values()[i]).value();
        }
        return scores;
    }

    private static void write(Path out, String detector, NabSeries series, double[] scores) throws IOException {
        Path dir = out.resolve(detector).resolve(series.category());
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(detector + "_" + series.fileName()))) {
            w.write("timestamp,value,anomaly_score,label\n");
            for (int i = 0; i < scores.length; i++) {
                w.write(series.rawTimestamps().get(i) + "," + series.values()[i] + ","
                        + scores[i] + "," + series.label(i) + "\n");
            }
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            System.err.println("usage: NabBench --data DIR --windows FILE --profiles FILE --out DIR");
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }
}
