package dev.firebreak.benchmarks.retrieval;

import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.activities.retrieval.knowledge.KnowledgeChunk;
import dev.firebreak.activities.retrieval.store.EmbeddedChunk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic postmortem-like chunks for the speed benchmark (seeded). Vectors are RANDOM UNIT VECTORS,
 * not embeddings of the text: embedding 100k chunks on 2 cores would take ~10 minutes, and the store's
 * search cost does not depend on where the vectors came from (random vectors are if anything harder for HNSW).
 */
final class SyntheticChunks {

    static final String[] SERVICES = {"checkout", "cart", "payments", "search", "orders-db", "inventory", "api-gateway",
            "auth", "notifications", "shipping", "recommendations", "kafka", "redis", "billing", "catalog"};
    static final String[] CAUSES = {"deploy", "config", "capacity", "dependency", "expiry", "hardware", "network", "data"};
    static final String[] SECTIONS = {"Summary", "Impact", "Root cause", "Resolution", "Timeline", "Follow-ups"};
    static final String[] WORDS = ("latency timeout connection pool exhausted error rate spike memory leak oomkilled restart "
            + "crashloop disk full watermark certificate expired tls handshake dns resolution failure replica lag failover "
            + "rollback release config change feature flag cache eviction thundering herd queue backlog consumer lag "
            + "rate limit throttling 503 502 500 gateway upstream retry storm deadlock slow query index missing cpu "
            + "saturation throttled garbage collection pause heap exhausted file descriptors ephemeral ports nat "
            + "partition kafka broker rebalance redis cluster eviction node drained autoscaler quota exceeded").split(" ");

    private final Random random = new Random(42);
    private final int dimension;

    SyntheticChunks(int dimension) {
        this.dimension = dimension;
    }

    List<EmbeddedChunk> next(int startOrdinal, int count) {
        List<EmbeddedChunk> chunks = new ArrayList<>(count);
        for (int i = startOrdinal; i < startOrdinal + count; i++) {
            int document = i / SECTIONS.length;
            String id = "synthetic/pm-" + document + ".md";
            List<String> services = List.of(SERVICES[document % SERVICES.length], SERVICES[(document * 7 + 3) % SERVICES.length]);
            KnowledgeChunk chunk = new KnowledgeChunk(id + "#" + (i % SECTIONS.length), id, DocumentKind.POSTMORTEM,
                    services.get(0) + " " + sentence(4), SECTIONS[i % SECTIONS.length], sentence(60),
                    LocalDate.of(2020, 1, 1).plusDays(document % 2_000), services, CAUSES[document % CAUSES.length],
                    List.of(WORDS[document % WORDS.length]), "synthetic");
            chunks.add(new EmbeddedChunk(chunk, randomUnitVector()));
        }
        return chunks;
    }

    String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
        }
        return text.toString().trim();
    }

    float[] randomUnitVector() {
        float[] vector = new float[dimension];
        double norm = 0;
        for (int d = 0; d < dimension; d++) {
            vector[d] = (float) random.nextGaussian();
            norm += vector[d] * vector[d];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dimension; d++) {
            vector[d] *= scale;
        }
        return vector;
    }
}
