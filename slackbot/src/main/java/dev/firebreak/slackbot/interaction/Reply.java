package dev.firebreak.slackbot.interaction;

import com.slack.api.model.view.View;

/** What a slash command answers: a message (ephemeral unless everyone should see it) or a form. */
sealed interface Reply {
  record Text(String mrkdwn, boolean inChannel) implements Reply {
    static Text ephemeral(String mrkdwn) {
      return new Text(mrkdwn, false);
    }
  }

  record OpenModal(View view) implements Reply {}
}
