package dev.firebreak.activities.vision;

import dev.firebreak.activities.hypotheses.AuditedAttempts;
import dev.firebreak.activities.hypotheses.ChatCompletionsClient;
import dev.firebreak.activities.hypotheses.ChatCompletionsClient.Message;
import dev.firebreak.activities.hypotheses.LlmMetrics;
import dev.firebreak.activities.hypotheses.ModelSettings;
import dev.firebreak.activities.hypotheses.ModelCallLog;
import dev.firebreak.activities.hypotheses.Redactor;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a screenshot to a vision model in the OpenAI chat-completions vision format (a user message
 * whose content is a text part and an {@code image_url} part holding a data URI), which the Hugging
 * Face router (Qwen2.5-VL, Llama 3.2 Vision), vLLM, Ollama and hosted APIs accept. The answer goes
 * through {@link ObservationGrounding}. The call is audited under purpose "vision" with the image
 * replaced by its size and hash, and counts against the incident's budget. A model that fails
 * leaves the screenshot with its OCR text only; nothing here throws for it.
 */
public class ScreenshotVision {
  private static final Logger log = LoggerFactory.getLogger(ScreenshotVision.class);
  static final String SYSTEM = """
      You read one screenshot attached to an incident: a dashboard, a graph, a console or an error \
      page. Report only what is visible in it. Answer with one JSON object and nothing else:
      {"observations": [{"kind": "panel_title | spike | drop | level_change | error_text",
        "panel": "the panel's title exactly as written, or null",
        "series": "the legend name of the series that changes, exactly as written, or null",
        "at": "when the change happens, as the time axis shows it, or null",
        "text": "one sentence on what you see; for error_text the error exactly as written",
        "evidenceIds": ["the screenshot's evidence id"]}]}
      Every observation must cite the screenshot's evidence id. Do not estimate values you cannot \
      read, and do not guess causes.""";

  private final ChatCompletionsClient client;
  private final ModelSettings settings;
  private final ModelCallLog calls;
  private final LlmMetrics metrics;
  private final Redactor redactor;

  public ScreenshotVision(ChatCompletionsClient client, ModelSettings settings, ModelCallLog calls,
      LlmMetrics metrics) {
    this.client = client;
    this.settings = settings;
    this.calls = calls;
    this.metrics = metrics;
    this.redactor = new Redactor(settings.redactions(), List.of(settings.apiKey()));
  }

  /** @param ocrText what Tesseract read from the image, or null when it read nothing */
  public record Screenshot(String incidentId, String evidenceId, String contentType, byte[] image,
      String ocrText) {}

  /**
   * @param model the vision model asked
   * @param observations what survived the grounding check
   * @param dropped observations the check removed
   * @param problem why there are no observations (no answer, unreadable answer), or null
   */
  public record Analysis(String model, List<Observation> observations, int dropped, String problem) {
    public Analysis {
      observations = List.copyOf(observations);
    }

    /** A line for the evidence summary and the timeline. */
    public String summary() {
      if (problem != null) {
        return "vision model " + model + " not used (" + problem + ")";
      }
      String seen = observations.isEmpty() ? "nothing it could ground"
          : String.join("; ", observations.stream().map(Observation::line).toList());
      return "observed by " + model + ": " + seen + (dropped == 0 ? "" : " (" + dropped + " ungrounded dropped)");
    }
  }

  public Analysis analyse(Screenshot s) {
    String requestId = "vision-" + s.evidenceId();
    AuditedAttempts attempts = new AuditedAttempts(calls, metrics, settings, s.incidentId(), requestId,
        "vision", List.of(s.evidenceId()));
    String ocr = s.ocrText() == null ? "(OCR read no text)" : redactor.redact(s.ocrText());
    Map<String, Object> image = new LinkedHashMap<>();
    image.put("type", "image_url");
    image.put("image_url", Map.of("url", "data:" + s.contentType() + ";base64,"
        + Base64.getEncoder().encodeToString(s.image())));
    List<Object> parts = List.of(
        Map.of("type", "text", "text", "Screenshot evidence id: " + s.evidenceId()
            + "\nText OCR read from the same image (it may contain errors):\n" + ocr),
        image);
    try {
      String answer = client.complete(List.of(new Message("system", SYSTEM), new Message("user", parts)),
          Instant.now().plus(settings.totalTimeout()), attempts).content();
      ObservationGrounding.Result r = ObservationGrounding.apply(answer, s.evidenceId(), s.ocrText());
      attempts.settle(r.kept().isEmpty() && r.dropped() > 0 ? "ungrounded" : "ok");
      metrics.droppedClaims(r.dropped());
      return new Analysis(settings.model(), r.kept(), r.dropped(), null);
    } catch (ObservationGrounding.Unreadable e) {
      attempts.settle(false);
      return new Analysis(settings.model(), List.of(), 0, "its answer could not be read: " + e.getMessage());
    } catch (ChatCompletionsClient.ModelUnavailable e) {
      log.warn("vision analysis of {} failed: {}", s.evidenceId(), e.getMessage());
      return new Analysis(settings.model(), List.of(), 0, e.getMessage());
    }
  }
}
