package org.govgraph.ingest;

import java.util.function.Consumer;

/**
 * How an ingest run behaves.
 *
 * @param allowRejects write the accepted rows even when some were rejected
 * @param progress     told of each phase (reading, validating, writing); a no-op off a terminal
 */
public record IngestOptions(boolean allowRejects, Consumer<String> progress) {
    public static IngestOptions defaults() {
        return new IngestOptions(false, s -> { });
    }
}
