package dev.firebreak.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TemplateMinerPropertiesTest {

    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "error", "open", "close", "user",
        "disk", "queue", "timeout", "retry", "node", "cache", "write", "read"};

    @Property(tries = 20)
    void templateCountNeverExceedsTheCap(@ForAll long seed, @ForAll @IntRange(min = 1, max = 50) int cap) {
        TemplateMiner miner = new TemplateMiner(new MinerSettings(0.5, cap));
        Random random = new Random(seed);
        for (int i = 0; i < 5000; i++) {
            StringBuilder line = new StringBuilder();
            int tokens = 1 + random.nextInt(8);
            for (int t = 0; t < tokens; t++) {
                line.append(random.nextInt(4) == 0 ? String.valueOf(random.nextInt(1000))
                        : WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            LogTemplate template = miner.add(line.toString());
            assertThat(template.template()).isNotNull();
            assertThat(miner.size()).isLessThanOrEqualTo(cap);
        }
    }
}
