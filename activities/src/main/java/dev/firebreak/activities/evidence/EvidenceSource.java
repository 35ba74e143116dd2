package dev.firebreak.activities.evidence;

import dev.firebreak.analysis.evidence.Evidence;
import java.util.List;

/**
 * A place evidence comes from (metrics, logs, deploys...). Implementations may be slow or fail;
 * the gatherer bounds each call with a timeout and reports a failure as "source unavailable".
 * Returned items need no ids: the gatherer assigns stable ones.
 */
public interface EvidenceSource {

  String name();

  List<Evidence> collect(EvidenceQuery query) throws Exception;
}
