package org.govgraph.ingest;

import org.govgraph.model.GovgraphException;

/** Root of the ingest layer's failures: a source could not be converted or written. */
public class IngestException extends GovgraphException {
    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
