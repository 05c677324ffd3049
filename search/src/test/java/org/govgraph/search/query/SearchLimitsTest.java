package org.govgraph.search.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.govgraph.search.QuerySyntaxException;
import org.govgraph.search.SearchTimeoutException;
import org.govgraph.search.analysis.Analyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchLimitsTest {
    private final QueryTranslator translator = new QueryTranslator(Analyzers.forQuerying());

    @Test
    void threeThousandNestedParenthesesAreRefusedWithAdviceNotAStackOverflow() {
        String q = "(".repeat(3000) + "passport" + ")".repeat(3000);
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> translator.parse(q));
        assertTrue(e.getMessage().contains("nests parentheses 3000 deep"), e.getMessage());
    }

    @Test
    void twoHundredFuzzyWordsAreRefusedWithAdvice() {
        String q = "passport~2 OR ".repeat(200) + "visa";
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> translator.parse(q));
        assertTrue(e.getMessage().contains("words"), e.getMessage());
        QuerySyntaxException fuzzy = assertThrows(
                QuerySyntaxException.class, () -> translator.parse("passport~2 visa~ tax~1 licence~ permit~"));
        assertTrue(fuzzy.getMessage().contains("5 fuzzy words"), fuzzy.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "passport renewal",
                "(passport OR visa) renewal -fee",
                "\"driving licence\" country:MYS",
                "passport~ visa~",
                "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff",
                "\"a phrase with far more than thirty-two words does not count each of its words: one two three four five six"
                        + " seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty\""
            })
    void ordinaryQueriesPass(String q) {
        assertDoesNotThrow(() -> SearchLimits.check(q));
    }

    @Test
    void operatorsAndParenthesesAreNotWords() {
        assertDoesNotThrow(
                () -> SearchLimits.check("a OR b AND c NOT d ".repeat(8).strip()));
        assertThrows(
                QuerySyntaxException.class,
                () -> SearchLimits.check("a OR b AND c NOT d ".repeat(9).strip()));
    }

    @Test
    void aLongQueryIsRefused() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> SearchLimits.check("x".repeat(1001)));
        assertTrue(e.getMessage().contains("1001 characters"), e.getMessage());
    }

    @Test
    void aSearchPastItsDeadlineIsStoppedWhileItReadsTerms() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 2000; i++) {
                Document d = new Document();
                d.add(new TextField("t", "passport" + i + " visa" + i, Field.Store.NO));
                w.addDocument(d);
            }
        }
        try (DirectoryReader reader = SearchLimits.deadlineChecked(DirectoryReader.open(directory))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            FuzzyQuery fuzzy = new FuzzyQuery(new Term("t", "passport"), 2);
            SearchTimeoutException e = assertThrows(
                    SearchTimeoutException.class, () -> SearchLimits.run(() -> count(searcher, fuzzy), Duration.ZERO));
            assertTrue(e.getMessage().contains("stopped"), e.getMessage());
            assertTrue(SearchLimits.run(() -> count(searcher, fuzzy)) > 0, "the same search within the deadline");
        }
    }

    private static int count(IndexSearcher searcher, FuzzyQuery query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
