package org.govgraph.server.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.model.store.Store;
import org.govgraph.model.vocab.Prefixes;
import org.govgraph.release.publish.Fixtures;
import org.govgraph.release.publish.Publisher;
import org.govgraph.server.GovgraphServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog and downloads as a client sees them, through the real server on a loopback port and a TDB2 store on disk. */
class CatalogServerIT {
    @TempDir
    static Path dir;

    static Store store;
    static GovgraphServer server;
    static Release egdi;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Store.open(dir, Iris.defaults());
        egdi = Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", Instant.parse("2025-01-10T09:00:00Z"));
        Fixtures.ingest(store, "ca-si", "ca-si.ttl", Instant.parse("2025-01-11T09:00:00Z"));
        Publisher.forStore(store).publishAll();
        server = GovgraphServer.create().port(0).store(store).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        store.close();
    }

    @Test
    void everyDownloadHasTheChecksumAndSizeTheCatalogGives() throws Exception {
        List<QuerySolution> rows = new ArrayList<>();
        store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query(Prefixes.sparqlPrologue() + """
                    SELECT ?url ?size ?sha WHERE { ?d dcat:downloadURL ?url ; dcat:byteSize ?size ;
                                                      spdx:checksum/spdx:checksumValue ?sha }""")
                    .build()) {
                qe.execSelect().forEachRemaining(rows::add);
            }
            return null;
        });
        assertEquals(10, rows.size());
        for (QuerySolution row : rows) {
            String path = URI.create(row.getResource("url").getURI()).getPath();
            HttpResponse<byte[]> r = get(path, null);
            assertEquals(200, r.statusCode(), path);
            assertEquals(row.getLiteral("sha").getLexicalForm(), Fixtures.sha256(r.body()), path);
            assertEquals(row.getLiteral("size").getLong(), r.body().length, path);
            assertEquals(
                    "\"" + row.getLiteral("sha").getLexicalForm() + "\"",
                    r.headers().firstValue("ETag").orElseThrow());
            assertTrue(r.headers().firstValue("Last-Modified").isPresent(), path);
        }
    }

    @Test
    void aDumpIsServedAsGzipAndACsvAsText() throws Exception {
        String base = "/download/un-egdi/" + egdi.releaseId() + "/";
        HttpResponse<byte[]> dump = get(base + "un-egdi.nt.gz", null);
        assertEquals(
                "application/gzip", dump.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                Long.toString(dump.body().length),
                dump.headers().firstValue("Content-Length").orElseThrow());
        HttpResponse<byte[]> csv = get(base + "egdi-observations.csv", null);
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    }

    @Test
    void aClientWithTheCurrentEtagGets304() throws Exception {
        String path = "/download/un-egdi/" + egdi.releaseId() + "/un-egdi.ttl.gz";
        String etag = get(path, null).headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = HTTP.send(
                HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        HttpResponse<byte[]> other = HTTP.send(
                HttpRequest.newBuilder(uri(path))
                        .header("If-None-Match", "\"abc\"")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, other.statusCode());
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        for (String path : List.of(
                "/download/../../etc/passwd",
                "/download/%2e%2e/%2e%2e/etc/passwd",
                "/download/un-egdi/" + egdi.releaseId() + "/%2e%2e%2f%2e%2e%2fcatalog",
                "/download/un-egdi/..%2f..%2f..%2fetc/passwd",
                "/download/un-egdi/" + egdi.releaseId(),
                "/download/un-egdi/" + egdi.releaseId() + "/un-egdi.nt.gz/extra",
                "/download/un-egdi/" + egdi.releaseId() + "/.un-egdi.nt.gz.1.part")) {
            int status = get(path, null).statusCode();
            assertTrue(status == 400 || status == 404, path + " -> " + status);
        }
        assertEquals(
                404,
                get("/download/un-egdi/20990101T000000.000Z/un-egdi.nt.gz", null)
                        .statusCode());
    }

    @Test
    void theCatalogIsServedAsTurtleAndJsonLdThatParseToTheCatalogGraph() throws Exception {
        Graph stored = store.copyOf(store.iris().catalogGraph());
        for (String[] c : new String[][] {{"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"}}) {
            HttpResponse<byte[]> r = get("/catalog", c[0]);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(c[0]));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.body()))
                    .lang(c[1].equals("TTL") ? Lang.TURTLE : Lang.JSONLD)
                    .parse(g);
            assertTrue(stored.isIsomorphicWith(g), c[0]);
        }
    }

    @Test
    void theCatalogPageListsAndLinksEveryFileAndEscapesTheData() throws Exception {
        HttpResponse<byte[]> r = get("/catalog", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        String page = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("href=\"/download/un-egdi/" + egdi.releaseId() + "/egdi-observations.csv\""), page);
        assertTrue(page.contains("href=\"/download/ca-si/"), page);
        assertTrue(page.contains("A &lt;b&gt;small&lt;/b&gt; &amp; &quot;quoted&quot; fixture"), page);
        assertFalse(page.contains("<b>small</b>"));
    }

    @Test
    void theVoidDescriptionIsAtItsWellKnownAddress() throws Exception {
        HttpResponse<byte[]> r = get("/.well-known/void", null);
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(g);
        assertTrue(g.contains(
                store.iris().dataset("un-egdi"),
                org.apache.jena.vocabulary.RDF.type.asNode(),
                org.govgraph.model.vocab.VOID.Dataset.asNode()));
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
