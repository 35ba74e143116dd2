package dev.firebreak.activities.postmortem;

import dev.firebreak.activities.hypotheses.AuditedAttempts;
import dev.firebreak.activities.hypotheses.ChatCompletionsClient;
import dev.firebreak.activities.hypotheses.ChatCompletionsClient.Message;
import dev.firebreak.activities.hypotheses.LlmMetrics;
import dev.firebreak.activities.hypotheses.ModelCall;
import dev.firebreak.activities.hypotheses.ModelCallLog;
import dev.firebreak.activities.hypotheses.ModelSettings;
import dev.firebreak.activities.hypotheses.Redactor;
import dev.firebreak.activities.support.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the configured model to tell the drafted postmortem as a few sentences, then holds the
 * answer to {@link ProseCheck}: a number or name the draft does not contain rejects the whole
 * answer, and the reason is kept. The model sees the draft without its raw timeline, redacted like
 * every prompt; the call is audited under purpose "polish" and counts against the incident's
 * budget. Its deadline stays well inside the postmortem activity's minute.
 */
public class ModelPolish implements PostmortemPolish {
  private static final Logger log = LoggerFactory.getLogger(ModelPolish.class);
  static final Duration MAX_WAIT = Duration.ofSeconds(40);
  static final int MAX_CHARS = 3000;
  static final int MAX_MOMENTS = 40;
  static final String SYSTEM = """
      You turn the structured postmortem of an incident into a short narrative for engineers.
      Rules: use only facts stated in the draft. Do not add numbers, times, durations, names, \
      services, people, commits, products or causes the draft does not state, and do not speculate. \
      Keep identifiers exactly as written. Write 3 to 6 sentences of plain text: no headings, no \
      lists, no links. Answer with the narrative only.""";

  private final ChatCompletionsClient client;
  private final ModelSettings settings;
  private final ModelCallLog calls;
  private final LlmMetrics metrics;
  private final Redactor redactor;

  public ModelPolish(ChatCompletionsClient client, ModelSettings settings, ModelCallLog calls,
      LlmMetrics metrics) {
    this.client = client;
    this.settings = settings;
    this.calls = calls;
    this.metrics = metrics;
    this.redactor = new Redactor(settings.redactions(), List.of(settings.apiKey()));
  }

  static String requestId(String incidentId) {
    return "polish-" + incidentId;
  }

  @Override
  public PostmortemDraft.Narrative polish(PostmortemDraft draft) {
    String facts = redactor.redact(Json.write(forModel(draft)));
    String reference = facts + "\n" + redactor.redact(PostmortemMarkdown.render(draft));
    String requestId = requestId(draft.incidentId());
    ModelCall earlier = calls.forRequest(requestId).stream()
        .filter(c -> c.outcome().equals("ok") || c.outcome().equals("ungrounded"))
        .reduce((a, b) -> b).orElse(null);
    if (earlier != null) {
      return verdict(earlier.response(), reference);
    }
    AuditedAttempts attempts = new AuditedAttempts(calls, metrics, settings, draft.incidentId(),
        requestId, "polish", draft.rootCause().evidenceIds());
    Duration wait = settings.totalTimeout().compareTo(MAX_WAIT) < 0 ? settings.totalTimeout() : MAX_WAIT;
    try {
      String answer = client.complete(List.of(new Message("system", SYSTEM),
          new Message("user", "The drafted postmortem, as JSON:\n" + facts)), Instant.now().plus(wait),
          attempts).content();
      PostmortemDraft.Narrative n = verdict(answer, reference);
      attempts.settle(n.accepted() ? "ok" : "ungrounded");
      if (!n.accepted()) {
        log.info("polish of the postmortem of {} rejected: {}", draft.incidentId(), n.verdict());
      }
      return n;
    } catch (ChatCompletionsClient.ModelUnavailable e) {
      return new PostmortemDraft.Narrative(settings.model(), false, null, "no answer (" + e.getMessage() + ")");
    }
  }

  private PostmortemDraft.Narrative verdict(String answer, String reference) {
    String text = answer == null ? "" : answer.strip();
    if (text.length() > MAX_CHARS) {
      return new PostmortemDraft.Narrative(settings.model(), false, text,
          "it was " + text.length() + " characters long, over the " + MAX_CHARS + " allowed");
    }
    ProseCheck.Verdict v = ProseCheck.check(text, reference);
    return new PostmortemDraft.Narrative(settings.model(), v.accepted(), text, v.reason());
  }

  /** The draft without its raw timeline (the moments say the same) and without a past narrative. */
  static PostmortemDraft forModel(PostmortemDraft d) {
    List<PostmortemDraft.KnownAt> moments = d.whatWeKnewWhen().size() > MAX_MOMENTS
        ? d.whatWeKnewWhen().subList(0, MAX_MOMENTS) : d.whatWeKnewWhen();
    return new PostmortemDraft(d.incidentId(), d.title(), d.service(), d.severity(), d.summary(),
        d.startedAt(), d.resolvedAt(), d.durationMinutes(), d.minutesToAcknowledge(), d.minutesToMitigate(),
        d.minutesToFirstHypothesis(), d.alertsInvolved(), d.alerts(), d.rootCause(), d.contributingFactors(),
        d.actionsTaken(), d.followUps(), moments, d.similarIncidents(), List.of(), null);
  }
}
