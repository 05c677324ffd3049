package org.govgraph.release.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The W3C CSV on the Web metadata of a {@link CsvTable} ({@code {name}.csv-metadata.json}):
 * the dialect, every column with its datatype and the property it states, the row's
 * subject and the primary key, so the table describes itself and converts back to RDF.
 */
final class CsvwMetadata {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String CSVW_CONTEXT = "http://www.w3.org/ns/csvw";

    private CsvwMetadata() {}

    /**
     * @param license   the licence IRI of the data, or null
     * @param publisher who published the original data, or null
     */
    static void write(CsvTable table, String license, String publisher, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode context = root.putArray("@context");
        context.add(CSVW_CONTEXT);
        context.addObject().put("@language", "en");
        root.put("url", table.fileName());
        root.put("dc:title", table.title());
        root.put(
                "dc:description",
                table.description()
                        + " Text cells that begin with =, +, -, @, a tab or a carriage return are prefixed with an"
                        + " apostrophe (') so that spreadsheets do not run them as formulas; numbers are unchanged.");
        if (license != null) {
            root.putObject("dc:license").put("@id", license);
        }
        if (publisher != null) {
            root.put("dc:publisher", publisher);
        }
        ObjectNode dialect = root.putObject("dialect");
        dialect.put("encoding", "utf-8");
        dialect.put("header", true);
        dialect.put("delimiter", ",");
        dialect.put("doubleQuote", true);
        dialect.putArray("lineTerminators").add("\r\n");

        ObjectNode schema = root.putObject("tableSchema");
        schema.put("aboutUrl", table.aboutUrl());
        ArrayNode columns = schema.putArray("columns");
        for (CsvColumn c : table.columns()) {
            ObjectNode column = columns.addObject();
            column.put("name", c.name());
            column.put("titles", c.name());
            column.put("dc:description", c.description());
            column.put("datatype", c.datatype());
            column.put("null", "");
            if (c.propertyUrl() != null) {
                column.put("propertyUrl", c.propertyUrl());
            }
            if (c.aboutUrl() != null) {
                column.put("aboutUrl", c.aboutUrl());
            }
            if (c.valueUrl() != null) {
                column.put("valueUrl", c.valueUrl());
            }
            if (c.lang() != null) {
                column.put("lang", c.lang());
            }
            if (c.suppressed()) {
                column.put("suppressOutput", true);
            }
        }
        ArrayNode key = schema.putArray("primaryKey");
        table.primaryKey().forEach(key::add);
        out.write(JSON.writeValueAsBytes(root));
    }
}
