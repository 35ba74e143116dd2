package dev.firebreak.benchmarks.retrieval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One line of {@code knowledge/queries.json}: a query and the documents (ids relative to knowledge/) that answer it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LabelledQuery(String id, String query, String service, List<String> relevant) {

    static List<LabelledQuery> load(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), new TypeReference<List<LabelledQuery>>() { });
    }
}
