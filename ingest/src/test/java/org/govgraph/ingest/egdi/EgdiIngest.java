package org.govgraph.ingest.egdi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.Rejection;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;

/**
 * Test helper: ingests un-egdi files (copied from the class path into a folder, so file
 * names are as the user gives them) into an in-memory store, with rejects allowed, and
 * reads back the source graph.
 */
record EgdiIngest(IngestReport report, Graph graph, Iris iris) {
    static Path fixture(Path dir, String resource) {
        return copy(dir, resource, Path.of(resource).getFileName().toString());
    }

    static Path copy(Path dir, String resource, String asName) {
        try {
            Path source = Path.of(EgdiIngest.class.getResource("/" + resource).toURI());
            Path target = dir.resolve(asName);
            Files.copy(source, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static EgdiIngest run(Path... files) {
        Iris iris = Iris.defaults();
        try (Store store = Store.inMemory(iris)) {
            IngestReport report =
                    new IngestRunner(store).run(new EgdiSource(), List.of(files), new IngestOptions(true, s -> {}));
            return new EgdiIngest(report, store.copyOf(iris.sourceGraph(EgdiSource.ID)), iris);
        }
    }

    Node observation(int year, String iso3) {
        return iris.observation("egdi", Integer.toString(year), iso3);
    }

    boolean has(int year, String iso3) {
        return graph.contains(observation(year, iso3), Node.ANY, Node.ANY);
    }

    /** The lexical forms of one property of a subject. */
    List<String> values(Node subject, Property property) {
        List<String> out = new ArrayList<>();
        graph.find(subject, property.asNode(), Node.ANY)
                .forEachRemaining(t -> out.add(
                        t.getObject().isLiteral()
                                ? t.getObject().getLiteralLexicalForm()
                                : t.getObject().getURI()));
        return out;
    }

    Optional<BigDecimal> measure(int year, String iso3, Property property) {
        List<String> v = values(observation(year, iso3), property);
        return v.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(v.get(0)));
    }

    Optional<Triple> one(Node s, Property p) {
        return graph.find(s, p.asNode(), Node.ANY).nextOptional();
    }

    /** The rejections as {@code name:line:column: reason}, with the file's name only. */
    List<String> rejections() {
        return report.rejections().stream().map(EgdiIngest::shortForm).collect(Collectors.toList());
    }

    static String shortForm(Rejection r) {
        return r.file().getFileName() + ":" + r.line() + ":" + r.column() + ": " + r.reason();
    }
}
