package dev.firebreak.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Payloads;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "firebreak.ingest.webhook-token=s3cret-token")
class WebhookTokenIT extends FirebreakIT {
  static final String PAYLOAD = Payloads.alertmanager("{}:{alertname=\"Tok\"}", "firing", "9999888877776666",
      "firing", "tokens");

  @Test
  void missingOrWrongTokenGets401AndStoresNothing() {
    int before = count("incidents");

    var missing = http().post("/api/v1/alerts/alertmanager", PAYLOAD);
    var wrong = http().post("/api/v1/alerts/alertmanager", PAYLOAD, "application/json",
        "Authorization", "Bearer nope");

    assertThat(missing.status()).isEqualTo(401);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain("s3cret-token");
    assertThat(count("incidents")).isEqualTo(before);
  }

  @Test
  void rightTokenIsAccepted() {
    var ok = http().post("/api/v1/alerts/alertmanager", PAYLOAD, "application/json",
        "Authorization", "Bearer s3cret-token");

    assertThat(ok.status()).isEqualTo(202);
  }
}
