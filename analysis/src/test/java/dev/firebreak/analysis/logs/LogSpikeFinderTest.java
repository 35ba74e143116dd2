package dev.firebreak.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogSpikeFinderTest {

    private static final long MINUTE = 60_000L;

    @Test
    void newErrorTemplateInIncidentWindowRanksFirst() {
        List<LogLine> baseline = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            baseline.add(new LogLine(i * 6_000L, "GET /orders/" + i + " 200 in " + (i % 50) + " ms"));
        }
        long start = 30 * MINUTE;
        List<LogLine> incident = new ArrayList<>();
        for (int i = 0; i < 412; i++) {
            incident.add(new LogLine(start + 60_000L + i * 700L,
                    "Timeout waiting for connection from pool after " + (30000 + i) + " ms"));
        }
        for (int i = 0; i < 60; i++) {
            incident.add(new LogLine(start + i * 6_000L, "GET /orders/" + i + " 200 in 12 ms"));
        }
        List<TemplateSpike> spikes = new LogSpikeFinder().find(baseline, 30 * MINUTE, incident, 6 * MINUTE, 5);

        assertThat(spikes).isNotEmpty();
        TemplateSpike top = spikes.get(0);
        assertThat(top.template()).isEqualTo("Timeout waiting for connection from pool after <*> ms");
        assertThat(top.incidentCount()).isEqualTo(412);
        assertThat(top.newInIncident()).isTrue();
        assertThat(top.firstSeenMillis()).isEqualTo(start + 60_000L);
        assertThat(top.samples()).hasSize(3).allMatch(s -> s.startsWith("Timeout waiting"));
        // The steady request log (10/min before and during) did not rise.
        assertThat(spikes).noneMatch(s -> s.template().startsWith("GET"));
    }
}
