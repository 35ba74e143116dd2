package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.evidence.LogLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Error text a screenshot shows (as OCR read it): a responder's dashboard or error page is
 * evidence with no model at all. When the logs gathered for the incident carry the same error, the
 * two corroborate each other and the finding cites both; the words hint at a cause as a log
 * pattern's do, but count for less, since a screenshot shows what someone chose to capture, not
 * how often it happened.
 */
public final class ScreenshotTextRule implements Rule {
  private static final Pattern ERROR_TEXT = Pattern.compile(
      "error|exception|fail|timed? ?out|refused|unavailable|denied|unreachable|exhaust|panic|killed"
          + "|out of memory|no space|\\b5\\d\\d\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[^a-z]+");
  /** A screenshot's error line "is" a log message when this share of its words are in the message. */
  static final double SAME_ERROR = 0.6;
  /** Fewer words than this say too little to match a log message on. */
  static final int MIN_WORDS = 3;
  private static final double SCALE = 0.6;
  private static final int MAX_LOG_MESSAGES = 2_000;

  @Override
  public String name() {
    return "screenshot-text";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    FindingIds ids = new FindingIds(name());
    Set<String> known = CauseWords.knownServices(context);
    List<Finding> findings = new ArrayList<>();
    for (Evidence shot : context.evidenceOf(EvidenceKind.SCREENSHOT)) {
      List<String> errors = shot.logs().stream().map(LogLine::message)
          .filter(line -> line != null && ERROR_TEXT.matcher(line).find()).map(String::strip).toList();
      if (errors.isEmpty()) {
        continue;
      }
      Set<String> cited = new LinkedHashSet<>(List.of(shot.id()));
      String corroborating = null;
      String shown = errors.get(0);
      for (Evidence logs : context.evidenceOf(EvidenceKind.LOGS)) {
        String shared = sharedError(errors, logs);
        if (shared != null) {
          cited.add(logs.id());
          if (corroborating == null) {
            corroborating = logs.service();
            shown = shared; // the line the logs confirm says more than a panel's title
          }
        }
      }
      String title = "Screenshot " + shot.id() + " shows `" + shown + "`"
          + (corroborating == null ? "" : ", an error the logs of " + corroborating + " carry too");
      findings.add(new Finding(ids.next(), name(),
          corroborating == null ? FindingSeverity.LOW : FindingSeverity.MEDIUM, title,
          String.join("\n", errors), shot.service(), List.copyOf(cited),
          CauseWords.hints(String.join("\n", errors), shot.service(), known, "screenshot text " + shown, SCALE)));
    }
    return findings;
  }

  /** The first shown error line that one of the logs' error messages carries, or null. */
  private static String sharedError(List<String> shownErrors, Evidence logs) {
    List<Set<String>> messages = logs.logs().stream().filter(LogLine::isErrorOrWarning).map(LogLine::message)
        .distinct().limit(MAX_LOG_MESSAGES).map(ScreenshotTextRule::words).toList();
    for (String shown : shownErrors) {
      Set<String> words = words(shown);
      if (words.size() < MIN_WORDS) {
        continue;
      }
      for (Set<String> message : messages) {
        long common = words.stream().filter(message::contains).count();
        if (common >= MIN_WORDS && common >= SAME_ERROR * words.size()) {
          return shown;
        }
      }
    }
    return null;
  }

  /** Letters-only words of three or more: numbers and ids differ between a capture and a log line. */
  static Set<String> words(String text) {
    return Arrays.stream(WORD.split(text.toLowerCase(Locale.ROOT)))
        .filter(w -> w.length() >= 3).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
