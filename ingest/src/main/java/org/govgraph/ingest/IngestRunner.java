package org.govgraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.govgraph.model.Ontology;
import org.govgraph.model.store.Release;
import org.govgraph.model.store.Store;

/**
 * Runs one ingest: the adapter reads every row, the whole result is validated against
 * the SHACL shapes, rows behind a violation are rejected, and only then, if nothing was
 * rejected or rejects are allowed, the source's graph is replaced in one transaction.
 * A run that fails at any point before that write leaves the store exactly as it was.
 */
public final class IngestRunner {
    /** Passes of validation: rejecting rows can only remove violations, so two suffice; three is a margin. */
    private static final int MAX_VALIDATION_PASSES = 3;

    private final Store store;

    public IngestRunner(Store store) {
        this.store = store;
    }

    public IngestReport run(SourceAdapter adapter, List<Path> inputs, IngestOptions options) {
        Instant started = Instant.now();
        SourceInfo info = adapter.info();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new SourceFormatException(input, "no such file or folder");
            }
        }
        IngestContext context = new IngestContext(store.iris());
        options.progress().accept("reading " + info.id());
        adapter.read(inputs, context);

        options.progress().accept("validating " + context.acceptedRows().size() + " rows against the shapes");
        Graph graph = validate(context);

        long loaded = context.acceptedRows().size();
        List<Rejection> rejections = new ArrayList<>(context.rejections());
        rejections.sort((a, b) -> a.file().equals(b.file()) ? Long.compare(a.line(), b.line()) : a.file().compareTo(b.file()));
        if (!rejections.isEmpty() && !options.allowRejects()) {
            return new IngestReport(info.id(), context.rowsRead(), loaded, rejections, 0, Optional.empty(),
                    Duration.between(started, Instant.now()));
        }

        options.progress().accept("writing " + graph.size() + " triples");
        List<Path> files = adapter.inputFiles(inputs);
        Provenance provenance = Provenance.of(info, files, started, context.rowsRead(), loaded, rejections.size());
        Release release = store.replaceSource(info.id(), graph, r -> provenance.describe(store.iris(), r));
        return new IngestReport(info.id(), context.rowsRead(), loaded, rejections, graph.size(), Optional.of(release),
                Duration.between(started, Instant.now()));
    }

    /**
     * Validates the assembled graph and rejects the rows that produced each violating focus
     * node, until what is left conforms. The shapes carry their own value lists, so the
     * graph is validated alone: a union with the ontology graph made every lookup pay
     * for two graphs.
     */
    private static Graph validate(IngestContext context) {
        for (int pass = 0; pass < MAX_VALIDATION_PASSES; pass++) {
            Graph graph = context.assemble();
            ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), graph);
            if (report.conforms()) {
                return graph;
            }
            Map<Node, ReportEntry> firstByFocus = new LinkedHashMap<>();
            for (ReportEntry entry : report.getEntries()) {
                firstByFocus.putIfAbsent(entry.focusNode(), entry);
            }
            Set<Node> focus = new HashSet<>(firstByFocus.keySet());
            List<IngestContext.Row> hit = context.rejectRowsDescribing(focus, row -> {
                ReportEntry entry = entryFor(row, firstByFocus);
                String path = entry.resultPath() == null ? null : entry.resultPath().toString();
                String property = entry.resultPath() instanceof org.apache.jena.sparql.path.P_Link link
                        ? link.getNode().getURI() : null;
                return new Rejection(row.file(), row.line(), row.columnOf(property),
                        entry.message() + (path == null ? "" : " (" + path + ")"));
            });
            if (hit.isEmpty()) {
                throw new IngestException("The source's own description violates the shapes (a govgraph defect): "
                        + firstByFocus.values().iterator().next().message());
            }
        }
        throw new IngestException("Validation did not converge after " + MAX_VALIDATION_PASSES + " passes");
    }

    private static ReportEntry entryFor(IngestContext.Row row, Map<Node, ReportEntry> byFocus) {
        for (var triple : row.triples()) {
            ReportEntry e = byFocus.get(triple.getSubject());
            if (e != null) {
                return e;
            }
        }
        throw new IllegalStateException("row without a violating subject");
    }
}
