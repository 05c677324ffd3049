package org.govgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.govgraph.model.store.Release;
import org.govgraph.release.PlatformRelease;
import org.govgraph.release.bundle.ReplicaStatus;

/**
 * {@code /healthz} and {@code /readyz}, as JSON: the release served, its search index's stamp,
 * whether index and downloads describe what SPARQL serves, the latest release of each source,
 * and the write under way, if any. {@code /healthz} is liveness: 200 whenever the process
 * answers. {@code /readyz} is readiness: 200 only when SPARQL, search and pages can all answer
 * from one release (the server has started, and the index is that of the store), else 503;
 * during a live ingest the platform stays ready, serving the previous release. A replica also
 * reports its primary under {@code replica} ({@code behind}, {@code primaryRelease}, and the
 * {@code problem} that keeps it behind, if any) and is not ready while it is behind.
 */
final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient ServerContext context;
    private final boolean readiness;

    /** @param readiness true for {@code /readyz}, false for {@code /healthz} */
    HealthServlet(ServerContext context, boolean readiness) {
        this.context = context;
        this.readiness = readiness;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        PlatformRelease release = context.release();
        boolean consistent;
        boolean oneRelease;
        ObjectNode storeNode = body.putObject("store");
        ObjectNode indexNode = body.putObject("index");
        try {
            String storeRelease = release.store().release().orElse("");
            String stamp = release.index().stamp();
            storeNode.put("status", "ok");
            storeNode.put("release", storeRelease.isEmpty() ? null : storeRelease);
            ObjectNode sources = storeNode.putObject("sources");
            boolean downloads = true;
            for (String id : release.publisher().sourceIds()) {
                Release latest = release.store().latestRelease(id).orElse(null);
                if (latest != null) {
                    sources.put(id, latest.releaseId());
                    downloads &= Files.isDirectory(
                            context.releases().downloadsDirectory().resolve(id).resolve(latest.releaseId()));
                }
            }
            indexNode.put("stamp", stamp);
            indexNode.put("current", stamp.equals(storeRelease));
            indexNode.put("status", "ok");
            body.put("downloadsPublished", downloads);
            oneRelease = stamp.equals(storeRelease);
            consistent = oneRelease && downloads;
        } catch (RuntimeException e) {
            consistent = false;
            oneRelease = false;
            storeNode.put("status", "error");
            storeNode.put("message", "The store or the index cannot be read; see the server log");
        }
        // Ready: SPARQL, search and pages answer from one release (downloads are reported, not required).
        boolean ready = context.ready().getAsBoolean() && oneRelease;
        // A replica behind its primary is not ready: a load balancer sends its readers elsewhere.
        ReplicaStatus replica = context.replication().replicaStatus().orElse(null);
        if (replica != null) {
            ObjectNode replicaNode = body.putObject("replica");
            replicaNode.put("primary", replica.primary().toString());
            replicaNode.put("primaryRelease", replica.primaryRelease());
            replicaNode.put("behind", replica.behind());
            replicaNode.put("problem", replica.problem());
            replicaNode.put(
                    "checked",
                    replica.checked() == null ? null : replica.checked().toString());
            ready &= !replica.behind();
        }
        body.put("release", release.id());
        body.put("consistent", consistent);
        body.put("ready", ready);
        context.releases().activity().ifPresent(a -> {
            ObjectNode write = body.putObject("writeInProgress");
            write.put("what", a.what());
            write.put("since", a.since().toString());
        });
        body.put("status", readiness ? (ready ? "ready" : "not ready") : "ok");
        response.setStatus(!readiness || ready ? 200 : 503);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), body);
    }
}
