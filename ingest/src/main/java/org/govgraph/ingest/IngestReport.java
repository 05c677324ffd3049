package org.govgraph.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.govgraph.model.store.Release;

/**
 * What one ingest run did. Rows read always equal rows loaded plus rows skipped (rows that
 * describe nothing, such as a country listed before it existed) plus rows rejected.
 *
 * @param sourceId   the source
 * @param rowsRead   every data row of every input
 * @param rowsLoaded rows whose triples were written
 * @param skipped    the rows that describe nothing and are not at fault, with the reason
 * @param rejections the rows that were not loaded for a fault, with file, line, column and reason
 * @param notes      what the user should know about how the files were read, not faults of any row
 * @param triples    triples in the source graph as written (0 when nothing was written)
 * @param release    the release written, or empty when nothing was written
 * @param elapsed    wall-clock time of the whole run
 */
public record IngestReport(
        String sourceId,
        long rowsRead,
        long rowsLoaded,
        List<SkippedRow> skipped,
        List<Rejection> rejections,
        List<String> notes,
        long triples,
        Optional<Release> release,
        Duration elapsed) {
    public IngestReport {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        rejections = List.copyOf(rejections);
        if (rowsRead != rowsLoaded + skipped.size() + rejections.size()) {
            throw new IllegalStateException("Row accounting is broken: read " + rowsRead + " != loaded " + rowsLoaded
                    + " + skipped " + skipped.size() + " + rejected " + rejections.size());
        }
    }

    public long rowsSkipped() {
        return skipped.size();
    }

    public long rowsRejected() {
        return rejections.size();
    }

    public boolean written() {
        return release.isPresent();
    }

    /** The process exit status: 0 written, 1 rows were rejected and nothing was written. */
    public int exitStatus() {
        return written() ? 0 : 1;
    }
}
