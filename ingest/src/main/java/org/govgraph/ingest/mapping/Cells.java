package org.govgraph.ingest.mapping;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.govgraph.ingest.IngestContext;

/**
 * One row of a table as the mapping reads it, whatever the file format: fields by column
 * name, and the place of each for messages.
 */
interface Cells {
    Path file();

    /** The workbook sheet the row is on, or null for a text file. */
    default String sheet() {
        return null;
    }

    /** The line (or sheet row) the row starts on, 1-based, the header being line 1. */
    long line();

    /** The 1-based column of a header name. */
    int column(String name);

    /** The field stripped of surrounding white space; empty when blank. */
    Optional<String> text(String name);

    /** A field that must be present and not blank. */
    String requireText(String name);

    /** Fails when the row is not well formed (a ragged CSV row). */
    void requireWellFormed();

    /** Every non-blank value of a column: one at most in a table; every element a path selects in XML. */
    default List<String> texts(String name) {
        return text(name).map(List::of).orElse(List.of());
    }

    /** The column of the {@code occurrence}-th (0-based) value of {@link #texts}: the column itself in a table. */
    default int column(String name, int occurrence) {
        return column(name);
    }

    /** The records nested under this one at {@code path} (the steps of an XML record); a table row has none. */
    default List<Cells> records(String path) {
        throw new UnsupportedOperationException("only XML records have nested records");
    }

    /** Starts this row's triples in {@code context}, placed as the file names places (line, cell or element). */
    default IngestContext.Row startRow(IngestContext context) {
        return context.row(file(), sheet(), line());
    }

    /** A row of a CSV file. */
    static Cells of(org.govgraph.ingest.csv.CsvRow row) {
        return new Cells() {
            @Override
            public Path file() {
                return row.file();
            }

            @Override
            public long line() {
                return row.line();
            }

            @Override
            public int column(String name) {
                return row.column(name);
            }

            @Override
            public Optional<String> text(String name) {
                return row.text(name);
            }

            @Override
            public String requireText(String name) {
                return row.requireText(name);
            }

            @Override
            public void requireWellFormed() {
                row.requireWellFormed();
            }
        };
    }
}
