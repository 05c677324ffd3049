package org.govgraph.cli;

import java.util.concurrent.Callable;
import org.govgraph.release.Releases;
import org.govgraph.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code govgraph serve}: serves a store (SPARQL, search, pages, catalog, downloads) until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a store: brings the search index and the downloads up to date, then serves HTTP until stopped;"
                + " or serve a read-only replica of another server (--replica-of).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    private StoreOption store;

    @Mixin
    private ServerOptions server;

    @Mixin
    private ReplicationOptions replication;

    @Override
    public Integer call() {
        ServerSettings settings = server.settings(); // a usage error before the store is opened
        replication.check();
        Releases releases = replication.replica() ? replication.openReplica(store) : store.open();
        return Platform.serve(releases, store.directory, settings, server.token(), replication.replication(releases));
    }
}
