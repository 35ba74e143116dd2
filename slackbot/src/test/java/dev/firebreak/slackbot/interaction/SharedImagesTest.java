package dev.firebreak.slackbot.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.File;
import com.slack.api.model.event.MessageFileShareEvent;
import dev.firebreak.slackbot.outbound.SlackFiles;
import dev.firebreak.slackbot.outbound.SlackWebApi;
import dev.firebreak.slackbot.port.CardStore;
import dev.firebreak.slackbot.port.IncidentOperations;
import dev.firebreak.slackbot.port.OperationRefused;
import dev.firebreak.slackbot.port.SlackActor;
import dev.firebreak.slackbot.testing.FakeSlackWebApi;
import dev.firebreak.slackbot.testing.InMemoryCardStore;
import dev.firebreak.workflows.incident.IncidentRole;
import dev.firebreak.workflows.incident.IncidentState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedImagesTest {
  static final String TOKEN = "xoxb-test-0000-files";
  static final byte[] PNG = "\u0089PNG\r\n\u001a\nfake".getBytes(StandardCharsets.ISO_8859_1);

  private final FakeSlackWebApi slack = new FakeSlackWebApi();
  private final InMemoryCardStore cards = new InMemoryCardStore();
  private final Recorder incidents = new Recorder();

  @AfterEach
  void stop() {
    slack.close();
  }

  private SharedImages images(long maxBytes) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.apiUrl());
    SlackWebApi web = new SlackWebApi(Slack.getInstance(config).methods(TOKEN));
    cards.save(new CardStore.Card("inc-1", "CINCIDENTS", "1001.000100", false, 0));
    cards.save(new CardStore.Card("inc-2", "CINC2", "1002.000100", true, 0));
    return new SharedImages(incidents, cards, new SlackFiles(TOKEN, slack.apiUrl(), maxBytes, Duration.ofSeconds(5)),
        Executors.newSingleThreadExecutor(), new SlackUserNames(web));
  }

  private static MessageFileShareEvent message(String channel, String threadTs, File... files) {
    MessageFileShareEvent e = new MessageFileShareEvent();
    e.setChannel(channel);
    e.setThreadTs(threadTs);
    e.setUser("U0ALICE");
    e.setTs("1003.000200");
    e.setFiles(List.of(files));
    return e;
  }

  private static File file(String id, String name, String mimetype, int size, String url) {
    File f = new File();
    f.setId(id);
    f.setName(name);
    f.setMimetype(mimetype);
    f.setSize(size);
    f.setUrlPrivate(url);
    return f;
  }

  @Test
  void anImageInTheCardsThreadIsDownloadedWithTheBotTokenAndAttached() {
    slack.userName("U0ALICE", "alice");
    String url = slack.file("F0DASH", "dashboard.png", "image/png", PNG, TOKEN);

    images(1000).attach(message("CINCIDENTS", "1001.000100", file("F0DASH", "dashboard.png", "image/png", PNG.length, url)));

    assertThat(incidents.attached).containsExactly("inc-1|alice|dashboard.png|image/png|" + PNG.length);
    assertThat(slack.calls("files")).singleElement()
        .satisfies(c -> assertThat(c.headers().get("Authorization")).containsExactly("Bearer " + TOKEN));
  }

  @Test
  void anImageInTheIncidentsOwnChannelIsAttachedThreadOrNot() {
    String url = slack.file("F0CH", "graph.jpg", "image/jpeg", PNG, TOKEN);

    images(1000).attach(message("CINC2", null, file("F0CH", "graph.jpg", "image/jpeg", PNG.length, url)));

    assertThat(incidents.attached).singleElement().asString().startsWith("inc-2|");
  }

  @Test
  void imagesElsewhereAndFilesThatAreNotImagesAreLeftAlone() {
    String url = slack.file("F0X", "x.png", "image/png", PNG, TOKEN);
    SharedImages images = images(1000);

    images.attach(message("CINCIDENTS", "9999.000100", file("F0X", "x.png", "image/png", PNG.length, url)));
    images.attach(message("CRANDOM", null, file("F0X", "x.png", "image/png", PNG.length, url)));
    images.attach(message("CINCIDENTS", "1001.000100", file("F0PDF", "report.pdf", "application/pdf", 10, url)));

    assertThat(incidents.attached).isEmpty();
    assertThat(incidents.notes).isEmpty();
    assertThat(slack.calls("files")).isEmpty();
  }

  @Test
  void aTooLargeImageIsNotDownloadedAndTheTimelineSaysWhy() {
    String url = slack.file("F0BIG", "big.png", "image/png", PNG, TOKEN);

    images(5).attach(message("CINCIDENTS", "1001.000100", file("F0BIG", "big.png", "image/png", PNG.length, url)));

    assertThat(incidents.attached).isEmpty();
    assertThat(incidents.notes).containsExactly("inc-1|Image big.png shared in Slack was not attached: larger than 5 bytes");
    assertThat(slack.calls("files")).isEmpty();
  }

  @Test
  void theBotTokenIsNeverSentOutsideSlack() {
    images(1000).attach(message("CINCIDENTS", "1001.000100",
        file("F0EVIL", "x.png", "image/png", 10, "https://collector.example.net/F0EVIL/x.png")));

    assertThat(incidents.attached).isEmpty();
    assertThat(incidents.notes).containsExactly(
        "inc-1|Image x.png shared in Slack was not attached: url_private points at collector.example.net, not at Slack");
  }

  @Test
  void aSignInPageInsteadOfTheFileIsExplained() {
    String url = slack.file("F0TOK", "x.png", "image/png", PNG, "xoxb-another-token");

    images(1000).attach(message("CINCIDENTS", "1001.000100", file("F0TOK", "x.png", "image/png", PNG.length, url)));

    assertThat(incidents.notes).singleElement().asString().contains("does the app have files:read?");
  }

  @Test
  void aRefusedImageIsATimelineNote() {
    String url = slack.file("F0GIF", "x.png", "image/png", PNG, TOKEN);
    incidents.refuse = "the file is declared image/png but its content is not a PNG image";

    images(1000).attach(message("CINCIDENTS", "1001.000100", file("F0GIF", "x.png", "image/png", PNG.length, url)));

    assertThat(incidents.notes).containsExactly("inc-1|Image x.png shared in Slack was not attached: "
        + "the file is declared image/png but its content is not a PNG image");
  }

  /** The incident port, recording what the handler asked of it. */
  static final class Recorder implements IncidentOperations {
    final List<String> attached = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    String refuse;

    @Override
    public String attachScreenshot(String incidentId, SlackActor actor, String filename, String contentType,
        byte[] image) {
      if (refuse != null) {
        throw new OperationRefused(refuse);
      }
      attached.add(incidentId + "|" + actor.toActor().name() + "|" + filename + "|" + contentType + "|" + image.length);
      return "ev-screenshot-000000000000";
    }

    @Override
    public void systemNote(String incidentId, String text, String requestId) {
      notes.add(incidentId + "|" + text);
    }

    @Override
    public String declare(SlackActor actor, String title, String severity, String service) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<IncidentLine> listRecent(int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public IncidentState status(String incidentId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void acknowledge(String incidentId, SlackActor actor, String requestId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void note(String incidentId, SlackActor actor, String text, String requestId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void assignRole(String incidentId, SlackActor actor, IncidentRole role, SlackActor assignee,
        String requestId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void approve(String incidentId, String actionId, SlackActor actor, String requestId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void reject(String incidentId, String actionId, SlackActor actor, String reason, String requestId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void resolve(String incidentId, SlackActor actor, String summary, String rootCauseHypothesisId,
        String requestId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<String> postmortemLink(String incidentId) {
      throw new UnsupportedOperationException();
    }
  }
}
