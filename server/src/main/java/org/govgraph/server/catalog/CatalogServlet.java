package org.govgraph.server.catalog;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.govgraph.release.publish.Publisher;
import org.govgraph.server.pages.EntityFormat;

/**
 * {@code GET /catalog}: the DCAT catalog graph (data sets, releases, distributions with
 * checksums, provenance) as Turtle, JSON-LD or N-Triples, or as an HTML listing for
 * browsers; chosen by a {@code format} parameter or the Accept header.
 */
public final class CatalogServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Publisher> publisher;

    public CatalogServlet(Supplier<Publisher> publisher) {
        this.publisher = publisher;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        EntityFormat format = RdfResponses.choose(req);
        Graph catalog = publisher.get().catalogGraph();
        resp.setHeader("Vary", "Accept");
        if (format == EntityFormat.HTML) {
            resp.setContentType("text/html;charset=utf-8");
            byte[] page = CatalogPage.render(catalog, publisher.get().store().iris())
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = resp.getOutputStream()) {
                out.write(page);
            }
            return;
        }
        RdfResponses.write(resp, catalog, format);
    }
}
