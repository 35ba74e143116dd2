package dev.firebreak.activities.postmortem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grounding rule for prose: a model may rephrase the draft, never add to it. Every number,
 * identifier and name in the prose must already be in the draft, or the prose is rejected whole.
 *
 * <ul>
 *   <li>a token with a digit ({@code 42}, {@code 1.8s}, {@code a39bf2c}, {@code 10:24}) must occur
 *       in the draft as a token of its own — a figure ({@code 1.8} of {@code 1.8s}), or a date or
 *       time of one of the draft's instants ({@code 2026-03-01}, {@code 10:24}); number words
 *       ("seven") count as their digits;
 *   <li>an identifier ({@code payments-api}, {@code db.internal}, {@code pool_size}) must occur in
 *       the draft; a hyphenated word passes when each part is a word of the draft or a common word;
 *   <li>a capitalised word inside a sentence, or an all-capitals word anywhere, is a name and must
 *       occur in the draft (in any case); a capitalised first word of a sentence passes when the
 *       draft has it or it is a common English word.
 * </ul>
 *
 * Lower-case plain words are not checked: the rule catches invented facts (figures, services,
 * commits, people, products), not changes of wording. It is deliberately strict — a false
 * rejection costs only the polish, the draft stands either way.
 */
final class ProseCheck {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}._/:'-]*[\\p{L}\\p{N}])?");
  private static final Pattern DIGIT = Pattern.compile("\\p{N}");
  private static final Pattern INSTANT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})t((\\d{2}:\\d{2})(:\\d{2})?)(\\.\\d+)?z?");
  private static final Pattern WITH_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)[a-z]+");
  private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
      Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
      Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
      Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
      Map.entry("fifteen", "15"), Map.entry("twenty", "20"), Map.entry("thirty", "30"),
      Map.entry("forty", "40"), Map.entry("fifty", "50"), Map.entry("sixty", "60"),
      Map.entry("hundred", "100"), Map.entry("thousand", "1000"), Map.entry("twice", "2"));
  /** Words that may open a sentence or form part of a hyphenated word without being a fact. */
  private static final Set<String> COMMON = Set.of(
      "a", "an", "the", "this", "that", "these", "those", "it", "its", "they", "their", "we", "our",
      "there", "here", "at", "after", "before", "during", "when", "while", "within", "once", "then",
      "next", "later", "finally", "first", "initially", "meanwhile", "soon", "shortly", "in", "on",
      "of", "by", "for", "from", "to", "with", "without", "as", "because", "since", "although",
      "however", "so", "thus", "overall", "both", "all", "each", "every", "no", "none", "nobody",
      "responders", "firebreak", "triage", "evidence", "based", "about", "around", "over", "under",
      "up", "down", "out", "call", "follow", "root", "cause", "time", "roll", "back", "rolled",
      "not", "only", "also", "and", "or", "but", "if", "is", "was", "were", "be", "been", "one",
      "two", "who", "what", "which", "where", "how", "why", "approximately", "roughly", "nearly",
      "didn", "wasn", "weren", "isn", "hadn", "couldn", "he", "she", "his", "her", "him", "them",
      "i", "you", "someone", "everyone", "nothing");

  private ProseCheck() {}

  /** @param unsupported what the prose says that the draft does not, in order of appearance */
  record Verdict(boolean accepted, List<String> unsupported, String reason) {}

  static Verdict check(String prose, String draft) {
    if (prose == null || prose.isBlank()) {
      return new Verdict(false, List.of(), "the answer was empty");
    }
    Reference ref = new Reference(draft);
    Set<String> unsupported = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(prose);
    while (m.find()) {
      String token = m.group();
      if (!ref.supports(token, sentenceStart(prose, m.start()))) {
        unsupported.add(token);
      }
    }
    if (unsupported.isEmpty()) {
      return new Verdict(true, List.of(), "every number and name in it appears in the draft");
    }
    List<String> shown = new ArrayList<>(unsupported).subList(0, Math.min(8, unsupported.size()));
    return new Verdict(false, List.copyOf(unsupported), "it introduced "
        + String.join(", ", shown.stream().map(s -> "\"" + s + "\"").toList())
        + (unsupported.size() > shown.size() ? " and " + (unsupported.size() - shown.size()) + " more" : "")
        + ", not in the draft");
  }

  private static boolean sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '"' || c == '(' || c == '\'' || c == '*' || c == '_') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
    }
    return true;
  }

  /** The draft's vocabulary in lower case: whole tokens (with the figures and times inside them) and plain words. */
  private static final class Reference {
    final Set<String> tokens = new LinkedHashSet<>();
    final Set<String> words = new LinkedHashSet<>();

    Reference(String draft) {
      String text = draft == null ? "" : draft;
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        String t = lower(m.group());
        tokens.add(t);
        Matcher instant = INSTANT.matcher(t);
        if (instant.matches()) {
          tokens.add(instant.group(1));
          tokens.add(instant.group(2));
          tokens.add(instant.group(3));
        }
        Matcher unit = WITH_UNIT.matcher(t);
        if (unit.matches()) {
          tokens.add(unit.group(1));
        }
      }
      for (String w : text.split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) {
          words.add(lower(w));
        }
      }
    }

    boolean supports(String token, boolean startsSentence) {
      String low = lower(token);
      if (tokens.contains(low) || tokens.contains(stripPossessive(low))) {
        return true;
      }
      if (DIGIT.matcher(token).find()) {
        Matcher unit = WITH_UNIT.matcher(low);
        return unit.matches() && tokens.contains(unit.group(1));
      }
      String numberWord = NUMBER_WORDS.get(low);
      if (numberWord != null) {
        return tokens.contains(numberWord);
      }
      if (token.chars().anyMatch(c -> c == '_' || c == '/' || c == '.' || c == ':')) {
        return false;
      }
      if (token.indexOf('-') > 0) {
        boolean plain = token.equals(low);
        for (String part : low.split("-")) {
          if (!words.contains(part) && !(plain && COMMON.contains(part))) {
            return false;
          }
        }
        return true;
      }
      String word = low.contains("'") ? low.substring(0, low.indexOf('\'')) : low;
      boolean allCaps = word.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT));
      boolean capitalised = Character.isUpperCase(token.codePointAt(0));
      if (allCaps || (capitalised && !startsSentence)) {
        return words.contains(word);
      }
      if (capitalised) {
        return words.contains(word) || COMMON.contains(word);
      }
      return true;
    }

    private static String stripPossessive(String s) {
      return s.endsWith("'s") ? s.substring(0, s.length() - 2) : s;
    }

    private static String lower(String s) {
      return s.toLowerCase(Locale.ROOT);
    }
  }
}
