package org.govgraph.ingest.canada;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.govgraph.ingest.IngestContext;

/**
 * The triples one inventory row will yield, built before the row is handed to the
 * {@link IngestContext}: those of its own fiscal year ({@link #ofYear}), and those that
 * describe the service as a whole ({@link #ofService}), which are kept only when the row
 * is its service's latest year, which the inventory adapter learns in a first pass over
 * the file.
 */
final class RowDraft {
    private final Path file;
    private final long line;
    private final String serviceId;
    private final String fiscalYear;
    private final List<Triple> ofYear = new ArrayList<>();
    private final List<Triple> ofService = new ArrayList<>();
    private final Map<Node, Integer> columns = new LinkedHashMap<>();

    RowDraft(Path file, long line, String serviceId, String fiscalYear) {
        this.file = file;
        this.line = line;
        this.serviceId = serviceId;
        this.fiscalYear = fiscalYear;
    }

    Path file() {
        return file;
    }

    long line() {
        return line;
    }

    String serviceId() {
        return serviceId;
    }

    String fiscalYear() {
        return fiscalYear;
    }

    /** Adds a triple about the row's own fiscal year. */
    void ofYear(Node s, Node p, Node o) {
        ofYear.add(Triple.create(s, p, o));
    }

    /** Adds a triple about the service, kept when this row is the service's latest year. */
    void ofService(Node s, Node p, Node o) {
        ofService.add(Triple.create(s, p, o));
    }

    /** Notes the column a property's values came from, for SHACL messages. */
    void column(Node property, int column) {
        columns.put(property, column);
    }

    /** Puts the draft's triples into a context row and accepts it. */
    void emit(IngestContext context, boolean latest) {
        IngestContext.Row row = context.row(file, line);
        ofYear.forEach(t -> row.add(t.getSubject(), t.getPredicate(), t.getObject()));
        if (latest) {
            ofService.forEach(t -> row.add(t.getSubject(), t.getPredicate(), t.getObject()));
        }
        columns.forEach(row::column);
        row.accept();
    }
}
