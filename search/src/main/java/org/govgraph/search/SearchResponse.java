package org.govgraph.search;

import java.util.List;
import java.util.Map;

/**
 * One page of search results with the facet counts of the whole result set.
 *
 * @param query       the query as asked
 * @param total       how many entities match (exact)
 * @param page        the page returned, from 1
 * @param size        the page size asked for
 * @param results     the hits of this page, best first
 * @param facets      per facet name, its values with their counts over all matches
 * @param approximate true when the exact words found nothing and these results come from typo-tolerant matching
 */
public record SearchResponse(String query, long total, int page, int size, List<SearchHit> results,
                             Map<String, List<FacetCount>> facets, boolean approximate) {
}
