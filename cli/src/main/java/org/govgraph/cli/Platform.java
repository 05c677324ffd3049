package org.govgraph.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.govgraph.release.PlatformRelease;
import org.govgraph.release.Releases;
import org.govgraph.release.publish.Publisher;
import org.govgraph.server.GovgraphServer;
import org.govgraph.server.ServerSettings;
import org.govgraph.server.replica.Replication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What precedes every serve: a store of an earlier version may hold a release whose index or
 * downloads were never made (new releases come with both, from {@link Releases}); bring them
 * up to date, serve, and announce the server in the store directory so that
 * {@code govgraph ingest} hands its work to it.
 */
final class Platform {
    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

    private Platform() {}

    /** Brings the served release's index and downloads up to date. */
    static void complete(PlatformRelease release) {
        if (!release.index().ensureCurrent()) {
            LOG.info(
                    "Search index is current (store release '{}')",
                    release.index().stamp());
        }
        int written = 0;
        for (Publisher.Publication p : release.publisher().publishAll()) {
            if (p.written()) {
                written++;
                LOG.info(
                        "Published {} release {}: {} files",
                        p.release().sourceId(),
                        p.release().releaseId(),
                        p.files().size());
            }
        }
        if (written == 0) {
            LOG.info("Every release is published");
        }
    }

    /** Serves until the process is stopped, and returns 0. */
    static int serve(Releases releases, Path dir, ServerSettings settings, Optional<String> token) {
        return serve(releases, dir, settings, token, Replication.none());
    }

    /** Serves until the process is stopped, as a primary offering bundles or a replica if asked, and returns 0. */
    static int serve(
            Releases releases, Path dir, ServerSettings settings, Optional<String> token, Replication replication) {
        GovgraphServer server = GovgraphServer.create()
                .settings(settings)
                .releases(releases)
                .replication(replication)
                .build()
                .startWarmingUp();
        // Listening already, answering 503 until the index and downloads are in place.
        complete(releases.current());
        server.ready();
        ReplicationOptions.start(replication);
        ServerAnnouncement.announce(dir, server.port(), token);
        LOG.info("govgraph is ready at http://localhost:{}/", server.port());
        server.join();
        return 0;
    }
}
