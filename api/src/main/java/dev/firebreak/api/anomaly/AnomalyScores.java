package dev.firebreak.api.anomaly;

import dev.firebreak.activities.support.Json;
import dev.firebreak.analysis.anomaly.Detectors;
import dev.firebreak.analysis.anomaly.Score;
import dev.firebreak.analysis.anomaly.StreamingDetector;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.MetricSeries;
import dev.firebreak.analysis.rules.MetricAnomalyRule;
import dev.firebreak.api.config.FirebreakProperties;
import dev.firebreak.api.incident.IncidentQueries;
import dev.firebreak.api.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The anomaly detector's score for every point of a stored metric series: the same detector, the
 * same settings and the same threshold the {@code metric-anomaly} rule used when it read the
 * series, run again over the stored points (the detector is deterministic, so the answer is what
 * the rule saw). Scores are not stored; a series of a few thousand points scores in milliseconds.
 */
@Service
class AnomalyScores {
  static final String DETECTOR = "standard";

  private final IncidentQueries queries;
  private final boolean enabled;

  AnomalyScores(IncidentQueries queries, FirebreakProperties props) {
    this.queries = queries;
    this.enabled = props.rules().detectors();
  }

  /**
   * @param detector which detector scored, or {@code off} when detectors are turned off
   *     ({@code firebreak.rules.detectors=false}); then there are no scores, as there were no flags
   * @param scores one per timestamp of the series, in [0, 1]
   * @param flagged the points scoring at or above {@code threshold}
   */
  record View(String evidenceId, String detector, double threshold, long[] timestamps, double[] scores,
      List<Flag> flagged) {}

  /** A flagged point: its time and value, the score, the kind of deviation and the range expected. */
  record Flag(long at, double value, double score, String feature, double expectedLow, double expectedHigh) {}

  View of(String incidentId, String evidenceId) {
    Evidence e = Json.MAPPER.convertValue(queries.evidence(incidentId, evidenceId), Evidence.class);
    MetricSeries series = e.series();
    if (series == null) {
      throw ApiException.notFound("metric series", evidenceId + " of incident " + incidentId);
    }
    if (!enabled) {
      return new View(evidenceId, "off", MetricAnomalyRule.threshold(), series.timestamps(), new double[0], List.of());
    }
    StreamingDetector detector = Detectors.standard();
    long[] ts = series.timestamps();
    double[] values = series.values();
    double[] scores = new double[ts.length];
    List<Flag> flagged = new ArrayList<>();
    for (int i = 0; i < ts.length; i++) {
      Score s = detector.update(ts[i], values[i]);
      scores[i] = s.value();
      if (s.value() >= MetricAnomalyRule.threshold()) {
        flagged.add(new Flag(ts[i], values[i], s.value(), s.feature().name().toLowerCase(Locale.ROOT),
            s.expectedLow(), s.expectedHigh()));
      }
    }
    return new View(evidenceId, DETECTOR, MetricAnomalyRule.threshold(), ts, scores, flagged);
  }
}
