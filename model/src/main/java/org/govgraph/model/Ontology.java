package org.govgraph.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The Turtle files of the {@code ontologies} module, read from the class path: the
 * ontology and code lists that go into the store's ontology graph, and the SHACL shapes
 * every ingest is validated against.
 */
public final class Ontology {
    /** The files of the ontology graph, in load order. */
    public static final List<String> GRAPH_RESOURCES = List.of(
            "ontologies/govgraph.ttl",
            "ontologies/egdi-cube.ttl",
            "ontologies/indicator-cube.ttl",
            "ontologies/service-stats-cube.ttl",
            "ontologies/codelists/stages.ttl",
            "ontologies/codelists/egdi-groups.ttl",
            "ontologies/codelists/channels.ttl",
            "ontologies/codelists/service-types.ttl");

    /** The SHACL shapes. */
    public static final String SHAPES_RESOURCE = "ontologies/shapes.ttl";

    private static volatile Graph ontologyGraph;
    private static volatile Shapes shapes;

    private Ontology() {}

    /** The ontology and code lists as one read-only graph (parsed once). */
    public static Graph graph() {
        Graph g = ontologyGraph;
        if (g == null) {
            Graph fresh = GraphFactory.createDefaultGraph();
            for (String resource : GRAPH_RESOURCES) {
                parseInto(resource, fresh);
            }
            ontologyGraph = g = fresh;
        }
        return g;
    }

    /** The SHACL shapes graph, parsed once. */
    public static Shapes shapes() {
        Shapes s = shapes;
        if (s == null) {
            Graph g = GraphFactory.createDefaultGraph();
            parseInto(SHAPES_RESOURCE, g);
            shapes = s = Shapes.parse(g);
        }
        return s;
    }

    /** Parses one Turtle resource of the class path into a graph. */
    public static void parseInto(String resource, Graph target) {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing ontology resource on the class path: " + resource);
            }
            RDFParser.source(in)
                    .lang(Lang.TURTLE)
                    .base("https://w3id.org/govgraph/")
                    .parse(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
