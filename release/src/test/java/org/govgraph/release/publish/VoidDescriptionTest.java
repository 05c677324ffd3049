package org.govgraph.release.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.model.vocab.QB;
import org.govgraph.model.vocab.SD;
import org.govgraph.model.vocab.VOID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoidDescriptionTest {
    @TempDir
    Path downloads;

    Store store;
    Publisher publisher;

    @BeforeEach
    void setUp() {
        store = Store.inMemory(Iris.defaults());
        publisher = new Publisher(store, downloads);
        Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", Instant.parse("2025-01-10T09:00:00Z"));
        Fixtures.ingest(store, "ca-si", "ca-si.ttl", Instant.parse("2025-01-11T09:00:00Z"));
        publisher.publishAll();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void everyNamedGraphIsASubsetOfThePlatformWithItsTrueSize() {
        Graph description = publisher.voidGraph();
        Node platform = store.iris().platformDataset();
        Set<Node> graphs = store.read(() -> {
            Set<Node> names = new HashSet<>();
            store.datasetGraph().listGraphNodes().forEachRemaining(names::add);
            return names;
        });
        assertTrue(
                graphs.containsAll(Set.of(
                        store.iris().ontologyGraph(),
                        store.iris().catalogGraph(),
                        store.iris().sourceGraph("un-egdi"),
                        store.iris().sourceGraph("ca-si"))),
                graphs.toString());

        long total = 0;
        for (Node graph : graphs) {
            Node dataset = publisher.voidDatasetOf(graph);
            long size =
                    store.read(() -> (long) store.datasetGraph().getGraph(graph).size());
            total += size;
            assertTrue(description.contains(platform, VOID.subset.asNode(), dataset), graph.toString());
            assertTrue(description.contains(dataset, SD.name.asNode(), graph), graph.toString());
            assertEquals(size, number(description, dataset, VOID.triples.asNode()), graph.toString());
            assertTrue(number(description, dataset, VOID.distinctSubjects.asNode()) > 0, graph.toString());
        }
        assertEquals(total, number(description, platform, VOID.triples.asNode()));
        assertEquals(
                store.iris().dataset("ca-si"),
                publisher.voidDatasetOf(store.iris().sourceGraph("ca-si")));
    }

    @Test
    void aClassPartitionCountsTheEntitiesOfItsClass() {
        Graph description = publisher.voidGraph();
        Node egdi = store.iris().dataset("un-egdi");
        long observations = store.read(() -> store.datasetGraph().stream(
                        store.iris().sourceGraph("un-egdi"), Node.ANY, RDF.type.asNode(), QB.Observation.asNode())
                .map(Quad::getSubject)
                .distinct()
                .count());
        assertTrue(observations > 0);
        Node partition = description.find(egdi, VOID.classPartition.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject)
                .filter(p -> description.contains(p, VOID.clazz.asNode(), QB.Observation.asNode()))
                .findFirst()
                .orElseThrow();
        assertEquals(observations, number(description, partition, VOID.entities.asNode()));
        assertEquals(
                description
                        .find(egdi, VOID.classPartition.asNode(), Node.ANY)
                        .toList()
                        .size(),
                number(description, egdi, VOID.classes.asNode()));
    }

    @Test
    void theDescriptionIsKeptForARelease() {
        Graph first = publisher.voidGraph();
        assertSame(first, publisher.voidGraph());
        Fixtures.ingest(store, "ca-si", "ca-si.ttl", Instant.parse("2025-02-11T09:00:00Z"));
        assertNotSame(first, publisher.voidGraph());
    }

    private static long number(Graph g, Node s, Node p) {
        var values = g.find(s, p, Node.ANY).toList();
        assertEquals(1, values.size(), s + " " + p + ": " + values);
        return Long.parseLong(values.get(0).getObject().getLiteralLexicalForm());
    }
}
