package org.govgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.govgraph.model.Ontology;

/**
 * Validates a set of rows (with the source's shared triples) against the SHACL shapes and
 * rejects the rows that produced each violating focus node, until what is left conforms.
 * The {@link IngestRunner} applies it to the whole source, or to one chunk of rows at a time
 * when the adapter's rows are self-contained ({@link SourceAdapter#validatesPerRow()}).
 *
 * <p>The shapes carry their own value lists, so the rows are validated alone: a union with
 * the ontology graph made every lookup pay for two graphs.
 */
final class ShapeValidation {
    /** Passes of validation: rejecting rows can only remove violations, so two suffice; three is a margin. */
    private static final int MAX_PASSES = 3;

    private ShapeValidation() {}

    /** A violation of the shapes at one focus node: enough to reject any row that describes the node. */
    record Violation(String message, String path, String propertyUri) {
        static Violation of(ReportEntry entry) {
            String property =
                    entry.resultPath() instanceof P_Link link ? link.getNode().getURI() : null;
            return new Violation(
                    entry.message(),
                    entry.resultPath() == null ? null : entry.resultPath().toString(),
                    property);
        }

        /** The rejection of a row that describes the violating node; the column is the one the row read the property from. */
        Rejection reject(Path file, String sheet, long line, Map<String, Integer> columns) {
            int column = propertyUri == null ? 0 : columns.getOrDefault(propertyUri, 0);
            return new Rejection(file, line, column, text(), sheet);
        }

        /** The rejection of a row held in memory, placed as the row's own file names places (cell, line or element). */
        Rejection reject(IngestContext.Row row) {
            return row.rejection(row.columnOf(propertyUri), text());
        }

        private String text() {
            return message + (path == null ? "" : " (" + path + ")");
        }
    }

    /**
     * What validation kept and rejected.
     *
     * @param kept       the rows that conform, in their input order
     * @param rejections one per rejected row
     * @param violations every focus node found violating, with its first violation
     * @param graph      the shared triples and the kept rows, which conform
     */
    record Outcome(
            List<IngestContext.Row> kept, List<Rejection> rejections, Map<Node, Violation> violations, Graph graph) {}

    /** Validates {@code shared} with {@code rows}, rejecting rows until the rest conforms. */
    static Outcome validate(Graph shared, List<IngestContext.Row> rows) {
        List<IngestContext.Row> kept = new ArrayList<>(rows);
        List<Rejection> rejections = new ArrayList<>();
        Map<Node, Violation> violations = new LinkedHashMap<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Graph graph = assemble(shared, kept);
            ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), graph);
            if (report.conforms()) {
                return new Outcome(kept, rejections, violations, graph);
            }
            Map<Node, Violation> found = new LinkedHashMap<>();
            for (ReportEntry entry : report.getEntries()) {
                found.putIfAbsent(entry.focusNode(), Violation.of(entry));
            }
            found.forEach(violations::putIfAbsent);
            List<IngestContext.Row> hit = new ArrayList<>();
            for (IngestContext.Row row : kept) {
                if (!Collections.disjoint(row.subjects(), found.keySet())) {
                    hit.add(row);
                    rejections.add(firstViolation(row, found).reject(row));
                }
            }
            if (hit.isEmpty()) {
                throw new IngestException("The source's own description violates the shapes (a govgraph defect): "
                        + found.values().iterator().next().message());
            }
            Set<IngestContext.Row> gone = Collections.newSetFromMap(new IdentityHashMap<>());
            gone.addAll(hit);
            kept.removeIf(gone::contains);
        }
        throw new IngestException("Validation did not converge after " + MAX_PASSES + " passes");
    }

    /** The violation of the first node, in the row's own order, that violates. */
    private static Violation firstViolation(IngestContext.Row row, Map<Node, Violation> byFocus) {
        for (var triple : row.triples()) {
            Violation v = byFocus.get(triple.getSubject());
            if (v != null) {
                return v;
            }
        }
        throw new IllegalStateException("row without a violating subject");
    }

    private static Graph assemble(Graph shared, List<IngestContext.Row> rows) {
        Graph g = GraphFactory.createDefaultGraph();
        shared.find().forEachRemaining(g::add);
        for (IngestContext.Row row : rows) {
            row.triples().forEach(g::add);
        }
        return g;
    }
}
