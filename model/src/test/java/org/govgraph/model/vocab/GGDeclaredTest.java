package org.govgraph.model.vocab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.model.EgdiGroup;
import org.govgraph.model.Ontology;
import org.govgraph.model.Stage;
import org.junit.jupiter.api.Test;

/**
 * Every constant of {@link GG} is declared in the bundled ontology (govgraph.ttl) with a
 * type, an English label and comment; the enums' concepts exist in their SKOS schemes.
 */
class GGDeclaredTest {
    private static final Node DEFINED_BY = NodeFactory.createURI("https://w3id.org/govgraph/ns");

    @Test
    void everyConstantIsDeclared() throws IllegalAccessException {
        Graph g = Ontology.graph();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Field f : GG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
                continue; // the Property constants are Resources too
            }
            Node n = ((Resource) f.get(null)).asNode();
            checked++;
            if (!g.contains(n, RDF.type.asNode(), Node.ANY)) {
                problems.add("GG." + f.getName() + " (" + n.getURI() + ") has no rdf:type in the ontology");
            }
            if (!hasEnglish(g, n, RDFS.label.asNode())) {
                problems.add("GG." + f.getName() + " has no rdfs:label @en");
            }
            if (!hasEnglish(g, n, RDFS.comment.asNode())) {
                problems.add("GG." + f.getName() + " has no rdfs:comment @en");
            }
            if (!g.contains(n, RDFS.isDefinedBy.asNode(), DEFINED_BY)) {
                problems.add("GG." + f.getName() + " has no rdfs:isDefinedBy");
            }
        }
        assertTrue(checked > 50, "reflection found only " + checked + " constants");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyStageIsAConceptOfTheStageScheme() {
        Graph g = Ontology.graph();
        for (Stage s : Stage.values()) {
            Node c = s.concept().asNode();
            assertTrue(g.contains(c, SKOS.inScheme.asNode(), GG.StageScheme.asNode()), s + " not in gg:StageScheme");
            assertTrue(g.contains(c, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(label(g, c, "en"), "en")));
            assertFalse(label(g, c, "fr").isEmpty(), s + " has no French label");
        }
    }

    @Test
    void everyEgdiGroupIsAConceptOfTheGroupScheme() {
        Graph g = Ontology.graph();
        for (EgdiGroup e : EgdiGroup.values()) {
            Node c = e.concept().asNode();
            assertTrue(
                    g.contains(c, SKOS.inScheme.asNode(), GG.EgdiGroupScheme.asNode()),
                    e + " not in gg:EgdiGroupScheme");
            assertTrue(g.contains(c, SKOS.notation.asNode(), Node.ANY), e + " has no skos:notation");
        }
    }

    @Test
    void theOnlineChannelExists() {
        Node onl = NodeFactory.createURI(GG.CHANNEL_NS + "ONL");
        assertTrue(Ontology.graph().contains(onl, SKOS.inScheme.asNode(), GG.ChannelScheme.asNode()));
    }

    @Test
    void theShapesParse() {
        assertFalse(Ontology.shapes().getTargetShapes().isEmpty());
    }

    private static boolean hasEnglish(Graph g, Node s, Node p) {
        return !label(g, s, p, "en").isEmpty();
    }

    private static String label(Graph g, Node s, String lang) {
        return label(g, s, SKOS.prefLabel.asNode(), lang);
    }

    private static String label(Graph g, Node s, Node p, String lang) {
        return g.find(s, p, Node.ANY).toList().stream()
                .filter(t ->
                        t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage()))
                .map(t -> t.getObject().getLiteralLexicalForm())
                .findFirst()
                .orElse("");
    }
}
