package org.govgraph.server.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.govgraph.server.ReleasePinning;
import org.govgraph.server.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers kept until the next release, and never one release's answer for another. */
class AnswerCacheIT {
    private static final String COUNT =
            "SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a <http://purl.org/vocab/cpsv#PublicService> } }";
    private static final String JSON = "application/sparql-results+json";

    @TempDir
    Path dir;

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheAndRevalidatesWithItsTag() {
        HttpResponse<String> first = query(COUNT);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(
                "miss", first.headers().firstValue(AnswerCacheFilter.HEADER).orElseThrow());
        // The same query written otherwise is the same question.
        HttpResponse<String> second = query(COUNT.replace(" WHERE", "\nWHERE").replace("?n", "?n "));
        assertEquals(
                "hit", second.headers().firstValue(AnswerCacheFilter.HEADER).orElseThrow());
        assertEquals(first.body(), second.body());
        assertEquals(
                first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, second.headers().firstValue("ETag").orElseThrow());
        assertTrue(
                etag.contains(first.headers().firstValue(ReleasePinning.HEADER).orElseThrow()), etag);

        HttpResponse<String> notModified = server.send(server.request("/sparql?query=" + TestServer.encode(COUNT))
                .header("Accept", JSON)
                .header("If-None-Match", etag)
                .GET()
                .build());
        assertEquals(304, notModified.statusCode());
        assertEquals("", notModified.body());

        HttpResponse<String> xml =
                server.get("/sparql?query=" + TestServer.encode(COUNT), "application/sparql-results+xml");
        assertEquals(
                "miss",
                xml.headers().firstValue(AnswerCacheFilter.HEADER).orElseThrow(),
                "another format, another answer");
        assertNotEquals(etag, xml.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void anAnswerThatIsNotAFunctionOfTheDataIsNeverKept() {
        String now = "SELECT (NOW() AS ?t) WHERE {}";
        query(now);
        HttpResponse<String> again = query(now);
        assertTrue(again.headers().firstValue(AnswerCacheFilter.HEADER).isEmpty(), "NOW() is answered afresh");
        // What the example queries ask (their variables are called ?service) is kept.
        String services =
                "SELECT (COUNT(?service) AS ?n) WHERE { ?service a <http://purl.org/vocab/cpsv#PublicService> }";
        query(services);
        assertEquals(
                "hit",
                query(services).headers().firstValue(AnswerCacheFilter.HEADER).orElseThrow());
        HttpResponse<String> bad = query("SELECT ?x WHERE {");
        assertEquals(400, bad.statusCode());
        assertEquals(400, query("SELECT ?x WHERE {").statusCode(), "a malformed query is never a hit");
    }

    @Test
    void afterAWriteNoAnswerOfTheOldReleaseIsServed() throws Exception {
        assertEquals("2", count(query(COUNT)));
        query(COUNT);
        // A probe asks over and over while writes make new releases: each answer must be its release's.
        Map<String, String> countByRelease = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicBoolean probing = new AtomicBoolean(true);
        Thread probe = new Thread(() -> {
            while (probing.get()) {
                HttpResponse<String> r = query(COUNT);
                String release = r.headers().firstValue(ReleasePinning.HEADER).orElse("?");
                String seen = countByRelease.putIfAbsent(release, count(r));
                if (seen != null && !seen.equals(count(r))) {
                    problems.add("release " + release + " answered " + seen + " and " + count(r));
                }
            }
        });
        probe.start();
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> w = server.post(
                    "/sparql",
                    "application/sparql-update",
                    "INSERT DATA { GRAPH <http://localhost:8080/graph/source/fixture> { <http://localhost:8080/id/service/ca/new"
                            + i + "> a <http://purl.org/vocab/cpsv#PublicService> } }",
                    "Authorization",
                    "Bearer " + TestServer.TOKEN);
            assertEquals(2, w.statusCode() / 100, w.body());
            // Once the write has returned, the new release answers, never a kept answer of the old one.
            HttpResponse<String> after = query(COUNT);
            assertEquals(Integer.toString(2 + i), count(after), "after write " + i);
            assertEquals(
                    w.headers().firstValue(ReleasePinning.HEADER),
                    after.headers().firstValue(ReleasePinning.HEADER));
        }
        probing.set(false);
        probe.join();
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(countByRelease.size() >= 2, countByRelease.toString());
    }

    @Test
    void aNewReleaseAnswersAnOldTagWithItsOwnAnswer() {
        HttpResponse<String> before = query(COUNT);
        assertEquals("2", count(before));
        String oldTag = before.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> page = server.get("/id/service/ca/new1", "text/turtle");
        assertEquals(404, page.statusCode(), "not yet written");
        assertTrue(page.headers().firstValue("ETag").isEmpty(), "an error carries no tag");

        HttpResponse<String> w = server.post(
                "/sparql",
                "application/sparql-update",
                "INSERT DATA { GRAPH <http://localhost:8080/graph/source/fixture> { <http://localhost:8080/id/service/ca/new1>"
                        + " a <http://purl.org/vocab/cpsv#PublicService> } }",
                "Authorization",
                "Bearer " + TestServer.TOKEN);
        assertEquals(2, w.statusCode() / 100, w.body());

        HttpResponse<String> after = server.send(server.request("/sparql?query=" + TestServer.encode(COUNT))
                .header("Accept", JSON)
                .header("If-None-Match", oldTag)
                .GET()
                .build());
        assertEquals(200, after.statusCode(), "the old release's tag is not this release's answer");
        assertEquals("3", count(after));
        String newTag = after.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(oldTag, newTag);
        assertTrue(newTag.contains(w.headers().firstValue(ReleasePinning.HEADER).orElseThrow()), newTag);
        assertEquals(200, server.get("/id/service/ca/new1", "text/turtle").statusCode());
    }

    @Test
    void answersAreTaggedForCachesAndRevalidateAsA304() {
        HttpResponse<String> search = server.get("/api/search?q=passport", "application/json");
        assertEquals(200, search.statusCode(), search.body());
        assertEquals(
                "public, no-cache", search.headers().firstValue("Cache-Control").orElseThrow());
        String vary = search.headers().firstValue("Vary").orElseThrow();
        assertTrue(Arrays.stream(vary.split(",")).map(String::strip).anyMatch("Accept"::equals), vary);
        String tag = search.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.send(server.request("/api/search?q=passport")
                .header("Accept", "application/json")
                .header("If-None-Match", tag)
                .GET()
                .build());
        assertEquals(304, again.statusCode());
        HttpResponse<String> any = server.send(server.request("/sparql?query=" + TestServer.encode(COUNT))
                .header("Accept", JSON)
                .header("If-None-Match", "*")
                .GET()
                .build());
        assertEquals(304, any.statusCode());
        // Accept-Language is not part of the key: no cached answer varies by it.
        HttpResponse<String> french = server.send(server.request("/api/search?q=passport")
                .header("Accept", "application/json")
                .header("Accept-Language", "fr")
                .GET()
                .build());
        assertEquals(
                "hit", french.headers().firstValue(AnswerCacheFilter.HEADER).orElseThrow());
    }

    @Test
    void metricsCountHitsMissesEvictionsRevalidationsAndBytes() {
        query(COUNT);
        query(COUNT);
        String metrics = server.get("/metrics", "text/plain").body();
        for (String name : new String[] {
            "govgraph_answers_hits_total 1.0",
            "govgraph_answers_misses_total 1.0",
            "govgraph_answers_evictions_total",
            "govgraph_answers_revalidations_total",
            "govgraph_answers_bytes "
        }) {
            assertTrue(metrics.contains(name), name + " in\n" + metrics);
        }
    }

    @Test
    void theCacheCanBeTurnedOff() {
        server.close();
        server = TestServer.start(
                dir.resolve("off"), b -> b.adminToken(TestServer.TOKEN).answerCacheBytes(0));
        query(COUNT);
        HttpResponse<String> again = query(COUNT);
        assertTrue(again.headers().firstValue(AnswerCacheFilter.HEADER).isEmpty());
        assertTrue(again.headers().firstValue("ETag").isEmpty());
    }

    private HttpResponse<String> query(String sparql) {
        return server.get("/sparql?query=" + TestServer.encode(sparql), JSON);
    }

    private static String count(HttpResponse<String> r) {
        return r.body().replaceAll("(?s).*\"value\"\\s*:\\s*\"(\\d+)\".*", "$1");
    }
}
