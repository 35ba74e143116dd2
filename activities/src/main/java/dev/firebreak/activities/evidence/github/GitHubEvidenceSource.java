package dev.firebreak.activities.evidence.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.evidence.EvidenceQuery;
import dev.firebreak.activities.evidence.EvidenceSource;
import dev.firebreak.activities.evidence.github.GitHubClient.GitHubUnavailable;
import dev.firebreak.analysis.evidence.Deploy;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys from GitHub: pull requests merged and deployments created from the deploy look-back
 * before the alert to the end of the window, for each configured repository (the alerting
 * service's first). A merged pull request is a DEPLOY item with its merge commit (7-character
 * short sha), author, title and changed files; a deployment is one with the deployed sha, its
 * creator and environment, and the files of the pull request that produced that sha when one is
 * in the window (the pull request then is not listed separately).
 *
 * <p>Failure policy as for Git: the alerting service's repository failing (rate limit, token,
 * 404, timeout) makes the source unavailable; another service's is logged and left out.
 */
public class GitHubEvidenceSource implements EvidenceSource {
  private static final Logger log = LoggerFactory.getLogger(GitHubEvidenceSource.class);
  static final int SHORT_SHA = 7;

  private final GitHubSettings settings;
  private final GitHubClient client;

  public GitHubEvidenceSource(GitHubSettings settings) {
    this(settings, new GitHubClient(settings.apiUrl(), settings.token(), settings.timeout()));
  }

  GitHubEvidenceSource(GitHubSettings settings, GitHubClient client) {
    this.settings = settings;
    this.client = client;
  }

  @Override
  public String name() {
    return "github";
  }

  @Override
  public List<Evidence> collect(EvidenceQuery q) throws GitHubUnavailable {
    Instant from = q.alertTime().minus(settings.lookback());
    Instant to = q.to().isBefore(q.alertTime()) ? q.alertTime() : q.to();
    List<Map.Entry<String, String>> repos = new ArrayList<>(settings.repositories().entrySet());
    repos.sort(Comparator.comparing((Map.Entry<String, String> e) -> !e.getKey().equals(q.service()))
        .thenComparing(Map.Entry::getKey));
    List<Evidence> out = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> repo : repos) {
      try {
        out.addAll(deploys(repo.getKey(), repo.getValue(), from, to));
      } catch (GitHubUnavailable e) {
        String reason = "repository " + repo.getValue() + " of " + repo.getKey() + ": " + e.getMessage();
        log.warn("github: {}", reason);
        if (repo.getKey().equals(q.service())) {
          throw new GitHubUnavailable(reason, e);
        }
        failures.add(reason);
      }
    }
    if (!repos.isEmpty() && failures.size() == repos.size()) {
      throw new GitHubUnavailable(String.join("; ", failures), null);
    }
    return out;
  }

  private record Pull(int number, String title, String author, Instant mergedAt, String sha,
      String base, List<String> files, int added, int deleted, boolean moreFiles) {}

  List<Evidence> deploys(String service, String repo, Instant from, Instant to)
      throws GitHubUnavailable {
    Map<String, Pull> pullsBySha = new HashMap<>();
    List<Pull> pulls = new ArrayList<>();
    if (settings.pullRequests()) {
      HttpUrl url = client.url("repos/" + repo + "/pulls", "state", "closed", "sort", "updated",
          "direction", "desc", "per_page", "100");
      // sorted by last update: once an item was last updated before the window, so were the rest
      for (JsonNode pr : client.list(url, settings.maxPages(), p -> isBefore(p, "updated_at", from))) {
        Instant merged = time(pr, "merged_at");
        if (merged == null || merged.isBefore(from) || merged.isAfter(to)) {
          continue;
        }
        Pull pull = withFiles(repo, pr, merged);
        pulls.add(pull);
        if (pull.sha() != null) {
          pullsBySha.put(pull.sha(), pull);
        }
      }
    }
    List<Evidence> out = new ArrayList<>();
    if (settings.deployments()) {
      HttpUrl url = settings.environment() == null
          ? client.url("repos/" + repo + "/deployments", "per_page", "100")
          : client.url("repos/" + repo + "/deployments", "environment", settings.environment(),
              "per_page", "100");
      String query = "GET /repos/" + repo + "/deployments"
          + (settings.environment() == null ? "" : "?environment=" + settings.environment())
          + " created from " + from + " to " + to;
      // newest first
      for (JsonNode d : client.list(url, settings.maxPages(), x -> isBefore(x, "created_at", from))) {
        Instant created = time(d, "created_at");
        if (created == null || created.isBefore(from) || created.isAfter(to)) {
          continue;
        }
        out.add(deployment(service, d, created, pullsBySha.remove(d.path("sha").asText()), query));
      }
    }
    String query = "GET /repos/" + repo + "/pulls?state=closed merged from " + from + " to " + to;
    for (Pull p : pulls) {
      if (p.sha() == null || pullsBySha.containsKey(p.sha())) { // else shown with its deployment
        out.add(pullRequest(service, p, query));
      }
    }
    out.sort(Comparator.comparing((Evidence e) -> e.deploy().ts()).reversed());
    return out;
  }

  private Pull withFiles(String repo, JsonNode pr, Instant merged) throws GitHubUnavailable {
    int number = pr.path("number").asInt();
    GitHubClient.Page page = client.page(client.url("repos/" + repo + "/pulls/" + number + "/files",
        "per_page", "100"));
    List<String> files = new ArrayList<>();
    int added = 0;
    int deleted = 0;
    for (JsonNode f : page.items()) {
      files.add(f.path("filename").asText());
      added += f.path("additions").asInt();
      deleted += f.path("deletions").asInt();
    }
    String sha = pr.hasNonNull("merge_commit_sha") ? pr.get("merge_commit_sha").asText() : null;
    return new Pull(number, pr.path("title").asText(), pr.at("/user/login").asText(), merged, sha,
        pr.at("/base/ref").asText(), files, added, deleted, page.next() != null);
  }

  private Evidence pullRequest(String service, Pull p, String query) {
    Deploy deploy = new Deploy(p.mergedAt(), service, shortSha(p.sha()), p.author(), p.title(),
        p.files());
    String notes = "pull request #" + p.number() + " merged into " + p.base() + "; " + stat(p);
    return evidence(deploy, notes, query);
  }

  private Evidence deployment(String service, JsonNode d, Instant created, Pull pull, String query) {
    String description = d.path("description").asText("");
    String message = pull != null ? pull.title()
        : !description.isBlank() ? description
        : "deploy " + d.path("ref").asText() + " to " + d.path("environment").asText();
    Deploy deploy = new Deploy(created, service, shortSha(d.path("sha").asText()),
        d.at("/creator/login").asText(""), message, pull == null ? List.of() : pull.files());
    String notes = "deployment " + d.path("id").asText() + " of " + d.path("ref").asText() + " to "
        + d.path("environment").asText()
        + (pull == null ? "" : "; pull request #" + pull.number() + "; " + stat(pull));
    return evidence(deploy, notes, query);
  }

  private Evidence evidence(Deploy deploy, String notes, String query) {
    String summary = Evidence.deploy(null, name(), deploy, query).summary() + " [" + notes + "]";
    return new Evidence(null, EvidenceKind.DEPLOY, name(), deploy.service(), summary, deploy.ts(),
        deploy.ts(), query, null, null, deploy);
  }

  private static String stat(Pull p) {
    int n = p.files().size();
    return (p.moreFiles() ? "more than " + n : String.valueOf(n)) + (n == 1 ? " file" : " files")
        + " changed, +" + p.added() + " -" + p.deleted();
  }

  private static String shortSha(String sha) {
    return sha == null ? "" : sha.length() > SHORT_SHA ? sha.substring(0, SHORT_SHA) : sha;
  }

  private static boolean isBefore(JsonNode item, String field, Instant from) {
    Instant t = time(item, field);
    return t != null && t.isBefore(from);
  }

  private static Instant time(JsonNode item, String field) {
    JsonNode v = item.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      return Instant.parse(v.asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
