package org.govgraph.bench.reliability;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.govgraph.bench.memory.ServeProbe;
import org.govgraph.bench.report.ResultTable;
import org.govgraph.bench.support.ChildJvm;
import org.govgraph.bench.support.HttpLoad;
import org.govgraph.bench.support.Latencies;
import org.govgraph.bench.support.Workspace;
import org.govgraph.server.ServerSettings;
import org.govgraph.server.sparql.QueryAdmission;

/**
 * The load run: govgraph in a child JVM at {@code -Xmx512m} with a 5 s query timeout, and
 * 32 closed-loop clients for 60 seconds mixing keyword searches, simple SPARQL lookups and
 * pathological SPARQL (a cartesian product, an unbounded property path). Passes when the
 * pathological queries are stopped (by the timeout, or refused by the server's admission
 * control when its lane for such queries is full), the simple ones keep their p99 under
 * the stated bound, nothing but timeouts fails, and the server neither runs out of memory
 * nor stops answering. The mix also holds hostile requests ({@link Bombs}: a gzip bomb, REGEX
 * and GROUP_CONCAT bombs), and during the run {@link SlowBodies} trickle request bodies on
 * more connections than the server has threads while {@link HealthWatch} asks /healthz.
 */
public final class LoadRun {
    static final int CLIENTS = 32;
    static final Duration DURATION = Duration.ofSeconds(60);
    static final long TIMEOUT_SECONDS = 5;
    /**
     * The stated bound: under pathological queries, the simple queries' p99 may grow to at most
     * this many times their p99 under the same clients without them, measured in the same run
     * (32 closed-loop clients saturate a small machine with or without them, so an absolute
     * bound would measure the machine, not the server's defence).
     */
    static final double SIMPLE_P99_FACTOR = 3;
    /** Clients trickling request bodies during the run: more than the server's request threads. */
    static final int SLOW_CLIENTS = ServerSettings.DEFAULT_MAX_THREADS + 10;

    private static final String PREFIXES = "PREFIX dct: <http://purl.org/dc/terms/>\n"
            + "PREFIX cpsv: <http://purl.org/vocab/cpsv#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

    private final Workspace work;
    private final long services;

    public LoadRun(Workspace work, long services) {
        this.work = work;
        this.services = services;
    }

    public ResultTable run() throws Exception {
        Path dir = work.servingStore(services, "8g");
        AtomicInteger port = new AtomicInteger();
        ChildJvm.Running server = ChildJvm.of(ServeProbe.class)
                .heap("512m")
                .args("serve", dir, TIMEOUT_SECONDS)
                .start(line -> {
                    if (line.startsWith("port=")) {
                        port.set(Integer.parseInt(line.substring(5)));
                    }
                });
        long waitUntil = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (port.get() == 0 && server.process().isAlive() && System.nanoTime() < waitUntil) {
            Thread.sleep(200);
        }
        if (port.get() == 0) {
            server.kill();
            throw new IllegalStateException("The server child did not start:\n" + String.join("\n", server.output()));
        }
        String base = "http://127.0.0.1:" + port.get();
        List<HttpLoad.Request> mix = new ArrayList<>();
        for (String q : List.of("passport", "tax", "employment insurance", "business", "grant*", "licence OR permit")) {
            mix.add(new HttpLoad.Request("search", get(base + "/api/search?q=" + enc(q))));
        }
        for (String q : List.of(
                "SELECT ?t WHERE { <" + "http://localhost:8080/id/country/CAN" + "> skos:prefLabel ?t }",
                "SELECT ?s ?t WHERE { ?s a cpsv:PublicService ; dct:title ?t } LIMIT 10",
                "ASK { ?s a cpsv:PublicService }",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s a skos:Concept }")) {
            mix.add(new HttpLoad.Request("simple sparql", sparql(base, PREFIXES + q)));
        }
        mix.add(new HttpLoad.Request(
                "pathological sparql",
                sparql(base, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")));
        mix.add(new HttpLoad.Request(
                "pathological sparql", sparql(base, "SELECT (COUNT(*) AS ?n) WHERE { ?x (<urn:p>|!<urn:p>)* ?y }")));
        mix.addAll(Bombs.requests(base));
        HttpLoad.Outcome outcome;
        SlowBodies slow;
        HealthWatch watch;
        try (SlowBodies trickling = SlowBodies.start("127.0.0.1", port.get(), SLOW_CLIENTS);
                HealthWatch watching = HealthWatch.start(base)) {
            outcome = new HttpLoad(HttpLoad.newClient(CLIENTS)).run(mix, CLIENTS, Long.MAX_VALUE, DURATION);
            slow = trickling;
            watch = watching;
        }

        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> health = client.send(get(base + "/healthz"), HttpResponse.BodyHandlers.ofString());
        String metrics = client.send(get(base + "/metrics"), HttpResponse.BodyHandlers.ofString())
                .body();
        // The same clients and mix without the pathological queries: the saturated machine's own tail.
        List<HttpLoad.Request> light = mix.stream()
                .filter(r -> !r.kind().equals("pathological sparql") && !Bombs.KINDS.containsKey(r.kind()))
                .toList();
        Latencies baseline = new HttpLoad(HttpLoad.newClient(CLIENTS))
                .run(light, CLIENTS, Long.MAX_VALUE, DURATION)
                .byKind()
                .getOrDefault("simple sparql", new Latencies(new long[0], 1, 0));
        server.process().getOutputStream().close(); // ServeProbe stops when its standard input closes.
        ChildJvm.Result ended = server.await(Duration.ofMinutes(2));

        Map<Integer, Long> pathological = outcome.statuses().getOrDefault("pathological sparql", Map.of());
        long timeouts = pathological.entrySet().stream()
                .filter(e -> e.getKey() == 503 || e.getKey() == 0)
                .mapToLong(Map.Entry::getValue)
                .sum();
        long pathologicalOther = pathological.entrySet().stream()
                .filter(e -> e.getKey() != 503 && e.getKey() != 0 && e.getKey() != 200)
                .mapToLong(Map.Entry::getValue)
                .sum();
        long otherErrors = outcome.statuses().entrySet().stream()
                        .filter(e -> !e.getKey().equals("pathological sparql") && !Bombs.KINDS.containsKey(e.getKey()))
                        .flatMap(e -> e.getValue().entrySet().stream())
                        .filter(e -> e.getKey() < 200 || e.getKey() >= 300)
                        .mapToLong(Map.Entry::getValue)
                        .sum()
                + pathologicalOther;
        long bombsMisanswered = Bombs.misanswered(outcome.statuses());
        Latencies simple = outcome.byKind().getOrDefault("simple sparql", new Latencies(new long[0], 1, 0));
        Latencies search = outcome.byKind().getOrDefault("search", new Latencies(new long[0], 1, 0));
        boolean oom = ended.outOfMemory();
        boolean pass = !oom
                && health.statusCode() == 200
                && otherErrors == 0
                && bombsMisanswered == 0
                && watch.failed() == 0
                && slow.cut() > 0
                && simple.p99() <= SIMPLE_P99_FACTOR * baseline.p99();
        return ResultTable.builder(
                        "load",
                        "Reliability: " + CLIENTS + " clients for " + DURATION.toSeconds() + " s at -Xmx512m, "
                                + Workspace.describe(services),
                        "requests",
                        "simple SPARQL p50 / p99 ms",
                        "simple SPARQL p99 ms without pathological queries",
                        "search p50 / p99 ms",
                        "pathological stopped (timed out / refused)",
                        "errors other than timeouts",
                        "bombs answered otherwise than expected",
                        "/healthz during the run: failed / asked (slowest ms)",
                        "slow bodies cut / opened",
                        "out of memory",
                        "/healthz after",
                        "verdict")
                .row(
                        outcome.count(s -> true),
                        String.format(java.util.Locale.ROOT, "%.0f / %.0f", simple.p50(), simple.p99()),
                        baseline.p99(),
                        String.format(java.util.Locale.ROOT, "%.0f / %.0f", search.p50(), search.p99()),
                        timeouts + " of "
                                + pathological.values().stream()
                                        .mapToLong(Long::longValue)
                                        .sum()
                                + String.format(
                                        java.util.Locale.ROOT,
                                        " (%.0f / %.0f)",
                                        counter(metrics, "govgraph_sparql_query_timeouts_total"),
                                        counter(metrics, "govgraph_sparql_query_refused_total")),
                        otherErrors,
                        bombsMisanswered,
                        watch.failed() + " / " + watch.asked() + " (" + watch.slowestMillis() + ")",
                        slow.cut() + " / " + slow.opened(),
                        oom ? "yes" : "no",
                        health.statusCode(),
                        pass ? "pass" : "FAIL")
                .note("Query timeout " + TIMEOUT_SECONDS + " s; stated bound for the simple queries' p99: at most "
                        + (long) SIMPLE_P99_FACTOR + "x their p99 under the same " + CLIENTS + " clients without the"
                        + " pathological queries (a second " + DURATION.toSeconds() + " s run, same server)."
                        + " Statuses by kind: " + outcome.statuses()
                        + " (0 = connection cut, which is how a timeout shows once results have started streaming).")
                .note("The server runs at most " + QueryAdmission.defaultHeavyQueries() + " query of a heavy shape"
                        + " (cartesian product, unbounded path between two variables) at once and at most "
                        + QueryAdmission.defaultQueries() + " queries in all; a heavy query that finds its lane full"
                        + " for 1 s is refused with 503 and Retry-After (counted from the server's /metrics).")
                .note(String.format(
                        java.util.Locale.ROOT,
                        "Inside the server (its /metrics histogram, from when"
                                + " a thread began reading the request to the servlet's return): %s of the simple SPARQL"
                                + " answers and %s of the searches took over 1 s; the rest of a client's latency is spent"
                                + " waiting for a thread, in the kernel and in the load driver, which shares the machine's "
                                + Runtime.getRuntime().availableProcessors() + " cores. The server runs up to "
                                + ServerSettings.DEFAULT_MAX_THREADS
                                + " request threads (Fuseki's default of 20 left the"
                                + " simple queries queued behind heavy ones waiting for their lane; see bench/README.md).",
                        overOneSecond(metrics, "/sparql"),
                        overOneSecond(metrics, "/api/search")))
                .note("Pathological queries: a three-way cartesian product over every triple, and (p|!p)* between"
                        + " any two nodes, both counted so that nothing streams before the limit.")
                .note("Bombs in the mix, with the answers they may get: " + Bombs.describe() + ". Throughout the"
                        + " first run " + SLOW_CLIENTS + " more clients trickle a SPARQL body at one byte a second"
                        + " (more connections than the server has request threads), each opened again when the"
                        + " server cuts it, and /healthz is asked twice a second with a 5 s limit.")
                .build();
    }

    /** "n of m": the successful requests to {@code route} that the server's histogram puts above 1 s. */
    private static String overOneSecond(String metrics, String route) {
        String series = "govgraph_http_requests_seconds_";
        String labels = "route=\"" + route + "\",status=\"200\"";
        double all = 0;
        double withinOne = 0;
        for (String line : metrics.lines()
                .filter(l -> l.startsWith(series) && l.contains(labels))
                .toList()) {
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith(series + "count")) {
                all += value;
            } else if (line.startsWith(series + "bucket") && line.contains("le=\"1.0\"")) {
                withinOne += value;
            }
        }
        return String.format(java.util.Locale.ROOT, "%.0f of %.0f", all - withinOne, all);
    }

    /** A counter's value in Prometheus text, 0 when absent (nothing was counted). */
    private static double counter(String metrics, String name) {
        return metrics.lines()
                .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
    }

    private static HttpRequest sparql(String base, String query) {
        return HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + enc(query)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
