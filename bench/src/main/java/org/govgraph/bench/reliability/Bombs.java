package org.govgraph.bench.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.govgraph.bench.support.HttpLoad;

/**
 * The hostile requests of the load run, each with the answers it may get: a gzip body that
 * inflates to 200 MB (413 before it is parsed), a backtracking REGEX over a bound string
 * (answered, or refused by the narrow lane: never running past the limit), and a
 * GROUP_CONCAT over a cartesian product (422 at the memory budget, or refused by the lane,
 * or stopped by the time limit).
 */
final class Bombs {
    /** Kind to the statuses that answer it correctly (0: the connection cut once results streamed). */
    static final Map<String, Set<Integer>> KINDS = Map.of(
            "gzip bomb", Set.of(413),
            "regex bomb", Set.of(200, 503),
            "group_concat bomb", Set.of(422, 503, 0));

    private Bombs() {}

    static List<HttpLoad.Request> requests(String base) {
        byte[] bomb = gzipBomb(200);
        return List.of(
                new HttpLoad.Request(
                        "gzip bomb",
                        HttpRequest.newBuilder(URI.create(base + "/sparql"))
                                .header("Content-Type", "application/sparql-query")
                                .header("Content-Encoding", "gzip")
                                .header("Accept", "application/sparql-results+json")
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bomb))
                                .build()),
                new HttpLoad.Request(
                        "regex bomb",
                        get(
                                base,
                                "ASK { BIND(\"" + "x".repeat(30)
                                        + "\" AS ?x) FILTER(REGEX(?x, \"(.*){1,32000}[bc]\")) }")),
                new HttpLoad.Request(
                        "regex bomb",
                        get(base, "ASK { BIND(\"" + "x".repeat(5000) + "\" AS ?x) FILTER(REGEX(?x, \"(x+x+)+y\")) }")),
                new HttpLoad.Request(
                        "group_concat bomb",
                        get(
                                base,
                                "SELECT (GROUP_CONCAT(CONCAT(STR(?a), STR(?b))) AS ?all) WHERE { ?a ?p ?o . ?b ?q ?r }")));
    }

    /** Bomb answers outside their kind's expected statuses. */
    static long misanswered(Map<String, Map<Integer, Long>> statuses) {
        return KINDS.entrySet().stream()
                .flatMap(kind -> statuses.getOrDefault(kind.getKey(), Map.of()).entrySet().stream()
                        .filter(e -> !kind.getValue().contains(e.getKey())))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    static String describe() {
        return KINDS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " "
                        + e.getValue().stream().sorted().map(String::valueOf).collect(Collectors.joining("/")))
                .collect(Collectors.joining(", "));
    }

    private static HttpRequest get(String base, String query) {
        return HttpRequest.newBuilder(
                        URI.create(base + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
    }

    /** A query with a comment of {@code mebibytes} MiB, gzipped (about 200 KB for 200 MiB), written a MiB at a time. */
    private static byte[] gzipBomb(int mebibytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] comment = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write("SELECT * WHERE { ?s ?p ?o } #".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < mebibytes; i++) {
                out.write(comment);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
