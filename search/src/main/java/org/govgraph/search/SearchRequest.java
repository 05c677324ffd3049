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
        lang = language(lang);
        facets = facets == null ? List.of() : List.copyOf(facets);
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    /** The languages titles and snippets can be asked in. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ms", "pt");

    /**
     * The language asked for, as a lower-case tag ({@code en} when none was); a language
     * the platform has no titles in is refused, rather than silently answered in English.
     */
    public static String language(String lang) {
        String tag = lang == null || lang.isBlank() ? "en" : lang.trim().toLowerCase(java.util.Locale.ROOT);
        if (!LANGUAGES.contains(tag.split("-", 2)[0])) {
            throw new SearchRequestException("There is no language '" + lang + "' here: lang takes one of "
                    + String.join(", ", LANGUAGES) + " (or a regional form such as en-CA).");
        }
        return tag;
    }

    /** The first page of {@code q} in English with the default size, every facet counted. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, "en", 1, DEFAULT_SIZE, Facet.names(), List.of());
    }
}
