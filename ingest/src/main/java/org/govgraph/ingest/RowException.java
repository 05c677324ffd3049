package org.govgraph.ingest;

/**
 * A problem with one field of one row: the row is rejected, the run goes on. Thrown by
 * the field readers of {@link org.govgraph.ingest.csv.CsvRow} and by adapters.
 */
public class RowException extends IngestException {
    private static final long serialVersionUID = 1L;
    private final int column;

    /** @param column the 1-based column, or 0 for the whole row */
    public RowException(int column, String reason) {
        super(reason);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
