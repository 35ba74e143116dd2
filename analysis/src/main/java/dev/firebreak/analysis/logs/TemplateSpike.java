package dev.firebreak.analysis.logs;

import java.util.List;

/**
 * A template whose rate rose in the incident window.
 *
 * @param template the template text, variables as {@code <*>}
 * @param incidentCount lines of this template in the incident window
 * @param baselineCount lines of this template in the baseline window
 * @param rateRatio incident rate over baseline rate (baseline smoothed by half a line, so a
 *     template new in the incident still gets a finite ratio)
 * @param firstSeenMillis timestamp of the earliest line of the template in either window
 * @param newInIncident true when the template never appeared in the baseline window
 * @param samples a few raw incident lines of the template, earliest first
 */
public record TemplateSpike(String template, long incidentCount, long baselineCount, double rateRatio,
                            long firstSeenMillis, boolean newInIncident, List<String> samples) {
}
