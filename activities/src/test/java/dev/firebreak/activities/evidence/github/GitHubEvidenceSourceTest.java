package dev.firebreak.activities.evidence.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.activities.evidence.EvidenceGatherer;
import dev.firebreak.activities.evidence.EvidenceQuery;
import dev.firebreak.activities.persistence.EvidenceStore;
import dev.firebreak.analysis.evidence.Deploy;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.workflows.incident.EvidenceActivities.GatherRequest;
import dev.firebreak.workflows.incident.EvidenceActivities.GatherResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** Against MockWebServer serving GitHub's documented payloads (test resources under github/). */
class GitHubEvidenceSourceTest {
  static final Instant ALERT = Instant.parse("2026-03-01T10:00:00Z");
  static final String TOKEN = "ghp_16C7e42F292c6912E7710c838347Ae178B4a";

  final MockWebServer server = new MockWebServer();
  final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static String resource(String name) {
    try (InputStream in = GitHubEvidenceSourceTest.class.getResourceAsStream("/github/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("no test resource github/" + name, e);
    }
  }

  static MockResponse json(String body, String... headers) {
    MockResponse.Builder b = new MockResponse.Builder().code(200)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .addHeader("X-RateLimit-Limit", "5000").addHeader("X-RateLimit-Remaining", "4987")
        .addHeader("X-RateLimit-Reset", "1772360000");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.addHeader(headers[i], headers[i + 1]);
    }
    return b.body(body).build();
  }

  /** The repository shop/orders as GitHub pages it. */
  void serveTheRepository() {
    String page2 = server.url("/repositories/1300192/pulls?state=closed&sort=updated&direction=desc&per_page=100&page=2").toString();
    String page3 = server.url("/repositories/1300192/pulls?state=closed&sort=updated&direction=desc&per_page=100&page=3").toString();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        requests.add(r);
        String path = r.getUrl().encodedPath();
        String page = r.getUrl().queryParameter("page");
        return switch (path) {
          case "/repos/shop/orders/pulls" -> json(resource("pulls-page1.json"),
              "Link", "<" + page2 + ">; rel=\"next\", <" + page3 + ">; rel=\"last\"");
          case "/repositories/1300192/pulls" -> "2".equals(page)
              ? json(resource("pulls-page2.json"), "Link", "<" + page3 + ">; rel=\"next\"")
              : new MockResponse.Builder().code(500).body("page 3 must not be asked").build();
          case "/repos/shop/orders/pulls/1347/files" -> json(resource("pull-1347-files.json"));
          case "/repos/shop/orders/pulls/1345/files" -> json(resource("pull-1345-files.json"));
          case "/repos/shop/orders/pulls/1344/files" -> json(resource("pull-1344-files.json"));
          case "/repos/shop/orders/deployments" -> json(resource("deployments.json"));
          default -> new MockResponse.Builder().code(404)
              .body("{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"404\"}")
              .build();
        };
      }
    });
  }

  GitHubEvidenceSource source(Map<String, String> repositories) {
    return new GitHubEvidenceSource(new GitHubSettings(server.url("/").toString(), TOKEN,
        Duration.ofSeconds(5), repositories, Duration.ofHours(2), null, 10, true, true));
  }

  static EvidenceQuery query(String service) {
    return new EvidenceQuery("inc-1", service, ALERT, ALERT.minus(Duration.ofMinutes(60)),
        ALERT.plus(Duration.ofMinutes(15)), Map.of("service", service));
  }

  @Test
  void mergedPullRequestsAndDeploymentsInTheLookBackBecomeDeploys() throws Exception {
    serveTheRepository();

    List<Evidence> items = source(Map.of("orders", "shop/orders")).collect(query("orders"));

    assertThat(items).extracting(Evidence::summary).containsExactly(
        "deploy e5bd391 to orders by deploy-bot: Batch order writes [deployment 1300000002 of main"
            + " to production; pull request #1347; 2 files changed, +84 -12]",
        "deploy c0ffee1 to orders by bob: Raise the connection pool to 40 [pull request #1345"
            + " merged into main; 1 file changed, +1 -1]",
        "deploy 0a1b2c3 to orders by carol: Log slow queries [pull request #1344 merged into main;"
            + " 1 file changed, +5 -0]");
    Deploy deployed = items.get(0).deploy();
    assertThat(deployed.ts()).isEqualTo(Instant.parse("2026-03-01T09:55:00Z"));
    assertThat(deployed.commit()).isEqualTo("e5bd391");
    assertThat(deployed.files()).containsExactly("src/main/java/shop/orders/OrderWriter.java",
        "src/test/java/shop/orders/OrderWriterTest.java");
    assertThat(items.get(1).deploy().isConfigOnly()).isTrue();
    assertThat(items).allSatisfy(e -> {
      assertThat(e.source()).isEqualTo("github");
      assertThat(e.service()).isEqualTo("orders");
    });

    List<String> asked = new ArrayList<>();
    for (RecordedRequest r : requests) {
      asked.add(r.getUrl().encodedPath() + (r.getUrl().queryParameter("page") == null ? ""
          : "?page=" + r.getUrl().queryParameter("page")));
      assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
      assertThat(r.getHeaders().get("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
      assertThat(r.getHeaders().get("Accept")).isEqualTo("application/vnd.github+json");
    }
    // page 2 holds a pull request last updated before the window: no page 3
    assertThat(asked).containsExactly("/repos/shop/orders/pulls", "/repositories/1300192/pulls?page=2",
        "/repos/shop/orders/pulls/1347/files", "/repos/shop/orders/pulls/1345/files",
        "/repos/shop/orders/pulls/1344/files", "/repos/shop/orders/deployments");
    assertThat(requests.get(0).getUrl().query())
        .isEqualTo("state=closed&sort=updated&direction=desc&per_page=100");
  }

  @Test
  void anExhaustedRateLimitMakesTheSourceUnavailableSayingWhenItResets() {
    server.enqueue(new MockResponse.Builder().code(403)
        .addHeader("X-RateLimit-Limit", "5000").addHeader("X-RateLimit-Remaining", "0")
        .addHeader("X-RateLimit-Used", "5000").addHeader("X-RateLimit-Reset", "1772360000")
        .body("{\"message\":\"API rate limit exceeded for user ID 1.\",\"documentation_url\":"
            + "\"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api\"}")
        .build());
    GitHubEvidenceSource source = source(Map.of("orders", "shop/orders"));

    EvidenceGatherer gatherer = new EvidenceGatherer(List.of(source), Mockito.mock(EvidenceStore.class),
        new EvidenceGatherer.EvidenceWindow(Duration.ofMinutes(60), Duration.ofMinutes(15)),
        Duration.ofSeconds(10), new SimpleMeterRegistry());
    GatherResult result = gatherer.gatherEvidence(new GatherRequest("inc-1", "orders", ALERT,
        Map.of("service", "orders"), List.of()));

    assertThat(result.unavailable()).singleElement().satisfies(f -> {
      assertThat(f.source()).isEqualTo("github");
      assertThat(f.reason()).isEqualTo("GitHubUnavailable: repository shop/orders of orders: GitHub"
          + " rate limit exhausted (403, limit 5000 per hour); it resets at 2026-03-01T10:13:20Z");
    });
  }

  @Test
  void aSecondaryRateLimitSaysWhenToRetry() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "60")
        .addHeader("X-RateLimit-Remaining", "4000")
        .body("{\"message\":\"You have exceeded a secondary rate limit.\"}").build());
    assertThatThrownBy(() -> source(Map.of("orders", "shop/orders")).collect(query("orders")))
        .isInstanceOf(GitHubClient.GitHubUnavailable.class)
        .hasMessage("repository shop/orders of orders: GitHub secondary rate limit (429): retry after 60 s");
  }

  @Test
  void aBadTokenOrAnInvisibleRepositoryIsSaidWithoutTheToken() {
    server.enqueue(new MockResponse.Builder().code(401)
        .body("{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"}").build());
    assertThatThrownBy(() -> source(Map.of("orders", "shop/orders")).collect(query("orders")))
        .hasMessage("repository shop/orders of orders: GitHub rejected the token (401): Bad credentials")
        .hasMessageNotContaining(TOKEN);

    server.enqueue(new MockResponse.Builder().code(404).body("{\"message\":\"Not Found\"}").build());
    assertThatThrownBy(() -> source(Map.of("orders", "shop/secret")).collect(query("orders")))
        .hasMessageContaining("GitHub has no /repos/shop/secret/pulls (404)");
  }

  @Test
  void anotherServicesFailingRepositoryIsLeftOut() throws Exception {
    serveTheRepository();
    List<Evidence> items = source(Map.of("orders", "shop/orders", "payments", "shop/missing"))
        .collect(query("orders"));
    assertThat(items).hasSize(3).extracting(Evidence::service).containsOnly("orders");
  }

  @Test
  void aNextLinkToAnotherHostIsNotFollowed() throws Exception {
    server.enqueue(json("[]", "Link", "<https://evil.example.com/steal?page=2>; rel=\"next\""));
    server.enqueue(json("[]"));
    GitHubEvidenceSource source = new GitHubEvidenceSource(new GitHubSettings(
        server.url("/").toString(), TOKEN, Duration.ofSeconds(5), Map.of("orders", "shop/orders"),
        Duration.ofHours(2), "production", 10, true, true));
    assertThat(source.collect(query("orders"))).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
    server.takeRequest();
    assertThat(server.takeRequest().getUrl().query()).isEqualTo("environment=production&per_page=100");
  }
}
