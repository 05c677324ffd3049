package org.govgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.govgraph.model.Ontology;
import org.govgraph.model.store.Store;
import org.govgraph.release.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code govgraph validate}: checks every source graph of a store against the SHACL shapes; exit 1 on violations. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description =
                "Validate every source graph in the store against the govgraph SHACL shapes (exit 1 on violations).")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int violations = 0;
        try (Releases platform = store.openExisting()) {
            Store opened = platform.current().store();
            String prefix = opened.iris().base() + "graph/source/";
            List<Node> sources = opened.read(() -> {
                List<Node> names = new java.util.ArrayList<>();
                opened.datasetGraph().listGraphNodes().forEachRemaining(n -> {
                    if (n.isURI() && n.getURI().startsWith(prefix)) {
                        names.add(n);
                    }
                });
                return names;
            });
            for (Node name : sources) {
                ValidationReport report = opened.read(() -> {
                    Graph graph = opened.datasetGraph().getGraph(name);
                    // With the ontology, so that code-list concepts resolve as they do at ingest.
                    return ShaclValidator.get().validate(Ontology.shapes(), new Union(graph, Ontology.graph()));
                });
                String source = name.getURI().substring(prefix.length());
                out.printf(
                        "%s: %s%n",
                        source,
                        report.conforms() ? "conforms" : report.getEntries().size() + " violations");
                for (ReportEntry entry : report.getEntries()) {
                    out.printf(
                            "  %s %s: %s%n",
                            entry.focusNode(),
                            entry.resultPath() == null ? "" : entry.resultPath().toString(),
                            entry.message());
                }
                violations += report.getEntries().size();
            }
            if (sources.isEmpty()) {
                out.println("The store holds no source graph yet.");
            }
        }
        out.flush();
        return violations == 0 ? 0 : 1;
    }
}
