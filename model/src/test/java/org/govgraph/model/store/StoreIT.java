package org.govgraph.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.govgraph.model.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreIT {
    private final Iris iris = Iris.defaults();

    private static Graph graphOf(String... labels) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String label : labels) {
            g.add(Triple.create(
                    NodeFactory.createURI("http://localhost:8080/id/thing/" + label),
                    RDFS.label.asNode(),
                    NodeFactory.createLiteralString(label)));
        }
        return g;
    }

    private static long count(Store store, String sparql) {
        return store.read(() -> {
            try (QueryExecution qe =
                    QueryExecution.dataset(store.dataset()).query(sparql).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void replacingASourceSwapsItsGraphAndRecordsTheRelease(@TempDir Path dir) {
        try (Store store = Store.open(dir, iris)) {
            assertTrue(store.release().isEmpty(), "a new store has no release");
            Release first = store.replaceSource("demo", graphOf("a", "b"), null, Instant.parse("2026-01-01T00:00:00Z"));
            Release second = store.replaceSource("demo", graphOf("c"), null, Instant.parse("2026-01-02T00:00:00Z"));
            assertEquals("20260101T000000.000Z", first.releaseId());
            assertEquals(second.releaseId(), store.release().orElseThrow());
            assertEquals(1, store.copyOf(iris.sourceGraph("demo")).size());
            assertEquals(2, store.releases("demo").size());
            assertEquals(second, store.latestRelease("demo").orElseThrow());
            // The default graph is the union of the named graphs.
            assertEquals(
                    1,
                    count(
                            store,
                            "SELECT (COUNT(*) AS ?n) { ?s <" + RDFS.label.getURI()
                                    + "> ?o FILTER(STRSTARTS(STR(?s), 'http://localhost:8080/id/thing/')) }"));
        }
        // Reopening the directory sees the committed state.
        try (Store again = Store.open(dir, iris)) {
            assertEquals(2, again.releases("demo").size());
            assertEquals(1, again.copyOf(iris.sourceGraph("demo")).size());
        }
    }

    @Test
    void releaseIdsGrowEvenWhenTheClockDoesNot(@TempDir Path dir) {
        try (Store store = Store.open(dir, iris)) {
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            Release a = store.replaceSource("demo", graphOf("a"), null, t);
            Release b = store.replaceSource("demo", graphOf("b"), null, t);
            assertTrue(b.releaseId().compareTo(a.releaseId()) > 0);
        }
    }

    @Test
    void aFailedWriteLeavesTheStoreAsItWas(@TempDir Path dir) {
        try (Store store = Store.open(dir, iris)) {
            store.replaceSource("demo", graphOf("a"), null);
            String before = store.release().orElseThrow();
            Graph poisoned = new org.apache.jena.sparql.graph.GraphWrapper(graphOf("x", "y")) {
                @Override
                public org.apache.jena.util.iterator.ExtendedIterator<Triple> find() {
                    throw new IllegalStateException("disk full");
                }
            };
            assertThrows(IllegalStateException.class, () -> store.replaceSource("demo", poisoned, null));
            assertEquals(before, store.release().orElseThrow());
            assertEquals(1, store.copyOf(iris.sourceGraph("demo")).size());
        }
    }

    @Test
    void aStoreKeepsTheBaseItsIrisWereMintedUnder(@TempDir Path dir) {
        Iris other = new Iris("https://data.example.org/");
        try (Store store = Store.open(dir, other)) {
            assertTrue(store.mintedBase().isEmpty(), "nothing minted yet");
            store.replaceSource("demo", graphOf("a"), null);
            assertEquals("https://data.example.org/", store.mintedBase().orElseThrow());
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir, iris));
        assertTrue(e.getMessage().contains("open it with --base https://data.example.org/"), e.getMessage());
        try (Store reopened = Store.open(dir, Iris.DEFAULT_BASE)) {
            assertEquals("https://data.example.org/", reopened.iris().base(), "the minted base wins over the default");
        }
    }

    @Test
    void theOntologyGraphIsInstalledOnOpen() {
        try (Store store = Store.inMemory(iris)) {
            assertFalse(store.copyOf(iris.ontologyGraph()).isEmpty());
        }
    }
}
