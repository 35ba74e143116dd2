package dev.firebreak.benchmarks.retrieval;

import dev.firebreak.activities.retrieval.SimilarIncidentRetrievers;
import dev.firebreak.activities.retrieval.RetrievalMode;
import dev.firebreak.activities.retrieval.RetrievalOptions;
import dev.firebreak.activities.retrieval.SimilarIncidentRetriever;
import dev.firebreak.activities.retrieval.embedding.CachingEmbedder;
import dev.firebreak.activities.retrieval.embedding.EmbeddingModels;
import dev.firebreak.activities.retrieval.knowledge.CorpusKnowledgeSource;
import dev.firebreak.activities.retrieval.knowledge.SectionChunker;
import dev.firebreak.activities.retrieval.store.HybridSearch;
import dev.firebreak.activities.retrieval.store.KnowledgeStore;
import dev.firebreak.activities.retrieval.store.lucene.LuceneKnowledgeStore;
import dev.firebreak.activities.retrieval.store.opensearch.OpenSearchKnowledgeStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code ./firebreak bench retrieval [--knowledge DIR] [--opensearch URL] [--chunks 100000] [--queries 1000]}
 *
 * <p>Quality (recall@3, MRR) of every mode on the labelled corpus, per store; speed (indexing throughput,
 * query p50/p99 without embedding time) on synthetic chunks; embedding throughput on its own. The last line
 * is {@code recall@3=… mrr=… p50_ms=… p99_ms=…} for the default configuration: embedded Lucene, default mode.
 */
public final class RetrievalBench {

    private RetrievalBench() {
    }

    public static void main(String[] args) throws Exception {
        Args options = Args.parse(args);
        Path work = Files.createTempDirectory("firebreak-retrieval-bench");
        try {
            new Run(options, work).execute();
        } finally {
            deleteRecursively(work);
        }
    }

    record Args(Path knowledge, String openSearch, int chunks, int openSearchChunks, int queries) {
        static Args parse(String[] args) {
            Path knowledge = Path.of("knowledge");
            String openSearch = null;
            int chunks = 100_000;
            int queries = 1_000;
            Integer openSearchChunks = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--knowledge" -> knowledge = Path.of(args[++i]);
                    case "--opensearch" -> openSearch = args[++i];
                    case "--chunks" -> chunks = Integer.parseInt(args[++i]);
                    case "--queries" -> queries = Integer.parseInt(args[++i]);
                    case "--opensearch-chunks" -> openSearchChunks = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; usage: [--knowledge DIR] [--opensearch URL] [--chunks N] [--opensearch-chunks N] [--queries N]");
                }
            }
            return new Args(knowledge, openSearch, chunks, openSearchChunks == null ? chunks : openSearchChunks, queries);
        }
    }

    private static final class Run {
        private final Args args;
        private final Path work;
        /** What {@code SimilarIncidentRetrievers.open} configures for the local model (component searches in turn). */
        private final RetrievalOptions defaults = RetrievalOptions.defaults().withQueryInstruction(EmbeddingModels.BGE_QUERY_INSTRUCTION);
        private CachingEmbedder embedder;
        private QualityEvaluation.Result defaultQuality;
        private Percentiles defaultLatency;

        Run(Args args, Path work) {
            this.args = args;
            this.work = work;
        }

        void execute() throws Exception {
            System.out.printf("retrieval bench: knowledge=%s opensearch=%s chunks=%d cores=%d load average %s; default mode=%s + bge query instruction%n",
                    args.knowledge(), args.openSearch(), args.chunks(), Runtime.getRuntime().availableProcessors(), loadAverage(), defaults.defaultMode());
            embeddingThroughput();
            quality();
            speed();
            System.out.printf("%nload average at the end: %s%n", loadAverage());
            System.out.printf("recall@3=%s mrr=%s p50_ms=%.2f p99_ms=%.2f%n",
                    defaultQuality == null ? "n/a" : String.format("%.3f", defaultQuality.recallAt3()),
                    defaultQuality == null ? "n/a" : String.format("%.3f", defaultQuality.mrr()),
                    defaultLatency.at(50), defaultLatency.at(99));
        }

        private void embeddingThroughput() {
            long start = System.nanoTime();
            embedder = new CachingEmbedder(EmbeddingModels.localBgeSmall());
            int dimension = embedder.dimension();
            System.out.printf("%n== embeddings (bge-small-en-v1.5 quantized, in-process ONNX)%nmodel load %.1f s, dimension %d%n",
                    (System.nanoTime() - start) / 1e9, dimension);
            SyntheticChunks text = new SyntheticChunks(dimension);
            for (int[] shape : new int[][] {{256, 12}, {256, 60}}) {
                List<String> sentences = new ArrayList<>();
                for (int i = 0; i < shape[0]; i++) {
                    sentences.add(i + " " + text.sentence(shape[1]));
                }
                // A throwaway embedder: the shared one would cache these and skew nothing, but keep it clean.
                CachingEmbedder fresh = new CachingEmbedder(EmbeddingModels.localBgeSmall());
                fresh.embed("warm up");
                long t = System.nanoTime();
                fresh.embedAll(sentences);
                System.out.printf("%d texts of %d words: %.0f embeddings/s%n", shape[0], shape[1], shape[0] / ((System.nanoTime() - t) / 1e9));
            }
        }

        private void quality() throws IOException {
            Path queriesFile = args.knowledge().resolve("queries.json");
            if (!Files.isRegularFile(queriesFile)) {
                System.out.printf("%n== quality: skipped, %s not found%n", queriesFile);
                return;
            }
            List<LabelledQuery> queries = LabelledQuery.load(queriesFile);
            CorpusKnowledgeSource source = new CorpusKnowledgeSource(args.knowledge());
            System.out.printf("%n== quality: %d labelled queries, %d documents%n", queries.size(), source.load().size());

            Path luceneDir = work.resolve("quality-lucene");
            defaultQuality = qualityOf("lucene", weight -> LuceneKnowledgeStore.open(luceneDir, embedder.dimension(), new HybridSearch(weight, null)),
                    source, queries);
            if (args.openSearch() != null) {
                String alias = "firebreak-bench-quality-" + System.nanoTime();
                try {
                    qualityOf("opensearch", weight -> OpenSearchKnowledgeStore.open(args.openSearch(), alias, embedder.dimension(), new HybridSearch(weight)),
                            source, queries);
                } finally {
                    deleteIndex(alias + "-v1");
                }
            }
        }

        private QualityEvaluation.Result qualityOf(String name, Function<Double, KnowledgeStore> stores, CorpusKnowledgeSource source,
                List<LabelledQuery> queries) {
            QualityEvaluation.Result atDefault = null;
            for (String instruction : List.of("", EmbeddingModels.BGE_QUERY_INSTRUCTION)) {
                for (double lexicalWeight : new double[] {0.3, 0.5}) {
                    RetrievalOptions options = defaults.withQueryInstruction(instruction);
                    try (SimilarIncidentRetriever retriever = new SimilarIncidentRetriever(stores.apply(lexicalWeight), embedder, options, new SectionChunker())) {
                        long start = System.nanoTime();
                        var report = retriever.sync(source);
                        if (report.chunks() > 0) {
                            System.out.printf("%s: indexed %d documents as %d chunks in %.1f s (embedding included)%n", name,
                                    report.added() + report.updated(), report.chunks(), (System.nanoTime() - start) / 1e9);
                        }
                        for (RetrievalMode mode : RetrievalMode.values()) {
                            boolean varies = mode == RetrievalMode.HYBRID_NORMALIZED || lexicalWeight == 0.5;
                            boolean usesVectors = mode != RetrievalMode.LEXICAL || instruction.isEmpty();
                            if (!varies || !usesVectors) {
                                continue;
                            }
                            QualityEvaluation.Result result = QualityEvaluation.evaluate(retriever, queries, mode);
                            System.out.printf("%-10s %-17s %-9s %-14s %s%n", name, mode,
                                    mode == RetrievalMode.HYBRID_NORMALIZED ? "bm25=" + lexicalWeight : "",
                                    instruction.isEmpty() ? "" : "+instruction", result);
                            if (mode == defaults.defaultMode() && instruction.equals(defaults.queryInstruction()) && lexicalWeight == 0.5) {
                                atDefault = result;
                            }
                        }
                    }
                }
            }
            return atDefault;
        }

        private void speed() {
            int dimension = embedder.dimension();
            SpeedBenchmark bench = new SpeedBenchmark(dimension);
            System.out.printf("%n== speed: %d synthetic chunks, RANDOM unit vectors (dim %d), store-level search for %d chunks, no embedding time%n",
                    args.chunks(), dimension, SpeedBenchmark.CHUNKS_PER_QUERY);
            Path luceneDir = work.resolve("speed-lucene");
            try (LuceneKnowledgeStore lucene = LuceneKnowledgeStore.open(luceneDir, dimension,
                    SimilarIncidentRetrievers.embeddedSearch())) {
                double rate = bench.load(new SpeedBenchmark.BulkLoader() {
                    public void add(List<dev.firebreak.activities.retrieval.store.EmbeddedChunk> chunks) {
                        lucene.addWithoutCommit(chunks);
                    }

                    public void finish() {
                        lucene.flush();
                    }
                }, args.chunks());
                System.out.printf("lucene: indexed at %.0f chunks/s%n", rate);
                long start = System.nanoTime();
                lucene.forceMerge();
                System.out.printf("lucene: force-merged to one segment in %.1f s%n", (System.nanoTime() - start) / 1e9);
                // Building the index left its garbage and cold code behind: whichever configuration was timed
                // first paid for them (p99 9.5-11 ms timed first, 7.6-8.2 ms timed second, either way round).
                System.gc();
                bench.latencies(lucene, 300, args.queries());
                // the product's configuration: its figure is the last line's
                Map<RetrievalMode, SpeedBenchmark.Latency> atDefault = bench.latencies(lucene, 300, args.queries());
                report("lucene", atDefault);
                defaultLatency = atDefault.get(defaults.defaultMode()).all();
            }
            try (LuceneKnowledgeStore lucene = LuceneKnowledgeStore.open(luceneDir, dimension, new HybridSearch())) {
                Map<RetrievalMode, SpeedBenchmark.Latency> sequential = bench.latencies(lucene, 300, args.queries());
                sequential.keySet().removeIf(mode -> mode == RetrievalMode.LEXICAL || mode == RetrievalMode.VECTOR);
                report("lucene sequential", sequential);
            }
            if (args.openSearch() != null) {
                String alias = "firebreak-bench-speed-" + System.nanoTime();
                try (OpenSearchKnowledgeStore openSearch = OpenSearchKnowledgeStore.open(args.openSearch(), alias, dimension, new HybridSearch())) {
                    double rate = bench.load(new SpeedBenchmark.BulkLoader() {
                        public void add(List<dev.firebreak.activities.retrieval.store.EmbeddedChunk> chunks) {
                            openSearch.addWithoutRefresh(chunks);
                        }

                        public void finish() {
                            openSearch.flush();
                        }
                    }, args.openSearchChunks());
                    System.out.printf("opensearch: indexed at %.0f chunks/s (%d chunks visible)%n", rate, openSearch.chunkCount());
                    report("opensearch", bench.latencies(openSearch, 300, args.queries()));
                } finally {
                    deleteIndex(alias + "-v1");
                }
            }
        }

        private static void report(String store, Map<RetrievalMode, SpeedBenchmark.Latency> latencies) {
            latencies.forEach((mode, latency) -> {
                System.out.printf("%-20s %-17s all        %s%n", store, mode, latency.all().summary());
                System.out.printf("%-20s %-17s unfiltered %s%n", store, mode, latency.unfiltered().summary());
                System.out.printf("%-20s %-17s by service %s%n", store, mode, latency.filtered().summary());
            });
        }

        private static String loadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).trim();
            } catch (IOException | RuntimeException e) {
                return "unknown";
            }
        }

        private void deleteIndex(String index) {
            try {
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(args.openSearch().replaceAll("/+$", "") + "/" + index))
                        .DELETE().build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException | InterruptedException e) {
                System.out.println("could not delete bench index " + index + ": " + e.getMessage());
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
