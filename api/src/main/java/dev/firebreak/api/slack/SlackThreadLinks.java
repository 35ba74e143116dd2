package dev.firebreak.api.slack;

import dev.firebreak.slackbot.port.CardStore;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Links an incident to its Slack card's thread, for the war room. The address is built from
 * {@code firebreak.slack.workspace-url} and the channel and message timestamp the card store kept
 * when the card was posted ({@code https://acme.slack.com/archives/C0123/p1700000000123456}, the
 * form of Slack's own permalinks), so rendering a page never calls Slack. Without a workspace URL,
 * or for an incident whose card was never posted, there is no link.
 */
@Component
public class SlackThreadLinks {
  private static final Pattern BASE = Pattern.compile("https?://[^\\s/?#]+/*");
  private static final Pattern CHANNEL = Pattern.compile("[A-Z0-9]+");
  private static final Pattern TS = Pattern.compile("(\\d+)\\.(\\d+)");

  private final String base;
  private final CardStore cards;

  SlackThreadLinks(SlackProperties props, JdbcTemplate jdbc) {
    if (!props.workspaceUrl().isBlank() && !validBase(props.workspaceUrl())) {
      throw new IllegalStateException(
          "firebreak.slack.workspace-url must be an http(s) address such as https://acme.slack.com");
    }
    this.base = props.workspaceUrl().isBlank() ? null : props.workspaceUrl().replaceAll("/+$", "");
    this.cards = new JdbcCardStore(jdbc);
  }

  static boolean validBase(String url) {
    return BASE.matcher(url).matches();
  }

  /** The card's thread of this incident, when a workspace is configured and the card was posted. */
  public Optional<String> threadUrl(String incidentId) {
    if (base == null) {
      return Optional.empty();
    }
    return cards.find(incidentId).flatMap(c -> permalink(base, c.channelId(), c.ts()));
  }

  /** Slack's permalink form; empty for a channel id or timestamp that is not Slack's shape. */
  static Optional<String> permalink(String base, String channelId, String ts) {
    if (channelId == null || ts == null || !CHANNEL.matcher(channelId).matches()) {
      return Optional.empty();
    }
    var m = TS.matcher(ts);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(base + "/archives/" + channelId + "/p" + m.group(1) + m.group(2));
  }
}
