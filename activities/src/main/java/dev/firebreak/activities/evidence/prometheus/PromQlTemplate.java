package dev.firebreak.activities.evidence.prometheus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PromQL expression with placeholders, checked when it is configured so a typo stops the start
 * instead of silently yielding no evidence during an incident.
 *
 * <p>Placeholders: {@code {{labels.NAME}}} is the alert label NAME, escaped for use inside a
 * double-quoted PromQL string; {@code {{selector}}} is the label matchers that pick the alerting
 * service's series (e.g. {@code service="checkout",namespace="shop"}); {@code {{by}}} is the
 * names of those labels, for {@code sum by ({{by}})}.
 */
public final class PromQlTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private final String text;
  private final List<String> labelsUsed;

  private PromQlTemplate(String text, List<String> labelsUsed) {
    this.text = text;
    this.labelsUsed = List.copyOf(labelsUsed);
  }

  /** Parses a template; the message of the exception says what is wrong with it. */
  public static PromQlTemplate parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty PromQL template");
    }
    List<String> labels = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      if (name.startsWith("labels.")) {
        String label = name.substring("labels.".length());
        if (!LABEL_NAME.matcher(label).matches()) {
          throw new IllegalArgumentException("placeholder {{" + name + "}}: '" + label
              + "' is not a Prometheus label name");
        }
        labels.add(label);
      } else if (!name.equals("selector") && !name.equals("by")) {
        throw new IllegalArgumentException("unknown placeholder {{" + name
            + "}} (known: {{labels.NAME}}, {{selector}}, {{by}})");
      }
    }
    String bare = m.replaceAll("x");
    if (bare.contains("{{") || bare.contains("}}")) {
      throw new IllegalArgumentException("unbalanced placeholder braces in '" + text + "'");
    }
    checkBrackets(bare);
    return new PromQlTemplate(text, labels);
  }

  /**
   * The expression for one alert, or empty when the alert lacks a label the template uses
   * (querying with an empty matcher would select every service's series).
   */
  public Optional<String> render(Map<String, String> labels, Selector selector) {
    for (String label : labelsUsed) {
      String v = labels.get(label);
      if (v == null || v.isEmpty()) {
        return Optional.empty();
      }
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = switch (name) {
        case "selector" -> selector.matchers();
        case "by" -> selector.by();
        default -> escape(labels.get(name.substring("labels.".length())));
      };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return Optional.of(out.toString());
  }

  public String text() {
    return text;
  }

  /** Escapes a label value for a double-quoted PromQL string, so a value cannot alter the query. */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** Brackets must pair up outside string literals; Prometheus itself checks the rest. */
  private static void checkBrackets(String expr) {
    StringBuilder stack = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < expr.length(); i++) {
      char c = expr.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      switch (c) {
        case '"', '\'', '`' -> quote = c;
        case '(', '[', '{' -> stack.append(c);
        case ')', ']', '}' -> {
          char open = c == ')' ? '(' : c == ']' ? '[' : '{';
          if (stack.isEmpty() || stack.charAt(stack.length() - 1) != open) {
            throw new IllegalArgumentException("unmatched '" + c + "' at offset " + i);
          }
          stack.setLength(stack.length() - 1);
        }
        default -> { }
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unterminated string literal");
    }
    if (!stack.isEmpty()) {
      throw new IllegalArgumentException("unclosed '" + stack.charAt(stack.length() - 1) + "'");
    }
  }
}
