package dev.firebreak.activities.hypotheses;

import dev.firebreak.activities.hypotheses.ChatCompletionsClient.Message;
import dev.firebreak.activities.hypotheses.ChatCompletionsClient.ModelUnavailable;
import dev.firebreak.activities.persistence.EvidenceStore;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.workflows.incident.EvidenceSummary;
import dev.firebreak.workflows.incident.HypothesisActivities;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the configured model for hypotheses grounded in the incident's evidence, keeps only what
 * passes {@link Grounding}, and merges it into the deterministic ranking. Whatever goes wrong (no
 * answer, unreadable answer after one repair, budget used up) the deterministic ranking stands and
 * the note says why. A retried activity reuses the answer recorded for its request id instead of
 * calling the model again.
 */
public class ModelHypotheses implements HypothesisActivities {
  private static final Logger log = LoggerFactory.getLogger(ModelHypotheses.class);
  static final int MAX_NOTE = 600;

  private final ChatCompletionsClient client;
  private final ModelSettings settings;
  private final ModelCallLog calls;
  private final EvidenceStore evidenceStore;
  private final LlmMetrics metrics;
  private final PromptBuilder prompts;
  private final Grounding grounding;

  public ModelHypotheses(ChatCompletionsClient client, ModelSettings settings, ModelCallLog calls,
      EvidenceStore evidenceStore, LlmMetrics metrics) {
    this.client = client;
    this.settings = settings;
    this.calls = calls;
    this.evidenceStore = evidenceStore;
    this.metrics = metrics;
    this.prompts = new PromptBuilder(new Redactor(settings.redactions(), List.of(settings.apiKey())),
        settings.promptTokenBudget());
    this.grounding = new Grounding(settings.unmatchedConfidenceCap());
  }

  @Override
  public Refinement refineHypotheses(RefinementRequest request) {
    List<ModelCall> earlier = calls.forRequest(request.requestId());
    ModelCall reusable = earlier.stream().filter(c -> c.outcome().equals("ok"))
        .reduce((a, b) -> b).orElse(null);
    if (reusable != null) {
      return grounded(request, reusable.response(), " (answer reused from the audit log)");
    }
    if (earlier.stream().filter(c -> c.outcome().equals("invalid_answer")).count() >= 2) {
      return fallback(request, "its answers could not be read as the JSON asked for");
    }
    String incidentId = request.facts().incidentId();
    Prompt prompt = prompts.build(request, fullEvidence(incidentId));
    List<Message> messages = new ArrayList<>(List.of(new Message("system", prompt.system()),
        new Message("user", prompt.user())));
    Instant deadline = Instant.now().plus(settings.totalTimeout());
    try {
      AuditedAttempts first = attempts(request, "hypotheses", prompt);
      String content = client.complete(messages, deadline, first).content();
      String problem = unreadable(content);
      first.settle(problem == null);
      if (problem == null) {
        return grounded(request, content, "");
      }
      messages.add(new Message("assistant", content));
      messages.add(new Message("user", "Your answer could not be read (" + problem
          + "). Reply again with only the JSON object in the shape described, nothing else."));
      AuditedAttempts repair = attempts(request, "repair", prompt);
      String repaired = client.complete(messages, deadline, repair).content();
      String stillBad = unreadable(repaired);
      repair.settle(stillBad == null);
      return stillBad == null ? grounded(request, repaired, " after one repair")
          : fallback(request, "its answer was not valid JSON, even after one repair (" + stillBad + ")");
    } catch (ModelUnavailable e) {
      return fallback(request, e.getMessage());
    }
  }

  private AuditedAttempts attempts(RefinementRequest request, String purpose, Prompt prompt) {
    return new AuditedAttempts(calls, metrics, settings, request.facts().incidentId(),
        request.requestId(), purpose, prompt.evidenceIds());
  }

  private static String unreadable(String content) {
    try {
      ModelAnswer.parse(content);
      return null;
    } catch (ModelAnswer.InvalidAnswer e) {
      return e.getMessage();
    }
  }

  private Refinement grounded(RefinementRequest request, String content, String how) {
    ModelAnswer answer;
    try {
      answer = ModelAnswer.parse(content);
    } catch (ModelAnswer.InvalidAnswer e) {
      return fallback(request, e.getMessage());
    }
    Set<String> ids = request.evidence().stream().map(EvidenceSummary::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    Grounding.Result r = grounding.apply(answer, request.ranking(), ids, request.findings());
    metrics.droppedClaims(r.dropped());
    return new Refinement(r.ranking(), settings.model(), r.dropped(), note(r, how));
  }

  private String note(Grounding.Result r, String how) {
    StringBuilder sb = new StringBuilder("Model " + settings.model() + how + ": ");
    sb.append(r.corroborated().isEmpty() ? "corroborated no deterministic hypothesis"
        : "corroborated " + String.join(", ", r.corroborated()));
    if (!r.added().isEmpty()) {
      sb.append("; added ").append(r.added().stream().map(Hypothesis::id).collect(Collectors.joining(", ")))
          .append(" (confidence capped at ").append(settings.unmatchedConfidenceCap()).append(')');
    }
    sb.append("; ").append(r.dropped()).append(r.dropped() == 1 ? " ungrounded claim" : " ungrounded claims")
        .append(" dropped");
    if (!r.nextChecks().isEmpty()) {
      sb.append(". Next checks: ").append(String.join("; ", r.nextChecks()));
    }
    return sb.length() > MAX_NOTE ? sb.substring(0, MAX_NOTE - 1) + "…" : sb.toString();
  }

  private Refinement fallback(RefinementRequest request, String why) {
    metrics.fallback();
    log.warn("model refinement for {} fell back to the deterministic ranking: {}",
        request.facts().incidentId(), why);
    return new Refinement(request.ranking(), null, 0,
        "Model " + settings.model() + " not used (" + why + "): deterministic ranking kept");
  }

  private Map<String, Evidence> fullEvidence(String incidentId) {
    if (evidenceStore == null) {
      return Map.of();
    }
    try {
      return evidenceStore.load(incidentId).stream()
          .collect(Collectors.toMap(Evidence::id, Function.identity(), (a, b) -> a));
    } catch (RuntimeException e) {
      // the summaries in the request are enough to ground on; the details only help the model
      log.warn("full evidence of {} unavailable for the prompt: {}", incidentId, e.toString());
      return Map.of();
    }
  }
}
