package org.govgraph.release.publish;

import org.govgraph.model.GovgraphException;

/** A release could not be published or its files could not be written or read back. */
public class CatalogException extends GovgraphException {
    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
