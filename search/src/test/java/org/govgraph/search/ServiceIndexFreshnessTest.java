package org.govgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is stamped with the store release it was built from, and knows when it is stale. */
class ServiceIndexFreshnessTest {
    @TempDir
    Path dir;

    @Test
    void aNewIndexIsUnstampedAndStale() {
        try (Store store = Fixture.store();
                LuceneSearchIndex index = LuceneSearchIndex.open(store, dir.resolve("index"))) {
            assertEquals("", index.stamp());
            assertFalse(index.isCurrent());
            assertEquals(0, index.search(SearchRequest.of("")).total());
        }
    }

    @Test
    void anIndexBuiltAtReleaseAIsStaleOnceTheStoreMovesToB() {
        try (Store store = Fixture.store();
                LuceneSearchIndex index = LuceneSearchIndex.open(store, dir.resolve("index"))) {
            assertTrue(index.ensureCurrent());
            String a = store.release().orElseThrow();
            assertEquals(a, index.stamp());
            assertTrue(index.isCurrent());
            assertFalse(index.ensureCurrent(), "a current index is not rebuilt");

            // Release B: Kenya re-ingested with one service renamed.
            Graph kenya = Fixture.read("ke-ecitizen");
            kenya.delete(Triple.create(
                    NodeFactory.createURI(Fixture.iri("service/ke/2003")),
                    DCTerms.title.asNode(),
                    NodeFactory.createLiteralLang("Certificate of good conduct", "en")));
            kenya.add(Triple.create(
                    NodeFactory.createURI(Fixture.iri("service/ke/2003")),
                    DCTerms.title.asNode(),
                    NodeFactory.createLiteralLang("Police clearance certificate", "en")));
            Fixture.load(store, "ke-ecitizen", kenya);
            String b = store.release().orElseThrow();
            assertTrue(b.compareTo(a) > 0);

            assertFalse(index.isCurrent());
            assertEquals(a, index.stamp());
            assertEquals(
                    1,
                    index.search(SearchRequest.of("conduct")).total(),
                    "a stale index answers from release A until rebuilt");
            assertTrue(index.ensureCurrent());
            assertEquals(b, index.stamp());
            assertTrue(index.isCurrent());
            // "conduct" alone: the phrase "good conduct" is a synonym of "police clearance", which B has.
            assertEquals(0, index.search(SearchRequest.of("conduct")).total(), "nothing of release A remains");
            assertEquals(Fixture.ENTITIES, index.search(SearchRequest.of("")).total());
        }
    }

    @Test
    void theStampSurvivesReopening() {
        String stamp;
        try (Store store = Fixture.store()) {
            try (LuceneSearchIndex index = LuceneSearchIndex.open(store, dir.resolve("index"))) {
                index.rebuild();
                stamp = index.stamp();
            }
            try (LuceneSearchIndex reopened = LuceneSearchIndex.open(store, dir.resolve("index"))) {
                assertEquals(stamp, reopened.stamp());
                assertTrue(reopened.isCurrent());
                assertFalse(reopened.ensureCurrent());
                assertEquals(
                        Fixture.ENTITIES, reopened.search(SearchRequest.of("")).total());
            }
        }
    }

    @Test
    void aRebuildInterruptedBeforeItsCommitLeavesTheLastCommittedIndex() throws Exception {
        Path indexDir = dir.resolve("index");
        String stamp;
        try (Store store = Fixture.store()) {
            try (LuceneSearchIndex index = LuceneSearchIndex.open(store, indexDir)) {
                index.rebuild();
                stamp = index.stamp();
            }
            // A writer that starts a new index in the directory and dies before committing (a crash mid-rebuild).
            try (FSDirectory d = FSDirectory.open(indexDir)) {
                IndexWriter w =
                        new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
                Document junk = new Document();
                junk.add(new StringField("iri", "urn:half-written", Field.Store.YES));
                w.addDocument(junk);
                w.flush();
                w.rollback();
            }
            try (LuceneSearchIndex reopened = LuceneSearchIndex.open(store, indexDir)) {
                assertEquals(stamp, reopened.stamp());
                assertEquals(
                        Fixture.ENTITIES, reopened.search(SearchRequest.of("")).total());
            }
        }
    }
}
