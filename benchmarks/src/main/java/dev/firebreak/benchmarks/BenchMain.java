package dev.firebreak.benchmarks;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** {@code ./firebreak bench <name> [args]}: dispatches to one benchmark harness. */
public final class BenchMain {
  private static final Map<String, String> BENCHMARKS = new TreeMap<>(Map.of(
      "scenarios", "dev.firebreak.benchmarks.scenarios.ScenarioBench",
      "nab", "dev.firebreak.benchmarks.nab.NabBench",
      "loghub", "dev.firebreak.benchmarks.loghub.LoghubBench",
      "retrieval", "dev.firebreak.benchmarks.retrieval.RetrievalBench",
      "ingest", "dev.firebreak.benchmarks.ingest.IngestBench",
      "throughput", "dev.firebreak.benchmarks.throughput.ThroughputBench"));

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !BENCHMARKS.containsKey(args[0])) {
      System.err.println("usage: ./firebreak bench <" + String.join("|", BENCHMARKS.keySet()) + "> [args]");
      System.exit(2);
    }
    Class<?> harness;
    try {
      harness = Class.forName(BENCHMARKS.get(args[0]));
    } catch (ClassNotFoundException e) {
      System.err.println("benchmark " + args[0] + " is not built into this version");
      System.exit(2);
      return;
    }
    Method main = harness.getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    } catch (java.lang.reflect.InvocationTargetException e) {
      // a harness's pools are not daemons: without the exit a failed run would hang, not fail
      e.getCause().printStackTrace();
      System.exit(1);
    }
  }
}
