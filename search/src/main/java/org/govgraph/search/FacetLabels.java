package org.govgraph.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.govgraph.search.analysis.Fields;

/**
 * The human labels of facet values as the index holds them (facet id, then value, then
 * language tag to label), read once per index version.
 */
record FacetLabels(Map<String, Map<String, Map<String, String>>> byFacet) {
    static final FacetLabels NONE = new FacetLabels(Map.of());

    /** The label of {@code value} in {@code lang} (else English, else any), the value itself when it has none. */
    String label(Facet f, String value, String lang) {
        Map<String, String> byLang = byFacet.getOrDefault(f.id(), Map.of()).get(value);
        return byLang == null ? value : Titles.pick(byLang, lang).orElse(value);
    }

    /** Collects the labels from an index's label documents, whichever backend stores them. */
    static final class Reader {
        private final Map<String, Map<String, Map<String, String>>> labels = new HashMap<>();

        /** Adds one label document: its facet, its value and one {@code l.<lang>} field per language. */
        void add(Document label) {
            Map<String, String> byLang = new LinkedHashMap<>();
            label.getFields().forEach(field -> {
                if (field.name().startsWith("l.")) {
                    byLang.put(field.name().substring(2), field.stringValue());
                }
            });
            labels.computeIfAbsent(label.get(Fields.LABEL_DIM), k -> new HashMap<>())
                    .put(label.get(Fields.LABEL_VALUE), byLang);
        }

        FacetLabels labels() {
            return new FacetLabels(labels);
        }
    }
}
