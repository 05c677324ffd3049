package org.govgraph.bench.sparql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.govgraph.bench.report.ResultTable;
import org.govgraph.bench.support.HttpLoad;
import org.govgraph.bench.support.Latencies;
import org.govgraph.bench.support.Workspace;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.release.Releases;
import org.govgraph.search.SearchIndex;
import org.govgraph.server.GovgraphServer;
import org.govgraph.server.pages.ExampleQueries;

/**
 * Benchmark 2, SPARQL: the example-query mix at 1, 4 and 8 concurrent clients through
 * govgraph's {@code /sparql} and through a stock Fuseki ({@link FusekiServer} with the
 * dataset added as is), both in this JVM on loopback ports and on the very same TDB2
 * {@code Dataset} object (a TDB2 store cannot be opened by two JVMs at once), so the only
 * difference is the server in front of it. Runs alternate A, B, A, B per client count.
 */
public final class SparqlBenchmark {
    private final Workspace work;
    private final long services;
    private final int rounds;
    private final Duration perRun;
    private final List<Integer> clientCounts;

    public SparqlBenchmark(Workspace work, long services, int rounds, Duration perRun, List<Integer> clientCounts) {
        this.work = work;
        this.services = services;
        this.rounds = rounds;
        this.perRun = perRun;
        this.clientCounts = List.copyOf(clientCounts);
    }

    /** The per-query table of the last {@link #run()}. */
    private ResultTable perQuery;

    public ResultTable perQueryTable() {
        return perQuery;
    }

    public ResultTable run() throws IOException, InterruptedException {
        Path dir = work.servingStore(services, "8g");
        ResultTable.Builder table = ResultTable.builder(
                "sparql",
                "2. SPARQL: example-query mix, govgraph /sparql vs stock Fuseki, " + Workspace.describe(services),
                "clients",
                "govgraph q/s",
                "govgraph p50 ms",
                "govgraph p99 ms",
                "govgraph, no answer cache q/s",
                "no cache p50 ms",
                "no cache p99 ms",
                "Fuseki q/s",
                "Fuseki p50 ms",
                "Fuseki p99 ms",
                "ratio (govgraph q/s / Fuseki q/s)",
                "ratio without the cache",
                "errors (govgraph / no cache / Fuseki)");
        try (Releases releases = Releases.open(dir, Iris.defaults())) {
            Store store = releases.current().store();
            SearchIndex index = releases.current().index();
            index.ensureCurrent();
            GovgraphServer govgraph = GovgraphServer.create()
                    .port(0)
                    .store(store)
                    .index(index)
                    .build()
                    .start();
            GovgraphServer uncached = GovgraphServer.create()
                    .port(0)
                    .store(store)
                    .index(index)
                    .answerCacheBytes(0)
                    .build()
                    .start();
            FusekiServer fuseki = FusekiServer.create()
                    .port(0)
                    .loopback(true)
                    .add("/ds", store.dataset(), false)
                    .build()
                    .start();
            try {
                String ours = "http://127.0.0.1:" + govgraph.port() + "/sparql";
                String ours2 = "http://127.0.0.1:" + uncached.port() + "/sparql";
                String theirs = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds/query";
                table.note(sameAnswers(ours, theirs));
                perQuery = perQuery(ours2, theirs, store); // the queries themselves, not the cache
                for (int clients : clientCounts) {
                    HttpClient client = HttpLoad.newClient(clients);
                    HttpLoad load = new HttpLoad(client);
                    List<HttpLoad.Outcome> a = new ArrayList<>();
                    List<HttpLoad.Outcome> a2 = new ArrayList<>();
                    List<HttpLoad.Outcome> b = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        System.out.println("sparql: " + clients + " clients, round " + (round + 1));
                        a.add(load.run(QueryMix.requests(ours), clients, Long.MAX_VALUE, perRun));
                        a2.add(load.run(QueryMix.requests(ours2), clients, Long.MAX_VALUE, perRun));
                        b.add(load.run(QueryMix.requests(theirs), clients, Long.MAX_VALUE, perRun));
                    }
                    Latencies la = merged(a);
                    Latencies la2 = merged(a2);
                    Latencies lb = merged(b);
                    table.row(
                            clients,
                            la.perSecond(),
                            la.p50(),
                            la.p99(),
                            la2.perSecond(),
                            la2.p50(),
                            la2.p99(),
                            lb.perSecond(),
                            lb.p50(),
                            lb.p99(),
                            la.perSecond() / lb.perSecond(),
                            la2.perSecond() / lb.perSecond(),
                            la.errors() + " / " + la2.errors() + " / " + lb.errors());
                }
            } finally {
                govgraph.stop();
                uncached.stop();
                fuseki.stop();
            }
        }
        table.note("Query mix: the " + QueryMix.examples().size() + " example queries of the editor page"
                + " (server/src/main/resources/web/examples), each client walking the list from its own offset;"
                + " closed loop, " + perRun.toSeconds() + " s per run, " + rounds + " interleaved rounds; latency is"
                + " request to last byte of the JSON results over loopback HTTP/1.1 (JDK HttpClient).");
        table.note("Same JVM, same TDB2 Dataset object, same query timeout: the difference is govgraph's filters"
                + " (metrics, error mapping, size limit, write guard, and the release-keyed answer cache, 64 MiB by"
                + " default; the middle columns are the same server with --no-query-cache) around Fuseki's own"
                + " query servlet. The mix repeats its queries, as users clicking the examples do: with the cache,"
                + " every answer after the first of each query and format comes from memory until the next release.");
        return table.build();
    }

    private static Latencies merged(List<HttpLoad.Outcome> runs) {
        return Latencies.merge(runs.stream().map(HttpLoad.Outcome::all).toArray(Latencies[]::new));
    }

    /**
     * Each example alone, one client, three times on each server (A, B, C, A, B, C, ...): the
     * median of each, and the rows of each answer. The third server is Virtuoso, loaded with the
     * same quads, when it is installed.
     */
    private ResultTable perQuery(String ours, String theirs, Store store) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ResultTable.Builder table = ResultTable.builder(
                "sparql-queries",
                "2b. SPARQL: each example query alone, " + Workspace.describe(services) + " (median of 3, one client)",
                "query",
                "govgraph ms",
                "Fuseki ms",
                "Virtuoso ms",
                "ratio (Fuseki time / govgraph time)",
                "ratio (Virtuoso time / govgraph time)",
                "rows (govgraph / Fuseki / Virtuoso)");
        VirtuosoPeer virtuoso = null;
        if (VirtuosoPeer.installed()) {
            virtuoso = VirtuosoPeer.start(work.dir().resolve("virtuoso-" + services), store, services);
            if (!virtuoso.loadTime().isZero()) {
                table.note("Virtuoso's bulk load of the store's quads (ld_dir, rdf_loader_run, checkpoint) took "
                        + String.format("%.1f", virtuoso.loadTime().toMillis() / 1000.0) + " s.");
            }
        } else {
            table.note(VirtuosoPeer.notInstalledNote());
        }
        ObjectMapper json = new ObjectMapper();
        List<String> adapted = new ArrayList<>();
        try {
            for (ExampleQueries.Example e : QueryMix.examples()) {
                String forVirtuoso = VirtuosoDialect.query(e);
                if (!forVirtuoso.equals(e.query())) {
                    adapted.add(e.id() + " (" + VirtuosoDialect.why(e) + ")");
                }
                long[] a = new long[3];
                long[] b = new long[3];
                long[] c = new long[3];
                for (int i = 0; i < 3; i++) {
                    a[i] = timed(client, QueryMix.get(ours, e.query()));
                    b[i] = timed(client, QueryMix.get(theirs, e.query()));
                    if (virtuoso != null) {
                        c[i] = timed(client, QueryMix.get(virtuoso.endpoint(), forVirtuoso));
                    }
                }
                java.util.Arrays.sort(a);
                java.util.Arrays.sort(b);
                java.util.Arrays.sort(c);
                String rows = rows(json, client, ours, e.query()) + " / " + rows(json, client, theirs, e.query())
                        + " / " + (virtuoso == null ? "-" : rows(json, client, virtuoso.endpoint(), forVirtuoso));
                table.row(
                        e.id(),
                        a[1] / 1e6,
                        b[1] / 1e6,
                        virtuoso == null ? "-" : c[1] / 1e6,
                        (double) b[1] / a[1],
                        virtuoso == null ? "-" : (double) c[1] / a[1],
                        rows);
            }
        } finally {
            if (virtuoso != null) {
                virtuoso.close();
            }
        }
        if (virtuoso != null) {
            table.note("Virtuoso Open Source "
                    + "7.2 (virtuoso-t, Debian's virtuoso-opensource) in its own process, loaded"
                    + " with the serving store's quads as N-Quads through its bulk loader, each graph under its own name;"
                    + " its /sparql answers over all graphs when a query names none, as govgraph's union default graph"
                    + " does. Queries changed for Virtuoso's dialect: "
                    + (adapted.isEmpty() ? "none" : String.join("; ", adapted)) + ".");
        }
        return table.build();
    }

    private static String rows(ObjectMapper json, HttpClient client, String endpoint, String query)
            throws IOException, InterruptedException {
        return Integer.toString(
                rows(json, client.send(QueryMix.get(endpoint, query), HttpResponse.BodyHandlers.ofString())));
    }

    private static long timed(HttpClient client, java.net.http.HttpRequest request)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<java.io.InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (java.io.InputStream body = r.body()) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return System.nanoTime() - t0;
    }

    /** Runs each example once on both servers and compares the number of result rows. */
    private static String sameAnswers(String ours, String theirs) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        List<String> differ = new ArrayList<>();
        for (ExampleQueries.Example e : QueryMix.examples()) {
            int a = rows(json, client.send(QueryMix.get(ours, e.query()), HttpResponse.BodyHandlers.ofString()));
            int b = rows(json, client.send(QueryMix.get(theirs, e.query()), HttpResponse.BodyHandlers.ofString()));
            if (a != b) {
                differ.add(e.id() + " (" + a + " vs " + b + " rows)");
            }
        }
        return differ.isEmpty()
                ? "Both servers return the same number of result rows for every query of the mix."
                : "Answers differ for: " + String.join(", ", differ);
    }

    private static int rows(ObjectMapper json, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            return -response.statusCode();
        }
        JsonNode bindings = json.readTree(response.body()).path("results").path("bindings");
        return bindings.size();
    }
}
