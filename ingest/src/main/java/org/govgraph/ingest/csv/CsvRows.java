package org.govgraph.ingest.csv;

import java.nio.file.Path;
import java.util.List;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.RowException;

/**
 * The row loop most adapters share: open a CSV file, turn each well-formed row into triples,
 * accept it, or reject it at the column its {@link RowException} names.
 */
public final class CsvRows {
    private CsvRows() {}

    /** Turns one CSV row into triples on {@code row}, or throws {@link RowException}. */
    @FunctionalInterface
    public interface RowReader {
        void read(CsvRow csv, IngestContext.Row row);
    }

    /** Reads every row of {@code file}, which must have {@code columns}; each row ends accepted or rejected. */
    public static void forEach(Path file, List<String> columns, IngestContext context, RowReader reader) {
        try (CsvFile csv = CsvFile.open(file, columns)) {
            for (CsvRow r : csv) {
                IngestContext.Row row = context.row(file, r.line());
                try {
                    r.requireWellFormed();
                    reader.read(r, row);
                    row.accept();
                } catch (RowException e) {
                    row.reject(e.column(), e.getMessage());
                }
            }
        }
    }
}
