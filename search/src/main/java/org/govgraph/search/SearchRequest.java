package org.govgraph.search;

import java.util.List;

/**
 * One keyword search as a user asks it.
 *
 * @param q       the query in the search syntax (words, "phrases", -excluded, OR, prefix*, field:value); blank for all
 * @param lang    the preferred language of titles and snippets (e.g. {@code en}); null or blank for English
 * @param page    the page, from 1
 * @param size    results per page, 1 to {@link #MAX_SIZE}
 * @param facets  the facet names to count (see {@link Facet}); empty for none
 * @param filters {@code name:value} filters applied to the results, e.g. {@code online:yes}
 */
public record SearchRequest(String q, String lang, int page, int size, List<String> facets, List<String> filters) {
    /** The largest page a request may ask for. */
    public static final int MAX_SIZE = 100;
    /** The default page size. */
    public static final int DEFAULT_SIZE = 20;

    public SearchRequest {
        q = q == null ? "" : q;
        lang = lang == null || lang.isBlank() ? "en" : lang.trim().toLowerCase(java.util.Locale.ROOT);
        facets = facets == null ? List.of() : List.copyOf(facets);
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    /** The first page of {@code q} in English with the default size, every facet counted. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, "en", 1, DEFAULT_SIZE, Facet.names(), List.of());
    }
}
