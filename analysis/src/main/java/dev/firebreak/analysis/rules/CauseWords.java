package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.evidence.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the words of an error say about its cause, wherever the words were read: a log pattern, the
 * text of a screenshot. Another known service named in the error points at that dependency.
 */
final class CauseWords {
  private static final Pattern SATURATION =
      Pattern.compile("pool|exhaust|too many connections|queue (is )?full|rejected|outofmemory"
          + "|out of memory|heap space|gc overhead|throttl|saturat|thread starvation");
  private static final Pattern INFRASTRUCTURE =
      Pattern.compile("no space left|disk|i/o error|read-only file system|notready|node .*(down|lost)"
          + "|kernel|filesystem|evicted|hardware");
  private static final double DEPENDENCY = 0.5;
  private static final double SATURATED = 0.35;
  private static final double INFRA = 0.45;

  private CauseWords() {}

  /**
   * @param scale how much the source of the words is worth: 1 for a log pattern that spiked, less
   *     for text that was only seen (a screenshot)
   */
  static List<CauseHint> hints(String words, String service, Set<String> knownServices, String reason,
      double scale) {
    String text = words.toLowerCase(Locale.ROOT);
    List<CauseHint> hints = new ArrayList<>();
    for (String other : knownServices) {
      if (!other.equals(service) && text.contains(other.toLowerCase(Locale.ROOT))) {
        hints.add(new CauseHint(RootCauseKind.DEPENDENCY, other, null, DEPENDENCY * scale, reason));
      }
    }
    if (SATURATION.matcher(text).find()) {
      hints.add(new CauseHint(RootCauseKind.RESOURCE_SATURATION, service, null, SATURATED * scale, reason));
    }
    if (INFRASTRUCTURE.matcher(text).find()) {
      hints.add(new CauseHint(RootCauseKind.INFRASTRUCTURE, service, null, INFRA * scale, reason));
    }
    return hints;
  }

  /** Services the evidence names: its own, and the targets of dependency metrics. */
  static Set<String> knownServices(RuleContext context) {
    Set<String> services = new TreeSet<>();
    for (Evidence e : context.evidence()) {
      if (e.service() != null && !e.service().isBlank()) {
        services.add(e.service());
      }
      String target = e.label("target");
      if (target != null) {
        services.add(target);
      }
    }
    return services;
  }
}
