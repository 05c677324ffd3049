package org.govgraph.server.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filter in front of a servlet that counts its evaluations, over Jetty's in-memory connector. */
class AnswerCacheFilterTest {
    private static final String QUERY =
            "/sparql?query=" + URLEncoder.encode("SELECT ?s WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
    private static final String JSON = "application/sparql-results+json";

    private final AtomicReference<String> release = new AtomicReference<>("r1");
    private final AtomicInteger evaluations = new AtomicInteger();
    private final AtomicInteger status = new AtomicInteger(200);
    private AnswerCache cache;
    private Server server;
    private LocalConnector connector;

    /** Answers like Fuseki: no-store, a body naming the release and the evaluation. */
    private final class Answers extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            int n = evaluations.incrementAndGet();
            resp.setHeader("Cache-Control", "no-store");
            resp.setStatus(status.get());
            resp.setContentType(JSON);
            resp.getWriter().write("{\"release\":\"" + release.get() + "\",\"evaluation\":" + n + "}");
        }
    }

    @BeforeEach
    void start() throws Exception {
        cache = new AnswerCache(1 << 20, release.get());
        server = new Server();
        connector = new LocalConnector(server);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addFilter(
                new FilterHolder(new AnswerCacheFilter(cache, () -> Optional.of(release.get()))),
                "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new Answers()), "/*");
        server.setHandler(context);
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private HttpTester.Response send(String method, String target, String... headers) throws Exception {
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: test\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        return HttpTester.parseResponse(connector.getResponse(request.toString()));
    }

    private HttpTester.Response get(String target, String... headers) throws Exception {
        return send("GET", target, headers);
    }

    @Test
    void aRepeatedRequestIsAnsweredOnceWithTheCachesHeaders() throws Exception {
        HttpTester.Response first = get(QUERY, "Accept", JSON);
        HttpTester.Response second = get(QUERY, "Accept", JSON + ", text/csv;q=0.5");
        assertEquals(200, second.getStatus());
        assertEquals(1, evaluations.get(), "the second Accept picks the same format");
        assertEquals(first.getContent(), second.getContent());
        assertEquals("miss", first.get(AnswerCacheFilter.HEADER));
        assertEquals("hit", second.get(AnswerCacheFilter.HEADER));
        for (HttpTester.Response r : new HttpTester.Response[] {first, second}) {
            assertEquals(first.get("ETag"), r.get("ETag"));
            assertTrue(r.get("ETag").startsWith("\"r1-"), r.get("ETag"));
            assertEquals(
                    "public, no-cache", r.get("Cache-Control"), "the servlet's no-store is the cache's to replace");
            assertEquals("Accept", r.get("Vary"));
            assertTrue(r.get("Content-Type").startsWith(JSON), r.get("Content-Type"));
        }
    }

    @Test
    void anotherFormatIsAnotherAnswer() throws Exception {
        HttpTester.Response json = get(QUERY, "Accept", JSON);
        HttpTester.Response xml = get(QUERY, "Accept", "application/sparql-results+xml");
        assertEquals(2, evaluations.get());
        assertNotEquals(json.get("ETag"), xml.get("ETag"));
    }

    @Test
    void itsTagRevalidatesWithoutTheAnswerEvenOnceItIsGone() throws Exception {
        String etag = get(QUERY, "Accept", JSON).get("ETag");
        cache.serve("r1"); // as if evicted: the same release, nothing kept
        for (String ifNoneMatch : new String[] {etag, "W/" + etag, "\"other\", " + etag}) {
            HttpTester.Response r = get(QUERY, "Accept", JSON, "If-None-Match", ifNoneMatch);
            assertEquals(304, r.getStatus(), ifNoneMatch);
            assertEquals("", r.getContent());
            assertEquals(etag, r.get("ETag"));
            assertEquals("Accept", r.get("Vary"));
            assertEquals("revalidated", r.get(AnswerCacheFilter.HEADER));
        }
        assertEquals(1, evaluations.get(), "no 304 evaluated the query");
        assertEquals(
                200, get(QUERY, "Accept", JSON, "If-None-Match", "\"other\"").getStatus());
    }

    @Test
    void aTagOfTheOldReleaseGetsTheNewAnswer() throws Exception {
        HttpTester.Response old = get(QUERY, "Accept", JSON);
        release.set("r2");
        cache.serve("r2");
        HttpTester.Response now = get(QUERY, "Accept", JSON, "If-None-Match", old.get("ETag"));
        assertEquals(200, now.getStatus());
        assertTrue(now.getContent().contains("\"r2\""), now.getContent());
        assertTrue(now.get("ETag").startsWith("\"r2-"), now.get("ETag"));
    }

    @Test
    void ifNoneMatchAnyIsA304WheneverTheAnswerIsA200() throws Exception {
        HttpTester.Response unseen = get(QUERY, "Accept", JSON, "If-None-Match", "*");
        assertEquals(304, unseen.getStatus());
        assertEquals("", unseen.getContent());
        assertEquals(1, evaluations.get(), "evaluated once to know it is a 200");
        HttpTester.Response kept = get(QUERY, "Accept", JSON);
        assertEquals("hit", kept.get(AnswerCacheFilter.HEADER), "and kept meanwhile");
        assertEquals(unseen.get("ETag"), kept.get("ETag"));
        assertEquals(304, get(QUERY, "Accept", JSON, "If-None-Match", "*").getStatus());

        status.set(404);
        HttpTester.Response missing = get("/id/nothing", "If-None-Match", "*");
        assertEquals(404, missing.getStatus(), "no current representation: the error, as it was written");
        assertTrue(missing.getContent().contains("evaluation"), missing.getContent());
    }

    @Test
    void anErrorIsNeitherTaggedNorKept() throws Exception {
        status.set(500);
        HttpTester.Response error = get(QUERY, "Accept", JSON);
        assertEquals(500, error.getStatus());
        assertNull(error.get("ETag"));
        assertFalse("public, no-cache".equals(error.get("Cache-Control")));
        get(QUERY, "Accept", JSON);
        assertEquals(2, evaluations.get());
    }

    @Test
    void whatIsNotAQuestionOfTheDataIsAnsweredAfresh() throws Exception {
        String now = "/sparql?query=" + URLEncoder.encode("SELECT (NOW() AS ?t) {}", StandardCharsets.UTF_8);
        get(now, "Accept", JSON);
        HttpTester.Response again = get(now, "Accept", JSON);
        assertNull(again.get(AnswerCacheFilter.HEADER));
        assertNull(again.get("ETag"));
        send("POST", QUERY, "Accept", JSON, "Content-Length", "0");
        send("POST", QUERY, "Accept", JSON, "Content-Length", "0");
        assertEquals(4, evaluations.get());
    }
}
