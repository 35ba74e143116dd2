package dev.firebreak.activities.hypotheses;

import java.util.List;

/** The audit of model calls; also what makes a retried refinement reuse an answer it already paid for. */
public interface ModelCallLog {

  void record(ModelCall call);

  /** Every call made for this request id, oldest first. */
  List<ModelCall> forRequest(String requestId);

  /** Calls and tokens (in + out) this incident has used so far, across all purposes. */
  Usage usage(String incidentId);

  record Usage(int calls, int tokens) {}
}
