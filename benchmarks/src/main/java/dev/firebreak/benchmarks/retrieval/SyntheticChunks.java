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
 * Words follow a Zipf distribution over a 20,000-word vocabulary (the domain words plus pronounceable
 * pseudo-words), like natural text; drawing uniformly from a few hundred words would make every query term
 * match a third of all chunks, a BM25 cost no real corpus has.
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

    private static final int VOCABULARY = 20_000;
    private static final String[] SYLLABLES = ("ka to ri mu se la no ve di po sa ge tu mi ra be zo lu fi ne ko "
            + "da ti ru ma so ve ni pa").split(" ");

    private final Random random = new Random(42);
    private final int dimension;
    private final String[] vocabulary = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];

    SyntheticChunks(int dimension) {
        this.dimension = dimension;
        Random words = new Random(7);
        for (int rank = 0; rank < VOCABULARY; rank++) {
            // Domain words take every 40th rank, so they are frequent but not the most frequent.
            vocabulary[rank] = rank % 40 == 5 && rank / 40 < WORDS.length ? WORDS[rank / 40] : pseudoWord(words);
        }
        double sum = 0;
        for (int rank = 0; rank < VOCABULARY; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < VOCABULARY; rank++) {
            cumulative[rank] /= sum;
        }
    }

    private static String pseudoWord(Random words) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + words.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[words.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private String zipfWord() {
        int rank = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[rank >= 0 ? rank : Math.min(VOCABULARY - 1, -rank - 1)];
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
            text.append(zipfWord()).append(w % 12 == 11 ? ". " : " ");
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
