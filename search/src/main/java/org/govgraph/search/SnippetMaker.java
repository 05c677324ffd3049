package org.govgraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.govgraph.search.analysis.Analyzers.LanguageGroup;
import org.govgraph.search.analysis.Fields;

/**
 * Highlighted titles and snippets for one page of hits, with Lucene's unified highlighter.
 * The passage formatter HTML-escapes the text and only then wraps the matches in
 * {@code <mark>}, so no markup from the data can reach a page.
 */
final class SnippetMaker {
    private static final int MAX_PLAIN = 240;
    private static final PassageFormatter FORMATTER = new DefaultPassageFormatter("<mark>", "</mark>", "… ", true);

    /** Highlights of one document, by field, null where the field did not match. */
    record Highlights(Map<String, String> byField) {
        String first(List<String> fields) {
            for (String f : fields) {
                String h = byField.get(f);
                if (h != null && !h.isBlank()) {
                    return h;
                }
            }
            return null;
        }
    }

    private final UnifiedHighlighter highlighter;
    private final String[] fields;

    SnippetMaker(IndexSearcher searcher, Analyzer indexAnalyzer) {
        this.highlighter = new UnifiedHighlighter.Builder(searcher, indexAnalyzer)
                .withFormatter(FORMATTER)
                .withMaxNoHighlightPassages(0)
                .withMaxLength(10_000)
                // Weight matches would evaluate the whole multi-field query once per document and
                // field (20 hits x 10 fields), 77 % of a search's time at 10,000 services (JFR);
                // term offsets read from the field's own postings give the same marks per word.
                .withWeightMatches(false)
                .build();
        List<String> all = new ArrayList<>(Fields.titleFields());
        all.addAll(Fields.descriptionFields());
        this.fields = all.toArray(String[]::new);
    }

    /** The highlights of each of {@code docs}, in order. */
    List<Highlights> highlight(Query query, ScoreDoc[] docs) throws IOException {
        List<Highlights> out = new ArrayList<>();
        if (docs.length == 0) {
            return out;
        }
        TopDocs page = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        Map<String, String[]> byField = highlighter.highlightFields(fields, query, page, passages);
        for (int i = 0; i < docs.length; i++) {
            Map<String, String> one = new HashMap<>();
            for (Map.Entry<String, String[]> e : byField.entrySet()) {
                one.put(e.getKey(), e.getValue()[i]);
            }
            out.add(new Highlights(one));
        }
        return out;
    }

    /** The fields of one kind (title or description) in the order to try them for a language. */
    static List<String> preferred(String lang, boolean titles) {
        List<String> out = new ArrayList<>();
        LanguageGroup first = LanguageGroup.of(lang);
        out.add(titles ? Fields.title(first) : Fields.description(first));
        for (LanguageGroup g : LanguageGroup.values()) {
            if (g != first) {
                out.add(titles ? Fields.title(g) : Fields.description(g));
            }
        }
        return out;
    }

    /** Plain text made safe for HTML, shortened at a word boundary: for entities whose text did not match. */
    static String escapedLead(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int end = text.length();
        if (end > MAX_PLAIN) {
            int space = text.lastIndexOf(' ', MAX_PLAIN);
            end = space > MAX_PLAIN / 2 ? space : MAX_PLAIN;
        }
        Passage p = new Passage();
        p.setStartOffset(0);
        p.setEndOffset(end);
        String escaped = (String) FORMATTER.format(new Passage[] {p}, text);
        return end < text.length() ? escaped.strip() + " …" : escaped;
    }
}
