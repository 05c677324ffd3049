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
import org.govgraph.release.bundle.ReleaseBundle;
import org.govgraph.release.bundle.ReleaseFeed;
import org.govgraph.server.HttpError;

/**
 * {@code GET /releases/current}: the {@link ReleaseFeed} of the release served now (with
 * {@code "bundle": null} when this server offers none, still 200); and
 * {@code GET /releases/{id}/bundle/{path}}: one file of that release's bundle, only a file its
 * checksum list names, with its SHA-256 as the ETag (a bundle never changes).
 */
public final class ReleaseFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "/bundle/";

    private final transient Releases releases;
    private final transient Replication replication;

    public ReleaseFeedServlet(Releases releases, Replication replication) {
        this.releases = releases;
        this.replication = replication;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.equals("/current")) {
            ReleaseFeed feed = replication
                    .offer()
                    .map(o -> o.feed())
                    .orElseGet(() -> ReleaseFeed.of(
                            releases.current().id(), releases.iris().base(), false, null));
            resp.setContentType("application/json;charset=utf-8");
            resp.setHeader("Cache-Control", "no-store");
            resp.getOutputStream().write(feed.toJson().getBytes(StandardCharsets.UTF_8));
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
}
