package org.govgraph.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.govgraph.search.analysis.Analyzers.LanguageGroup;
import org.govgraph.search.analysis.Fields;

/**
 * Highlighted titles and snippets for one page of hits, with Lucene's unified highlighter.
 * The passage formatter HTML-escapes the text and only then wraps the matches in
 * {@code <mark>}, so no markup from the data can reach a page.
 *
 * <p>A hit shows one title and one description, so each document is highlighted only in the
 * fields it would show: its title language's group first, the other groups in turn only where
 * that one did not match. The text comes from the stored documents the caller has already
 * loaded for the hits, so no document is read twice.
 */
final class SnippetMaker {
    private static final int MAX_PLAIN = 240;
    private static final PassageFormatter FORMATTER = new DefaultPassageFormatter("<mark>", "</mark>", "… ", true);
    /** Each analysed title and description field, with the prefix and group of the stored fields that hold its text. */
    private static final Map<String, StoredText> TEXT_OF = textOfFields();
    /** For each group of the shown title's language, the title fields in the order to try them. */
    private static final Map<LanguageGroup, List<String>> TITLE_ORDER = orders(true);

    private static final Map<LanguageGroup, List<String>> DESCRIPTION_ORDER = orders(false);

    /** The highlighted title and description of one hit, each null where nothing in it matched. */
    record Highlights(String title, String description) {}

    /** Where an analysed field's text is stored: the exact-language fields with this prefix whose tag is in the group. */
    private record StoredText(String prefix, LanguageGroup group) {
        boolean title() {
            return prefix.equals(Fields.STORED_TITLE_PREFIX);
        }
    }

    private final IndexSearcher searcher;
    private final Analyzer indexAnalyzer;

    SnippetMaker(IndexSearcher searcher, Analyzer indexAnalyzer) {
        this.searcher = searcher;
        this.indexAnalyzer = indexAnalyzer;
    }

    /**
     * The highlights of each of {@code docs}, in order; {@code stored} holds each one's stored
     * fields and {@code lang} is the language asked for, which picks the title shown.
     */
    List<Highlights> highlight(Query query, ScoreDoc[] docs, List<Document> stored, String lang) throws IOException {
        int n = docs.length;
        String[] titles = new String[n];
        String[] descriptions = new String[n];
        List<List<String>> titleOrder = new ArrayList<>(n);
        List<List<String>> descriptionOrder = new ArrayList<>(n);
        Map<Integer, Document> byDoc = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Document d = stored.get(i);
            byDoc.put(docs[i].doc, d);
            LanguageGroup shown = LanguageGroup.of(Titles.choose(d, lang).lang());
            titleOrder.add(withText(TITLE_ORDER.get(shown), groupsWithText(d, Fields.STORED_TITLE_PREFIX)));
            descriptionOrder.add(
                    withText(DESCRIPTION_ORDER.get(shown), groupsWithText(d, Fields.STORED_DESCRIPTION_PREFIX)));
        }
        Highlighter highlighter = new Highlighter(searcher, indexAnalyzer, byDoc);
        for (int round = 0; round < LanguageGroup.values().length; round++) {
            // field -> the page positions that try it in this round
            Map<String, List<Integer>> pending = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                if (titles[i] == null && round < titleOrder.get(i).size()) {
                    pending.computeIfAbsent(titleOrder.get(i).get(round), k -> new ArrayList<>())
                            .add(i);
                }
                if (descriptions[i] == null && round < descriptionOrder.get(i).size()) {
                    pending.computeIfAbsent(descriptionOrder.get(i).get(round), k -> new ArrayList<>())
                            .add(i);
                }
            }
            if (pending.isEmpty()) {
                break;
            }
            for (Map.Entry<String, List<Integer>> e : pending.entrySet()) {
                String field = e.getKey();
                List<Integer> positions = e.getValue();
                int[] ids = positions.stream().mapToInt(i -> docs[i].doc).toArray();
                String[] marked = highlighter
                        .highlightFields(new String[] {field}, query, ids, new int[] {1})
                        .get(field);
                String[] into = TEXT_OF.get(field).title() ? titles : descriptions;
                for (int k = 0; k < ids.length; k++) {
                    if (marked[k] != null && !marked[k].isBlank()) {
                        into[positions.get(k)] = marked[k];
                    }
                }
            }
        }
        List<Highlights> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Highlights(titles[i], descriptions[i]));
        }
        return out;
    }

    /** The fields of one kind (title or description) in the order to try them for a language group. */
    private static List<String> preferred(LanguageGroup first, boolean titles) {
        List<String> out = new ArrayList<>();
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

    /** The fields of {@code order} whose group is in {@code groups}, in that order. */
    private static List<String> withText(List<String> order, Set<LanguageGroup> groups) {
        List<String> out = new ArrayList<>(groups.size());
        for (String f : order) {
            if (groups.contains(TEXT_OF.get(f).group())) {
                out.add(f);
            }
        }
        return out;
    }

    /** The language groups of the document's stored fields with this prefix ({@code t.} or {@code d.}). */
    private static Set<LanguageGroup> groupsWithText(Document d, String prefix) {
        Set<LanguageGroup> out = EnumSet.noneOf(LanguageGroup.class);
        for (IndexableField f : d.getFields()) {
            if (f.name().startsWith(prefix) && !f.stringValue().isEmpty()) {
                out.add(LanguageGroup.of(f.name().substring(prefix.length())));
            }
        }
        return out;
    }

    /**
     * The text an analysed field was indexed from, as the highlighter would load it had the field
     * been stored: the values of its group's stored fields in document order, joined by the
     * highlighter's value separator (one character, as the analyzer's offset gap), at most
     * {@code maxLength} characters.
     */
    private static String text(Document d, String field, int maxLength) {
        StoredText where = TEXT_OF.get(field);
        StringBuilder out = new StringBuilder();
        for (IndexableField f : d.getFields()) {
            String name = f.name();
            if (name.startsWith(where.prefix())
                    && LanguageGroup.of(name.substring(where.prefix().length())) == where.group()) {
                if (!out.isEmpty()) {
                    out.append(Highlighter.SEPARATOR);
                }
                out.append(f.stringValue());
                if (out.length() >= maxLength) {
                    return out.substring(0, maxLength);
                }
            }
        }
        return out.toString();
    }

    private static Map<LanguageGroup, List<String>> orders(boolean titles) {
        Map<LanguageGroup, List<String>> out = new EnumMap<>(LanguageGroup.class);
        for (LanguageGroup g : LanguageGroup.values()) {
            out.put(g, preferred(g, titles));
        }
        return out;
    }

    private static Map<String, StoredText> textOfFields() {
        Map<String, StoredText> out = new HashMap<>();
        for (LanguageGroup g : LanguageGroup.values()) {
            out.put(Fields.title(g), new StoredText(Fields.STORED_TITLE_PREFIX, g));
            out.put(Fields.description(g), new StoredText(Fields.STORED_DESCRIPTION_PREFIX, g));
        }
        return out;
    }

    /** The unified highlighter, reading each document's text from the page's stored documents. */
    private static final class Highlighter extends UnifiedHighlighter {
        static final char SEPARATOR = MULTIVAL_SEP_CHAR;
        private final Map<Integer, Document> byDoc;

        Highlighter(IndexSearcher searcher, Analyzer indexAnalyzer, Map<Integer, Document> byDoc) {
            super(new UnifiedHighlighter.Builder(searcher, indexAnalyzer)
                    .withFormatter(FORMATTER)
                    .withMaxNoHighlightPassages(0)
                    .withMaxLength(10_000)
                    // Weight matches would evaluate the whole multi-field query once per document and
                    // field, 77 % of a search's time at 10,000 services (JFR); term offsets read from
                    // the field's own postings give the same marks per word.
                    .withWeightMatches(false));
            this.byDoc = byDoc;
        }

        /**
         * Every field highlighted here is indexed with offsets in its postings (both backends); saying so
         * spares each search the merge of every segment's field infos that the default lookup makes.
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.POSTINGS;
        }

        /** A title is one passage, whole; a description is cut at sentences, its best one shown. */
        @Override
        protected BreakIterator getBreakIterator(String field) {
            return TEXT_OF.get(field).title() ? new WholeBreakIterator() : super.getBreakIterator(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] values = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String text = text(byDoc.get(doc), fields[f], getMaxLength());
                    values[f] = text.isEmpty() ? null : text;
                }
                out.add(values);
            }
            return out;
        }
    }
}
