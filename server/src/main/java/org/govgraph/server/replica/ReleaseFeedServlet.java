package org.govgraph.server.replica;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.govgraph.release.Releases;
import org.govgraph.release.bundle.BundleFile;
import org.govgraph.release.bundle.GraphsDump;
import org.govgraph.release.bundle.ReleaseBundle;
import org.govgraph.release.bundle.ReleaseFeed;
import org.govgraph.release.bundle.ReplicaFollower;
import org.govgraph.server.HttpError;

/**
 * {@code GET /releases/current}: the {@link ReleaseFeed} of the release served now (with
 * {@code "bundle": null} when this server offers none, still 200); and
 * {@code GET /releases/{id}/bundle/{path}}: one file of that release's bundle, only a file its
 * checksum list names, with its SHA-256 as the ETag (a bundle never changes). A server that
 * offers no bundles offers instead {@code GET /releases/{id}/graphs.nq}, the {@link GraphsDump}
 * of the release served now (made once per release, kept in memory: it is small), with which a
 * replica rebuilds the release from the published downloads. {@code GET /releases/current?after=ID}
 * is held ({@link FeedWaiters}) until there is a release other than {@code ID} to follow.
 */
public final class ReleaseFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "/bundle/";

    private final transient Releases releases;
    private final transient Replication replication;
    /** The dump of the release served now, made at its first request; guarded by {@code this}. */
    private transient GraphsDump graphs;

    private final transient FeedWaiters waiters;

    public ReleaseFeedServlet(Releases releases, Replication replication) {
        this.releases = releases;
        this.replication = replication;
        this.waiters = new FeedWaiters(releases, replication);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.equals("/current")) {
            String after = req.getParameter("after");
            if (after != null && req.isAsyncSupported()) {
                // Says that this feed holds: a replica that does not see it polls instead.
                resp.setHeader(ReplicaFollower.HOLD_HEADER, Long.toString(FeedWaiters.HOLD.toSeconds()));
                if (waiters.holdUnless(req, () -> followable(feed(), after))) {
                    return;
                }
            }
            ReleaseFeed feed = feed();
            resp.setContentType("application/json;charset=utf-8");
            resp.setHeader("Cache-Control", "no-store");
            resp.getOutputStream().write(feed.toJson().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.endsWith("/" + GraphsDump.FILE_NAME) && replication.offer().isEmpty()) {
            GraphsDump dump = graphsDump();
            if (!path.equals(GraphsDump.path(dump.releaseId()).substring("/releases".length()))) {
                throw HttpError.notFound("Release " + dump.releaseId() + " is served here, not that of " + path);
            }
            resp.setContentType("application/n-quads");
            resp.setHeader("ETag", "\"" + dump.sha256() + "\"");
            resp.setContentLength(dump.bytes().length);
            resp.getOutputStream().write(dump.bytes());
            return;
        }
        int bundle = path.indexOf(BUNDLE);
        if (!path.startsWith("/") || bundle < 0) {
            throw HttpError.notFound(
                    "The release feed is /releases/current; a bundle's files are /releases/{id}/bundle/{path}");
        }
        String releaseId = path.substring(1, bundle);
        String filePath = path.substring(bundle + BUNDLE.length());
        ReleaseBundle found = replication
                .offer()
                .flatMap(o -> o.bundle(releaseId))
                .orElseThrow(() -> HttpError.notFound("No bundle of release " + releaseId + " is offered here"));
        BundleFile file = found.files().stream()
                .filter(f -> f.path().equals(filePath))
                .findFirst()
                .orElseThrow(
                        () -> HttpError.notFound("The bundle of release " + releaseId + " has no file " + filePath));
        resp.setContentType("application/octet-stream");
        resp.setHeader("ETag", "\"" + file.sha256() + "\"");
        resp.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        resp.setContentLengthLong(Files.size(found.directory().resolve(file.path())));
        try (InputStream in = Files.newInputStream(found.directory().resolve(file.path()));
                OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private ReleaseFeed feed() {
        return replication
                .offer()
                .map(o -> o.feed())
                .orElseGet(() -> ReleaseFeed.of(releases.iris().base(), graphsDump()));
    }

    /** Whether a replica at {@code after} can follow the release {@code feed} offers: another, with its files ready. */
    private static boolean followable(ReleaseFeed feed, String after) {
        return !feed.release().equals(after) && (feed.bundle() != null || !feed.offersBundles());
    }

    /**
     * The graphs dump of the release served now. Synchronised rather than a compare-and-set, whose update may run
     * more than once: replicas that ask together after a release would each make the dump of the whole store.
     */
    private synchronized GraphsDump graphsDump() {
        try (Releases.Lease lease = releases.acquire()) {
            if (graphs == null || !graphs.releaseId().equals(lease.release().id())) {
                graphs = GraphsDump.of(lease.release());
            }
            return graphs;
        }
    }
}
