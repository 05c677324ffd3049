package org.govgraph.model;

/**
 * Root of every exception that govgraph itself throws.
 *
 * <p>Each layer has one subclass as its own root ({@code StoreException} here,
 * {@code IngestException}, {@code SearchException}, ...), so a caller can catch a
 * layer's failures as one type and the server can map each root to one HTTP status.
 */
public abstract class GovgraphException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected GovgraphException(String message) {
        super(message);
    }

    protected GovgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
