package dev.firebreak.activities.evidence;

import dev.firebreak.analysis.evidence.Deploy;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.LogLine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Deploys (within the deploy look-back) and logs (within the window) from the context store. */
public class ContextEvidenceSource implements EvidenceSource {
  private final ContextStore store;
  private final Duration deployLookback;

  public ContextEvidenceSource(ContextStore store, Duration deployLookback) {
    this.store = store;
    this.deployLookback = deployLookback;
  }

  @Override
  public String name() {
    return "context";
  }

  @Override
  public List<Evidence> collect(EvidenceQuery q) {
    List<Evidence> out = new ArrayList<>();
    for (Deploy d : store.deploysBetween(q.alertTime().minus(deployLookback), q.to())) {
      out.add(Evidence.deploy(null, name(), d, "deploys since " + q.alertTime().minus(deployLookback)));
    }
    for (Map.Entry<String, List<LogLine>> e : store.logsBetween(q.from(), q.to()).entrySet()) {
      out.add(Evidence.logs(null, name(), e.getKey(), e.getValue(), q.from(), q.to(),
          "logs of " + e.getKey() + " from " + q.from() + " to " + q.to()));
    }
    return out;
  }
}
