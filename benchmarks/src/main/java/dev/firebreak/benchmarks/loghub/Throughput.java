package dev.firebreak.benchmarks.loghub;

import dev.firebreak.analysis.logs.TemplateMiner;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lines per second of the miner and of the naive baseline, replaying every dataset. */
final class Throughput {

    private Throughput() {
    }

    static void compare(Map<String, List<String>> contents, int rounds) {
        long lines = contents.values().stream().mapToLong(List::size).sum() * (long) rounds;
        // Warm-up so both sides run JIT-compiled code.
        runMiner(contents, Math.max(1, rounds / 5));
        runNaive(contents, Math.max(1, rounds / 5));
        double miner = lines / runMiner(contents, rounds);
        double naive = lines / runNaive(contents, rounds);
        System.out.printf(Locale.ROOT, "throughput over %,d lines (fresh parser per dataset per round, one thread):%n", lines);
        System.out.printf(Locale.ROOT, "  TemplateMiner      %,12.0f lines/s%n", miner);
        System.out.printf(Locale.ROOT, "  naive masking      %,12.0f lines/s%n", naive);
        System.out.printf(Locale.ROOT, "  ratio miner/naive  %.2f%n", miner / naive);
    }

    private static double runMiner(Map<String, List<String>> contents, int rounds) {
        long start = System.nanoTime();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (List<String> messages : contents.values()) {
                TemplateMiner miner = new TemplateMiner();
                for (String m : messages) {
                    sink += miner.addForId(m);
                }
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double runNaive(Map<String, List<String>> contents, int rounds) {
        long start = System.nanoTime();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (List<String> messages : contents.values()) {
                NaiveMaskingParser parser = new NaiveMaskingParser();
                for (String m : messages) {
                    sink += parser.add(m);
                }
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
