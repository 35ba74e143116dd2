package dev.firebreak.slackbot.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.firebreak.slackbot.SlackSettings;
import dev.firebreak.slackbot.outbound.SlackWebApi;
import dev.firebreak.slackbot.testing.FakeSlackWebApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {
  private final FakeSlackWebApi fake = new FakeSlackWebApi();

  @AfterEach
  void stop() {
    fake.close();
  }

  private ApprovalPolicy policy(List<String> approvers, String group) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    SlackWebApi api = new SlackWebApi(Slack.getInstance(config).methods("xoxb-test"), d -> { }, Duration.ofSeconds(5));
    return new ApprovalPolicy(new SlackSettings("#incidents", false, "/incident", approvers, group, List.of(), ""),
        api, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void listedUsersAndGroupMembersMayDecideOthersMayNot() {
    fake.groupMembers(List.of("U0SRE1", "U0SRE2"));
    ApprovalPolicy policy = policy(List.of("U0ALICE"), "S0SRE");
    assertThat(policy.mayDecide("U0ALICE")).isTrue();
    assertThat(policy.mayDecide("U0SRE2")).isTrue();
    assertThat(policy.mayDecide("U0MALLORY")).isFalse();
    assertThat(fake.calls("usergroups.users.list")).hasSize(1);
    assertThat(fake.calls("usergroups.users.list").get(0).field("usergroup")).isEqualTo("S0SRE");
  }

  @Test
  void whenSlackCannotListTheGroupOnlyListedUsersMayDecide() {
    fake.down(true);
    ApprovalPolicy policy = policy(List.of("U0ALICE"), "S0SRE");
    assertThat(policy.mayDecide("U0SRE1")).isFalse();
    assertThat(policy.mayDecide("U0ALICE")).isTrue();
  }

  @Test
  void withNoApproversConfiguredEveryoneMayDecide() {
    assertThat(policy(List.of(), "").mayDecide("U0ANYONE")).isTrue();
    assertThat(fake.calls()).isEmpty();
  }
}
