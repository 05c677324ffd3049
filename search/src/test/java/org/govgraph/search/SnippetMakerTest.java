package org.govgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.govgraph.search.analysis.Analyzers;
import org.govgraph.search.index.DocumentMaker;
import org.govgraph.search.index.IndexedEntity;
import org.govgraph.search.index.IndexedEntity.LangText;
import org.govgraph.search.query.QueryTranslator;
import org.junit.jupiter.api.Test;

/**
 * The highlights of a page are made from the stored documents the hits already loaded, in the
 * field each hit shows: the marks must fall on the words the index matched, also in the second
 * value of a language group and in a language other than the one shown.
 */
class SnippetMakerTest {
    private static final Analyzer INDEX = Analyzers.forIndexing();
    private static final QueryTranslator TRANSLATOR = new QueryTranslator(Analyzers.forQuerying());

    @Test
    void aSecondTitleInTheSameLanguageGroupIsMarkedAtItsOwnWords() throws IOException {
        IndexedEntity e = entity(
                List.of(new LangText("en", "Apply for benefits"), new LangText("en-CA", "Employment insurance claim")),
                List.of(new LangText("en", "Send the form and the records of employment.")));
        SnippetMaker.Highlights h = highlightOne(e, "claim", "en");
        assertEquals("Employment insurance <mark>claim</mark>", h.title());
        assertNull(h.description());
    }

    @Test
    void aTitleThatMatchesOnlyInAnotherLanguageIsMarkedInThatLanguage() throws IOException {
        IndexedEntity e = entity(
                List.of(new LangText("en", "Passport renewal"), new LangText("fr", "Renouvellement de passeport")),
                List.of(new LangText("fr", "Renouvelez votre passeport par la poste.")));
        SnippetMaker.Highlights h = highlightOne(e, "renouvellement", "en");
        assertEquals("<mark>Renouvellement</mark> de passeport", h.title());
    }

    @Test
    void theShownLanguageIsMarkedWhenBothLanguagesMatch() throws IOException {
        IndexedEntity e = entity(
                List.of(new LangText("en", "Canada pension plan"), new LangText("fr", "Régime de pensions du Canada")),
                List.of(
                        new LangText("en", "Apply for the Canada pension."),
                        new LangText("fr", "Demandez la pension du Canada.")));
        assertEquals(
                "<mark>Canada</mark> pension plan",
                highlightOne(e, "canada", "en").title());
        SnippetMaker.Highlights fr = highlightOne(e, "canada", "fr");
        assertEquals("Régime de pensions du <mark>Canada</mark>", fr.title());
        assertEquals("Demandez la pension du <mark>Canada</mark>.", fr.description());
    }

    private static IndexedEntity entity(List<LangText> titles, List<LangText> descriptions) {
        return new IndexedEntity("http://example.org/s/1", Kind.SERVICE, titles, descriptions, List.of(), Map.of());
    }

    private static SnippetMaker.Highlights highlightOne(IndexedEntity e, String q, String lang) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(INDEX))) {
                w.addDocument(new DocumentMaker(DocumentMaker.facetsConfig()).entity(e));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = TRANSLATOR.parse(q);
                ScoreDoc[] page = searcher.search(query, 10).scoreDocs;
                assertEquals(1, page.length, "the entity matches " + q);
                List<Document> stored = new ArrayList<>();
                stored.add(searcher.storedFields().document(page[0].doc));
                return new SnippetMaker(searcher, INDEX)
                        .highlight(query, page, stored, lang)
                        .get(0);
            }
        }
    }
}
