package org.govgraph.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.govgraph.model.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing a source from a stream of triples: one transaction, duplicates counted once, nothing changed on failure. */
class StreamingReplaceIT {
    private final Iris iris = Iris.defaults();

    private static Triple labelled(int i) {
        return Triple.create(
                NodeFactory.createURI("http://localhost:8080/id/thing/" + i),
                RDFS.label.asNode(),
                NodeFactory.createLiteralString("thing " + i));
    }

    @Test
    void streamedTriplesReplaceTheGraphAndDuplicatesCountOnce(@TempDir Path dir) {
        try (Store store = Store.open(dir, iris)) {
            store.replaceSource(
                    "demo", sink -> sink.accept(labelled(5000)), null, Instant.parse("2026-01-01T00:00:00Z"));
            Release release = store.replaceSource(
                    "demo",
                    sink -> {
                        for (int i = 0; i < 1000; i++) {
                            sink.accept(labelled(i));
                            sink.accept(labelled(i));
                        }
                    },
                    null,
                    Instant.parse("2026-01-02T00:00:00Z"));
            assertEquals(1000, release.triples());
            Graph stored = store.copyOf(iris.sourceGraph("demo"));
            assertEquals(1000, stored.size());
            assertTrue(!stored.contains(labelled(5000)), "the old graph is gone");
            assertEquals(release, store.latestRelease("demo").orElseThrow());
        }
    }

    @Test
    void aFailureHalfWayThroughTheStreamLeavesTheStoreExactlyAsItWas(@TempDir Path dir) {
        try (Store store = Store.open(dir, iris)) {
            Release before = store.replaceSource(
                    "demo", sink -> sink.accept(labelled(99)), null, Instant.parse("2026-01-01T00:00:00Z"));
            Graph everythingBefore = store.read(() -> copyAll(store));
            IllegalStateException thrown = assertThrows(
                    IllegalStateException.class,
                    () -> store.replaceSource(
                            "demo",
                            sink -> {
                                for (int i = 0; i < 10_000; i++) {
                                    sink.accept(labelled(i));
                                }
                                throw new IllegalStateException("spool unreadable");
                            },
                            null,
                            Instant.parse("2026-01-02T00:00:00Z")));
            assertEquals("spool unreadable", thrown.getMessage());
            assertEquals(before.releaseId(), store.release().orElseThrow());
            assertEquals(java.util.List.of(before), store.releases("demo"));
            assertTrue(
                    everythingBefore.isIsomorphicWith(store.read(() -> copyAll(store))),
                    "every graph, the catalog included, is as it was");
        }
    }

    private static Graph copyAll(Store store) {
        Graph all = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        store.datasetGraph()
                .find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> all.add(Triple.create(
                        NodeFactory.createURI(q.getGraph().getURI() + "#" + q.getSubject()),
                        q.getPredicate(),
                        q.getObject())));
        return all;
    }
}
