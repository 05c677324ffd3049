package org.govgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.govgraph.model.Iris;
import org.govgraph.model.store.StoreException;
import org.govgraph.release.Releases;
import org.govgraph.search.SearchBackend;
import picocli.CommandLine.Option;

/** The {@code --store DIR} and {@code --base IRI} options shared by the commands that open a store. */
final class StoreOption {
    @Option(
            names = "--store",
            required = true,
            paramLabel = "DIR",
            description = "The store directory (the current release in DIR/releases/, downloads in DIR/downloads).")
    Path directory;

    @Option(
            names = "--base",
            paramLabel = "IRI",
            description = "The base of every IRI the store mints (default: the base the store was created with, or "
                    + Iris.DEFAULT_BASE + " for a new store).")
    String base;

    /** Opens the platform in DIR, creating it if needed. */
    Releases open() {
        return open(SearchBackend.LUCENE);
    }

    /** The same, with each release's search index kept by {@code search}. */
    Releases open(SearchBackend search) {
        try {
            return base == null
                    ? Releases.open(directory, Iris.DEFAULT_BASE, search)
                    : Releases.open(directory, new Iris(base), search);
        } catch (StoreException e) {
            throw explained(e);
        }
    }

    /** Opens the platform in DIR, which must hold one already (a mistyped DIR must not become an empty store). */
    Releases openExisting() {
        if (!Files.exists(directory.resolve("current")) && !Files.isDirectory(directory.resolve("tdb2"))) {
            throw new StoreException("No store in " + directory + ": check --store; a store is created by"
                    + " govgraph ingest or govgraph demo.");
        }
        return open();
    }

    /** The server serving DIR, if one announced itself there and still answers. */
    Optional<ServerAnnouncement> liveServer() {
        return ServerAnnouncement.read(directory).filter(ServerAnnouncement::answers);
    }

    /** Says in one line why the store cannot be opened, and what to do. */
    private StoreException explained(StoreException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("lock")) {
            // An announcement left by a server that was killed names a process that is gone: not the holder.
            Optional<ServerAnnouncement> server =
                    ServerAnnouncement.read(directory).filter(ServerAnnouncement::alive);
            return new StoreException(
                    server.map(s -> "The store " + directory + " is served by the govgraph server at " + s.url()
                                    + " (process " + s.pid() + "): query it there, or stop it first")
                            .orElse("The store " + directory
                                    + " is in use by another process: stop it, or use another --store"),
                    e);
        }
        return e;
    }
}
