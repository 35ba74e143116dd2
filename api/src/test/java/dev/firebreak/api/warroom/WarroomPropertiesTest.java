package dev.firebreak.api.warroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WarroomPropertiesTest {

  @Test
  void linksToTheWorkflowInTheTemporalUi() {
    WarroomProperties props = new WarroomProperties("http://temporal-ui:8080/", Duration.ofSeconds(2));
    assertThat(props.hasTemporalUi()).isTrue();
    assertThat(props.workflowUrl("prod", "incident-alertmanager-abc"))
        .isEqualTo("http://temporal-ui:8080/namespaces/prod/workflows/incident-alertmanager-abc");
  }

  @Test
  void noUiConfiguredMeansNoLink() {
    assertThat(new WarroomProperties("", Duration.ofSeconds(2)).hasTemporalUi()).isFalse();
  }

  @Test
  void severityIsAlwaysSpelledOutBesideItsColour() {
    assertThat(Severity.of("sev1")).extracting(Severity::label, Severity::symbol).containsExactly("SEV1", "▲▲");
    assertThat(Severity.of("weird").label()).isEqualTo("WEIRD");
  }
}
