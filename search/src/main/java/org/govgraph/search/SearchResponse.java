package org.govgraph.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One page of search results with the facet counts of the whole result set.
 *
 * @param query   the query as asked
 * @param total   how many entities match (exact)
 * @param page    the page returned, from 1
 * @param size    the page size asked for
 * @param results the hits of this page, best first
 * @param facets  per facet name, its values with their counts over all matches
 * @param matched whether the results match every word, most of them, or words spelled close to them
 * @param partial true when part of the index did not answer (an OpenSearch shard with no live copy):
 *                the hits, total and counts are then those of the part that did; written in JSON only then
 */
public record SearchResponse(
        String query,
        long total,
        int page,
        int size,
        List<SearchHit> results,
        Map<String, List<FacetCount>> facets,
        Matched matched,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean partial) {

    /** A complete answer: every part of the index answered. */
    public SearchResponse(
            String query,
            long total,
            int page,
            int size,
            List<SearchHit> results,
            Map<String, List<FacetCount>> facets,
            Matched matched) {
        this(query, total, page, size, results, facets, matched, false);
    }

    /** True when the exact words found too little and these results come from typo-tolerant matching. */
    @JsonProperty("approximate")
    public boolean approximate() {
        return matched == Matched.APPROXIMATE;
    }
}
