package org.govgraph.server.pages;

import java.net.InetAddress;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** A plain Jetty on a free loopback port serving the pages of this package, as the route table mounts them. */
final class PagesTestServer implements AutoCloseable {
    private final Server server = new Server();
    private final URI base;

    PagesTestServer(PagesFixture fixture) throws Exception {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new HomeServlet(fixture.store)), "");
        context.addServlet(new ServletHolder(new SearchPageServlet(fixture.index, fixture.store.iris())), "/search");
        context.addServlet(new ServletHolder(new EntityServlet(fixture.store)), "/id/*");
        context.addServlet(new ServletHolder(new SparqlEditorServlet(fixture.store.iris())), "/sparql");
        context.addServlet(new ServletHolder(new StaticAssetServlet()), "/static/*");
        server.setHandler(context);
        server.start();
        base = URI.create("http://" + connector.getHost() + ":" + connector.getLocalPort() + "/");
    }

    URI uri(String pathAndQuery) {
        return base.resolve(pathAndQuery);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
