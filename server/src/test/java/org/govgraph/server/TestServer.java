package org.govgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;

/**
 * A real govgraph server on a free loopback port over a TDB2 store on disk that holds the
 * fixture {@code fixtures/small-store.ttl} as source {@code fixture}; and a JDK HTTP client.
 */
public final class TestServer implements AutoCloseable {
    public static final String TOKEN = "s3cret-test-token";
    public static final String FIXTURE_SOURCE = "fixture";

    private final Store store;
    private final GovgraphServer server;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(Store store, GovgraphServer server) {
        this.store = store;
        this.server = server;
    }

    /** A server with the admin token {@link #TOKEN} and the defaults otherwise. */
    public static TestServer start(Path dir) {
        return start(dir, b -> b.adminToken(TOKEN));
    }

    /** A server configured by {@code settings} (port 0 and the store are set already). */
    public static TestServer start(Path dir, UnaryOperator<GovgraphServer.Builder> settings) {
        Store store = Store.open(dir, Iris.defaults());
        store.replaceSource(FIXTURE_SOURCE, fixture("fixtures/small-store.ttl"), null);
        GovgraphServer server = settings.apply(GovgraphServer.create().port(0).store(store))
                .build()
                .start();
        return new TestServer(store, server);
    }

    public static Graph fixture(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = TestServer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No test resource " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** The store of the release served now (a write with the token makes a new one). */
    public Store store() {
        return server.context().releases().current().store();
    }

    public GovgraphServer server() {
        return server;
    }

    public HttpClient client() {
        return client;
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + server.port() + pathAndQuery);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String pathAndQuery, String accept) {
        HttpRequest.Builder b = request(pathAndQuery).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = request(path)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType);
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
