package org.govgraph.search;

/**
 * The search index failed (it cannot be opened, read, written or is closed): the server's
 * fault, not the request's, so a server answers it 503 without the details (file paths),
 * which go to its log.
 */
public class SearchIndexException extends SearchException {
    private static final long serialVersionUID = 1L;

    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
