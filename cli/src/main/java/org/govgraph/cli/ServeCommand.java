package org.govgraph.cli;

import java.util.concurrent.Callable;
import org.govgraph.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code govgraph serve}: serves a store (SPARQL, search, pages, catalog, downloads) until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a store: brings the search index and the downloads up to date, then serves HTTP until stopped.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    private StoreOption store;

    @Mixin
    private ServerOptions server;

    @Override
    public Integer call() {
        ServerSettings settings = server.settings(); // a usage error before the store is opened
        return Platform.serve(store.open(), store.directory, settings, server.token());
    }
}
