package org.govgraph.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One benchmark's results: a table of rows under named columns, and the notes a reader
 * needs to judge them (what was compared, what was not measured and why).
 *
 * @param id      a short key, e.g. {@code ingest}
 * @param title   the heading of the section
 * @param columns the column names
 * @param rows    the rows, each as long as {@code columns}
 * @param notes   sentences printed under the table
 */
public record ResultTable(String id, String title, List<String> columns, List<List<Object>> rows, List<String> notes) {
    public ResultTable {
        Objects.requireNonNull(id, "id");
        columns = List.copyOf(columns);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        id + ": a row has " + row.size() + " cells for " + columns.size() + " columns: " + row);
            }
        }
        rows = List.copyOf(
                rows.stream().map(r -> (List<Object>) new ArrayList<>(r)).toList());
        notes = List.copyOf(notes);
    }

    /** Builds a table row by row. */
    public static Builder builder(String id, String title, String... columns) {
        return new Builder(id, title, List.of(columns));
    }

    /** Collects rows and notes for one {@link ResultTable}. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String id, String title, List<String> columns) {
            this.id = id;
            this.title = title;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public ResultTable build() {
            return new ResultTable(id, title, columns, rows, notes);
        }
    }
}
