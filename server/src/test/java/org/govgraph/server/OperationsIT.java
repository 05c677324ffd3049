package org.govgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The route table, health, metrics, the OpenAPI description and error formats, end to end. */
class OperationsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    void everyRouteOfTheTableAnswersGet() {
        for (Route route : Routes.all()) {
            if (!route.methods().contains("GET")) {
                continue;
            }
            HttpResponse<String> r = server.get(route.examplePath(), null);
            if (!route.pathSpec().endsWith("/*")) {
                // A wildcard route's bare prefix names no resource, so only exact routes must not be 404.
                assertNotEquals(404, r.statusCode(), route.pathSpec());
            }
            assertTrue(r.statusCode() < 500, route.pathSpec() + " -> " + r.statusCode() + " " + r.body());
        }
    }

    /**
     * With every request slot taken (a long query, and lookups waiting for its query slot),
     * /healthz and /metrics still answer at once: requests past the slots wait without a
     * thread, and the operations routes skip that queue.
     */
    @Test
    void healthAnswersWhileEveryRequestSlotIsTaken(@TempDir Path own) throws Exception {
        try (TestServer t = TestServer.start(
                own, b -> b.queryTimeout(Duration.ofSeconds(4)).querySlots(1, 1).maxThreads(9))) {
            StringBuilder product = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                product.append("?s")
                        .append(i)
                        .append(" ?p")
                        .append(i)
                        .append(" ?o")
                        .append(i)
                        .append(" . ");
            }
            var heavy = t.client()
                    .sendAsync(
                            t.request("/sparql?query="
                                            + TestServer.encode("SELECT (COUNT(*) AS ?n) WHERE { " + product + "}"))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
            for (int i = 0; i < 12; i++) { // Each waits for the one query slot the heavy query holds.
                waiting.add(t.client()
                        .sendAsync(
                                t.request("/sparql?query=" + TestServer.encode("ASK { ?s ?p ?o }"))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()));
            }
            Thread.sleep(300);
            HttpResponse<String> health = t.send(
                    t.request("/healthz").timeout(Duration.ofSeconds(2)).GET().build());
            assertEquals(200, health.statusCode(), health.body());
            assertEquals(
                    200,
                    t.send(t.request("/metrics")
                                    .timeout(Duration.ofSeconds(2))
                                    .GET()
                                    .build())
                            .statusCode());
            assertEquals(503, heavy.get().statusCode(), "the heavy query ran to its time limit");
            for (var w : waiting) {
                assertEquals(200, w.get().statusCode(), "the waiting lookups are answered after it");
            }
        }
    }

    @Test
    void healthReportsStoreAndIndex() throws IOException {
        HttpResponse<String> r = server.get("/healthz", null);
        assertEquals(200, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("ok", body.path("status").asText());
        assertEquals(
                server.store().release().orElseThrow(),
                body.path("store").path("release").asText());
        assertTrue(body.path("index").path("current").asBoolean());
    }

    @Test
    void metricsCountRequestsByRoute() {
        server.get("/healthz", null);
        HttpResponse<String> r = server.get("/metrics", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(
                r.body()
                        .contains(
                                "govgraph_http_requests_seconds_count{method=\"GET\",route=\"/healthz\",status=\"200\"}"),
                r.body());
        assertTrue(r.body().contains("govgraph_sparql_query_timeouts_total"));
        // The request threads, and the jobs waiting for one, which no latency metric sees.
        assertTrue(r.body().contains("jetty_threads_config_max 200.0"), r.body());
        assertTrue(r.body().contains("jetty_threads_jobs "), r.body());
    }

    @Test
    void openApiListsEveryApiRoute() throws IOException {
        JsonNode doc = JSON.readTree(server.get("/api/openapi.json", null).body());
        assertTrue(doc.path("openapi").asText().startsWith("3."));
        for (Route route : Routes.ofKind(Route.Kind.API)) {
            // A route's trailing /* is its path parameter, e.g. /admin/ingest/{source}.
            assertTrue(doc.path("paths").has(route.pathSpec().replace("/*", "/{source}")), route.pathSpec());
        }
    }

    @Test
    void searchApiAnswersJsonAndBadRequestsGet400WithAMessage() throws IOException {
        HttpResponse<String> ok = server.get("/api/search?q=passport", null);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(JSON.readTree(ok.body()).has("results"));
        HttpResponse<String> bad = server.get("/api/search?q=x&page=zero", null);
        assertEquals(400, bad.statusCode());
        assertTrue(JSON.readTree(bad.body()).path("message").asText().contains("page"));
        assertEquals(400, server.get("/api/suggest", null).statusCode());
    }

    @Test
    void suggestTakesTheTypedTextAsQOrPrefix() throws IOException {
        for (String parameter : new String[] {"q", "prefix"}) {
            HttpResponse<String> ok = server.get("/api/suggest?" + parameter + "=pass", null);
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(JSON.readTree(ok.body()).isArray(), ok.body());
        }
    }

    @Test
    void everyResponseCarriesTheBrowserHardeningHeaders() {
        for (String path : new String[] {"/healthz", "/api/search?q=passport", "/no/such/page"}) {
            HttpResponse<String> response = server.get(path, null);
            assertTrue(
                    response.headers()
                            .firstValue("Content-Security-Policy")
                            .orElse("")
                            .contains("default-src 'self'"),
                    path);
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(""),
                    path);
        }
    }

    @Test
    void errorsAreJsonForProgramsAndHtmlForBrowsers() {
        HttpResponse<String> json = server.get("/no/such/page", "application/json");
        assertEquals(404, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        HttpResponse<String> html = server.get("/no/such/page", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.body().contains("<h1>404 Not Found</h1>"), html.body());
    }
}
