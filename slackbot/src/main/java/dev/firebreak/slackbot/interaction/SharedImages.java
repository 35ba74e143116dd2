package dev.firebreak.slackbot.interaction;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.File;
import com.slack.api.model.event.MessageFileShareEvent;
import dev.firebreak.slackbot.outbound.SlackFiles;
import dev.firebreak.slackbot.port.CardStore;
import dev.firebreak.slackbot.port.IncidentOperations;
import dev.firebreak.slackbot.port.OperationRefused;
import dev.firebreak.slackbot.port.SlackActor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Images people share in an incident's Slack thread (or in its own channel) become screenshot
 * evidence: each PNG or JPEG is downloaded with the bot token and handed to the same screenshot
 * path the REST upload takes (OCR, vision when configured, a timeline note). Slack is answered at
 * once; the download and reading happen on the worker pool. Messages anywhere else, and other file
 * types, are ignored.
 */
public final class SharedImages {
  private static final Logger log = LoggerFactory.getLogger(SharedImages.class);
  static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg");

  private final IncidentOperations incidents;
  private final CardStore cards;
  private final SlackFiles files;
  private final ExecutorService executor;
  private final SlackUserNames names;

  SharedImages(IncidentOperations incidents, CardStore cards, SlackFiles files, ExecutorService executor,
      SlackUserNames names) {
    this.incidents = incidents;
    this.cards = cards;
    this.files = files;
    this.executor = executor;
    this.names = names;
  }

  public Response onMessage(EventsApiPayload<MessageFileShareEvent> payload, EventContext ctx) {
    MessageFileShareEvent event = payload.getEvent();
    executor.execute(() -> attach(event));
    return ctx.ack();
  }

  /** The incident the message belongs to: its thread is a card's, or its channel is the incident's own. */
  Optional<String> incidentOf(MessageFileShareEvent event) {
    if (event.getChannel() == null) {
      return Optional.empty();
    }
    if (event.getThreadTs() != null) {
      Optional<String> byThread = cards.incidentOfThread(event.getChannel(), event.getThreadTs());
      if (byThread.isPresent()) {
        return byThread;
      }
    }
    return cards.incidentOfChannel(event.getChannel());
  }

  void attach(MessageFileShareEvent event) {
    Optional<String> incident = incidentOf(event);
    List<File> shared = event.getFiles() == null ? List.of() : event.getFiles();
    if (incident.isEmpty() || shared.isEmpty()) {
      return;
    }
    SlackActor actor = new SlackActor(event.getUser(), names.nameOf(event.getUser(), null));
    for (File f : shared) {
      if (f.getMimetype() == null || !IMAGE_TYPES.contains(f.getMimetype())) {
        continue;
      }
      if (f.getSize() != null && f.getSize() > files.maxBytes()) {
        note(incident.get(), f, "larger than " + files.maxBytes() + " bytes");
        continue;
      }
      try {
        byte[] image = files.download(f.getUrlPrivate());
        String evidenceId = incidents.attachScreenshot(incident.get(), actor, f.getName(), f.getMimetype(), image);
        log.info("image {} from Slack attached to {} as {}", f.getId(), incident.get(), evidenceId);
      } catch (SlackFiles.NotDownloaded e) {
        note(incident.get(), f, e.getMessage());
      } catch (OperationRefused e) {
        note(incident.get(), f, e.getMessage());
      } catch (RuntimeException e) {
        log.warn("image {} from Slack not attached to {}: {}", f.getId(), incident.get(), e.toString());
      }
    }
  }

  /** The timeline says why a shared image is not evidence, so nobody assumes it was read. */
  private void note(String incidentId, File f, String why) {
    try {
      incidents.systemNote(incidentId, "Image " + f.getName() + " shared in Slack was not attached: " + why,
          "slack-file-refused-" + f.getId());
    } catch (RuntimeException e) {
      log.info("image {} from Slack not attached to {} ({}), and the note failed: {}", f.getId(), incidentId,
          why, e.toString());
    }
  }
}
