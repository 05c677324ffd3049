package org.govgraph.search;

import java.util.Map;

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
}
