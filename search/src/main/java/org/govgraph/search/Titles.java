package org.govgraph.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.govgraph.search.analysis.Fields;

/** Picks the text to show in the requested language: that language, else English, else any. */
final class Titles {
    private Titles() {}

    /** A title and the language tag it is in ({@code und} when it has none). */
    record Chosen(String text, String lang) {}

    static Chosen choose(Document d, String lang) {
        Map<String, String> titles = stored(d, Fields.STORED_TITLE_PREFIX);
        return pickEntry(titles, lang)
                .map(e -> new Chosen(e.getValue(), e.getKey()))
                .orElseGet(() -> new Chosen(d.get("iri"), "und"));
    }

    /** The description in the title's language, else by the same preference; null if none is stored. */
    static String description(Document d, String lang) {
        return pick(stored(d, Fields.STORED_DESCRIPTION_PREFIX), lang).orElse(null);
    }

    static Optional<String> pick(Map<String, String> byLang, String lang) {
        return pickEntry(byLang, lang).map(Map.Entry::getValue);
    }

    private static Optional<Map.Entry<String, String>> pickEntry(Map<String, String> byLang, String lang) {
        if (byLang.isEmpty()) {
            return Optional.empty();
        }
        String wanted = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
        String primary = wanted.split("-", 2)[0];
        for (String candidate : new String[] {wanted, primary, "en", "und"}) {
            if (byLang.containsKey(candidate)) {
                return Optional.of(Map.entry(candidate, byLang.get(candidate)));
            }
        }
        for (Map.Entry<String, String> e : byLang.entrySet()) {
            if (e.getKey().split("-", 2)[0].equals(primary)) {
                return Optional.of(e);
            }
        }
        return Optional.of(byLang.entrySet().iterator().next());
    }

    private static Map<String, String> stored(Document d, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        for (IndexableField f : d.getFields()) {
            if (f.name().startsWith(prefix)) {
                out.putIfAbsent(f.name().substring(prefix.length()), f.stringValue());
            }
        }
        return out;
    }
}
