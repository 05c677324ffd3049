package org.govgraph.cli;

import java.nio.file.Path;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
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

    Store open() {
        return base == null ? Store.open(directory, Iris.DEFAULT_BASE) : Store.open(directory, new Iris(base));
    }
}
