package org.govgraph.ingest;

import java.nio.file.Path;

/**
 * One input row that was not loaded, and why.
 *
 * @param file   the input file
 * @param line   the physical line where the row starts (1-based; the header is line 1)
 * @param column the 1-based column of the offending field, or 0 when the whole row is at fault
 * @param reason what is wrong, in words a data owner can act on
 * @param sheet  the workbook sheet the row is on (its line the sheet's row number), or null for a text file
 * @param element for a record of an XML file, the path of the element (or attribute) at fault,
 *                {@code /servico/orgao/@id}, which names the place better than a line; else null
 */
public record Rejection(Path file, long line, int column, String reason, String sheet, String element) {
    /** A rejected row of a text file. */
    public Rejection(Path file, long line, int column, String reason) {
        this(file, line, column, reason, null, null);
    }

    /** A rejected row of a text file or, with {@code sheet}, of a workbook. */
    public Rejection(Path file, long line, int column, String reason, String sheet) {
        this(file, line, column, reason, sheet, null);
    }

    /**
     * {@code file:line:column: reason}, the format of the rejects file and of stderr; for a
     * workbook, the cell as a spreadsheet names it, {@code file:Sheet!B12: reason}; for an XML
     * record, the element, {@code file:/servico/orgao: reason}.
     */
    @Override
    public String toString() {
        if (element != null) {
            return file + ":" + element + ": " + reason;
        }
        if (sheet != null) {
            return file + ":" + sheet + "!"
                    + (column > 0 ? org.apache.poi.ss.util.CellReference.convertNumToColString(column - 1) : "") + line
                    + ": " + reason;
        }
        return file + ":" + line + ":" + column + ": " + reason;
    }
}
