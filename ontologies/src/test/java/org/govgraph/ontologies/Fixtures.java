package org.govgraph.ontologies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/** Shared helpers: where the Turtle files are and how to read them (strictly). */
final class Fixtures {
    /** The module's main resources, as Maven lays them out (tests run in the module directory). */
    static final Path MAIN = Path.of("src", "main", "resources", "ontologies");

    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    static final String GG = "https://w3id.org/govgraph/ns#";

    /** The files of the ontology graph, as org.govgraph.model.Ontology loads them. */
    static final List<String> GRAPH_RESOURCES = List.of(
            "ontologies/govgraph.ttl",
            "ontologies/egdi-cube.ttl",
            "ontologies/indicator-cube.ttl",
            "ontologies/service-stats-cube.ttl",
            "ontologies/codelists/stages.ttl",
            "ontologies/codelists/egdi-groups.ttl",
            "ontologies/codelists/channels.ttl",
            "ontologies/codelists/service-types.ttl");

    static final String SHAPES = "ontologies/shapes.ttl";

    private Fixtures() {}

    static Graph parse(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file)
                .lang(Lang.TURTLE)
                .strict(true)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
                .parse(g);
        return g;
    }

    static Graph resource(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Not on the class path: " + name);
            }
            RDFParser.source(in)
                    .lang(Lang.TURTLE)
                    .strict(true)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
                    .parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** The union of the ontology and code-list files. */
    static Graph ontologyGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        GRAPH_RESOURCES.forEach(r -> resource(r).find().forEachRemaining(g::add));
        return g;
    }

    static List<Path> turtleFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
