package dev.firebreak.activities.hypotheses;

import java.util.ArrayList;
import java.util.List;

/** The audit log as a list, for tests. */
public final class InMemoryModelCallLog implements ModelCallLog {
  public final List<ModelCall> calls = new ArrayList<>();

  @Override
  public synchronized void record(ModelCall call) {
    calls.add(call);
  }

  @Override
  public synchronized List<ModelCall> forRequest(String requestId) {
    return calls.stream().filter(c -> c.requestId().equals(requestId)).toList();
  }

  @Override
  public synchronized Usage usage(String incidentId) {
    List<ModelCall> mine = calls.stream().filter(c -> c.incidentId().equals(incidentId)).toList();
    return new Usage(mine.size(), mine.stream().mapToInt(c -> c.tokensIn() + c.tokensOut()).sum());
  }

  public List<String> outcomes() {
    return calls.stream().map(ModelCall::outcome).toList();
  }
}
