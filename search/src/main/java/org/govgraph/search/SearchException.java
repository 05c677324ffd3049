package org.govgraph.search;

import org.govgraph.model.GovgraphException;

/** Root of the search layer's failures: a request that cannot be answered as asked (bad paging, unknown facet) or an index that cannot be read or written. */
public class SearchException extends GovgraphException {
    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
