package org.govgraph.ingest.egdi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.govgraph.model.Iris;
import org.govgraph.model.Ontology;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.QB;

/**
 * The data set each EGDI observation belongs to: the cube {@code id/cube/egdi} when the
 * observation carries every measure of {@code gg:egdiStructure}, otherwise a part of it,
 * {@code id/cube/egdi/without-<measures>} ({@code dct:isPartOf} the cube), whose own structure
 * declares only the measures its observations carry.
 *
 * <p>Why parts: the survey did not compute every index for every country and year, and the
 * gaps are kept as gaps. The Data Cube integrity constraint IC-14 asks every observation of a
 * data set to have a value for every measure its structure declares, so an observation with a
 * gap cannot sit in the cube whose structure declares all ten. The measure-dimension form
 * (one observation per measure) would meet IC-14 too, but it would take away the per-index
 * properties the example queries and users rely on. Queries reach every observation of the
 * survey with {@code qb:dataSet/dct:isPartOf?}.
 *
 * <p>A part and its structure are written to the source's shared graph the first time an
 * observation needs them; the structure is {@code gg:egdiStructure}'s components as the
 * ontology gives them, less the measures the part's observations lack.
 */
final class CubeParts {
    /** Every measure of the cube, in the order a part's name lists the missing ones. */
    static final List<Node> MEASURES = measures();

    private final Iris iris;
    private final Graph shared;
    private final Node cube;
    private final Map<String, Node> parts = new HashMap<>();

    CubeParts(Iris iris, Graph shared) {
        this.iris = iris;
        this.shared = shared;
        this.cube = ObservationWriter.cube(iris);
    }

    /** The data set of an observation that carries (values for) {@code carried}. */
    Node dataSetOf(Set<Node> carried) {
        List<Node> missing = MEASURES.stream().filter(m -> !carried.contains(m)).toList();
        if (missing.isEmpty()) {
            return cube;
        }
        String key = "without-" + missing.stream().map(Node::getLocalName).collect(Collectors.joining("-"));
        return parts.computeIfAbsent(key, k -> describe(k, missing));
    }

    private Node describe(String key, List<Node> missing) {
        Node part = iris.id("cube", ObservationWriter.DATASET_KEY, key);
        Node structure = iris.id("structure", ObservationWriter.DATASET_KEY, key);
        String without = missing.stream().map(Node::getLocalName).collect(Collectors.joining(", "));
        shared.add(Triple.create(part, RDF.type.asNode(), QB.DataSet.asNode()));
        shared.add(Triple.create(part, DCTerms.isPartOf.asNode(), cube));
        shared.add(Triple.create(part, QB.structure.asNode(), structure));
        shared.add(Triple.create(
                part,
                RDFS.label.asNode(),
                NodeFactory.createLiteralLang(
                        "UN E-Government Survey observations without " + without + " (not published by the survey)",
                        "en")));
        shared.add(Triple.create(structure, RDF.type.asNode(), QB.DataStructureDefinition.asNode()));
        shared.add(Triple.create(
                structure,
                RDFS.label.asNode(),
                NodeFactory.createLiteralLang("EGDI data structure without " + without, "en")));
        shared.add(Triple.create(structure, RDFS.seeAlso.asNode(), GG.egdiStructure.asNode()));
        Graph ontology = Ontology.graph();
        for (Node component : components(ontology)) {
            Node measure = object(ontology, component, QB.measure.asNode());
            if (measure != null && missing.contains(measure)) {
                continue;
            }
            Node copy = NodeFactory.createBlankNode();
            shared.add(Triple.create(structure, QB.component.asNode(), copy));
            ontology.find(component, Node.ANY, Node.ANY)
                    .forEachRemaining(t -> shared.add(Triple.create(copy, t.getPredicate(), t.getObject())));
        }
        return part;
    }

    private static List<Node> components(Graph ontology) {
        return G.listSP(ontology, GG.egdiStructure.asNode(), QB.component.asNode());
    }

    /** The cube's measures: each index, then its rank, as {@link Measure} lists them. */
    private static List<Node> measures() {
        Set<Node> declared = new LinkedHashSet<>();
        Graph ontology = Ontology.graph();
        for (Node component : components(ontology)) {
            Node measure = object(ontology, component, QB.measure.asNode());
            if (measure != null) {
                declared.add(measure);
            }
        }
        List<Node> ordered = new ArrayList<>();
        for (Measure m : Measure.values()) {
            ordered.add(m.property().asNode());
            ordered.add(m.rankProperty().asNode());
        }
        if (!declared.equals(new LinkedHashSet<>(ordered))) {
            throw new IllegalStateException("gg:egdiStructure declares the measures " + declared
                    + ", not the survey's indices and ranks " + ordered);
        }
        return List.copyOf(ordered);
    }

    private static Node object(Graph g, Node s, Node p) {
        return G.getZeroOrOneSP(g, s, p);
    }
}
