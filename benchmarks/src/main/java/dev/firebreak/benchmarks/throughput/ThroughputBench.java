package dev.firebreak.benchmarks.throughput;

import dev.firebreak.benchmarks.loghub.LoghubMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./firebreak bench throughput --nab DIR --loghub DIR [--quick]}: runs
 * {@link DetectorThroughput} with JMH (one fork, one thread) and prints points/s and lines/s of
 * both detectors next to their baselines.
 */
public final class ThroughputBench {

    private ThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                options.put("--quick", "true");
            } else if (i + 1 < args.length) {
                options.put(args[i], args[++i]);
            }
        }
        if (!options.containsKey("--nab") || !options.containsKey("--loghub")) {
            System.err.println("usage: ThroughputBench --nab DATA_DIR --loghub DIR [--quick]");
            System.exit(2);
        }
        Path nab = Path.of(options.get("--nab"));
        Path loghub = Path.of(options.get("--loghub"));
        long points = 0;
        for (Path file : DetectorThroughput.nabFiles(nab)) {
            points += Files.readAllLines(file).size() - 1;
        }
        long lines = LoghubMessages.load(loghub).values().stream().mapToLong(List::size).sum();
        boolean quick = options.containsKey("--quick");
        Options jmh = new OptionsBuilder()
                .include(DetectorThroughput.class.getName() + "\\.")
                .param("nabData", nab.toString())
                .param("loghubDir", loghub.toString())
                .forks(1)
                .threads(1)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(quick ? 1 : 3))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 3))
                .build();
        Map<String, double[]> perSecond = new HashMap<>();
        for (RunResult result : new Runner(jmh).run()) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            double invocations = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            double units = name.equals("anomalyDetector") || name.equals("windowedGaussianBaseline") ? points : lines;
            perSecond.put(name, new double[] {invocations * units, error * units});
        }
        System.out.printf(Locale.ROOT, "%nJMH throughput, one thread (%,d NAB points per invocation, %,d Loghub lines):%n",
                points, lines);
        print("anomaly detector (standard)", perSecond.get("anomalyDetector"), "points/s");
        print("windowed Gaussian baseline", perSecond.get("windowedGaussianBaseline"), "points/s");
        print("template miner", perSecond.get("templateMiner"), "lines/s");
        print("regex masking baseline", perSecond.get("regexMaskingBaseline"), "lines/s");
        System.out.printf(Locale.ROOT, "  ratio detector/baseline %.2f, miner/baseline %.2f%n",
                perSecond.get("anomalyDetector")[0] / perSecond.get("windowedGaussianBaseline")[0],
                perSecond.get("templateMiner")[0] / perSecond.get("regexMaskingBaseline")[0]);
    }

    private static void print(String name, double[] value, String unit) {
        System.out.printf(Locale.ROOT, "  %-30s %,14.0f ± %,.0f %s%n", name, value[0], value[1], unit);
    }
}
