package dev.firebreak.activities.vision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grounding rule for what a vision model says about a screenshot. The answer must be one JSON
 * object with an {@code observations} array. An observation is dropped when its kind is not in
 * the vocabulary, it has nothing to say, or it does not cite the screenshot's evidence id (and only
 * that id: the model saw nothing else). What survives is checked against the OCR text of the same
 * image: the panel title, series, time and any figure must be found there — words allowing for OCR
 * slips (three in four), figures exactly — and an error text must be found word for word the same
 * way. Anything OCR does not confirm is kept but marked model-only, so a reader knows which
 * observations two independent readings agree on.
 */
final class ObservationGrounding {
  static final Set<String> KINDS = Set.of("panel_title", "spike", "drop", "level_change", "error_text");
  static final int MAX_OBSERVATIONS = 12;
  static final int MAX_FIELD = 300;
  private static final double WORDS_FOUND = 0.75;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,:][\\p{N}]+)*");
  private static final Pattern FIGURE = Pattern.compile("\\p{N}+(?:[.,:]\\p{N}+)*");

  private ObservationGrounding() {}

  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  record Result(List<Observation> kept, int dropped) {}

  static Result apply(String answer, String evidenceId, String ocrText) throws Unreadable {
    JsonNode list = observations(answer);
    Set<String> ocr = words(ocrText);
    List<Observation> kept = new ArrayList<>();
    int dropped = 0;
    for (JsonNode o : list) {
      Observation grounded = ground(o, evidenceId, ocr, ocrText != null);
      if (grounded == null || kept.size() >= MAX_OBSERVATIONS) {
        dropped++;
      } else {
        kept.add(grounded);
      }
    }
    return new Result(kept, dropped);
  }

  private static JsonNode observations(String answer) throws Unreadable {
    if (answer == null || answer.isBlank()) {
      throw new Unreadable("the answer was empty");
    }
    String s = answer.strip();
    if (s.startsWith("```") && s.endsWith("```") && s.length() > 6) {
      s = s.substring(3, s.length() - 3);
      s = s.startsWith("json") ? s.substring(4) : s;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(s);
    } catch (JsonProcessingException e) {
      throw new Unreadable("not JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new Unreadable("not JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject() || !root.path("observations").isArray()) {
      throw new Unreadable("the answer is not an object with an \"observations\" array");
    }
    return root.get("observations");
  }

  private static Observation ground(JsonNode o, String evidenceId, Set<String> ocr, boolean haveOcr) {
    String kind = field(o, "kind");
    if (kind == null || !KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
      return null;
    }
    kind = kind.toLowerCase(Locale.ROOT);
    JsonNode ids = o.get("evidenceIds");
    if (ids == null || !ids.isArray() || ids.isEmpty()) {
      return null;
    }
    for (JsonNode id : ids) {
      if (!id.isTextual() || !id.asText().strip().equals(evidenceId)) {
        return null;
      }
    }
    String panel = field(o, "panel");
    String series = field(o, "series");
    String at = field(o, "at");
    String text = field(o, "text");
    if (panel == null && text == null || kind.equals("error_text") && text == null) {
      return null;
    }
    List<String> unsupported = new ArrayList<>();
    if (!haveOcr) {
      unsupported.add("ocr text unavailable");
    } else {
      check("panel", panel, ocr, true, unsupported);
      check("series", series, ocr, true, unsupported);
      check("at", at, ocr, true, unsupported);
      // a description ("rises sharply") is the model's wording; its figures and an error's words are facts
      check("text", text, ocr, kind.equals("error_text"), unsupported);
    }
    return new Observation(kind, panel, series, at, text, List.of(evidenceId),
        unsupported.isEmpty() ? Observation.OCR : Observation.MODEL_ONLY, unsupported);
  }

  private static void check(String name, String value, Set<String> ocr, boolean words, List<String> unsupported) {
    if (value == null) {
      return;
    }
    Matcher f = FIGURE.matcher(value);
    while (f.find()) {
      if (!ocr.contains(f.group())) {
        unsupported.add(name);
        return;
      }
    }
    if (words) {
      Set<String> mine = words(value);
      long found = mine.stream().filter(ocr::contains).count();
      if (!mine.isEmpty() && found < Math.ceil(mine.size() * WORDS_FOUND)) {
        unsupported.add(name);
      }
    }
  }

  private static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
      // "12.5%" on the image may come back "12.5" or "12,5": both figures count
      out.add(m.group().replace(',', '.'));
    }
    Matcher f = FIGURE.matcher(text);
    while (f.find()) {
      out.add(f.group());
    }
    return out;
  }

  private static String field(JsonNode o, String name) {
    JsonNode v = o.get(name);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      return null;
    }
    String s = v.asText().strip().replaceAll("\\s+", " ");
    return s.length() > MAX_FIELD ? s.substring(0, MAX_FIELD) + "…" : s;
  }
}
