package dev.firebreak.activities.hypotheses;

import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.ranking.ActionKind;
import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.RootCauseKind;
import dev.firebreak.workflows.incident.EvidenceSummary;
import dev.firebreak.workflows.incident.HypothesisActivities.RefinementRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the structured prompt: the alert, the findings and the evidence with their stable ids,
 * and the answer format. When the prompt is over the token budget the largest evidence block is
 * summarised first, so a single huge log excerpt cannot crowd out the rest; every evidence id stays
 * listed, because the model may only cite what it was shown.
 */
public final class PromptBuilder {
  static final int MAX_LOG_LINES = 15;
  private static final int SHORT_SUMMARY = 160;
  private static final int MIN_SUMMARY = 40;

  private final Redactor redactor;
  private final int tokenBudget;

  public PromptBuilder(Redactor redactor, int tokenBudget) {
    this.redactor = redactor;
    this.tokenBudget = tokenBudget;
  }

  /** @param full full evidence by id where the store has it; summaries stand in otherwise */
  public Prompt build(RefinementRequest request, Map<String, Evidence> full) {
    String system = redactor.redact(system());
    String head = redactor.redact(incident(request) + findings(request.findings())
        + deterministic(request.ranking().hypotheses()));
    List<Block> blocks = new ArrayList<>();
    for (EvidenceSummary e : request.evidence()) {
      blocks.add(new Block(e, redactor.redact(header(e)), redactor.redact(detail(full.get(e.id())))));
    }
    int fixed = Prompt.estimateTokens(system) + Prompt.estimateTokens(head) + 40;
    shrinkToBudget(blocks, tokenBudget - fixed);
    String user = head + "\nEvidence (cite these ids exactly):\n"
        + blocks.stream().map(Block::text).collect(Collectors.joining())
        + "\nAnswer with the JSON object only.";
    return new Prompt(system, user, request.evidence().stream().map(EvidenceSummary::id).toList(),
        Prompt.estimateTokens(system) + Prompt.estimateTokens(user));
  }

  private static void shrinkToBudget(List<Block> blocks, int budget) {
    for (int limit : new int[] {SHORT_SUMMARY, MIN_SUMMARY}) {
      while (tokens(blocks) > budget) {
        Block largest = blocks.stream().filter(b -> b.shrinkableTo(limit))
            .max(Comparator.comparingInt(b -> b.text().length())).orElse(null);
        if (largest == null) {
          break;
        }
        largest.shrinkTo(limit);
      }
    }
  }

  private static int tokens(List<Block> blocks) {
    return blocks.stream().mapToInt(b -> Prompt.estimateTokens(b.text())).sum();
  }

  static String system() {
    String kinds = Arrays.stream(RootCauseKind.values()).map(RootCauseKind::wireName)
        .collect(Collectors.joining(", "));
    String actions = Arrays.stream(ActionKind.values()).map(a -> a.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
    return """
        You are an incident analyst. Propose root-cause hypotheses for the incident below.
        Rules: every hypothesis must cite the ids of the evidence it rests on, exactly as listed; \
        cite nothing you were not shown. Do not invent services, commits or numbers.
        Answer with one JSON object and nothing else, in this shape:
        {"hypotheses": [{"cause": "one sentence", "kind": "<kind>", "service": "<service>", \
        "confidence": 0.0-1.0, "evidenceIds": ["<id>"], "nextChecks": ["what to verify next"], \
        "actions": ["<action>"]}]}
        kind is one of: %s.
        actions are taken only from: %s.
        """.formatted(kinds, actions);
  }

  private static String incident(RefinementRequest r) {
    var f = r.facts();
    return "Incident " + f.incidentId() + " on service " + f.service() + "\nAlert: " + f.alertname()
        + " at " + f.alertTime() + "\nLabels: " + f.labels() + "\n";
  }

  private static String findings(List<Finding> findings) {
    StringBuilder sb = new StringBuilder("\nFindings of the deterministic rules:\n");
    for (Finding f : findings) {
      sb.append("- ").append(f.id()).append(" (").append(f.severity()).append(", ").append(f.service())
          .append("): ").append(f.title()).append(" [evidence: ").append(String.join(", ", f.evidenceIds()))
          .append("]\n");
    }
    return findings.isEmpty() ? sb.append("none\n").toString() : sb.toString();
  }

  private static String deterministic(List<Hypothesis> hypotheses) {
    StringBuilder sb = new StringBuilder("\nDeterministic ranking:\n");
    for (Hypothesis h : hypotheses) {
      sb.append("- ").append(h.kind().wireName()).append(" on ").append(h.service()).append(": ")
          .append(h.cause()).append(" (confidence ").append(h.confidence()).append(")\n");
    }
    return hypotheses.isEmpty() ? sb.append("none\n").toString() : sb.toString();
  }

  private static String header(EvidenceSummary e) {
    return "- [" + e.id() + "] " + e.kind() + " service=" + e.service() + " source=" + e.source() + ": ";
  }

  private static String detail(Evidence e) {
    if (e == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    if (e.deploy() != null) {
      sb.append("\n    files: ").append(String.join(", ", e.deploy().files()));
    }
    e.logs().stream().limit(MAX_LOG_LINES).forEach(l -> sb.append("\n    ").append(l.ts()).append(' ')
        .append(l.level()).append(' ').append(l.message()));
    if (e.logs().size() > MAX_LOG_LINES) {
      sb.append("\n    … ").append(e.logs().size() - MAX_LOG_LINES).append(" more lines");
    }
    return sb.toString();
  }

  /** One evidence item's lines; shortened in place when over budget, never below its header. */
  private final class Block {
    final String header;
    final String original;
    final int detailLines;
    String summary;
    String detail;
    int shrunkTo = Integer.MAX_VALUE;

    Block(EvidenceSummary e, String header, String detail) {
      this.header = header;
      this.original = redactor.redact(e.summary() == null ? "" : e.summary());
      this.summary = original;
      this.detail = detail;
      this.detailLines = detail.isEmpty() ? 0 : detail.split("\n").length - 1;
    }

    String text() {
      return header + summary + detail + "\n";
    }

    boolean shrinkableTo(int limit) {
      return shrunkTo > limit && (!detail.isEmpty() || original.length() > limit);
    }

    void shrinkTo(int limit) {
      shrunkTo = limit;
      detail = "";
      summary = original.length() > limit ? original.substring(0, limit) + "… (shortened)" : original;
      if (detailLines > 0) {
        summary += " (" + detailLines + " detail lines omitted)";
      }
    }
  }
}
