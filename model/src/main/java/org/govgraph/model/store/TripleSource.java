package org.govgraph.model.store;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
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

    /**
     * Triples computed from the source graph once it is stored (in the same write transaction),
     * added to it before the release is recorded: aggregates such as the service statistics
     * cube, which need the whole graph and so cannot be computed from the stream. None by
     * default. A failure thrown here aborts the write and changes nothing.
     */
    default Graph derivedFrom(Graph stored) {
        return Graph.emptyGraph;
    }

    /** The triples of an in-memory graph. */
    static TripleSource of(Graph graph) {
        return sink -> graph.find().forEachRemaining(sink);
    }

    /** {@code content} with {@code derivation} computing the triples that {@link #derivedFrom} adds. */
    static TripleSource withDerivation(TripleSource content, UnaryOperator<Graph> derivation) {
        Objects.requireNonNull(derivation, "derivation");
        return new TripleSource() {
            @Override
            public void forEach(Consumer<Triple> sink) {
                content.forEach(sink);
            }

            @Override
            public Graph derivedFrom(Graph stored) {
                return derivation.apply(stored);
            }
        };
    }
}
