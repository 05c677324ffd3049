package org.govgraph.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govgraph.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** /sparql and /data as a client sees them: protocol forms, formats, negotiation, limits, the read-only rules. */
class SparqlEndpointIT {
    private static final String SELECT_SERVICES = "PREFIX cpsv: <http://purl.org/vocab/cpsv#> "
            + "PREFIX dct: <http://purl.org/dc/terms/> "
            + "SELECT ?title WHERE { ?s a cpsv:PublicService ; dct:title ?title FILTER(lang(?title) = 'en') } ORDER BY ?title";
    private static final String CONSTRUCT =
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = <http://localhost:8080/id/country/MYS>) }";
    private static final String COUNT_MARKER = "SELECT (COUNT(*) AS ?n) { ?s <http://example.org/marker> ?o }";

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String q(String query) {
        return "/sparql?query=" + TestServer.encode(query);
    }

    @Test
    void answersAQueryByGet() {
        HttpResponse<String> r = server.get(q(SELECT_SERVICES), "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("title\r\nBusiness registration\r\nPassport renewal\r\n", r.body());
    }

    @Test
    void answersAQueryByUrlEncodedPost() {
        HttpResponse<String> r = server.post(
                "/sparql",
                "application/x-www-form-urlencoded",
                "query=" + TestServer.encode(SELECT_SERVICES),
                "Accept",
                "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Passport renewal"), r.body());
    }

    @Test
    void answersAQueryByDirectPost() {
        HttpResponse<String> r = server.post(
                "/sparql", "application/sparql-query", SELECT_SERVICES, "Accept", "text/tab-separated-values");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"Passport renewal\"@en"), r.body());
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json, \"value\": \"Passport renewal\"",
        "application/sparql-results+xml, application/sparql-results+xml, <literal xml:lang=\"en\">Passport renewal</literal>",
        "text/csv, text/csv, Passport renewal",
        "text/tab-separated-values, text/tab-separated-values, \"Passport renewal\"@en"
    })
    void writesSelectResultsInEachFormat(String accept, String contentType, String expected) {
        HttpResponse<String> r = server.get(q(SELECT_SERVICES), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(contentType));
        assertTrue(r.body().contains(expected), r.body());
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({
        "text/turtle, TURTLE",
        "application/n-triples, NTRIPLES",
        "application/ld+json, JSONLD",
        "application/rdf+xml, RDFXML"
    })
    void writesGraphsInEachFormat(String accept, String lang) {
        HttpResponse<String> r = server.get(q(CONSTRUCT), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), langOf(lang)).parse(g);
        assertTrue(g.contains(
                NodeFactory.createURI("http://localhost:8080/id/country/MYS"),
                NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#notation"),
                NodeFactory.createLiteralString("MYS")));
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
    }

    @ParameterizedTest(name = "format={0}")
    @CsvSource({
        "json, application/sparql-results+json",
        "xml, application/sparql-results+xml",
        "csv, text/csv",
        "tsv, text/tab-separated-values"
    })
    void formatParameterChoosesTheResultFormat(String format, String contentType) {
        HttpResponse<String> r = server.get(q(SELECT_SERVICES) + "&format=" + format, "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith(contentType),
                r.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void refusesAnAcceptHeaderNoFormatMatches() {
        HttpResponse<String> r = server.get(q(SELECT_SERVICES), "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("image/png"), r.body());
    }

    @Test
    void malformedQueryIs400WithTheParserMessage() {
        HttpResponse<String> r = server.get(q("SELECT ?x WHERE { ?x"), "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("line 1"), r.body());
    }

    @Test
    void updateWithoutTokenIs401AndChangesNothing() {
        HttpResponse<String> r = server.post(
                "/sparql",
                "application/sparql-update",
                "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/marker> 1 } }");
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals("n\r\n0\r\n", server.get(q(COUNT_MARKER), "text/csv").body());
    }

    @Test
    void updateWithWrongTokenIs403AndChangesNothing() {
        HttpResponse<String> r = server.post(
                "/sparql",
                "application/x-www-form-urlencoded",
                "update=" + TestServer.encode("INSERT DATA { <http://example.org/a> <http://example.org/marker> 2 }"),
                "Authorization",
                "Bearer not-the-token");
        assertEquals(403, r.statusCode());
        assertEquals("n\r\n0\r\n", server.get(q(COUNT_MARKER), "text/csv").body());
    }

    @Test
    void graphStoreWriteWithoutTokenIs401() {
        HttpResponse<String> r = server.send(server.request("/data?graph=" + TestServer.encode("http://example.org/g2"))
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/a> <http://example.org/marker> 3 ."))
                .header("Content-Type", "application/n-triples")
                .build());
        assertEquals(401, r.statusCode());
        assertEquals("n\r\n0\r\n", server.get(q(COUNT_MARKER), "text/csv").body());
    }

    @Test
    void graphStoreReadsArePublic() {
        HttpResponse<String> r = server.get(
                "/data?graph=" + TestServer.encode("http://localhost:8080/graph/source/fixture"),
                "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<http://localhost:8080/id/country/KEN>"));
    }

    @Test
    void updateAndGraphStoreWritesWorkWithTheToken(@TempDir Path own) {
        try (TestServer t = TestServer.start(own)) {
            HttpResponse<String> r = t.post(
                    "/sparql",
                    "application/sparql-update",
                    "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/marker> 1 } }",
                    "Authorization",
                    "Bearer " + TestServer.TOKEN);
            assertEquals(204, r.statusCode(), r.body());
            r = t.send(t.request("/data?graph=" + TestServer.encode("http://example.org/g2"))
                    .PUT(HttpRequest.BodyPublishers.ofString(
                            "<http://example.org/b> <http://example.org/marker> \"2\" ."))
                    .header("Content-Type", "application/n-triples")
                    .header("Authorization", "Bearer " + TestServer.TOKEN)
                    .build());
            assertEquals(201, r.statusCode(), r.body());
            assertEquals("n\r\n2\r\n", t.get(q(COUNT_MARKER), "text/csv").body());
        }
    }

    @Test
    void withoutAConfiguredTokenWritesAreRefusedEvenWithOne(@TempDir Path own) {
        try (TestServer t = TestServer.start(own, b -> b)) {
            HttpResponse<String> r = t.post(
                    "/sparql",
                    "application/sparql-update",
                    "INSERT DATA { <http://example.org/a> <http://example.org/marker> 1 }",
                    "Authorization",
                    "Bearer " + TestServer.TOKEN);
            assertEquals(403, r.statusCode());
            assertTrue(r.body().contains("read-only"), r.body());
            assertEquals("n\r\n0\r\n", t.get(q(COUNT_MARKER), "text/csv").body());
        }
    }

    @Test
    void serviceIsRefused() {
        HttpResponse<String> r =
                server.get(q("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"), "text/csv");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }

    @Test
    void defaultGraphUriAndNamedGraphUriAreHonoured() {
        String fixture = "http://localhost:8080/graph/source/fixture";
        String ontology = "http://localhost:8080/graph/ontology";
        String count = "SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2004/02/skos/core#notation> \"MYS\" }";
        assertEquals(
                "n\r\n1\r\n",
                server.get(q(count) + "&default-graph-uri=" + TestServer.encode(fixture), "text/csv")
                        .body());
        assertEquals(
                "n\r\n0\r\n",
                server.get(q(count) + "&default-graph-uri=" + TestServer.encode(ontology), "text/csv")
                        .body());
        String graphs = "SELECT ?g { GRAPH ?g { } }";
        assertEquals(
                "g\r\n" + fixture + "\r\n",
                server.get(q(graphs) + "&named-graph-uri=" + TestServer.encode(fixture), "text/csv")
                        .body());
    }

    @Test
    void theDefaultGraphIsTheUnionOfNamedGraphs() {
        String ask =
                "ASK { <http://localhost:8080/id/country/MYS> ?p ?o . <https://w3id.org/govgraph/ns#egdi> ?p2 ?o2 }";
        assertEquals("_askResult\r\ntrue\r\n", server.get(q(ask), "text/csv").body());
    }

    @Test
    void slowQueryIsStoppedByTheTimeLimitAndTheNextQueryAnswers(@TempDir Path own) {
        try (TestServer t = TestServer.start(own, b -> b.queryTimeout(Duration.ofSeconds(1)))) {
            t.store().replaceSource("bulk", bulk(3000), null);
            HttpResponse<String> slow = t.get(
                    q("SELECT (COUNT(*) AS ?n) { ?a <http://example.org/p> ?b . "
                            + "?c <http://example.org/p> ?d . ?e <http://example.org/p> ?f }"),
                    "text/csv");
            assertEquals(503, slow.statusCode(), slow.body());
            assertTrue(slow.body().toLowerCase().contains("timed out"), slow.body());
            assertEquals(
                    "n\r\n1\r\n",
                    t.get(
                                    q(
                                            "SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2004/02/skos/core#notation> \"MYS\" }"),
                                    "text/csv")
                            .body());
            assertTrue(t.get("/metrics", null).body().contains("govgraph_sparql_query_timeouts_total 1.0"));
        }
    }

    @Test
    void aSecondHeavyQueryIsRefusedWhileTheFirstRunsAndLightQueriesStillAnswer(@TempDir Path own) throws Exception {
        try (TestServer t =
                TestServer.start(own, b -> b.queryTimeout(Duration.ofSeconds(4)).querySlots(4, 1))) {
            t.store().replaceSource("bulk", bulk(3000), null);
            String cartesian =
                    q("SELECT (COUNT(*) AS ?n) { ?a <http://example.org/p> ?b . ?c <http://example.org/p> ?d ."
                            + " ?e <http://example.org/p> ?f }");
            HttpRequest heavy =
                    t.request(cartesian).header("Accept", "text/csv").GET().build();
            var first = t.client().sendAsync(heavy, HttpResponse.BodyHandlers.ofString());
            var second = t.client().sendAsync(heavy, HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1500); // Both heavy queries have arrived: one runs, the other was refused after 1 s.
            HttpResponse<String> light = t.get(
                    q("SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2004/02/skos/core#notation>" + " \"MYS\" }"),
                    "text/csv");
            assertEquals("n\r\n1\r\n", light.body(), "a light query answers while the heavy lane is full");
            List<HttpResponse<String>> both = List.of(first.get(), second.get());
            HttpResponse<String> refused = both.stream()
                    .filter(r -> r.body().contains("cartesian product"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("one heavy query must be refused: "
                            + both.get(0).body() + " / " + both.get(1).body()));
            assertEquals(503, refused.statusCode());
            assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
            HttpResponse<String> ran = both.get(both.get(0) == refused ? 1 : 0);
            assertEquals(503, ran.statusCode());
            assertTrue(
                    ran.body().toLowerCase().contains("timed out"), "the other ran to the time limit: " + ran.body());
            assertTrue(t.get("/metrics", null).body().contains("govgraph_sparql_query_refused_total 1.0"));
            assertEquals(
                    "n\r\n1\r\n",
                    t.get(
                                    q("SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2004/02/skos/core#notation>"
                                            + " \"MYS\" }"),
                                    "text/csv")
                            .body(),
                    "the slots came back");
        }
    }

    @Test
    void queriesWaitingForTheHeavyLaneLeaveThreadsForSearchesAndLookups(@TempDir Path own) throws Exception {
        try (TestServer t =
                TestServer.start(own, b -> b.queryTimeout(Duration.ofSeconds(4)).querySlots(4, 1))) {
            t.store().replaceSource("bulk", bulk(3000), null);
            HttpRequest heavy = t.request(q("SELECT (COUNT(*) AS ?n) { ?a <http://example.org/p> ?b ."
                            + " ?c <http://example.org/p> ?d . ?e <http://example.org/p> ?f }"))
                    .header("Accept", "text/csv")
                    .GET()
                    .build();
            var running = t.client().sendAsync(heavy, HttpResponse.BodyHandlers.ofString());
            Thread.sleep(200);
            // More waiting heavy queries than Fuseki's default pool has threads; each waits 1 s for the lane.
            List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                waiting.add(t.client().sendAsync(heavy, HttpResponse.BodyHandlers.ofString()));
            }
            Thread.sleep(300);
            HttpResponse<String> search = t.get("/api/search?q=malaysia", "application/json");
            HttpResponse<String> lookup = t.get(
                    q("SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2004/02/skos/core#notation>" + " \"MYS\" }"),
                    "text/csv");
            long refusedMeanwhile =
                    waiting.stream().filter(CompletableFuture::isDone).count();
            assertEquals(200, search.statusCode(), search.body());
            assertEquals("n\r\n1\r\n", lookup.body());
            assertEquals(
                    0,
                    refusedMeanwhile,
                    "the search and the lookup were answered, not queued behind the waiting queries");
            for (var w : waiting) {
                assertEquals(503, w.get().statusCode(), w.get().body());
            }
            assertEquals(503, running.get().statusCode());
        }
    }

    @Test
    void aChunkedQueryBodyOverTheLimitIs413() {
        byte[] huge = ("SELECT * { ?s ?p ?o } #" + "x".repeat(300 * 1024)).getBytes(StandardCharsets.UTF_8);
        // A body from a stream has no Content-Length: the client sends it chunked.
        HttpResponse<String> r = server.send(server.request("/sparql")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build());
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("too large"), r.body());
    }

    @Test
    void aChunkedUpdateBodyOverTheLimitIs413EvenWithTheToken() {
        byte[] huge = ("INSERT DATA { <http://example.org/a> <http://example.org/marker> 1 } #"
                        + "x".repeat(300 * 1024))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = server.send(server.request("/sparql")
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build());
        assertEquals(413, r.statusCode(), r.body());
        assertEquals("n\r\n0\r\n", server.get(q(COUNT_MARKER), "text/csv").body(), "nothing was written");
    }

    @Test
    void aChunkedFormOverTheLimitIs413() {
        byte[] huge = ("query=" + TestServer.encode("SELECT * { ?s ?p ?o } #" + "x".repeat(300 * 1024)))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = server.send(server.request("/sparql")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build());
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("too large"), r.body());
    }

    @Test
    void aChunkedQueryUpdateOrFormWithinTheLimitIsServedWhole(@TempDir Path own) {
        try (TestServer t = TestServer.start(own)) {
            byte[] update =
                    "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/marker> 1 } }"
                            .getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = t.send(t.request("/sparql")
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Bearer " + TestServer.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(update)))
                    .build());
            assertEquals(204, r.statusCode(), r.body());
            byte[] query = COUNT_MARKER.getBytes(StandardCharsets.UTF_8);
            r = t.send(t.request("/sparql")
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(query)))
                    .build());
            assertEquals("n\r\n1\r\n", r.body());
            byte[] form = ("query=" + TestServer.encode(COUNT_MARKER)).getBytes(StandardCharsets.UTF_8);
            r = t.send(t.request("/sparql")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form)))
                    .build());
            assertEquals("n\r\n1\r\n", r.body());
        }
    }

    private static Graph bulk(int triples) {
        Graph bulk = GraphFactory.createDefaultGraph();
        for (int i = 0; i < triples; i++) {
            bulk.add(Triple.create(
                    NodeFactory.createURI("http://example.org/s" + i),
                    NodeFactory.createURI("http://example.org/p"),
                    NodeFactory.createLiteralString("v" + i)));
        }
        return bulk;
    }

    @Test
    void tooLargeQueryIs413() {
        String huge = "SELECT * { ?s ?p ?o } #" + "x".repeat(300 * 1024);
        HttpResponse<String> r = server.post("/sparql", "application/sparql-query", huge);
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("too large"), r.body());
    }

    @Test
    void compressesWhenTheClientAccepts() throws IOException {
        HttpResponse<byte[]> r = sendBytes(
                server.request(q(CONSTRUCT.replace("FILTER(?s = <http://localhost:8080/id/country/MYS>)", "")))
                        .header("Accept", "application/n-triples")
                        .header("Accept-Encoding", "gzip")
                        .GET()
                        .build());
        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        String body = new String(
                new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(body.contains("<http://localhost:8080/id/country/MYS>"));
    }

    @Test
    void allowsCrossOriginReadsButNotTheAuthorizationHeader() {
        HttpResponse<String> r = server.send(server.request(q(SELECT_SERVICES))
                .header("Origin", "https://example.org")
                .header("Accept", "text/csv")
                .GET()
                .build());
        assertEquals(200, r.statusCode());
        assertEquals(
                "https://example.org",
                r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> preflight = server.send(server.request("/sparql")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization")
                .build());
        assertFalse(preflight
                .headers()
                .firstValue("Access-Control-Allow-Headers")
                .orElse("")
                .toLowerCase()
                .contains("authorization"));
    }

    private static HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return server.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
