package org.govgraph.release;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.io.IO;
import org.govgraph.model.store.Store;
import org.govgraph.release.publish.Publisher;
import org.govgraph.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One release of the whole platform: a TDB2 database, the search index built from it and the
 * publisher of its downloads, all at one release id and never changed once served. Readers
 * hold it with {@link #acquire()} for as long as a request lasts; when {@link Releases} has
 * switched to a newer one and the last reader lets go, it is closed and its directory deleted.
 */
public final class PlatformRelease {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformRelease.class);

    private final Store store;
    private final SearchIndex index;
    private final Publisher publisher;
    private final Path directory;
    private final String id;
    /** Whether closing is this release's job; a store handed in by a caller stays the caller's. */
    private final boolean owned;
    /** Set when a newer release replaced this one: its directory goes with its last reader. */
    private volatile boolean retired;
    /** Holders: the {@link Releases} that serves it (one, until it is retired) and every reader. */
    private final AtomicInteger holders = new AtomicInteger(1);

    PlatformRelease(Store store, SearchIndex index, Publisher publisher, Path directory, boolean owned) {
        this.owned = owned;
        this.store = store;
        this.index = index;
        this.publisher = publisher;
        this.directory = directory;
        this.id = store.release().orElse("");
    }

    /** The release id: the store's release stamp, {@code ""} for a platform that holds no data yet. */
    public String id() {
        return id;
    }

    public Store store() {
        return store;
    }

    public SearchIndex index() {
        return index;
    }

    public Publisher publisher() {
        return publisher;
    }

    /** The release's own directory ({@code DIR/releases/{name}}), empty in memory. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Holds the release for one reader; false once it is retired and released by everyone. */
    boolean acquire() {
        while (true) {
            int n = holders.get();
            if (n == 0) {
                return false;
            }
            if (holders.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Lets go of one hold; the last one closes the release (and deletes the directory of a retired one). */
    void release() {
        if (holders.decrementAndGet() == 0) {
            dispose();
        }
    }

    /** Lets go of the platform's own hold on a release a newer one replaced: the last reader deletes it. */
    void retire() {
        retired = true;
        release();
    }

    private void dispose() {
        if (!owned) {
            return;
        }
        index.close();
        store.close();
        if (directory != null && retired) {
            IO.deleteAll(directory);
            LOG.info("Release {} retired: {} deleted", id, directory);
        }
    }
}
