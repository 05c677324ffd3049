package org.govgraph.ingest.mapping;

import java.util.HashMap;
import java.util.Map;
import org.govgraph.ingest.RowException;

/**
 * The keys of one table while it is read: where each was first seen, and the rows that
 * were accepted, with the fields later tables compare with ({@code same}), so that a row
 * of a later table can refer to it, or be told that the row it refers to was rejected.
 */
final class TableKeys {
    private final Mapping.Table table;
    private final Map<String, Long> firstLine = new HashMap<>();
    private final Map<String, Accepted> accepted = new HashMap<>();

    /** An accepted row: its line and the fields later rows compare with. */
    record Accepted(long line, Map<String, String> fields) {}

    /** A key a row referred to, and what its table kept of it. */
    record Known(String key, Accepted row) {}

    TableKeys(Mapping.Table table) {
        this.table = table;
    }

    /** Reads the key column and fails when an earlier row already had that key. */
    String firstSight(Cells row, String column) {
        String key = row.requireText(column);
        Long first = firstLine.putIfAbsent(key, row.line());
        if (first != null) {
            throw new RowException(
                    row.column(column), "duplicate " + column + " '" + key + "' (first at line " + first + ")");
        }
        return key;
    }

    void accepted(String key, long line, Map<String, String> fields) {
        accepted.put(key, new Accepted(line, fields));
    }

    /** Reads a column that refers to one of these keys; fails when the key is unknown or its row was rejected. */
    Known reference(Cells row, String column) {
        String key = row.requireText(column);
        Accepted value = accepted.get(key);
        if (value != null) {
            return new Known(key, value);
        }
        Long line = firstLine.get(key);
        throw new RowException(
                row.column(column),
                line == null
                        ? column + " '" + key + "' is not a " + table.name() + " of " + table.file()
                        : column + " '" + key + "' refers to the " + table.name() + " at " + table.file() + " line "
                                + line + ", which was rejected");
    }

    /** Fails when a field of the row differs from the field of the row it refers to. */
    void requireSame(Cells row, String column, String theirColumn, Known referred) {
        String value = row.requireText(column);
        String theirs = referred.row().fields().get(theirColumn);
        if (!value.equals(theirs)) {
            throw new RowException(
                    row.column(column),
                    column + " '" + value + "' differs from that of " + table.name() + " " + referred.key() + " ('"
                            + theirs + "' at " + table.file() + " line "
                            + referred.row().line() + ")");
        }
    }
}
