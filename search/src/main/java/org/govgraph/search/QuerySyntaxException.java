package org.govgraph.search;

/** A query the syntax does not allow; the message says what to change, in words a non-programmer can act on. */
public class QuerySyntaxException extends SearchRequestException {
    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message) {
        super(message);
    }

    public QuerySyntaxException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
