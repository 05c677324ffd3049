package org.govgraph.release.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Writes one {@link CsvTable} as RFC 4180 CSV with Commons CSV, row by row from its SPARQL
 * results: an absent value is an empty cell (never 0), a literal is its lexical form (so a
 * decimal keeps the digits the source published), and text cells are made
 * {@link SpreadsheetSafe}. Call inside a read transaction.
 */
final class CsvTableWriter {
    private CsvTableWriter() {}

    static void write(CsvTable table, Dataset dataset, Node graphName, OutputStream out) throws IOException {
        List<String> names = table.columnNames();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(names.toArray(String[]::new))
                .get();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (QueryExecution qe = QueryExecution.dataset(dataset)
                        .query(CsvTables.bind(table.query(), graphName))
                        .build();
                CSVPrinter csv = new CSVPrinter(writer, format)) {
            ResultSet rows = qe.execSelect();
            List<String> cells = new ArrayList<>(names.size());
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                cells.clear();
                for (String name : names) {
                    cells.add(SpreadsheetSafe.cell(text(row.get(name))));
                }
                csv.printRecord(cells);
            }
        }
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        return node.isLiteral()
                ? node.asLiteral().getLexicalForm()
                : node.isURIResource() ? node.asResource().getURI() : "";
    }
}
