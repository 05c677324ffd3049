package org.govgraph.bench.sparql;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.govgraph.bench.support.HttpLoad;
import org.govgraph.server.pages.ExampleQueries;

/**
 * The fixed SPARQL query mix: the example queries bundled with the server's editor page
 * ({@code web/examples/*.rq}), which cover EGDI series, Data Cube joins, per-organisation
 * aggregates over every Canadian service and the catalog.
 */
public final class QueryMix {
    private QueryMix() {}

    public static List<ExampleQueries.Example> examples() {
        return ExampleQueries.all();
    }

    /** The mix as GET requests to {@code endpoint} (e.g. {@code http://127.0.0.1:PORT/sparql}), JSON results. */
    public static List<HttpLoad.Request> requests(String endpoint) {
        return requests(endpoint, DEFAULT_WAIT);
    }

    /** As above, each request given up by the client after {@code wait}. */
    public static List<HttpLoad.Request> requests(String endpoint, Duration wait) {
        return examples().stream()
                .map(e -> new HttpLoad.Request(e.id(), get(endpoint, e.query(), wait)))
                .toList();
    }

    public static HttpRequest get(String endpoint, String query) {
        return get(endpoint, query, DEFAULT_WAIT);
    }

    private static HttpRequest get(String endpoint, String query, Duration wait) {
        return HttpRequest.newBuilder(
                        URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(wait)
                .GET()
                .build();
    }

    /** How long the client waits for an answer by default: longer than the servers' time limits in the runs. */
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(120);
}
