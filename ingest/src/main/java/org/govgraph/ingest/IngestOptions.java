package org.govgraph.ingest;

import java.util.function.Consumer;

/**
 * How an ingest run behaves.
 *
 * @param allowRejects write the accepted rows even when some were rejected
 * @param progress     told of each phase (reading, validating each chunk, writing); a no-op off a terminal
 * @param chunkRows    rows validated together when the adapter's rows are self-contained
 *                     ({@link SourceAdapter#validatesPerRow()}); bounds the memory an ingest needs
 */
public record IngestOptions(boolean allowRejects, Consumer<String> progress, int chunkRows) {
    /**
     * Rows per validation chunk by default: about 850,000 triples for the Canada inventory,
     * large enough that SHACL's per-run cost is negligible, small enough to keep the heap flat.
     */
    public static final int DEFAULT_CHUNK_ROWS = 10_000;

    public IngestOptions {
        if (chunkRows < 1) {
            throw new IllegalArgumentException("chunkRows must be at least 1, not " + chunkRows);
        }
    }

    public IngestOptions(boolean allowRejects, Consumer<String> progress) {
        this(allowRejects, progress, DEFAULT_CHUNK_ROWS);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(false, s -> {});
    }

    /** These options with another chunk size. */
    public IngestOptions withChunkRows(int rows) {
        return new IngestOptions(allowRejects, progress, rows);
    }
}
