package org.govgraph.server.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.server.HttpError;

/**
 * Linked Data pages: every entity IRI {@code {base}id/...} answers on this server with
 * direct content negotiation on the same URL (HTML for browsers; Turtle, JSON-LD and
 * N-Triples for machines; {@code ?format=ttl|jsonld|nt|html} to choose by link), with
 * {@code Vary: Accept}. 404 for an IRI the store does not know, 406 when no offered format
 * is acceptable (thrown as {@link HttpError}s, which the server's error mapper renders).
 */
public final class EntityServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Store> store;
    private final transient EntityPage page;
    private final transient NodeLinks links;

    /** @param store the store of the release each request answers from */
    public EntityServlet(Supplier<Store> store, Iris iris) {
        this.store = store;
        this.page = new EntityPage(iris);
        this.links = new NodeLinks(iris);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String param = req.getParameter("format");
        Optional<EntityFormat> format;
        if (param != null && !param.isBlank()) {
            format = EntityFormat.byParam(param);
            if (format.isEmpty()) {
                throw HttpError.badRequest("Unknown format '" + param + "': use html, ttl, jsonld or nt.");
            }
        } else {
            format = EntityFormat.negotiate(req.getHeader("Accept"));
            if (format.isEmpty()) {
                throw HttpError.notAcceptable(
                        "No acceptable representation; this resource is available as " + EntityFormat.offered());
            }
        }

        Node iri = NodeFactory.createURI(iriOf(req));
        EntityDescription d = EntityDescription.load(store.get(), iri);
        if (d.isUnknown()) {
            throw HttpError.notFound("Nothing is known about " + iri.getURI());
        }
        EntityFormat f = format.get();
        if (f == EntityFormat.HTML) {
            Pages.send(resp, page.render(d));
            return;
        }
        resp.setContentType(f.mediaType());
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, d.graph(), f.rdfFormat());
        }
    }

    /** The entity IRI a request names: the base plus the request path after the base path, as sent. */
    private String iriOf(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String base = store.get().iris().base();
        String basePath = links.localPath(base);
        return base + path.substring(Math.min(path.length(), basePath.length()));
    }
}
