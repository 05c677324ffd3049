package org.govgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govgraph.ingest.Sources;
import org.govgraph.model.store.Store;

/**
 * {@code /healthz}: whether the store and the search index answer (and the index is current), the store-wide release stamp and the latest
 * release of each source, as JSON. 200 when healthy, 503 when the store cannot be read.
 */
final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient ServerContext context;

    HealthServlet(ServerContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        boolean healthy = true;
        Store store = context.store();
        ObjectNode storeNode = body.putObject("store");
        try {
            storeNode.put("status", "ok");
            storeNode.put("release", store.release().orElse(null));
            ObjectNode releases = storeNode.putObject("sources");
            for (String id : Sources.ids()) {
                store.latestRelease(id).ifPresent(r -> releases.put(id, r.releaseId()));
            }
        } catch (RuntimeException e) {
            healthy = false;
            storeNode.put("status", "error");
            storeNode.put("message", e.getMessage());
        }
        ObjectNode indexNode = body.putObject("index");
        try {
            indexNode.put("stamp", context.index().stamp());
            indexNode.put("current", context.index().isCurrent());
            indexNode.put("status", "ok");
        } catch (RuntimeException e) {
            healthy = false;
            indexNode.put("status", "error");
            indexNode.put("message", e.getMessage());
        }
        body.put("status", healthy ? "ok" : "error");
        response.setStatus(healthy ? 200 : 503);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), body);
    }
}
