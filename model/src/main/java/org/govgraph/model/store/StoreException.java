package org.govgraph.model.store;

import org.govgraph.model.GovgraphException;

/** A store could not be opened, read or written. */
public class StoreException extends GovgraphException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
