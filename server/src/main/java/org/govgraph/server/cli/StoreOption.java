package org.govgraph.server.cli;

import java.nio.file.Path;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store DIR} and {@code --base IRI} options shared by the commands that open a store. */
final class StoreOption {
    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "The store directory (TDB2 in DIR/tdb2, search index in DIR/index, downloads in DIR/downloads).")
    Path directory;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "The base of every IRI the store mints (default: ${DEFAULT-VALUE}).")
    String base;

    Store open() {
        return Store.open(directory, new Iris(base));
    }
}
