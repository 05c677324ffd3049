package org.govgraph.release;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.govgraph.model.store.Store;
import org.govgraph.model.store.TripleSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy of one store into another with TDB2's bulk loader: what each new release starts
 * from, and what a release bundle holds. A database loaded this way is as compact as a fresh
 * load of what it holds, and it is read from a read transaction of the source, never from
 * the source's live files. An ingest's new source graph goes into the same loader run, after
 * the copy: the parallel loader builds each index once, where a write transaction would
 * insert every triple into six indexes one by one (measured: 2.4 times the loader's time).
 */
public final class StoreCopy {
    private static final Logger LOG = LoggerFactory.getLogger(StoreCopy.class);

    private StoreCopy() {}

    /** Bulk-loads every quad of {@code from} into {@code to}, but the ontology (installed already) and {@code skip}. */
    public static void copy(Store from, Store to, Set<Node> skip) {
        copy(from, to, skip, null, null);
    }

    /**
     * {@link #copy(Store, Store, Set)}, then every triple of {@code content} into the graph {@code graph} of
     * {@code to}, in the same bulk load. A failure of {@code content} aborts the load; the caller discards
     * {@code to}.
     */
    public static void copy(Store from, Store to, Set<Node> skip, Node graph, TripleSource content) {
        Node ontology = from.iris().ontologyGraph();
        load(to, sink -> {
            from.read(() -> {
                try (Stream<Quad> quads = from.datasetGraph().stream()) {
                    quads.filter(q -> !q.getGraph().equals(ontology) && !skip.contains(q.getGraph()))
                            .forEach(sink::quad);
                }
                return null;
            });
            if (content != null) {
                content.forEach(t -> sink.quad(Quad.create(graph, t)));
            }
        });
    }

    /**
     * Bulk-loads into {@code to} what {@code source} sends to the loader's stream (quads, or a
     * parser's output): the one way govgraph fills a new database, from a store or from files.
     */
    public static void load(Store to, Consumer<StreamRDF> source) {
        // The loader's progress goes to the debug log: a load is one step of a write or a follow, not a load of its
        // own.
        DataLoader loader = LoaderFactory.phasedLoader(to.datasetGraph(), (format, args) -> {
            if (LOG.isDebugEnabled()) {
                LOG.debug(String.format(format, args));
            }
        });
        loader.startBulk();
        try {
            source.accept(loader.stream());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }
}
