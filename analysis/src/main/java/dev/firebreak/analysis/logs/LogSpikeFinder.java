package dev.firebreak.analysis.logs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the log templates whose rate rose most in an incident window compared with a baseline
 * window just before it, e.g. "{@code Timeout waiting for connection from pool} x412, new in
 * the last 6 minutes".
 */
public final class LogSpikeFinder {

    private static final int SAMPLES = 3;
    private final MinerSettings settings;

    public LogSpikeFinder(MinerSettings settings) {
        this.settings = settings;
    }

    public LogSpikeFinder() {
        this(MinerSettings.defaults());
    }

    /**
     * Ranks templates by how many more lines the incident window holds than the baseline rate
     * predicts; only templates that rose are returned.
     *
     * @param baseline lines of the window before the incident
     * @param baselineMillis length of the baseline window
     * @param incident lines of the incident window
     * @param incidentMillis length of the incident window
     * @param limit maximum number of templates returned
     */
    public List<TemplateSpike> find(List<LogLine> baseline, long baselineMillis, List<LogLine> incident,
                                    long incidentMillis, int limit) {
        if (baselineMillis <= 0 || incidentMillis <= 0) {
            throw new IllegalArgumentException("window lengths must be positive");
        }
        TemplateMiner miner = new TemplateMiner(settings);
        int[] baselineIds = mine(miner, baseline);
        int[] incidentIds = mine(miner, incident);
        Map<Integer, Tally> tallies = new HashMap<>();
        for (int i = 0; i < baselineIds.length; i++) {
            tallies.computeIfAbsent(miner.currentId(baselineIds[i]), Tally::new).baseline(baseline.get(i));
        }
        for (int i = 0; i < incidentIds.length; i++) {
            tallies.computeIfAbsent(miner.currentId(incidentIds[i]), Tally::new).incident(incident.get(i));
        }
        double scale = (double) incidentMillis / baselineMillis;
        List<Tally> rising = new ArrayList<>();
        for (Tally t : tallies.values()) {
            if (t.incidentCount > t.baselineCount * scale) {
                rising.add(t);
            }
        }
        rising.sort((a, b) -> Double.compare(b.excess(scale), a.excess(scale)));
        List<TemplateSpike> result = new ArrayList<>();
        for (Tally t : rising.subList(0, Math.min(limit, rising.size()))) {
            LogTemplate template = miner.template(t.id);
            double ratio = (t.incidentCount / (double) incidentMillis) / ((t.baselineCount + 0.5) / baselineMillis);
            result.add(new TemplateSpike(template == null ? t.samples.get(0) : template.template(), t.incidentCount,
                    t.baselineCount, ratio, t.firstSeen, t.baselineCount == 0, List.copyOf(t.samples)));
        }
        return result;
    }

    private static int[] mine(TemplateMiner miner, List<LogLine> lines) {
        int[] ids = new int[lines.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = miner.addForId(lines.get(i).message());
        }
        return ids;
    }

    private static final class Tally {
        final int id;
        long baselineCount;
        long incidentCount;
        long firstSeen = Long.MAX_VALUE;
        final List<String> samples = new ArrayList<>();

        Tally(int id) {
            this.id = id;
        }

        void baseline(LogLine line) {
            baselineCount++;
            firstSeen = Math.min(firstSeen, line.epochMillis());
        }

        void incident(LogLine line) {
            incidentCount++;
            firstSeen = Math.min(firstSeen, line.epochMillis());
            if (samples.size() < SAMPLES) {
                samples.add(line.message());
            }
        }

        double excess(double scale) {
            return incidentCount - baselineCount * scale;
        }
    }
}
