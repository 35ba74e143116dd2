package dev.firebreak.benchmarks.throughput;

import dev.firebreak.analysis.anomaly.Detectors;
import dev.firebreak.analysis.anomaly.StreamingDetector;
import dev.firebreak.analysis.logs.TemplateMiner;
import dev.firebreak.benchmarks.loghub.LoghubMessages;
import dev.firebreak.benchmarks.loghub.NaiveMaskingParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH throughput of both detectors on the benchmark data itself: every NAB series replayed
 * through a fresh anomaly detector (one invocation = the whole corpus), every Loghub-2k log
 * through a fresh template miner, each beside its plain baseline (windowed Gaussian, regex
 * masking). Scores are per invocation; {@link ThroughputBench} turns them into points/s and
 * lines/s. One thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DetectorThroughput {

    @Param("")
    public String nabData;

    @Param("")
    public String loghubDir;

    private List<double[]> series;
    private List<long[]> times;
    private List<List<String>> logs;

    @Setup(Level.Trial)
    public void load() throws IOException {
        series = new ArrayList<>();
        times = new ArrayList<>();
        for (Path file : nabFiles(Path.of(nabData))) {
            List<String> lines = Files.readAllLines(file);
            double[] values = new double[lines.size() - 1];
            long[] millis = new long[values.length];
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                values[i - 1] = Double.parseDouble(line.substring(line.indexOf(',') + 1).trim());
                // Evenly spaced 5-minute points: the detector only needs ordered timestamps.
                millis[i - 1] = (i - 1) * 300_000L;
            }
            series.add(values);
            times.add(millis);
        }
        logs = new ArrayList<>(LoghubMessages.load(Path.of(loghubDir)).values());
    }

    static List<Path> nabFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    @Benchmark
    public void anomalyDetector(Blackhole sink) {
        for (int f = 0; f < series.size(); f++) {
            StreamingDetector detector = Detectors.standard();
            double[] values = series.get(f);
            long[] millis = times.get(f);
            for (int i = 0; i < values.length; i++) {
                sink.consume(detector.update(millis[i], values[i]).value());
            }
        }
    }

    @Benchmark
    public void windowedGaussianBaseline(Blackhole sink) {
        for (int f = 0; f < series.size(); f++) {
            StreamingDetector detector = Detectors.windowedGaussian();
            double[] values = series.get(f);
            long[] millis = times.get(f);
            for (int i = 0; i < values.length; i++) {
                sink.consume(detector.update(millis[i], values[i]).value());
            }
        }
    }

    @Benchmark
    public void templateMiner(Blackhole sink) {
        for (List<String> messages : logs) {
            TemplateMiner miner = new TemplateMiner();
            for (String m : messages) {
                sink.consume(miner.addForId(m));
            }
        }
    }

    @Benchmark
    public void regexMaskingBaseline(Blackhole sink) {
        for (List<String> messages : logs) {
            NaiveMaskingParser parser = new NaiveMaskingParser();
            for (String m : messages) {
                sink.consume(parser.add(m));
            }
        }
    }
}
