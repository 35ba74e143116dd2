package dev.firebreak.activities.hypotheses;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes secrets and configured personal data from text before it leaves for a model. The
 * built-in patterns cover credentials that show up in logs and deploy messages; emails and IP
 * addresses are removed only when configured, since they are often the very clue (a noisy client).
 */
public final class Redactor {
  static final String MARK = "[REDACTED]";

  private static final List<Pattern> SECRETS = List.of(
      Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]{8,}"),
      Pattern.compile("(?i)\\b(password|passwd|secret|token|api[_-]?key|authorization)\\b(\\s*[=:]\\s*)\\S+"),
      Pattern.compile("\\bhf_[A-Za-z0-9]{16,}\\b"),
      Pattern.compile("\\bsk-[A-Za-z0-9_-]{16,}\\b"),
      Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
      Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{20,}\\b"),
      Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));

  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern IPV4 = Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b");
  private static final Pattern IPV6 = Pattern.compile("\\b(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}\\b");

  private final List<Pattern> patterns;
  private final List<String> literals;

  /**
   * @param configured "emails", "ips", or regular expressions
   * @param secrets literal values (the API key itself) that must never be sent
   */
  public Redactor(List<String> configured, List<String> secrets) {
    List<Pattern> all = new ArrayList<>();
    for (String c : configured) {
      switch (c.trim().toLowerCase()) {
        case "emails" -> all.add(EMAIL);
        case "ips" -> {
          all.add(IPV4);
          all.add(IPV6);
        }
        default -> all.add(Pattern.compile(c));
      }
    }
    this.patterns = List.copyOf(all);
    this.literals = secrets.stream().filter(s -> s != null && s.length() >= 4).toList();
  }

  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String literal : literals) {
      out = out.replace(literal, MARK);
    }
    for (Pattern p : SECRETS) {
      // keep the key name ("password=") so the model still sees that a credential was involved
      out = p.pattern().contains("(password") ? p.matcher(out).replaceAll("$1$2" + MARK)
          : p.matcher(out).replaceAll(MARK);
    }
    for (Pattern p : patterns) {
      out = p.matcher(out).replaceAll(MARK);
    }
    return out;
  }
}
