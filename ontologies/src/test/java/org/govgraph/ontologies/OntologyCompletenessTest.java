package org.govgraph.ontologies;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ontology declares every gg: term the other Turtle files use: with a type, an English
 * label, an English comment and rdfs:isDefinedBy. (That every constant of the Java class
 * org.govgraph.model.vocab.GG is declared is checked in the model module, which depends on
 * this one.)
 */
class OntologyCompletenessTest {
    static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/govgraph/ns");
    static Graph govgraph;

    @BeforeAll
    static void load() {
        govgraph = Fixtures.parse(Fixtures.MAIN.resolve("govgraph.ttl"));
    }

    static Set<String> ggTermsUsedIn(Graph g) {
        Set<String> terms = new TreeSet<>();
        g.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Fixtures.GG)) {
                    terms.add(n.getURI());
                }
            }
        });
        return terms;
    }

    static List<String> problems(String term) {
        Node n = NodeFactory.createURI(term);
        List<String> p = new ArrayList<>();
        if (!govgraph.contains(n, RDF.type.asNode(), Node.ANY)) {
            p.add(term + " has no rdf:type");
        }
        if (!hasEnglish(n, RDFS.label.asNode())) {
            p.add(term + " has no rdfs:label @en");
        }
        if (!hasEnglish(n, RDFS.comment.asNode())) {
            p.add(term + " has no rdfs:comment @en");
        }
        if (!govgraph.contains(n, RDFS.isDefinedBy.asNode(), ONTOLOGY)) {
            p.add(term + " has no rdfs:isDefinedBy <https://w3id.org/govgraph/ns>");
        }
        return p;
    }

    static boolean hasEnglish(Node s, Node p) {
        return govgraph.find(s, p, Node.ANY).toList().stream()
                .anyMatch(t ->
                        t.getObject().isLiteral() && "en".equals(t.getObject().getLiteralLanguage()));
    }

    @Test
    void everyGgTermOfEveryFileIsDeclared() {
        List<String> problems = new ArrayList<>();
        for (Path file : Fixtures.turtleFiles(Fixtures.MAIN)) {
            for (String term : ggTermsUsedIn(Fixtures.parse(file))) {
                for (String p : problems(term)) {
                    problems.add(Fixtures.MAIN.relativize(file) + ": " + p);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void ggTermsInSparqlOfTheShapesAreDeclared() {
        Graph shapes = Fixtures.parse(Fixtures.MAIN.resolve("shapes.ttl"));
        List<String> problems = new ArrayList<>();
        shapes.find().forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                var m = java.util.regex.Pattern.compile("\\bgg:([A-Za-z][A-Za-z0-9]*)")
                        .matcher(t.getObject().getLiteralLexicalForm());
                while (m.find()) {
                    problems.addAll(problems(Fixtures.GG + m.group(1)));
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theOntologyHeaderIsComplete() {
        for (String p : List.of(
                "http://purl.org/dc/terms/title",
                "http://purl.org/dc/terms/description",
                "http://purl.org/dc/terms/license",
                OWL.versionInfo.getURI(),
                RDFS.seeAlso.getURI())) {
            assertTrue(govgraph.contains(ONTOLOGY, NodeFactory.createURI(p), Node.ANY), "ontology lacks " + p);
        }
        assertTrue(govgraph.contains(ONTOLOGY, RDF.type.asNode(), OWL.Ontology.asNode()));
    }

    @Test
    void propertiesHaveADomainOrRange() {
        List<String> missing = new ArrayList<>();
        govgraph.find(Node.ANY, RDF.type.asNode(), RDF.Property.asNode()).forEachRemaining(t -> {
            Node p = t.getSubject();
            boolean search = p.getURI().equals(Fixtures.GG + "search");
            if (!search
                    && !govgraph.contains(p, RDFS.domain.asNode(), Node.ANY)
                    && !govgraph.contains(p, RDFS.range.asNode(), Node.ANY)) {
                missing.add(p.getURI());
            }
        });
        assertTrue(missing.isEmpty(), "Properties without domain or range: " + missing);
    }
}
