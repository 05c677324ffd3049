package org.govgraph.server.sparql;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.govgraph.release.publish.Publisher;
import org.govgraph.server.catalog.RdfResponses;
import org.govgraph.server.pages.EntityFormat;

/**
 * {@code GET /sparql} without a query: the {@link ServiceDescription}, in Turtle unless
 * JSON-LD or N-Triples is asked for (SPARQL 1.1 Service Description, section 2).
 */
public final class ServiceDescriptionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Publisher> publisher;
    private final boolean allowService;

    public ServiceDescriptionServlet(Supplier<Publisher> publisher, boolean allowService) {
        this.publisher = publisher;
        this.allowService = allowService;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        EntityFormat format = RdfResponses.choose(req);
        resp.setHeader("Vary", "Accept");
        RdfResponses.write(
                resp,
                ServiceDescription.of(publisher.get(), allowService),
                format == EntityFormat.HTML ? EntityFormat.TURTLE : format);
    }
}
