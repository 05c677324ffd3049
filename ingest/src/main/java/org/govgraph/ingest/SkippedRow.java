package org.govgraph.ingest;

import java.nio.file.Path;

/**
 * One input row that holds nothing to load and is not an error (a country the survey lists
 * before it existed), and why it was passed over.
 *
 * @param file   the input file
 * @param line   the physical line where the row starts (1-based; the header is line 1)
 * @param reason why the row describes nothing, in words
 */
public record SkippedRow(Path file, long line, String reason) {
    /** {@code file:line: reason}, as rejections are written but with no column. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
