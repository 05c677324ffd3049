package org.govgraph.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.govgraph.bench.report.ResultTable;
import org.govgraph.bench.support.HttpLoad;
import org.govgraph.bench.support.Latencies;
import org.govgraph.bench.support.Workspace;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.release.Releases;
import org.govgraph.search.LuceneSearchIndex;
import org.govgraph.search.OpenSearchIndex;
import org.govgraph.search.SearchIndex;
import org.govgraph.search.opensearch.OpenSearchCluster;
import org.govgraph.search.opensearch.OpenSearchNodes;
import org.govgraph.server.GovgraphServer;

/**
 * The same 1,000 search questions through {@code /api/search} (default facets) on three search
 * backends at once: the in-process Lucene index, a one-node OpenSearch cluster (one shard, no
 * replica) and a three-node one (three shards, one replica each, so that it survives a node's
 * loss); real nodes in child JVMs with a fixed heap. Times each index's build, then asks the
 * questions interleaved by blocks (A, B, C, A, B, C) at 1 and at 4 clients, and checks that the
 * backends give the same totals.
 */
public final class SearchBackendsBenchmark {
    private static final int QUESTIONS = 1_000;
    private static final int BLOCK = 100;
    private static final int PAGE = 20;
    private static final int WARM_UP = 100;
    private static final int MANY = 4;
    private static final Duration ASK = Duration.ofSeconds(60);

    /**
     * One backend under test.
     *
     * @param name   how the tables name it
     * @param layout nodes, shards, replicas and heap
     * @param index  its index of the store
     * @param build  the time to build the index, in seconds
     * @param server govgraph serving /api/search on it
     * @param stats  the cluster's first node, for its index size and heap (null for Lucene)
     */
    private record Backend(
            String name, String layout, SearchIndex index, double build, GovgraphServer server, URI stats) {
        URI ask(String word) {
            return URI.create("http://127.0.0.1:" + server.port() + "/api/search?size=" + PAGE + "&q="
                    + URLEncoder.encode(word, StandardCharsets.UTF_8));
        }
    }

    private final Workspace work;
    private final long services;
    private final String nodeHeap;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpLoad.newClient(MANY);

    public SearchBackendsBenchmark(Workspace work, long services, String nodeHeap) {
        this.work = work;
        this.services = services;
        this.nodeHeap = nodeHeap;
    }

    public List<ResultTable> run() throws Exception {
        String loadBefore = load();
        Path dir = work.servingStore(services, "8g");
        List<String> words = Keywords.draw(QUESTIONS, 7);
        System.setProperty(OpenSearchNodes.HEAP, nodeHeap);
        // Both clusters start at once (a node takes half a minute or more to come up), and every index is
        // built after they are up, one at a time, so that no build shares the machine with a starting node.
        CompletableFuture<OpenSearchNodes> one = CompletableFuture.supplyAsync(() -> OpenSearchNodes.start(1));
        CompletableFuture<OpenSearchNodes> three = CompletableFuture.supplyAsync(() -> OpenSearchNodes.start(3));
        List<Backend> backends = new ArrayList<>();
        List<AutoCloseable> open = new ArrayList<>();
        try (Releases releases = Releases.open(dir, Iris.defaults())) {
            Store store = releases.current().store();
            OpenSearchNodes nodes1 = one.get();
            open.add(nodes1);
            OpenSearchNodes nodes3 = three.get();
            open.add(nodes3);
            LuceneSearchIndex lucene = LuceneSearchIndex.open(store, work.fresh("backends-lucene-" + services));
            open.add(lucene);
            backends.add(backend("Lucene (in-process)", "1 process, 1 index", lucene, null, store));
            backends.add(openSearch("OpenSearch, 1 node", nodes1, 1, 0, store, open));
            backends.add(openSearch("OpenSearch, 3 nodes", nodes3, 3, 1, store, open));
            // Not measured: the first questions load classes, caches and the JIT of every backend alike.
            for (Backend b : backends) {
                for (String w : words.subList(0, WARM_UP)) {
                    send(b.ask(w));
                }
            }
            long[][] totals = new long[backends.size()][words.size()];
            List<List<Long>> single = new ArrayList<>();
            List<List<Latencies>> many = new ArrayList<>();
            long[] errors = new long[backends.size()];
            long[] partial = new long[backends.size()];
            for (int b = 0; b < backends.size(); b++) {
                single.add(new ArrayList<>());
                many.add(new ArrayList<>());
            }
            for (int from = 0; from < words.size(); from += BLOCK) {
                System.out.println("search-backends: 1 client, questions " + from + ".." + (from + BLOCK));
                for (int b = 0; b < backends.size(); b++) {
                    for (int i = from; i < Math.min(words.size(), from + BLOCK); i++) {
                        long t0 = System.nanoTime();
                        try {
                            JsonNode answer = json.readTree(send(backends.get(b).ask(words.get(i))));
                            single.get(b).add(System.nanoTime() - t0);
                            totals[b][i] = answer.path("total").asLong(-1);
                            partial[b] += answer.path("partial").asBoolean() ? 1 : 0;
                        } catch (IOException e) {
                            errors[b]++;
                            totals[b][i] = -1;
                        }
                    }
                }
            }
            for (int from = 0; from < words.size(); from += BLOCK) {
                System.out.println("search-backends: " + MANY + " clients, questions " + from + ".." + (from + BLOCK));
                for (int b = 0; b < backends.size(); b++) {
                    Backend backend = backends.get(b);
                    List<HttpLoad.Request> mix = words.subList(from, Math.min(words.size(), from + BLOCK)).stream()
                            .map(w -> new HttpLoad.Request(
                                    "search",
                                    HttpRequest.newBuilder(backend.ask(w))
                                            .timeout(ASK)
                                            .build()))
                            .toList();
                    HttpLoad.Outcome outcome = new HttpLoad(http).run(mix, MANY, mix.size(), Duration.ofMinutes(10));
                    many.get(b).add(outcome.all());
                }
            }
            return List.of(
                    latencyTable(backends, single, many, errors, partial, totals, words, loadBefore),
                    buildTable(backends));
        } finally {
            for (Backend b : backends) {
                b.server().stop();
            }
            for (int i = open.size() - 1; i >= 0; i--) {
                open.get(i).close();
            }
            one.thenAccept(OpenSearchNodes::close);
            three.thenAccept(OpenSearchNodes::close);
        }
    }

    private Backend openSearch(
            String name, OpenSearchNodes nodes, int shards, int replicas, Store store, List<AutoCloseable> open) {
        OpenSearchCluster cluster = OpenSearchCluster.connect(nodes.hosts(), "govgraph-bench", shards, replicas);
        open.add(cluster);
        OpenSearchIndex index = OpenSearchIndex.open(cluster, store);
        open.add(index);
        String layout = nodes.size() + (nodes.size() == 1 ? " node" : " nodes") + ", " + shards
                + (shards == 1 ? " shard" : " shards") + ", " + replicas + (replicas == 1 ? " replica" : " replicas")
                + " per shard, -Xms=-Xmx=" + nodeHeap + " per node";
        return backend(name, layout, index, nodes, store);
    }

    /** Builds the index (for a cluster: until every copy of every shard is allocated) and serves it. */
    private Backend backend(String name, String layout, SearchIndex index, OpenSearchNodes nodes, Store store) {
        System.out.println("search-backends: building the index of " + name);
        long t0 = System.nanoTime();
        index.rebuild();
        if (nodes != null && !nodes.awaitStatus("green", Duration.ofMinutes(10))) {
            throw new IllegalStateException(name + ": the cluster did not turn green within 10 minutes");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("search-backends: %s built in %.1f s%n", name, seconds);
        // No answer cache: a repeated question must reach the backend, which is what is measured.
        GovgraphServer server = GovgraphServer.create()
                .port(0)
                .store(store)
                .index(index)
                .answerCacheBytes(0)
                .build()
                .start();
        return new Backend(
                name,
                layout,
                index,
                seconds,
                server,
                nodes == null ? null : nodes.hosts().get(0));
    }

    private String send(URI uri) throws IOException {
        try {
            HttpResponse<String> r =
                    http.send(HttpRequest.newBuilder(uri).timeout(ASK).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException("HTTP " + r.statusCode() + " for " + uri);
            }
            return r.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private ResultTable latencyTable(
            List<Backend> backends,
            List<List<Long>> single,
            List<List<Latencies>> many,
            long[] errors,
            long[] partial,
            long[][] totals,
            List<String> words,
            String loadBefore) {
        ResultTable.Builder table = ResultTable.builder(
                "search-backends",
                "3b. Search backends: " + QUESTIONS + " questions through /api/search with facets, "
                        + Workspace.describe(services),
                "backend, clients",
                "questions",
                "p50 ms",
                "p99 ms",
                "queries/s",
                "p50 / Lucene's",
                "p99 / Lucene's",
                "Lucene's q/s / this",
                "errors");
        Latencies[] lucene = new Latencies[2];
        for (int b = 0; b < backends.size(); b++) {
            Latencies[] runs = {
                latencies(single.get(b)), Latencies.merge(many.get(b).toArray(Latencies[]::new))
            };
            if (b == 0) {
                lucene = runs;
            }
            for (int c = 0; c < 2; c++) {
                Latencies l = runs[c];
                table.row(
                        backends.get(b).name() + ", " + (c == 0 ? "1 client" : MANY + " clients"),
                        l.count(),
                        l.p50(),
                        l.p99(),
                        l.perSecond(),
                        l.p50() / lucene[c].p50(),
                        l.p99() / lucene[c].p99(),
                        lucene[c].perSecond() / l.perSecond(),
                        c == 0 ? errors[b] : l.errors());
            }
        }
        table.note(TotalsAgreement.of(words, totals)
                .describe(
                        String.join(" / ", backends.stream().map(Backend::name).toList())));
        long partials = java.util.Arrays.stream(partial).sum();
        table.note("Errors: answers other than 200, or none within " + ASK.toSeconds() + " s. Answers flagged"
                + " partial (part of an OpenSearch index did not answer) at 1 client: " + partials + ".");
        table.note("Questions: the search benchmark's " + QUESTIONS + " one-word questions (drawn from the real"
                + " titles, seed 7), first page of " + PAGE + ", the default facets (every facet's counts over all"
                + " matches); govgraph's answer cache off, so every answer comes from the backend. The first "
                + WARM_UP + " questions were asked of each backend once before, unmeasured. Interleaved by blocks of "
                + BLOCK + " questions (Lucene, 1 node, 3 nodes, then the next block), first at 1 client, then at "
                + MANY + " closed-loop clients (JDK HttpClient); queries/s over the time spent on that backend.");
        table.note("One govgraph server per backend in the bench's JVM, on the same TDB2 store (the hits' other"
                + " fields come from the index). Layouts: "
                + String.join(
                        "; ",
                        backends.stream().map(b -> b.name() + ": " + b.layout()).toList())
                + ". Every OpenSearch node is a child JVM on the same machine and loopback.");
        table.note("Machine load (uptime's load averages over 1, 5, 15 min; 2 cores shared with other helpers'"
                + " builds): " + loadBefore + " at the start, " + load() + " at the end of the run.");
        return table.build();
    }

    private ResultTable buildTable(List<Backend> backends) {
        ResultTable.Builder table = ResultTable.builder(
                "search-backends-build",
                "3c. Search backends: building the index of " + Workspace.describe(services),
                "backend",
                "layout",
                "build s",
                "build / Lucene's",
                "index MiB (every copy)",
                "node heap used MiB");
        for (Backend b : backends) {
            long bytes;
            Long heap = null;
            if (b.stats() == null) {
                bytes = Workspace.size(work.dir().resolve("backends-lucene-" + services));
            } else {
                JsonNode stats = stats(b.stats().resolve("/_nodes/stats/jvm,indices"));
                bytes = 0;
                long used = 0;
                for (JsonNode node : stats.path("nodes")) {
                    bytes += node.path("indices")
                            .path("store")
                            .path("size_in_bytes")
                            .asLong();
                    used += node.path("jvm")
                            .path("mem")
                            .path("heap_used_in_bytes")
                            .asLong();
                }
                heap = used / (1024 * 1024);
            }
            table.row(
                    b.name(),
                    b.layout(),
                    b.build(),
                    b.build() / backends.get(0).build(),
                    bytes / (1024.0 * 1024),
                    heap);
        }
        table.note("Build: from the TDB2 store to an index that answers (Lucene: written and committed in the"
                + " store's folder; OpenSearch: a new index by the bulk API, refreshed, behind its alias, and the"
                + " cluster green, i.e. every replica allocated). Same code path as govgraph's ingest and serve.");
        table.note("Node heap used: the sum over the cluster's nodes after the questions (/_nodes/stats), out of"
                + " their fixed heaps; Lucene runs in govgraph's own heap and reads its index through the page"
                + " cache (memory-mapped), so its index size is what it needs in memory to stay fast.");
        return table.build();
    }

    private JsonNode stats(URI uri) {
        try {
            return json.readTree(send(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the node stats at " + uri, e);
        }
    }

    private static Latencies latencies(List<Long> nanos) {
        long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
        return new Latencies(a, java.util.Arrays.stream(a).sum(), 0);
    }

    /** The load averages as uptime shows them. */
    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
