package dev.firebreak.analysis.logs;

/**
 * Settings of the {@link TemplateMiner}; {@link #defaults()} is meant for every log source.
 *
 * @param similarity share of constant tokens a message must share with a template to join it
 * @param maxTemplates cap on live templates; the least recently used one is evicted beyond it
 * @param wordVariants how many different plain words one position must show before it is taken
 *     as a variable (user or service names) rather than as the word that tells events apart
 *     ("stored as bytes" / "stored as values")
 */
public record MinerSettings(double similarity, int maxTemplates, int wordVariants) {

    public MinerSettings {
        if (similarity <= 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity must be in (0,1]");
        }
        if (maxTemplates < 1) {
            throw new IllegalArgumentException("maxTemplates must be positive");
        }
        if (wordVariants < 2) {
            throw new IllegalArgumentException("wordVariants must be at least 2");
        }
    }

    public MinerSettings(double similarity, int maxTemplates) {
        this(similarity, maxTemplates, defaults().wordVariants());
    }

    public static MinerSettings defaults() {
        return new MinerSettings(0.7, 10_000, 3);
    }
}
