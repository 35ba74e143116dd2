package dev.firebreak.benchmarks.nab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The data files listed in NAB's windows file, loaded with their windows. */
final class NabCorpus {

    private NabCorpus() {
    }

    @SuppressWarnings("unchecked")
    static List<NabSeries> load(Path dataDir, Path windowsFile) throws IOException {
        Map<String, Object> windowsByFile = (Map<String, Object>) MiniJson.parse(Files.readString(windowsFile));
        List<NabSeries> corpus = new ArrayList<>();
        for (Map.Entry<String, Object> entry : windowsByFile.entrySet()) {
            List<long[]> windows = new ArrayList<>();
            for (Object w : (List<Object>) entry.getValue()) {
                List<Object> limits = (List<Object>) w;
                windows.add(new long[] {
                    NabTimestamps.toEpochMillis((String) limits.get(0)),
                    NabTimestamps.toEpochMillis((String) limits.get(1))});
            }
            windows.sort((a, b) -> Long.compare(a[0], b[0]));
            corpus.add(NabSeries.read(dataDir, entry.getKey(), windows));
        }
        corpus.sort((a, b) -> a.key().compareTo(b.key()));
        return corpus;
    }

    /** Cost matrices by profile name, from NAB's config/profiles.json. */
    @SuppressWarnings("unchecked")
    static Map<String, CostMatrix> profiles(Path profilesFile) throws IOException {
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(Files.readString(profilesFile));
        Map<String, CostMatrix> profiles = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Object> e : json.entrySet()) {
            Map<String, Object> m = (Map<String, Object>) ((Map<String, Object>) e.getValue()).get("CostMatrix");
            profiles.put(e.getKey(), new CostMatrix(
                    (Double) m.get("tpWeight"), (Double) m.get("fpWeight"), (Double) m.get("fnWeight")));
        }
        return profiles;
    }
}
