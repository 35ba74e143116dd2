package dev.firebreak.analysis.logs;

/**
 * Settings of the {@link TemplateMiner}; {@link #defaults()} is meant for every log source.
 *
 * @param similarity share of constant tokens a message must share with a template to join it
 * @param maxTemplates cap on live templates; the least recently used one is evicted beyond it
 */
public record MinerSettings(double similarity, int maxTemplates) {

    public MinerSettings {
        if (similarity <= 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity must be in (0,1]");
        }
        if (maxTemplates < 1) {
            throw new IllegalArgumentException("maxTemplates must be positive");
        }
    }

    public static MinerSettings defaults() {
        return new MinerSettings(0.7, 10_000);
    }
}
