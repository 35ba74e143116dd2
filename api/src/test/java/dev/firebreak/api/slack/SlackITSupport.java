package dev.firebreak.api.slack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.slackbot.testing.FakeSlackWebApi;
import java.io.IOException;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Slack app in the running application, against a local fake of the Slack Web API. Every
 * subclass shares one application context (same properties) and so one fake, which lives as long
 * as the test JVM: closing it after one class would cut off the next.
 */
abstract class SlackITSupport extends FirebreakIT {
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  static final String TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";
  static final String ALICE = "U0ALICE";
  static final String MALLORY = "U0MALLORY";
  static final String CHANNEL = "CINCIDENTS";
  static final FakeSlackWebApi slack = new FakeSlackWebApi();

  @DynamicPropertySource
  static void slackApp(DynamicPropertyRegistry registry) {
    registry.add("firebreak.slack.signing-secret", () -> SECRET);
    registry.add("firebreak.slack.bot-token", () -> TOKEN);
    registry.add("firebreak.slack.channel", () -> "#incidents");
    registry.add("firebreak.slack.approvers", () -> ALICE);
    registry.add("firebreak.slack.api-url", slack::apiUrl);
    registry.add("firebreak.slack.public-url", () -> "https://firebreak.example");
  }

  SlackRequests requests() {
    return new SlackRequests(http(), SECRET, slack.responseUrl(""));
  }

  int incidentsTitled(String title) {
    return jdbc.queryForObject("select count(*) from incidents where title = ?", Integer.class, title);
  }

  /**
   * The command's answer: in the HTTP response when it came within Slack's 3 seconds, else
   * "working on it" there and the answer through the response_url (a cold JVM can be that slow).
   */
  static JsonNode answerOf(Http.Response response, String mentioning) {
    if (!response.body().contains("Working on it")) {
      return response.json();
    }
    String later = slack.await("response_url", c -> c.body().contains(mentioning)).body();
    try {
      return dev.firebreak.activities.support.Json.MAPPER.readTree(later);
    } catch (IOException e) {
      throw new AssertionError(later, e);
    }
  }

  /** The incident's card as posted to Slack. */
  static FakeSlackWebApi.Call card(String incidentId) {
    return slack.await("chat.postMessage", c -> c.field("blocks") != null && c.field("blocks").contains(incidentId));
  }

  /** The card's column, once the notifier has stored it (right after posting). */
  String storedCard(String incidentId, String column) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      List<String> v = jdbc.queryForList("select " + column + " from slack_cards where incident_id = ?", String.class,
          incidentId);
      if (!v.isEmpty()) {
        return v.get(0);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no card stored for " + incidentId);
  }
}
