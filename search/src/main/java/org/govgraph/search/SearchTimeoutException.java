package org.govgraph.search;

/** A search stopped by its deadline: the server was too slow for it, not the query wrong. */
public class SearchTimeoutException extends SearchException {
    private static final long serialVersionUID = 1L;

    public SearchTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
