package org.govgraph.search;

import java.time.Duration;
import java.util.List;
import org.govgraph.search.query.SearchLimits;

/**
 * The search API of govgraph, whatever keeps the index: one index of the store's entities
 * (services, organisations, countries, data sets, indicators) stamped with the store release it
 * was built from. {@link LuceneSearchIndex} keeps it in-process; {@code OpenSearchIndex} in an
 * OpenSearch cluster. Both take the same query syntax, filters and facets and give the same
 * results, so callers (the API, the pages, {@code gg:search}) never know which one they use.
 *
 * <p>Implementations are thread-safe: searches and suggestions run from any number of threads,
 * while a rebuild makes the new index visible only when it is complete.
 */
public interface SearchIndex extends AutoCloseable {
    /** How deep a search may page: page × size up to this many hits. */
    int MAX_WINDOW = 10_000;
    /** How many values of one facet a response lists (the most frequent first). */
    int FACET_VALUES = 100;
    /** Fewer matches than this for every word, and the search falls back to approximate spellings, then to most of the words. */
    int FEW = 3;
    /** How many hits the SPARQL property function returns when its query gives no limit. */
    int DEFAULT_SPARQL_LIMIT = 10_000;

    /** A ranked hit for the SPARQL property function: the IRI and its score. */
    record ScoredIri(String iri, float score) {}

    /** The store release this index was built from, {@code ""} if none. */
    String stamp();

    /** Whether the index was built from the store's current release. */
    boolean isCurrent();

    /**
     * Builds the index anew from the store, stamped with the store's release, and makes it
     * visible at once and whole; on failure the previous index stays as it was.
     */
    void rebuild();

    /** Rebuilds the index when its stamp differs from the store's release; true if it did. */
    boolean ensureCurrent();

    /** Searches the index: one page of hits, the facet counts of every match, and how much of the question matched. */
    default SearchResponse search(SearchRequest request) {
        return search(request, SearchLimits.DEFAULT_DEADLINE);
    }

    /**
     * As {@link #search(SearchRequest)}, stopped with {@link SearchTimeoutException} when it runs
     * longer than {@code deadline} (the server's {@code --search-deadline}).
     */
    SearchResponse search(SearchRequest request, Duration deadline);

    /** The IRIs of the best {@code limit} matches of a query in the search syntax, for SPARQL. */
    List<ScoredIri> searchIris(String q, int limit);

    /**
     * Titles that contain words starting with what was typed (every word typed must be the
     * start of a word of the title), best first; the title is given in {@code lang} if the
     * entity has one, else in any language.
     */
    List<Suggestion> suggest(String prefix, String lang, int limit);

    @Override
    void close();
}
