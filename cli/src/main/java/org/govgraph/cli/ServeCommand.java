package org.govgraph.cli;

import java.util.concurrent.Callable;
import org.govgraph.server.ServerSettings;
import picocli.CommandLine.Command;
import org.govgraph.search.SearchBackend;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code govgraph serve}: serves a store (SPARQL, search, pages, catalog, downloads) until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a store: brings the search index and the downloads up to date, then serves HTTP until stopped.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    private StoreOption store;

    @Mixin
    private ServerOptions server;

    @Option(names = "--search", paramLabel = "lucene|opensearch=http://HOST:PORT[,HOST:PORT...]", defaultValue = "lucene",
            description = "Where the search index is kept: lucene, in-process in the store (default), or opensearch= and"
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
        return Platform.serve(store.open(backend), store.directory, settings, server.token());
    }
}
