package org.govgraph.ingest.mapping;

import java.io.Closeable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.govgraph.ingest.csv.CsvFile;
import org.govgraph.ingest.csv.CsvRow;

/** One table of a mapping, open after its header was checked: a CSV file or a workbook sheet, read row by row. */
interface TableFile extends Closeable {
    /** Hands each data row to {@code each}, in order. */
    void forEach(Consumer<Cells> each);

    @Override
    void close();

    /** What the reader noticed that the user should know, once every row was handed on. */
    default List<String> notes() {
        return List.of();
    }

    /**
     * Opens a table's file and checks that its header has every column in {@code columns}.
     *
     * @throws org.govgraph.ingest.SourceFormatException when the file cannot be read as the table, or lacks a column
     */
    static TableFile open(Mapping.Table table, List<Path> files, Set<String> columns) {
        if (table.xml() != null) {
            return XmlTable.open(table.xml(), files, columns);
        }
        Path file = files.get(0);
        if (isWorkbook(table)) {
            return XlsxTable.open(
                    file, table.xlsx() == null ? null : table.xlsx().sheet(), columns);
        }
        Mapping.Csv csv = table.csv();
        char delimiter =
                csv == null || csv.delimiter() == null ? ',' : csv.delimiter().charAt(0);
        Charset charset =
                csv == null || csv.encoding() == null ? StandardCharsets.UTF_8 : Charset.forName(csv.encoding());
        CsvFile opened = CsvFile.open(file, delimiter, charset, List.copyOf(columns));
        return new TableFile() {
            @Override
            public void forEach(Consumer<Cells> each) {
                for (CsvRow row : opened) {
                    each.accept(Cells.of(row));
                }
            }

            @Override
            public void close() {
                opened.close();
            }
        };
    }

    /** Whether a table is a workbook sheet: the mapping says xlsx, or the file is named .xlsx. */
    static boolean isWorkbook(Mapping.Table table) {
        return table.xlsx() != null || table.file().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }
}
