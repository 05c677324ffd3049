package org.govgraph.ontologies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SHACL shapes accept the good fixtures and reject each bad one with exactly the
 * results it declares. A bad fixture declares them in its own Turtle:
 * {@code test:expect test:result [ test:focus <node> ; test:message "..." ]} (removed
 * before validation). Data graphs are validated together with the ontology graph, as the
 * store holds them.
 */
class ShapesTest {
    static final String TEST = "https://w3id.org/govgraph/test#";
    static final String GGSH = "https://w3id.org/govgraph/shapes#";
    static final Node EXPECT = NodeFactory.createURI(TEST + "expect");
    static final Node RESULT = NodeFactory.createURI(TEST + "result");
    static final Node FOCUS = NodeFactory.createURI(TEST + "focus");
    static final Node MESSAGE = NodeFactory.createURI(TEST + "message");

    static Shapes shapes;
    static Graph ontology;

    record Expected(Node focus, String message) {
        @Override
        public String toString() {
            return focus + " : " + message;
        }
    }

    @BeforeAll
    static void load() {
        shapes = Shapes.parse(Fixtures.resource(Fixtures.SHAPES));
        ontology = Fixtures.ontologyGraph();
    }

    static Stream<Path> good() {
        return Fixtures.turtleFiles(Fixtures.FIXTURES.resolve("good")).stream();
    }

    static Stream<Path> bad() {
        return Fixtures.turtleFiles(Fixtures.FIXTURES.resolve("bad")).stream();
    }

    static ValidationReport validate(Graph data) {
        Graph g = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(g::add);
        data.find().forEachRemaining(g::add);
        return ShaclValidator.get().validate(shapes, g);
    }

    static String describe(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> e.focusNode() + " : " + e.message())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    @Test
    void theOntologyGraphAloneConforms() {
        ValidationReport report = ShaclValidator.get().validate(shapes, ontology);
        assertTrue(report.conforms(), describe(report));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("good")
    void goodFixtureConforms(Path file) {
        ValidationReport report = validate(Fixtures.parse(file));
        assertTrue(report.conforms(), file + " should conform, but:" + describe(report));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void badFixtureIsRejectedWithItsMessage(Path file) {
        Graph data = Fixtures.parse(file);
        Set<Expected> expected = takeExpectations(data);
        assertFalse(expected.isEmpty(), file + " declares no test:expect test:result");

        ValidationReport report = validate(data);
        assertFalse(report.conforms(), file + " should be rejected");
        Set<Expected> actual = new HashSet<>();
        for (ReportEntry e : report.getEntries()) {
            actual.add(new Expected(e.focusNode(), e.message()));
        }
        assertEquals(
                new TreeSet<>(expected.stream().map(Expected::toString).toList()),
                new TreeSet<>(actual.stream().map(Expected::toString).toList()),
                file + ": results differ from the expected ones");
    }

    /** Every named shape selects something in a good fixture and fails in a bad one. */
    @Test
    void everyNodeShapeIsExercisedByGoodAndBadFixtures() {
        Graph shapesGraph = shapes.getGraph(); // same blank nodes as the report's sources
        Set<Node> untestedGood = new HashSet<>();
        Set<Node> untestedBad = new HashSet<>();
        for (Shape s : shapes.getTargetShapes()) {
            untestedGood.add(s.getShapeNode());
            untestedBad.add(s.getShapeNode());
        }
        assertFalse(untestedGood.isEmpty());
        good().forEach(file -> {
            Graph g = GraphFactory.createDefaultGraph();
            ontology.find().forEachRemaining(g::add);
            Fixtures.parse(file).find().forEachRemaining(g::add);
            for (Shape s : shapes.getTargetShapes()) {
                if (!VLib.focusNodes(g, s).isEmpty()) {
                    untestedGood.remove(s.getShapeNode());
                }
            }
        });
        bad().forEach(file -> {
            Graph data = Fixtures.parse(file);
            takeExpectations(data);
            for (ReportEntry e : validate(data).getEntries()) {
                Node source = e.source();
                untestedBad.remove(source);
                // A property shape counts for every node shape that uses it.
                shapesGraph
                        .find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/shacl#property"), source)
                        .forEachRemaining(t -> untestedBad.remove(t.getSubject()));
            }
        });
        assertTrue(untestedGood.isEmpty(), "No good fixture has a focus node for " + untestedGood);
        assertTrue(untestedBad.isEmpty(), "No bad fixture violates " + untestedBad);
        for (Shape s : shapes.getTargetShapes()) {
            assertTrue(
                    s.getShapeNode().isURI() && s.getShapeNode().getURI().startsWith(GGSH),
                    "Shapes with targets are named in the ggsh: namespace: " + s.getShapeNode());
        }
    }

    /** Reads and removes the test:expect block of a bad fixture. */
    static Set<Expected> takeExpectations(Graph data) {
        Set<Expected> expected = new HashSet<>();
        List<Triple> remove = new ArrayList<>();
        data.find(EXPECT, RESULT, Node.ANY).forEachRemaining(t -> {
            remove.add(t);
            Node r = t.getObject();
            Node focus = one(data, r, FOCUS);
            Node message = one(data, r, MESSAGE);
            expected.add(new Expected(focus, message.getLiteralLexicalForm()));
            data.find(r, Node.ANY, Node.ANY).forEachRemaining(remove::add);
        });
        remove.forEach(data::delete);
        data.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getPredicate().getURI().startsWith(TEST)
                    || t.getSubject().isURI() && t.getSubject().getURI().startsWith(TEST)) {
                fail("Stray test: triple " + t);
            }
        });
        return expected;
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), "expected exactly one " + p + " on " + s);
        return ts.get(0).getObject();
    }

    @Test
    void rdfTypeIsUsedForTargets() {
        // Sanity check on the fixture convention: the good Canada service is typed.
        Graph g = Fixtures.parse(Fixtures.FIXTURES.resolve("good/canada-service.ttl"));
        assertTrue(g.contains(
                Node.ANY, RDF.type.asNode(), NodeFactory.createURI("http://purl.org/vocab/cpsv#PublicService")));
    }
}
