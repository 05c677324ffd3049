package org.govgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The checks of a search request that come before any index is read, the same for every backend. */
final class RequestChecks {
    private RequestChecks() {}

    /** The facets the request asks for, after checking its paging; a clear error for anything out of range. */
    static List<Facet> facets(SearchRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.page() < 1) {
            throw new SearchRequestException("page starts at 1; got " + request.page() + ".");
        }
        if (request.size() < 1 || request.size() > SearchRequest.MAX_SIZE) {
            throw new SearchRequestException(
                    "size must be between 1 and " + SearchRequest.MAX_SIZE + "; got " + request.size() + ".");
        }
        if ((long) request.page() * request.size() > SearchIndex.MAX_WINDOW) {
            throw new SearchRequestException("Results can be paged up to the " + SearchIndex.MAX_WINDOW
                    + "th: narrow the search with words or filters.");
        }
        List<Facet> facets = new ArrayList<>();
        for (String name : request.facets()) {
            facets.add(Facet.byName(name)
                    .orElseThrow(() -> new SearchRequestException("There is no facet called '" + name + "': use one of "
                            + String.join(", ", Facet.names()) + ".")));
        }
        return facets;
    }
}
