package org.govgraph.ingest.mapping;

import java.nio.file.Path;
import java.util.Optional;

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
