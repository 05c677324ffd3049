package org.govgraph.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --store DIR} and {@code --base IRI} options shared by the commands that open a store. */
final class StoreOption {
    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "The store directory (TDB2 in DIR/tdb2, search index in DIR/index, downloads in DIR/downloads).")
    Path directory;

    @Option(names = "--base", paramLabel = "IRI",
            description = "The base of every IRI the store mints (default: the base the store was created with, or "
                    + Iris.DEFAULT_BASE + " for a new store).")
    String base;

    /**
     * Why there is no store to read at {@code --store}, or empty when there is one: commands
     * that only read a store refuse a mistyped directory instead of creating an empty store there.
     */
    Optional<String> missing() {
        if (Files.isDirectory(directory.resolve("tdb2"))) {
            return Optional.empty();
        }
        return Optional.of("No store in " + directory + " (it has no tdb2/ directory): check --store; a store is"
                + " created by govgraph ingest or govgraph demo.");
    }

    /** Prints {@link #missing}'s one line to the command's error stream when there is no store; true then. */
    boolean reportMissing(CommandSpec spec) {
        Optional<String> missing = missing();
        missing.ifPresent(spec.commandLine().getErr()::println);
        return missing.isPresent();
    }

    Store open() {
        return base == null ? Store.open(directory, Iris.DEFAULT_BASE) : Store.open(directory, new Iris(base));
    }
}
