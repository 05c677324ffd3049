package org.govgraph.model.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * The triples of a source graph as a stream that {@link Store#replaceSource(String, TripleSource,
 * java.util.function.Function)} replays inside its write transaction, so that a graph too large
 * for memory (e.g. one spooled to a file by the ingest) can be written without being held
 * whole. Duplicates are allowed: the store keeps each triple once.
 */
@FunctionalInterface
public interface TripleSource {
    /** Sends every triple to {@code sink}. A failure thrown here aborts the write and changes nothing. */
    void forEach(Consumer<Triple> sink);

    /** The triples of an in-memory graph. */
    static TripleSource of(Graph graph) {
        return sink -> graph.find().forEachRemaining(sink);
    }
}
