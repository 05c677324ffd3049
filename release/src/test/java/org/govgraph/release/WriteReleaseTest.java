package org.govgraph.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.UpdateAction;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.model.store.Store;
import org.govgraph.release.publish.Fixtures;
import org.govgraph.search.LuceneSearchIndex;
import org.govgraph.search.SearchIndex;
import org.govgraph.search.SearchRequest;
import org.junit.jupiter.api.Test;

/** A write made to the next release's graphs directly (as SPARQL Update does) becomes a release of what it changed. */
class WriteReleaseTest {
    private final Store store = Store.inMemory(Iris.defaults());

    @Test
    void aChangeToASourceGraphIsAReleaseOfThatSourceWithItsProvenanceAndIndex() {
        Fixtures.ingest(store, "ca-si", "ca-si.ttl", java.time.Instant.parse("2025-01-10T09:00:00Z"));
        SearchIndex index = LuceneSearchIndex.inMemory(store);
        index.ensureCurrent();
        Releases releases = Releases.serving(store, index);
        String update = "PREFIX dct: <http://purl.org/dc/terms/> INSERT DATA { GRAPH <"
                + store.iris().sourceGraph("ca-si").getURI() + "> { <"
                + store.iris().base()
                + "id/service/ca/X1> a <http://purl.org/vocab/cpsv#PublicService> ; dct:title \"Zyxwvut permits\"@en } }";
        PlatformRelease released;
        try (Candidate next = releases.prepare("SPARQL Update", Set.of())) {
            next.store()
                    .write(() -> UpdateAction.parseExecute(update, next.store().datasetGraph()));
            WriteOutcome outcome = WriteOutcome.judge(next.base().store(), next.store());
            assertEquals(List.of("ca-si"), outcome.changedSources());
            WriteProvenance provenance = new WriteProvenance("SPARQL Update", update, java.time.Instant.now());
            List<Release> made =
                    next.store().recordReleases(outcome.changedSources(), r -> provenance.describe(store.iris(), r));
            released = next.commit();
            assertEquals(made.get(0).releaseId(), released.id());
        }
        assertNotEquals(store.release(), released.store().release());
        assertEquals(released.id(), released.index().stamp());
        assertTrue(released.index().search(SearchRequest.of("Zyxwvut")).total() > 0, "search follows the write");
        assertEquals(
                released.id(),
                released.store().latestRelease("ca-si").orElseThrow().releaseId());
    }

    @Test
    void aWriteToTheDefaultGraphIsKeptInTheCurationGraphAndTheCatalogCannotBeWritten() {
        Releases releases = Releases.serving(store, LuceneSearchIndex.inMemory(store));
        try (Candidate next = releases.prepare("test", Set.of())) {
            next.store()
                    .write(() -> next.store()
                            .datasetGraph()
                            .add(Quad.create(
                                    Quad.defaultGraphIRI,
                                    NodeFactory.createURI("http://example.org/a"),
                                    NodeFactory.createURI("http://example.org/p"),
                                    NodeFactory.createLiteralString("x"))));
            assertEquals(
                    List.of(WriteProvenance.CURATION),
                    WriteOutcome.judge(next.base().store(), next.store()).changedSources());
        }
        try (Candidate next = releases.prepare("test", Set.of())) {
            next.store()
                    .write(() -> next.store()
                            .datasetGraph()
                            .add(Quad.create(
                                    store.iris().catalogGraph(),
                                    NodeFactory.createURI("http://example.org/a"),
                                    NodeFactory.createURI("http://example.org/p"),
                                    NodeFactory.createLiteralString("x"))));
            assertTrue(WriteOutcome.judge(next.base().store(), next.store())
                    .refusal()
                    .orElse("")
                    .contains("catalog"));
        }
    }
}
