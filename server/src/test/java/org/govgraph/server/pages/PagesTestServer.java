package org.govgraph.server.pages;

import java.net.URI;
import org.govgraph.server.GovgraphServer;

/** The real govgraph server on a free loopback port over the fixture store, with every route of the route table. */
final class PagesTestServer implements AutoCloseable {
    private final GovgraphServer server;
    private final URI base;

    PagesTestServer(PagesFixture fixture) {
        server = GovgraphServer.create()
                .port(0)
                .loopbackOnly(true)
                .store(fixture.store)
                .index(fixture.index)
                .build()
                .start();
        base = URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    URI uri(String pathAndQuery) {
        return base.resolve(pathAndQuery);
    }

    @Override
    public void close() {
        server.stop();
    }
}
