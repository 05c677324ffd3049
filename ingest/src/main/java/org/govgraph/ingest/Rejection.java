package org.govgraph.ingest;

import java.nio.file.Path;

/**
 * One input row that was not loaded, and why.
 *
 * @param file   the input file
 * @param line   the physical line where the row starts (1-based; the header is line 1)
 * @param column the 1-based column of the offending field, or 0 when the whole row is at fault
 * @param reason what is wrong, in words a data owner can act on
 */
public record Rejection(Path file, long line, int column, String reason) {
    /** {@code file:line:column: reason}, the format of the rejects file and of stderr. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + reason;
    }
}
