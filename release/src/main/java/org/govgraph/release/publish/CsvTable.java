package org.govgraph.release.publish;

import java.util.List;

/**
 * A tidy table published beside a release's RDF dumps: its file name, what it holds, its
 * columns, and the SPARQL SELECT that fills it (one variable per column, run against the
 * source's graph bound to {@code ?g}).
 *
 * @param fileName    e.g. {@code egdi-observations.csv}
 * @param title       a title for the catalog and the CSVW metadata
 * @param description what one row is
 * @param aboutUrl    a URI template for the subject of a row
 * @param columns     the columns, in order
 * @param primaryKey  the columns that identify a row
 * @param query       the SPARQL SELECT query
 */
public record CsvTable(
        String fileName,
        String title,
        String description,
        String aboutUrl,
        List<CsvColumn> columns,
        List<String> primaryKey,
        String query) {
    public CsvTable {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    /** The name of the table's CSV on the Web metadata file, {@code {name}.csv-metadata.json}. */
    public String metadataFileName() {
        return fileName.substring(0, fileName.length() - FileFormat.CSV.suffix().length())
                + FileFormat.CSVW_METADATA.suffix();
    }

    public List<String> columnNames() {
        return columns.stream().map(CsvColumn::name).toList();
    }
}
