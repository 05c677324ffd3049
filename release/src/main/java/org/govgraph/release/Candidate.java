package org.govgraph.release;

import java.nio.file.Path;
import org.govgraph.model.store.Store;

/**
 * The next release while it is being made: a copy of the current release that one writer
 * changes through {@link #store()}, then {@link #commit()}s (publish, index, switch) or
 * closes without committing (everything of it is deleted; the platform is as it was).
 */
public final class Candidate implements AutoCloseable {
    private final Releases releases;
    private final PlatformRelease base;
    private final Store store;
    private final Path buildDirectory;
    private boolean ended;

    Candidate(Releases releases, PlatformRelease base, Store store, Path buildDirectory) {
        this.releases = releases;
        this.base = base;
        this.store = store;
        this.buildDirectory = buildDirectory;
    }

    /** The store of the next release, to change. */
    public Store store() {
        return store;
    }

    /** The release this one is made from (the one served while it is made). */
    public PlatformRelease base() {
        return base;
    }

    Path buildDirectory() {
        return buildDirectory;
    }

    /** Publishes the downloads, builds the index and switches the platform to this release. */
    public PlatformRelease commit() {
        if (ended) {
            throw new IllegalStateException("This release was ended already");
        }
        boolean committed = false;
        try {
            PlatformRelease released = releases.commit(this);
            committed = true;
            return released;
        } finally {
            ended = true;
            releases.finish(this, committed);
        }
    }

    /** Ends the candidate; without a commit, it is deleted and nothing changes. */
    @Override
    public void close() {
        if (!ended) {
            ended = true;
            releases.finish(this, false);
        }
    }
}
