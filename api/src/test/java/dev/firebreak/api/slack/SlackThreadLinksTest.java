package dev.firebreak.api.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackThreadLinksTest {

  @Test
  void buildsSlacksPermalinkFromTheStoredChannelAndTimestamp() {
    assertThat(SlackThreadLinks.permalink("https://acme.slack.com", "C0123ABC", "1700000000.123456"))
        .contains("https://acme.slack.com/archives/C0123ABC/p1700000000123456");
  }

  @Test
  void noLinkForIdsThatAreNotSlacksShape() {
    assertThat(SlackThreadLinks.permalink("https://acme.slack.com", "#general", "1700000000.123456")).isEmpty();
    assertThat(SlackThreadLinks.permalink("https://acme.slack.com", "C0123", "yesterday")).isEmpty();
    assertThat(SlackThreadLinks.permalink("https://acme.slack.com", null, "1700000000.123456")).isEmpty();
  }

  @Test
  void workspaceAddressMustBeHttpWithoutAPath() {
    assertThat(SlackThreadLinks.validBase("https://acme.slack.com")).isTrue();
    assertThat(SlackThreadLinks.validBase("https://acme.slack.com/")).isTrue();
    assertThat(SlackThreadLinks.validBase("acme.slack.com")).isFalse();
    assertThat(SlackThreadLinks.validBase("javascript:alert(1)")).isFalse();
    assertThat(SlackThreadLinks.validBase("https://acme.slack.com/archives")).isFalse();
  }
}
