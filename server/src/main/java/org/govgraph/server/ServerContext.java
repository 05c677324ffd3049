package org.govgraph.server;

import java.nio.file.Path;
import java.util.Optional;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.search.ServiceIndex;

/**
 * What a servlet is constructed with: the store, the settings the server runs with and
 * its metrics. Route factories in {@link Routes} receive one.
 *
 * @param store    the open store
 * @param index    the search index over the store
 * @param settings the server settings (limits, security)
 * @param metrics  the server's meters, for servlets that count things of their own
 */
public record ServerContext(Store store, ServiceIndex index, ServerSettings settings, ServerMetrics metrics) {
    public Iris iris() {
        return store.iris();
    }

    /** {@code DIR/downloads} of an on-disk store, where the catalog publishes files; empty in memory. */
    public Optional<Path> downloadsDirectory() {
        return store.directory().map(dir -> dir.resolve("downloads"));
    }
}
