package org.govgraph.bench.search;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.govgraph.bench.report.ResultTable;
import org.govgraph.bench.support.Latencies;
import org.govgraph.bench.support.Workspace;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.release.Releases;
import org.govgraph.search.SearchIndex;
import org.govgraph.search.SearchRequest;
import org.govgraph.server.GovgraphServer;

/**
 * Benchmark 3, keyword search: 1,000 one-word questions drawn from the real titles, asked
 * of govgraph's {@link SearchIndex} in-process and over HTTP {@code /api/search}, of
 * SPARQL with {@code FILTER(CONTAINS(LCASE(?title), word))}, and of jena-text's
 * {@code text:query} over a Lucene index of {@code dct:title}; one client, each question
 * asked of every contender in turn (interleaved in blocks of 50), first page of 20.
 */
public final class SearchBenchmark {
    private static final int QUESTIONS = 1_000;
    private static final int BLOCK = 50;
    /** Questions asked of every contender before the measured ones (another draw), unmeasured. */
    private static final int WARM_UP = 500;

    private static final int PAGE = 20;
    private static final String PREFIXES = "PREFIX dct: <http://purl.org/dc/terms/>\n"
            + "PREFIX cpsv: <http://purl.org/vocab/cpsv#>\nPREFIX text: <http://jena.apache.org/text#>\n";

    /** The count-everything CONTAINS contender is asked this many times less often than the first-page one. */
    private static final int TOTAL_FACTOR = 5;

    private final Workspace work;
    private final long services;
    private final int containsEvery;

    public SearchBenchmark(Workspace work, long services, int containsEvery) {
        this.work = work;
        this.services = services;
        this.containsEvery = containsEvery;
    }

    private interface Contender {
        /** Asks one question; returns the number of hits on the first page. */
        int ask(String word) throws Exception;
    }

    public ResultTable run() throws Exception {
        Path dir = work.servingStore(services, "8g");
        List<String> words = Keywords.draw(QUESTIONS, 7);
        List<String> names = List.of(
                "govgraph SearchIndex (in-process)",
                "govgraph /api/search (HTTP)",
                "HTTP round trip alone (/static/search.js, 3.5 KB, same client and server)",
                "jena-text text:query (in-process ARQ)",
                "SPARQL FILTER(CONTAINS(LCASE)) (in-process ARQ)",
                "SPARQL FILTER(CONTAINS(LCASE)) with the total count (in-process ARQ)");
        // Which questions each contender is asked: the scans only a sample, the full count a smaller one.
        int[] every = {1, 1, 1, 1, containsEvery, containsEvery * TOTAL_FACTOR};
        List<List<Long>> samples = new ArrayList<>();
        names.forEach(n -> samples.add(new ArrayList<>()));
        long[] hits = new long[names.size()];
        long[] errors = new long[names.size()];
        long textEntities;
        try (Releases releases = Releases.open(dir, Iris.defaults());
                JenaTextIndex text =
                        JenaTextIndex.build(releases.current().store(), work.fresh("jena-text-" + services))) {
            Store store = releases.current().store();
            SearchIndex index = releases.current().index();
            index.ensureCurrent();
            textEntities = text.entities();
            GovgraphServer server = GovgraphServer.create()
                    .port(0)
                    .store(store)
                    .index(index)
                    // Words repeat in the draw: without this the HTTP row would time the answer cache, not the search.
                    .answerCacheBytes(0)
                    .build()
                    .start();
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + server.port();
            String api = base + "/api/search?size=" + PAGE + "&q=";
            try {
                List<Contender> contenders = List.of(
                        w -> index.search(new SearchRequest(w, "en", 1, PAGE, List.of(), List.of()))
                                .results()
                                .size(),
                        w -> get(http, URI.create(api + URLEncoder.encode(w, StandardCharsets.UTF_8))),
                        // What HTTP alone costs this client and server: the floor under the row above.
                        w -> get(http, URI.create(base + "/static/search.js")),
                        w -> sparql(
                                text.dataset(),
                                PREFIXES + "SELECT ?s ?title WHERE { ?s text:query (dct:title \"" + w + "\" " + PAGE
                                        + ") . ?s dct:title ?title }"),
                        w -> sparql(
                                store.dataset(), PREFIXES + "SELECT ?s ?title " + containsWhere(w) + " LIMIT " + PAGE),
                        w -> sparql(store.dataset(), PREFIXES + "SELECT (COUNT(*) AS ?n) " + containsWhere(w)));
                // Not measured: the first questions compile the search code (Lucene's, shared by govgraph and
                // jena-text) and fill the page cache. Without this the contender asked first in each block paid
                // for the JIT: govgraph's p99 was then 22 ms against 3.5 ms once warm, at 10,000 services.
                List<String> warmUp = Keywords.draw(WARM_UP, 8);
                for (int c = 0; c < contenders.size(); c++) {
                    for (int i = 0; i < warmUp.size(); i += every[c]) {
                        try {
                            contenders.get(c).ask(warmUp.get(i));
                        } catch (Exception e) {
                            // counted when measured, not here
                        }
                    }
                }
                for (int from = 0; from < words.size(); from += BLOCK) {
                    List<String> block = words.subList(from, Math.min(words.size(), from + BLOCK));
                    System.out.println("search: questions " + from + ".." + (from + block.size()));
                    for (int c = 0; c < contenders.size(); c++) {
                        for (int i = 0; i < block.size(); i++) {
                            if ((from + i) % every[c] != 0) {
                                continue; // CONTAINS scans titles: ask it a sample only.
                            }
                            long t0 = System.nanoTime();
                            try {
                                hits[c] += contenders.get(c).ask(block.get(i));
                                samples.get(c).add(System.nanoTime() - t0);
                            } catch (Exception e) {
                                errors[c]++;
                            }
                        }
                    }
                }
            } finally {
                server.stop();
            }
        }
        ResultTable.Builder table = ResultTable.builder(
                "search",
                "3. Keyword search: " + QUESTIONS + " one-word questions, " + Workspace.describe(services),
                "contender",
                "questions",
                "p50 ms",
                "p99 ms",
                "queries/s (1 client)",
                "ratio of govgraph in-process q/s",
                "errors");
        Latencies ours = latencies(samples.get(0), errors[0]);
        for (int c = 0; c < names.size(); c++) {
            Latencies l = latencies(samples.get(c), errors[c]);
            table.row(
                    names.get(c),
                    l.count(),
                    l.p50(),
                    l.p99(),
                    l.perSecond(),
                    ours.perSecond() / l.perSecond(),
                    l.errors());
        }
        table.note("Words drawn with their real frequency from the English titles of the real Canadian inventory"
                + " (seed 7); first page of " + PAGE + " hits; one client, questions asked of each contender in turn"
                + " in blocks of " + BLOCK + ". Before them, " + WARM_UP + " other questions (seed 8) were asked of"
                + " each contender (of the CONTAINS rows, the same share as below), unmeasured.");
        table.note("govgraph in-process: SearchIndex.search without facets; /api/search adds HTTP, JSON and the"
                + " default facet counts; the /static row is the same client and server answering a request that"
                + " does no search, the floor under the /api/search row. jena-text: Lucene index of dct:title ("
                + textEntities + " titles, standard"
                + " analyzer) over the same TDB2 dataset. CONTAINS: asked every " + containsEvery + "th question only,"
                + " since each one scans titles; it stops at the first " + PAGE + " matches, unranked. CONTAINS with"
                + " the total count: what a search answer holds besides its first page (the number of matches),"
                + " which needs the whole scan; asked every " + every[5] + "th question.");
        table.note("A ratio above 1 means govgraph's in-process search answers that many times more questions per"
                + " second than the contender of the row.");
        return table.build();
    }

    /** The WHERE clause of both CONTAINS contenders: every service title that holds the word. */
    private static String containsWhere(String word) {
        return "WHERE { ?s a cpsv:PublicService ; dct:title ?title . FILTER(CONTAINS(LCASE(STR(?title)), \"" + word
                + "\")) }";
    }

    private static int sparql(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe =
                    QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                int n = 0;
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
        });
    }

    private static Latencies latencies(List<Long> nanos, long errors) {
        long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
        long total = 0;
        for (long x : a) {
            total += x;
        }
        return new Latencies(a, total, errors);
    }

    /** Asks one GET and reads the whole body; 1 when it was 200. */
    private static int get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<InputStream> r =
                http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = r.body()) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        }
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode());
        }
        return 1;
    }
}
