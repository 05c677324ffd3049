package org.govgraph.cli;

import java.util.concurrent.Callable;
import org.govgraph.release.Releases;
import org.govgraph.search.SearchBackend;
import org.govgraph.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code govgraph serve}: serves a store (SPARQL, search, pages, catalog, downloads) until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Serve a store: brings the search index and the downloads up to date, then serves HTTP until stopped;"
                        + " or serve a read-only replica of another server (--replica-of).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    private StoreOption store;

    @Mixin
    private ServerOptions server;

    @Mixin
    private ReplicationOptions replication;

    @Option(
            names = "--search",
            paramLabel = "lucene|opensearch=http://HOST:PORT[,HOST:PORT...]",
            defaultValue = "lucene",
            description =
                    "Where the search index is kept: lucene, in-process in the store (default), or opensearch= and"
                            + " the nodes of an OpenSearch cluster (an index per release behind the alias 'govgraph').")
    private String search;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ServerSettings settings = server.settings(); // a usage error before the store is opened
        SearchBackend backend;
        try {
            backend = SearchBackend.parse(search);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        replication.check(backend);
        Releases releases = replication.replica() ? replication.openReplica(store, backend) : store.open(backend);
        return Platform.serve(releases, store.directory, settings, server.token(), replication.replication(releases));
    }
}
