package org.govgraph.server.catalog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.govgraph.server.HttpError;
import org.govgraph.server.pages.EntityFormat;

/** Content negotiation and RDF writing for the descriptions served as data: catalog, VoID, Service Description. */
public final class RdfResponses {
    private RdfResponses() {}

    public static EntityFormat choose(HttpServletRequest req) {
        String param = req.getParameter("format");
        if (param != null) {
            return EntityFormat.byParam(param)
                    .orElseThrow(
                            () -> HttpError.badRequest("Unknown format '" + param + "': use ttl, jsonld, nt or html"));
        }
        return EntityFormat.negotiate(req.getHeader("Accept"))
                .orElseThrow(() -> HttpError.notAcceptable("Available as " + EntityFormat.offered()));
    }

    public static void write(HttpServletResponse resp, Graph graph, EntityFormat format) throws IOException {
        resp.setContentType(format.mediaType() + (format == EntityFormat.NTRIPLES ? "" : ";charset=utf-8"));
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, graph, format.rdfFormat());
        }
    }
}
