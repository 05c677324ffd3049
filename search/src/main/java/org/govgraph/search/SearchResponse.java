package org.govgraph.search;

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
 */
public record SearchResponse(String query, long total, int page, int size, List<SearchHit> results,
                             Map<String, List<FacetCount>> facets, Matched matched) {

    /** True when the exact words found too little and these results come from typo-tolerant matching. */
    @JsonProperty("approximate")
    public boolean approximate() {
        return matched == Matched.APPROXIMATE;
    }
}
