package dev.firebreak.activities.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProseCheckTest {
  static final String DRAFT = PostmortemMarkdown.render(PostmortemDrafter.draft(Incidents.badDeployRolledBack()));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Deploy a39bf2c of checkout raised p99 latency; alice rolled it back after 12 minutes.
      The incident lasted 45 min. It was acknowledged at 10:15 UTC by alice.
      Within six minutes alice acknowledged it, and Firebreak ranked the deploy at 82%.
      After the rollback, responders confirmed the root cause. Bob rejected scaling up.
      Checkout's p99 latency reached 1.8s against 0.2s. Two alerts fired.
      The follow-up is a canary check; the on-call response needs no review.
      """)
  void faithfulProsePasses(String prose) {
    ProseCheck.Verdict v = ProseCheck.check(prose, DRAFT);
    assertThat(v.unsupported()).isEmpty();
    assertThat(v.accepted()).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      The incident lasted 47 minutes.                                   | 47
      Roughly 3000 requests failed before the rollback.                 | 3000
      It was acknowledged at 10:16 UTC.                                 | 10:16
      Deploy b71cc09 was rolled back.                                   | b71cc09
      The team traced it to Redis.                                      | Redis
      Carol approved the rollback.                                      | Carol
      The rollback restored payments-api within minutes.                | payments-api
      Latency came back once pool_size was raised.                      | pool_size
      Eight alerts fired.                                               | Eight
      A bad DNS entry made it worse.                                    | DNS
      Kubernetes restarted the pods.                                    | Kubernetes
      """)
  void anInventedNumberOrNameRejectsTheProse(String prose, String invented) {
    ProseCheck.Verdict v = ProseCheck.check(prose, DRAFT);
    assertThat(v.accepted()).isFalse();
    assertThat(v.unsupported()).contains(invented);
    assertThat(v.reason()).contains("\"" + invented + "\"", "not in the draft");
  }

  @org.junit.jupiter.api.Test
  void anEmptyAnswerIsRejected() {
    assertThat(ProseCheck.check("  ", DRAFT).accepted()).isFalse();
    assertThat(ProseCheck.check("  ", DRAFT).reason()).isEqualTo("the answer was empty");
  }

  @org.junit.jupiter.api.Test
  void theReasonNamesAtMostEightInventionsAndCountsTheRest() {
    ProseCheck.Verdict v = ProseCheck.check("the values 101 102 103 104 105 106 107 108 109 110.", DRAFT);
    assertThat(v.unsupported()).hasSize(10);
    assertThat(v.reason()).contains("\"108\"", "and 2 more").doesNotContain("\"109\"");
    assertThat(List.copyOf(v.unsupported())).startsWith("101");
  }
}
