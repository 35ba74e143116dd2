package dev.firebreak.activities.retrieval.store.opensearch;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The real OpenSearch the *IT tests run against, started by {@code scripts/opensearch.sh start}. Its URL
 * comes from {@code FIREBREAK_TEST_OPENSEARCH_URL} (environment or system property). Without it the tests
 * are skipped on a laptop and fail under {@code CI=true}, so CI can never go green without running them.
 */
final class TestOpenSearch {

    static final String URL_VARIABLE = "FIREBREAK_TEST_OPENSEARCH_URL";

    private TestOpenSearch() {
    }

    static String url() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        if (url == null || url.isBlank()) {
            String hint = URL_VARIABLE + " is not set: run export " + URL_VARIABLE + "=\"$(scripts/opensearch.sh start)\"";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(hint);
            }
            Assumptions.abort(hint);
        }
        return url.replaceAll("/+$", "");
    }

    /** A fresh alias per test so tests never see each other's documents. */
    static String uniqueAlias() {
        return "firebreak-it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void deleteIndex(String index) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + "/" + index)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete test index " + index, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
