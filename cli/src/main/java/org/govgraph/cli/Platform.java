package org.govgraph.cli;

import org.govgraph.model.store.Store;
import org.govgraph.search.ServiceIndex;
import org.govgraph.server.GovgraphServer;
import org.govgraph.release.publish.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps that follow every change of the store and precede every serve: bring the
 * search index to the store's release, publish the releases not yet published, serve.
 */
final class Platform {
    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

    private Platform() {
    }

    /** Rebuilds the index when its stamp differs from the store's release (the index logs that it does). */
    static void bringIndexUpToDate(ServiceIndex index) {
        if (!index.ensureCurrent()) {
            LOG.info("Search index is current (store release '{}')", index.stamp());
        }
    }

    /** Publishes the downloads of every source release that has none yet. */
    static void publishMissingReleases(Store store) {
        int written = 0;
        for (Publisher.Publication p : Publisher.forStore(store).publishAll()) {
            if (p.written()) {
                written++;
                LOG.info("Published {} release {}: {} files", p.release().sourceId(), p.release().releaseId(),
                        p.files().size());
            }
        }
        if (written == 0) {
            LOG.info("Every release is published");
        }
    }

    /** Brings index and downloads up to date, serves until the process is stopped, and returns 0. */
    static int serve(Store store, ServiceIndex index, ServerOptions options) {
        GovgraphServer server = GovgraphServer.create()
                .port(options.port)
                .loopbackOnly(!options.listenPublicly)
                .store(store)
                .index(index)
                .queryTimeout(options.queryTimeout)
                .adminToken(options.token())
                .allowService(options.allowService)
                .allowLoad(options.allowLoad)
                .querySlots(options.maxQueries, options.maxHeavyQueries)
                .maxThreads(options.maxThreads)
                .build()
                .startWarmingUp();
        // Listening already, answering 503 until the index and downloads are in place.
        bringIndexUpToDate(index);
        publishMissingReleases(store);
        server.ready();
        LOG.info("govgraph is ready at http://localhost:{}/", server.port());
        server.join();
        return 0;
    }
}
