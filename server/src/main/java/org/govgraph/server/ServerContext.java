package org.govgraph.server;

import java.util.function.BooleanSupplier;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.release.PlatformRelease;
import org.govgraph.release.Releases;
import org.govgraph.release.publish.Publisher;
import org.govgraph.search.SearchIndex;
import org.govgraph.server.replica.Replication;
import org.govgraph.server.sparql.WriteAuthorisation;

/**
 * What a servlet is constructed with: the platform's releases, the settings the server runs
 * with and its metrics. Route factories in {@link Routes} receive one. {@link #store()},
 * {@link #index()} and {@link #publisher()} are those of the release the current request was
 * pinned to by {@link ReleasePinning}, so that every part of one answer comes from one release.
 *
 * @param releases the platform's releases
 * @param settings the server settings (limits, security)
 * @param metrics  the server's meters, for servlets that count things of their own
 * @param ready    whether the server has finished starting
 * @param replication whether this server offers release bundles, follows a primary, or neither
 */
public record ServerContext(
        Releases releases,
        ServerSettings settings,
        ServerMetrics metrics,
        BooleanSupplier ready,
        Replication replication) {
    /** Who may write: the admin token's holder, or nobody on a replica (whose writes go to its primary). */
    public WriteAuthorisation writeAuthorisation() {
        return new WriteAuthorisation(settings.adminToken(), replication.primaryUrl());
    }

    /** The release this request answers from (outside a request: the one served now). */
    public PlatformRelease release() {
        return ReleasePinning.pinned().orElseGet(releases::current);
    }

    public Store store() {
        return release().store();
    }

    public SearchIndex index() {
        return release().index();
    }

    public Publisher publisher() {
        return release().publisher();
    }

    public Iris iris() {
        return releases.iris();
    }
}
