package dev.firebreak.api.warroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.activities.evidence.ContextStore;
import dev.firebreak.activities.evidence.ScenarioMetricsSource;
import dev.firebreak.activities.scenario.ScenarioFiles;
import dev.firebreak.analysis.rules.MetricAnomalyRule;
import dev.firebreak.api.demo.ApiClient;
import dev.firebreak.api.demo.ScenarioPlayer;
import dev.firebreak.api.support.TestTokens;
import dev.firebreak.api.support.FirebreakIT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A responder's path through the pages in a real browser: the list, the war room of an incident
 * produced by a scenario, a chart drawn from the evidence API, approving the rollback and seeing
 * the timeline change without a reload, resolving and reading the postmortem.
 */
@TestPropertySource(properties = {"firebreak.warroom.temporal-ui-url=" + WarRoomBrowserIT.TEMPORAL_UI,
    "firebreak.slack.workspace-url=" + WarRoomBrowserIT.SLACK_WORKSPACE})
class WarRoomBrowserIT extends FirebreakIT {
  /** Only rendered as a link, never fetched. */
  static final String TEMPORAL_UI = "http://127.0.0.1:8233";
  /** Only rendered as a link, never fetched; no Slack app runs in this test. */
  static final String SLACK_WORKSPACE = "https://firebreak-test.slack.com";
  static final String SCENARIO = "scenarios/checkout-latency-after-deploy.json";
  static final String ROLLBACK = "a-rollback-checkout-a39bf2c";

  @Autowired ScenarioMetricsSource metrics;
  @Autowired ContextStore context;

  HeadlessChromium chromium;
  WebDriverWait wait;

  @BeforeEach
  void startBrowser() throws Exception {
    chromium = HeadlessChromium.start();
    // Live regions are replaced when the incident changes: look elements up again rather than
    // failing on one that was swapped out between finding and reading it.
    wait = new WebDriverWait(chromium.driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void stopBrowser() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  String playScenario() {
    ScenarioPlayer player = new ScenarioPlayer(new ApiClient(base(), TestTokens.ADMIN), metrics, context);
    player.reset();
    String id = player.play(ScenarioFiles.read(repositoryFile(SCENARIO))).get(0);
    player.awaitStatus(id, 60_000, "AWAITING_DECISION");
    return id;
  }

  @Test
  void responderWorksAnIncidentFromTheListToThePostmortem() throws Exception {
    String id = playScenario();
    var driver = chromium.driver;

    // A person's own token, as an admin would issue it; the war room asks for it before anything else.
    String alice = http().post("/api/v1/admin/tokens", "{\"name\":\"alice\",\"role\":\"responder\"}")
        .json().get("token").asText();
    // The card the Slack app would have posted (Slack itself is not running here): channel and ts as stored.
    jdbc.update("insert into slack_cards (incident_id, channel_id, message_ts, updated_at) values (?, ?, ?, now())",
        id, "C0FIREBREAK", "1772357400.000100");
    driver.get(base() + "/");
    wait.until(ExpectedConditions.urlContains("/login"));
    driver.findElement(By.id("token")).sendKeys("fb_not-a-real-token");
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    assertThat(text(By.id("sign-in-error"))).contains("unknown or revoked API token");
    driver.findElement(By.id("token")).sendKeys(alice);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.until(d -> d.findElement(By.id("caller-name")).getText().equals("alice"));
    assertThat(text(By.id("caller-role"))).isEqualTo("responder");
    By row = By.cssSelector("tr[data-incident-id='" + id + "']");
    assertThat(text(row)).contains("checkout", "SEV", "Awaiting decision");
    chromium.screenshot("incident-list");

    wait.until(d -> {
      d.findElement(row).findElement(By.cssSelector("a.incident-link")).click();
      return true;
    });
    wait.until(ExpectedConditions.urlContains("/incidents/" + id));
    assertThat(driver.findElements(By.cssSelector("#timeline li"))).isNotEmpty();

    // Alice attaches a dashboard screenshot from the page; the evidence panel shows it without a reload.
    driver.findElement(By.id("screenshot-file")).sendKeys(dashboardPng().toString());
    driver.findElement(By.cssSelector("#screenshot-form button[type=submit]")).click();
    WebElement figure = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence figure.screenshot")));
    String screenshot = figure.getDomAttribute("id").substring("evidence-".length());
    assertThat(screenshot).startsWith("ev-screenshot-");
    wait.until(d -> d.findElements(By.cssSelector("#timeline li[data-type='evidence']")).stream()
        .anyMatch(li -> li.getText().contains(screenshot) && li.getText().contains("alice")));
    WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".chart[data-state='drawn']")));
    assertThat(Integer.parseInt(chart.getDomAttribute("data-points"))).isGreaterThan(10);
    assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
    assertThat(text(By.id("evidence"))).contains("deploy a39bf2c", "Deploys", "alert fired", "anomaly flagged");
    // The detector's scores are drawn on every series; at least one series has points it flagged,
    // and the sentence under that chart says so.
    wait.until(d -> d.findElements(By.cssSelector(".chart[data-series-url]")).stream()
        .allMatch(c -> "drawn".equals(c.getDomAttribute("data-state"))));
    String flagSummary = wait.until(d -> d.findElements(By.cssSelector(".chart[data-flagged]")).stream()
        .filter(c -> Integer.parseInt(c.getDomAttribute("data-flagged")) > 0).findFirst()
        .map(c -> c.findElement(By.xpath("following-sibling::p[contains(@class,'flag-summary')]")).getText())
        .orElse(null));
    assertThat(flagSummary).startsWith("The anomaly detector flagged").contains("score ≥ " + MetricAnomalyRule.threshold());
    // The screenshot is shown from the evidence endpoint, with the text OCR read from it.
    By shot = By.cssSelector("#evidence-" + screenshot + " img");
    wait.until(d -> {
      WebElement img = d.findElement(shot);
      js().executeScript("arguments[0].scrollIntoView();", img); // loading=lazy: fetched once in view
      return (Boolean) js().executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img);
    });
    String src = wait.until(d -> d.findElement(shot).getDomAttribute("src"));
    assertThat(src).isEqualTo("/api/v1/incidents/" + id + "/evidence/" + screenshot + "/image");
    if (tesseractInstalled()) {
      assertThat(text(By.cssSelector("#evidence-" + screenshot + " .ocr-text"))).contains("2417");
    }
    assertThat(driver.findElement(By.id("slack-thread")).getDomAttribute("href"))
        .isEqualTo(SLACK_WORKSPACE + "/archives/C0FIREBREAK/p1772357400000100");
    assertThat(text(By.id("hypotheses"))).contains("a39bf2c", "% confidence");
    assertThat(text(By.id("similar"))).startsWith("Similar past incidents");
    assertThat(driver.findElement(By.cssSelector("#incident-header a[href^='" + TEMPORAL_UI + "']"))
        .getDomAttribute("href")).startsWith(TEMPORAL_UI + "/namespaces/default/workflows/incident-");
    js().executeScript("window.scrollTo(0, 0);");
    chromium.screenshot("war-room");
    scrollTo("evidence");
    chromium.screenshot("war-room-evidence");
    js().executeScript("window.scrollTo(0, 0);");

    // A citation leads to the evidence it names.
    WebElement citation = driver.findElement(By.cssSelector("#hypotheses a.citation"));
    String cited = citation.getDomAttribute("data-cites");
    citation.click();
    assertThat(driver.getCurrentUrl()).endsWith("#" + cited);
    assertThat(driver.findElements(By.id(cited))).hasSize(1);

    // Approve through the page; the timeline must change in this same document (no reload).
    js().executeScript("window.__sameDocument = true;");
    assertThat(text(By.id("incident-commander"))).contains("nobody yet");
    driver.findElement(By.cssSelector("#acknowledge-form button")).click();
    wait.until(d -> d.findElement(By.id("incident-commander")).getText().contains("alice"));

    // Alice names bob commander from the page and dana scribe through the API (as Slack's assign
    // does); the header shows both, and alice stays on record as the one who acknowledged.
    driver.findElement(By.id("role-assignee")).sendKeys("bob");
    driver.findElement(By.cssSelector("#role-form button[type=submit]")).click();
    assertThat(http().as(alice).post("/api/v1/incidents/" + id + "/roles",
        "{\"role\":\"scribe\",\"assignee\":\"dana\"}").status()).isEqualTo(202);
    wait.until(d -> d.findElement(By.id("incident-commander")).getText().startsWith("bob"));
    assertThat(text(By.id("incident-commander"))).contains("acknowledged by alice");
    // the two assignments may reach the page in different polls: the second is waited for too
    wait.until(d -> d.findElement(By.id("incident-header")).getText().contains("dana"));
    assertThat(text(By.id("incident-header"))).contains("Scribe", "dana");

    // A note, written and sent with the keyboard alone: Tab to the button, Enter to press it.
    WebElement note = driver.findElement(By.id("note-text"));
    note.sendKeys("Pool pinned at max since 10:06; rolling back first");
    note.sendKeys(Keys.TAB);
    assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Add note");
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    wait.until(d -> d.findElements(By.cssSelector("#timeline li[data-type='note']")).stream()
        .anyMatch(li -> li.getText().contains("rolling back first") && li.getText().contains("alice")));

    // Reject another proposed action with a reason; the reason shows on the timeline and the action.
    WebElement other = driver.findElements(By.cssSelector("[data-action-status='proposed']")).stream()
        .filter(a -> !ROLLBACK.equals(a.getDomAttribute("data-action-id"))).findFirst()
        .orElseThrow(() -> new AssertionError("the scenario proposes no action besides the rollback"));
    String rejected = other.getDomAttribute("data-action-id");
    String reason = "payments team is already on the bridge";
    other.findElement(By.cssSelector(".reject-form input[name=reason]")).sendKeys(reason);
    other.findElement(By.cssSelector(".reject-form button[type=submit]")).click();
    wait.until(d -> d.findElements(By.cssSelector("#timeline li[data-type='rejected']")).stream()
        .anyMatch(li -> li.getText().contains(reason) && li.getText().contains("alice")));
    wait.until(d -> d.findElement(By.cssSelector("[data-action-id='" + rejected + "']")).getText()
        .contains("rejected by alice: “" + reason + "”"));

    driver.findElement(By.cssSelector("[data-action-id='" + ROLLBACK + "'] button.primary")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline li[data-type='approved']")));
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("[data-action-id='" + ROLLBACK + "'][data-action-status='executed']")));
    assertThat(js().executeScript("return window.__sameDocument === true;")).isEqualTo(true);
    assertThat(text(By.cssSelector("#timeline li[data-type='approved']"))).contains("alice");

    // Resolve with the top hypothesis confirmed as the root cause; the postmortem appears.
    driver.findElement(By.cssSelector("details.resolve summary")).click();
    driver.findElement(By.id("resolve-summary")).sendKeys("Rolled back a39bf2c; pool no longer held across payments");
    driver.findElement(By.id("resolve-confirm")).click();
    driver.findElement(By.cssSelector("#resolve-form button[type=submit]")).click();
    WebElement postmortem = new WebDriverWait(driver, Duration.ofSeconds(60)).until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#postmortem .postmortem-body h1")));
    assertThat(postmortem.getText()).startsWith("Postmortem");
    assertThat(text(By.cssSelector("#postmortem .postmortem-body")))
        .contains("Root cause", "a39bf2c", "approved by alice");
    assertThat(js().executeScript("return window.__sameDocument === true;")).isEqualTo(true);
    // The draft is stored before the workflow records the state change; the header follows live.
    wait.until(d -> d.findElement(By.id("incident-header")).getText().contains("Postmortem drafted"));
    scrollTo("postmortem");
    chromium.screenshot("war-room-postmortem");
    fullPage("war-room-full");

    // Edit the draft in the page: a new version is stored through PUT /postmortem.
    driver.findElement(By.cssSelector("details.postmortem-edit summary")).click();
    WebElement markdown = driver.findElement(By.id("postmortem-markdown"));
    markdown.sendKeys("\n\n## Reviewed\n\nReviewed in the war room by alice.\n");
    driver.findElement(By.cssSelector("#postmortem-form button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
      d.navigate().refresh();
      return d.findElements(By.cssSelector("#postmortem .postmortem-body")).stream()
          .anyMatch(e -> e.getText().contains("Reviewed in the war room by alice."));
    });

    chromium.resize(390, 844);
    driver.get(base() + "/incidents/" + id);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart[data-state='drawn']")));
    chromium.screenshot("war-room-phone");
    assertThat(js().executeScript(OVERFLOWING)).as("elements wider than a phone screen").isEqualTo("");

    // In the list, the commander is the one on it.
    chromium.resize(1280, 800);
    driver.get(base() + "/");
    assertThat(text(By.cssSelector("tr[data-incident-id='" + id + "'] td[data-label='On it']"))).isEqualTo("bob (commander)");
  }

  @Test
  void listShowsANewIncidentWithoutReload() throws Exception {
    var driver = chromium.driver;
    signIn(TestTokens.VIEWER);
    driver.get(base() + "/?severity=sev1");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-list")));
    js().executeScript("window.__sameDocument = true;");
    String id = http().post("/api/v1/incidents",
        "{\"title\":\"EU checkout <b>down</b>\",\"service\":\"eu-checkout\",\"severity\":\"sev1\"}")
        .json().get("incidentId").asText();
    By row = By.cssSelector("tr[data-incident-id='" + id + "']");
    // User text is escaped, never interpreted as markup.
    assertThat(text(row)).contains("EU checkout <b>down</b>", "SEV1");
    assertThat(js().executeScript("return window.__sameDocument === true;")).isEqualTo(true);
    List<WebElement> rows = driver.findElements(By.cssSelector("#incident-list tbody tr"));
    assertThat(rows).allSatisfy(r -> assertThat(r.getText()).contains("SEV1"));

    // The page's buttons carry the caller's authority, no more: a viewer's click is refused like a viewer's curl.
    driver.get(base() + "/incidents/" + id);
    driver.findElement(By.cssSelector("#acknowledge-form button")).click();
    wait.until(d -> d.findElement(By.id("action-status")).getText().contains("refused (403)"));
    assertThat(http().get("/api/v1/incidents/" + id).json().path("incident").path("acknowledgedBy").isTextual()).isFalse();
  }

  /** A dashboard rendered with Java2D, saved as a PNG for the page's file input. */
  private static Path dashboardPng() throws Exception {
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(720, 240,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
        java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 720, 240);
    g.setColor(java.awt.Color.BLACK);
    g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 36));
    g.drawString("Checkout p99 latency", 24, 70);
    g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 34));
    g.drawString("p99 2417 ms   errors 12.5%", 24, 160);
    g.dispose();
    Path file = Files.createDirectories(Path.of("target", "war-room-upload")).resolve("checkout-dashboard.png")
        .toAbsolutePath();
    javax.imageio.ImageIO.write(img, "png", file.toFile());
    return file;
  }

  static boolean tesseractInstalled() {
    try {
      Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
      return p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException | InterruptedException e) {
      return false;
    }
  }

  private void signIn(String token) {
    chromium.driver.get(base() + "/login");
    chromium.driver.findElement(By.id("token")).sendKeys(token);
    chromium.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("caller-name")));
  }

  /** The element's text, looked up afresh (it may sit in a region that was just replaced). */
  private String text(By by) {
    return wait.until(d -> d.findElement(by).getText());
  }

  private JavascriptExecutor js() {
    return chromium.driver;
  }

  private void scrollTo(String elementId) {
    js().executeScript("document.getElementById(arguments[0]).scrollIntoView();", elementId);
  }

  /** Describes the elements that stick out of the viewport sideways (empty: none). */
  static final String OVERFLOWING = """
      return [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ');""";

  /** A screenshot of the whole page: the window grows to the document's height first. */
  private void fullPage(String name) throws Exception {
    js().executeScript("window.scrollTo(0, 0);");
    long height = (Long) js().executeScript("return document.documentElement.scrollHeight;");
    chromium.resize(1280, (int) Math.min(6000, Math.max(800, height + 100)));
    chromium.screenshot(name);
    chromium.resize(1280, 800);
  }

  /** Scenario files live at the repository root; tests run from the module directory. */
  static Path repositoryFile(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
  }
}
