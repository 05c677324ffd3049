package org.govgraph.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.govgraph.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile requests against a real server on a loopback port: oversized queries, URLs and
 * headers, path traversal in {@code /download} and {@code /id}, unknown {@code Accept}
 * types, malformed UTF-8 and percent-encoding in parameters, garbage on the socket. Each
 * gets its 4xx, never the content of a file outside the published downloads, and the
 * server answers {@code /healthz} after each.
 */
class HostileRequestsIT {
    @TempDir
    static Path dir;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir.resolve("store"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * One hostile request.
     *
     * @param name     what it tries
     * @param send     sends it and returns the status and body
     * @param statuses the statuses it may get (4xx; 505 where Jetty takes a request for HTTP/0.9)
     * @param knownDefect why the server does not answer so yet (the case is then reported as skipped), or null
     */
    record Hostile(String name, Function<TestServer, Answer> send, Set<Integer> statuses, String knownDefect) {
        Hostile defect(String why) {
            return new Hostile(name, send, statuses, why);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Answer(int status, String body) {
        static Answer of(HttpResponse<String> r) {
            return new Answer(r.statusCode(), r.body());
        }
    }

    private static final String SELECT = "SELECT * WHERE { ?s ?p ?o } LIMIT 1";

    static Stream<Hostile> requests() {
        String bigQuery = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(300 * 1024);
        byte[] bomb =
                ("SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                // Size limits.
                get(
                        "SPARQL query body over the 256 KiB limit",
                        s -> s.post("/sparql", "application/sparql-query", bigQuery),
                        413),
                get(
                        "SPARQL form body over the limit",
                        s -> s.post(
                                "/sparql", "application/x-www-form-urlencoded", "query=" + TestServer.encode(bigQuery)),
                        413),
                get(
                        "SPARQL query of 1 MiB in the URL",
                        s -> s.get(
                                "/sparql?query="
                                        + TestServer.encode("SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(1024 * 1024)),
                                null),
                        413,
                        414,
                        431),
                get(
                        "gzip query body inflating to 10 MiB",
                        s -> compressed(s, "gzip", "application/sparql-query", bomb),
                        413),
                get(
                        "deflate query body inflating to 10 MiB",
                        s -> compressed(s, "deflate", "application/sparql-query", bomb),
                        413),
                get(
                        "gzip form body",
                        s -> compressed(
                                s,
                                "gzip",
                                "application/x-www-form-urlencoded",
                                ("query=" + TestServer.encode(SELECT)).getBytes(StandardCharsets.UTF_8)),
                        415),
                get(
                        "brotli query body",
                        s -> compressed(s, "br", "application/sparql-query", SELECT.getBytes(StandardCharsets.UTF_8)),
                        415),
                get(
                        "1 MiB header",
                        s -> s.send(s.request("/api/search?q=tax")
                                .header("X-Junk", "j".repeat(1024 * 1024))
                                .GET()
                                .build()),
                        431),
                get(
                        "20,000 headers of 1.4 MiB",
                        s -> {
                            HttpRequest.Builder b = s.request("/healthz").GET();
                            for (int i = 0; i < 20_000; i++) {
                                b.header("X-Padding-" + i, "p".repeat(50));
                            }
                            return s.send(b.build());
                        },
                        431),
                // Path traversal.
                get("../ in /download", s -> s.get("/download/../../../../etc/passwd", null), 400, 404),
                get("%2e%2e in /download", s -> s.get("/download/%2e%2e/%2e%2e/%2e%2e/etc/passwd", null), 400, 404),
                get(
                        "%2f-encoded ../ in /download",
                        s -> s.get("/download/fixture/..%2f..%2ftdb2%2fGSPO.dat", null), 400, 404),
                get("..\\ in /download", s -> s.get("/download/fixture/..%5c..%5ctdb2", null), 400, 404),
                get("%00 in /download", s -> s.get("/download/fixture/x%00.nt.gz", null), 400, 404),
                get(
                        "double-encoded ../ in /download",
                        s -> s.get("/download/%252e%252e/%252e%252e/etc/passwd", null),
                        400,
                        404),
                get("../ in /id", s -> s.get("/id/../../../../etc/passwd", null), 400, 404),
                get("%2e%2e in /id", s -> s.get("/id/%2e%2e/%2e%2e/etc/passwd", null), 400, 404),
                get("../ in /static", s -> s.get("/static/../../../../etc/passwd", null), 400, 404),
                // Content negotiation.
                get("unknown Accept on /id", s -> s.get("/id/country/CAN", "application/x-unknown"), 404, 406),
                get("unknown Accept on /catalog", s -> s.get("/catalog", "application/x-unknown"), 406),
                get(
                        "unknown Accept on /sparql",
                        s -> s.get("/sparql?query=" + TestServer.encode(SELECT), "application/x-unknown"),
                        406),
                get("image Accept on /api/search", s -> s.get("/api/search?q=tax", "image/png"), 406),
                // Malformed parameters.
                get("malformed UTF-8 %C3%28 in q", s -> s.get("/api/search?q=%C3%28", null), 400),
                get("malformed UTF-8 %C3%28 in query", s -> s.get("/sparql?query=%C3%28", null), 400),
                get("malformed UTF-8 in /id path", s -> s.get("/id/%C3%28", null), 400, 404),
                raw("bad percent-encoding %ZZ", "GET /api/search?q=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n", 400),
                get("lone surrogate %ED%A0%80", s -> s.get("/api/search?q=%ED%A0%80", null), 400),
                get(
                        "SPARQL syntax error",
                        s -> s.get("/sparql?query=" + TestServer.encode("SELECT * WHERE {"), null),
                        400),
                get(
                        "unbalanced search syntax",
                        s -> s.get("/api/search?q=" + TestServer.encode("\"unclosed (phrase"), null),
                        200,
                        400),
                get(
                        "3,000 nested parentheses in a search",
                        s -> s.get(
                                "/api/search?q=" + TestServer.encode("(".repeat(3000) + "passport" + ")".repeat(3000)),
                                null),
                        400),
                get(
                        "200 fuzzy words in a search",
                        s -> s.get("/api/search?q=" + TestServer.encode("passport~2 OR ".repeat(200) + "visa"), null),
                        400),
                get("unknown lang= in a search", s -> s.get("/api/search?q=tax&lang=xx", null), 400),
                get("unknown lang= in a suggestion", s -> s.get("/api/suggest?q=pa&lang=klingon", null), 400),
                get(
                        "TRACE",
                        s -> s.send(s.request("/healthz")
                                .method("TRACE", HttpRequest.BodyPublishers.noBody())
                                .build()),
                        405),
                get("page size 10^9", s -> s.get("/api/search?q=tax&size=1000000000", null), 400),
                get("negative page", s -> s.get("/api/search?q=tax&page=-1", null), 400),
                get(
                        "update without the token",
                        s -> s.post("/sparql", "application/sparql-update", "DROP ALL"),
                        401,
                        403),
                get(
                        "SERVICE to another host",
                        s -> s.get(
                                "/sparql?query="
                                        + TestServer.encode(
                                                "SELECT * WHERE { SERVICE <http://127.0.0.2:9/sparql> { ?s ?p ?o } }"),
                                null),
                        400,
                        403,
                        422),
                // Garbage on the socket.
                raw("request line without a version", "GET /healthz\r\n\r\n", 400, 505),
                raw("raw non-ASCII bytes in the path", "GET /id/\u00ff\u00fe HTTP/1.1\r\nHost: x\r\n\r\n", 400, 404),
                raw("bad Content-Length", "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", 400),
                raw(
                        "TLS handshake on the plain-HTTP port",
                        "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u01fc\u0003\u0003 TLS hello\r\n\r\n",
                        400));
    }

    /** Posts {@code body} compressed with {@code encoding} (gzip, deflate; anything else is sent as it is). */
    static HttpResponse<String> compressed(TestServer s, String encoding, String contentType, byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = switch (encoding) {
            case "gzip" -> new GZIPOutputStream(bytes);
            case "deflate" -> new DeflaterOutputStream(bytes);
            default -> bytes;
        }) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.send(s.request("/sparql")
                .header("Content-Type", contentType)
                .header("Content-Encoding", encoding)
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray()))
                .build());
    }

    @Test
    void aCompressedQueryWithinTheLimitIsAnswered() {
        for (String encoding : List.of("gzip", "deflate")) {
            HttpResponse<String> r =
                    compressed(server, encoding, "application/sparql-query", SELECT.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), encoding + ": " + abbreviate(r.body()));
            assertTrue(r.body().contains("\"bindings\""), r.body());
        }
    }

    /**
     * The probe's REGEX (53 s with java.util.regex, three at once 170 s) and a classic
     * backtracking bomb, each answered in well under the time limit and in the narrow lane.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "ASK { BIND(\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" AS ?x) FILTER(REGEX(?x, \"(.*){1,32000}[bc]\")) }",
                "ASK { BIND(\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" AS ?x)"
                        + " FILTER(REGEX(?x, \"(x+x+)+y\")) }",
            })
    void aCatastrophicRegexIsAnsweredWithinSeconds(String query) {
        HttpResponse<String> r = server.send(server.request("/sparql?query=" + TestServer.encode(query))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/sparql-results+json")
                .GET()
                .build());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"boolean\" : false") || r.body().contains("\"boolean\":false"), r.body());
    }

    /**
     * 210 clients that trickle a SPARQL body (more than the server has threads) hold no
     * thread: {@code /healthz} and a query answer at once, and a trickle slower than the
     * minimum data rate is cut with 408.
     */
    @Test
    void slowBodiesHoldNoThreadsAndAreCut() throws Exception {
        List<Socket> slow = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 210; i++) {
                Socket socket = new Socket("127.0.0.1", server.server().port());
                socket.setSoTimeout(15_000);
                socket.getOutputStream()
                        .write(("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query"
                                        + "\r\nContent-Length: 1000\r\n\r\nS")
                                .getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            Thread.sleep(500); // Let every one of them reach the server's handling.
            HttpResponse<String> health = server.send(server.request("/healthz")
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build());
            assertEquals(200, health.statusCode(), health.body());
            HttpResponse<String> query = server.send(server.request("/sparql?query=" + TestServer.encode("ASK {}"))
                    .timeout(Duration.ofSeconds(5))
                    .header("Accept", "application/sparql-results+json")
                    .GET()
                    .build());
            assertEquals(200, query.statusCode(), query.body());

            Thread.sleep(3000);
            int cut = 0;
            for (Socket socket : slow) {
                socket.getOutputStream().write('E'); // 2 bytes in 3.5 s: far below the minimum rate.
                socket.getOutputStream().flush();
            }
            for (Socket socket : slow) {
                StringBuilder line = new StringBuilder();
                InputStream in = socket.getInputStream();
                for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                    line.append((char) b);
                }
                cut += line.toString().startsWith("HTTP/1.1 408") || line.isEmpty() ? 1 : 0;
            }
            assertEquals(210, cut, "every trickling body was cut");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
        assertEquals(200, server.get("/healthz", null).statusCode());
    }

    /**
     * Bodies are read before dispatch only up to the query limit: an authorised Graph Store
     * upload larger than that still streams in whole.
     */
    @Test
    void anAuthorisedUploadLargerThanTheQueryLimitIsReadWhole(@TempDir Path own) {
        StringBuilder triples = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            triples.append("<http://example.org/s")
                    .append(i)
                    .append("> <http://example.org/p> \"value ")
                    .append(i)
                    .append("\" .\n");
        }
        try (TestServer t = TestServer.start(own)) {
            HttpResponse<String> put = t.send(t.request("/data?graph=" + TestServer.encode("http://example.org/big"))
                    .PUT(HttpRequest.BodyPublishers.ofString(triples.toString()))
                    .header("Content-Type", "application/n-triples")
                    .header("Authorization", "Bearer " + TestServer.TOKEN)
                    .build());
            assertEquals(201, put.statusCode(), put.body());
            assertTrue(triples.length() > 4 * 256 * 1024, "the body is well over the query limit");
            assertEquals(
                    "n\r\n20000\r\n",
                    t.get(
                                    "/sparql?query="
                                            + TestServer.encode(
                                                    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/big> { ?s ?p ?o } }"),
                                    "text/csv")
                            .body());
        }
    }

    /** Patterns that share no variable: every row of one with every row of the others. */
    private static String product(int patterns) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < patterns; i++) {
            where.append("?s")
                    .append(i)
                    .append(" ?p")
                    .append(i)
                    .append(" ?o")
                    .append(i)
                    .append(" . ");
        }
        return where.toString();
    }

    /**
     * A query cut by the time limit after its results began to stream: the connection ends
     * without the final chunk (every client sees the response fail), and no in-band text.
     */
    @Test
    void aQueryStoppedWhileStreamingEndsWithoutTheFinalChunk() throws IOException {
        String query = "SELECT * WHERE { " + product(5) + "}";
        String response = readAll(
                server.server().port(),
                "GET /sparql?timeout=1&query=" + TestServer.encode(query)
                        + " HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 200"), abbreviate(response));
        assertTrue(response.toLowerCase().contains("transfer-encoding: chunked"), abbreviate(response));
        assertFalse(response.contains("Query cancelled"), "in-band text in " + abbreviate(response));
        assertFalse(response.endsWith("\r\n0\r\n\r\n"), "the response ended as if it were complete");
        assertEquals(200, server.get("/healthz", null).statusCode());
    }

    /** Stopped before any result was sent (sorting them): a 503 in the server's error shape. */
    @Test
    void aQueryStoppedBeforeItsFirstRowIs503() {
        String query = "SELECT * WHERE { " + product(4) + "} ORDER BY ?o0 ?o1 ?o2 ?o3";
        HttpResponse<String> r =
                server.get("/sparql?timeout=1&query=" + TestServer.encode(query), "application/sparql-results+json");
        assertEquals(503, r.statusCode(), abbreviate(r.body()));
        assertTrue(r.body().startsWith("{\"status\":503"), abbreviate(r.body()));
        assertTrue(r.body().contains("timed out"), r.body());
        assertFalse(r.body().contains("Query cancelled"), r.body());
    }

    /** Fuseki's JSONP callback= and XSLT stylesheet= would echo their text: both are ignored. */
    @Test
    void callbackAndStylesheetAreNotEchoed() {
        String ask = "/sparql?query=" + TestServer.encode("ASK {}");
        HttpResponse<String> json =
                server.get(ask + "&callback=alert(document.domain)", "application/sparql-results+json");
        assertEquals(200, json.statusCode(), json.body());
        assertFalse(json.body().contains("alert"), json.body());
        assertTrue(json.body().strip().startsWith("{"), json.body());
        HttpResponse<String> xml = server.get(
                ask + "&stylesheet=" + TestServer.encode("javascript:alert(1)"), "application/sparql-results+xml");
        assertEquals(200, xml.statusCode(), xml.body());
        assertFalse(xml.body().contains("javascript"), xml.body());
    }

    /** Fuseki's own errors come in the server's JSON shape, and never name a Java class. */
    @Test
    void fusekiErrorsAreInTheServersShapeWithoutJavaInternals() {
        HttpResponse<String> noQuery = server.get("/sparql?format=json", "application/json");
        assertEquals(400, noQuery.statusCode(), noQuery.body());
        assertTrue(noQuery.body().startsWith("{\"status\":400,\"error\":\"Bad Request\""), noQuery.body());
        String deep = "SELECT * WHERE " + "{".repeat(20_000) + "?s ?p ?o" + "}".repeat(20_000);
        HttpResponse<String> nested =
                server.post("/sparql", "application/sparql-query", deep, "Accept", "application/sparql-results+json");
        assertEquals(400, nested.statusCode(), abbreviate(nested.body()));
        assertTrue(nested.body().startsWith("{\"status\":400"), abbreviate(nested.body()));
        for (HttpResponse<String> r : List.of(noQuery, nested)) {
            assertFalse(r.body().matches("(?s).*(Exception|StackOverflowError|heap space|java\\.).*"), r.body());
        }
    }

    @Test
    void headOfAQueryIsAnsweredLikeItsGet() {
        HttpResponse<String> head = server.send(server.request("/sparql?query=" + TestServer.encode("ASK {}"))
                .header("Accept", "application/sparql-results+json")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(200, head.statusCode());
        assertTrue(
                head.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"),
                head.headers().toString());
        assertEquals("", head.body());
    }

    /** {@code q=0} means "not acceptable" (RFC 9110): never the format chosen, and 406 when nothing else is left. */
    @Test
    void acceptRangesOfQualityZeroAreNotAcceptable() {
        String select = "/sparql?query=" + TestServer.encode(SELECT);
        HttpResponse<String> csv = server.get(select, "application/sparql-results+json;q=0, text/csv;q=0.5");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(
                csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                csv.headers().toString());
        assertEquals(
                406, server.get(select, "application/sparql-results+json;q=0").statusCode());
        assertEquals(406, server.get(select, "*/*;q=0").statusCode());
    }

    /** The default graph is the union of the named graphs for queries, and so it is for {@code GET /data?default}. */
    @Test
    void theGraphStoreDefaultGraphIsTheUnion() {
        HttpResponse<String> r = server.get("/data?default", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<http://localhost:8080/id/country/MYS>"), abbreviate(r.body()));
    }

    /** A GROUP_CONCAT over a cartesian product: stopped at the query's memory budget with 422, not grown until OOM. */
    @Test
    void aGroupConcatBombIsStoppedAtTheMemoryBudget() {
        String query = "SELECT (GROUP_CONCAT(CONCAT(STR(?o0), STR(?o1), STR(?o2), STR(?o3))) AS ?all) WHERE { "
                + product(4) + "}";
        HttpResponse<String> r =
                server.get("/sparql?query=" + TestServer.encode(query), "application/sparql-results+json");
        assertEquals(422, r.statusCode(), abbreviate(r.body()));
        assertTrue(r.body().contains("GROUP_CONCAT results grew past"), abbreviate(r.body()));
        assertEquals(200, server.get("/healthz", null).statusCode());
    }

    /**
     * Sends bytes as they are and reads the chunked response until its final chunk, or until
     * the server ends the connection.
     */
    private static String readAll(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            StringBuilder all = new StringBuilder();
            byte[] buffer = new byte[65536];
            try {
                InputStream in = socket.getInputStream();
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    all.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                    if (all.length() >= 7 && all.lastIndexOf("\r\n0\r\n\r\n") == all.length() - 7) {
                        break;
                    }
                }
            } catch (java.net.SocketException reset) {
                // A reset ends the response as well as a close does.
            }
            return all.toString();
        }
    }

    private static Hostile get(String name, Function<TestServer, HttpResponse<String>> send, Integer... statuses) {
        return new Hostile(name, s -> Answer.of(send.apply(s)), Set.of(statuses), null);
    }

    private static Hostile raw(String name, String request, Integer... statuses) {
        return new Hostile(name, s -> rawRequest(s.server().port(), request), Set.of(statuses), null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void eachHostileRequestGetsItsClientErrorAndTheServerStaysUp(Hostile h) {
        Answer answer = h.send().apply(server);
        if (h.knownDefect() != null) {
            assertEquals(
                    200, server.get("/healthz", null).statusCode(), "the server answers /healthz after " + h.name());
            Assumptions.assumeTrue(
                    h.statuses().contains(answer.status()),
                    "Known defect: " + h.knownDefect() + " (got " + answer.status() + ")");
        }

        assertTrue(
                h.statuses().contains(answer.status()),
                h.name() + ": expected one of " + h.statuses() + ", got " + answer.status() + ": "
                        + abbreviate(answer.body()));
        assertFalse(answer.body().contains("root:x:0:0"), h.name() + " returned /etc/passwd");
        assertFalse(answer.body().contains("\tat org."), h.name() + " returned a stack trace");
        assertEquals(200, server.get("/healthz", null).statusCode(), "the server answers /healthz after " + h.name());
    }

    /** Sends bytes as they are (ISO-8859-1: one byte per char) and reads the status line (-1 if the server closes). */
    private static Answer rawRequest(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                line.append((char) b);
            }
            String response = line.toString().strip();
            String[] statusLine = response.split(" ");
            int status =
                    statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : -1;
            return new Answer(status, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
