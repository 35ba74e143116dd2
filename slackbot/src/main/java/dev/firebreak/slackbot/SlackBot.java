package dev.firebreak.slackbot;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.firebreak.slackbot.interaction.Interactions;
import dev.firebreak.slackbot.interaction.RetryGuard;
import dev.firebreak.slackbot.port.SlackRequestLog;

/** Assembles the Bolt app: request checks, then the slash command, the card's buttons and the forms. */
public final class SlackBot {
  private SlackBot() {}

  public static App create(AppConfig config, SlackSettings settings, Interactions interactions,
      SlackRequestLog requests) {
    App app = new App(config);
    // Bolt's own middleware (SSL check, signature and timestamp verification → 401) runs first
    app.use(new RetryGuard(requests));
    interactions.registerOn(app, settings.command());
    return app;
  }
}
