package org.govgraph.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.govgraph.search.analysis.Analyzers;
import org.govgraph.search.analysis.Fields;
import org.junit.jupiter.api.Test;

/** The query forms of the translator: hyphenated words, synonyms of several words, most of the words, typo tolerance. */
class QueryTranslatorTest {
    private final QueryTranslator translator = new QueryTranslator(Analyzers.forQuerying());

    @Test
    void aHyphenatedWordIsItsPartsInOrder() {
        String q = translator.parse("e-government").toString();
        assertTrue(q.contains("title_any:\"e government\")"), q);
        String separate = translator.parse("e government").toString();
        assertFalse(separate.contains("title_any:\"e government\")"), "separate words are not a phrase: " + separate);
    }

    @Test
    void mostOfTheWordsNeedsHalfOfThemAndOnlyForPlainWords() {
        Query most = translator.mostWords("land title search Kenya").orElseThrow();
        BooleanQuery words = (BooleanQuery)
                ((BooleanQuery) ((BooleanQuery) most).clauses().get(0).getQuery())
                        .clauses()
                        .get(0)
                        .getQuery();
        assertEquals(4, words.clauses().size());
        assertEquals(2, words.getMinimumNumberShouldMatch());
        assertEquals(
                1,
                ((BooleanQuery) ((BooleanQuery) translator
                                                        .mostWords("renew passport")
                                                        .orElseThrow())
                                                .clauses()
                                                .get(0)
                                                .getQuery())
                                        .clauses()
                                        .get(0)
                                        .getQuery()
                                instanceof BooleanQuery b
                        ? b.getMinimumNumberShouldMatch()
                        : -1);
        // Stop words are not words: "grants for" is one word.
        assertEquals(Optional.empty(), translator.mostWords("grants for"));
        assertEquals(Optional.empty(), translator.mostWords("passport"));
        for (String exact : new String[] {
            "\"renew passport\"", "renew -passport", "renew OR passport", "renew org:ircc", "renew pass*"
        }) {
            assertEquals(Optional.empty(), translator.mostWords(exact), exact);
        }
    }

    @Test
    void onlyWordsTheIndexDoesNotKnowAreSpelledApproximately() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forIndexing()))) {
                Document d = new Document();
                d.add(new TextField(Fields.TITLE_ANY, "National passport pass", Field.Store.NO));
                w.addDocument(d);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                String relaxed = QueryTranslator.fuzzy(translator.parse("passprot national"), reader)
                        .orElseThrow()
                        .toString();
                assertTrue(relaxed.contains("title_any:passprot~2"), relaxed);
                assertFalse(relaxed.contains("national~"), relaxed);
                assertEquals(Optional.empty(), QueryTranslator.fuzzy(translator.parse("national pass"), reader));
            }
        }
    }

    @Test
    void aSynonymOfSeveralWordsAppliesToThoseWordsInAQuestion() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forIndexing()))) {
                for (String title : List.of(
                        "Police Clearance Certificate",
                        "Certificate of good conduct",
                        "Conduct complaints certificate",
                        "Good manufacturing practice certificate")) {
                    Document d = new Document();
                    d.add(new TextField(Fields.TITLE_ANY, title, Field.Store.YES));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query q = translator.parse("certificate of good conduct");
                List<String> found = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(q, 10).scoreDocs) {
                    found.add(searcher.storedFields().document(sd.doc).get(Fields.TITLE_ANY));
                }
                // The rule "good conduct => good conduct, police clearance": its words together, not one by one.
                assertEquals(Set.of("Police Clearance Certificate", "Certificate of good conduct"), Set.copyOf(found));
            }
        }
    }
}
