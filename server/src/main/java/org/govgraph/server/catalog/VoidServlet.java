package org.govgraph.server.catalog;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.govgraph.release.publish.Publisher;
import org.govgraph.server.pages.EntityFormat;

/**
 * {@code GET /.well-known/void}: the VoID description (RFC 5785 well-known location) of
 * every data set: size, SPARQL endpoint, dumps, URI space and vocabularies; Turtle unless
 * JSON-LD or N-Triples is asked for (a browser gets Turtle too: there is no page).
 */
public final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Publisher> publisher;

    public VoidServlet(Supplier<Publisher> publisher) {
        this.publisher = publisher;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        EntityFormat format = RdfResponses.choose(req);
        resp.setHeader("Vary", "Accept");
        RdfResponses.write(
                resp, publisher.get().voidGraph(), format == EntityFormat.HTML ? EntityFormat.TURTLE : format);
    }
}
