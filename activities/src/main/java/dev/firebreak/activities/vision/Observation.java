package dev.firebreak.activities.vision;

import java.util.List;

/**
 * One thing a vision model saw in a screenshot, after {@link ObservationGrounding}: it cites the
 * screenshot's evidence id, and says whether its names, figures and error text are also in the
 * text OCR read from the same image ({@code ocr}) or rest on the model alone ({@code model-only}).
 *
 * @param kind panel_title, spike, drop, level_change or error_text
 * @param panel the panel's title as written on the image, or null
 * @param series the series (legend entry) the change is in, or null
 * @param at when the change happens, as the axis shows it, or null
 * @param text one sentence; for error_text the error as written
 * @param support "ocr" or "model-only"
 * @param unsupported the fields whose words or figures OCR did not find
 */
public record Observation(String kind, String panel, String series, String at, String text,
    List<String> evidenceIds, String support, List<String> unsupported) {

  public static final String OCR = "ocr";
  public static final String MODEL_ONLY = "model-only";

  public Observation {
    evidenceIds = List.copyOf(evidenceIds);
    unsupported = unsupported == null ? List.of() : List.copyOf(unsupported);
  }

  /** One line for the evidence summary: "[ocr] spike in "p99 latency" (checkout) at 10:24: …". */
  public String line() {
    StringBuilder sb = new StringBuilder("[").append(support).append("] ").append(kind.replace('_', ' '));
    if (panel != null) {
      sb.append(kind.equals("panel_title") ? " \"" : " in \"").append(panel).append('"');
    }
    if (series != null) {
      sb.append(" (").append(series).append(')');
    }
    if (at != null) {
      sb.append(" at ").append(at);
    }
    if (text != null) {
      sb.append(": ").append(text);
    }
    return sb.toString();
  }
}
