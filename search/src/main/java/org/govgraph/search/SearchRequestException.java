package org.govgraph.search;

/**
 * A search request that cannot be answered as asked (its syntax, paging, facets, language):
 * the client's to change, so a server answers it 400 with this message.
 */
public class SearchRequestException extends SearchException {
    private static final long serialVersionUID = 1L;

    public SearchRequestException(String message) {
        super(message);
    }
}
