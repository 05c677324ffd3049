package org.govgraph.release.publish;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.model.Iris;

/**
 * The descriptions, from the rest of the store, of the terms a source's graph uses without
 * describing them: the ontology's classes and properties, the code lists' concepts and
 * schemes (channels, service types, stages...), the Data Cube structure (its DSD and
 * components) and the countries (the {@code dct:Location}s another source describes). They
 * are appended to every dump of the source, so that a downloaded release can be read,
 * and validated with the official shapes (whose {@code sh:class} constraints look at the
 * types of the nodes a value points to), without the store.
 *
 * <p>A term's description is every triple with it as subject in the graph that describes
 * it, followed through blank nodes (OWL lists and restrictions) and on to the ontology terms
 * it uses in turn (a concept's scheme, a component's property), until nothing new is named.
 */
final class UsedVocabulary {
    private UsedVocabulary() {}

    /** The descriptions of what {@code graphName} uses and describes nowhere itself; call inside a read transaction. */
    static Graph of(DatasetGraph store, Iris iris, Node graphName) {
        Graph dump = store.getGraph(graphName);
        Graph ontology = store.getGraph(iris.ontologyGraph());
        Map<Node, Graph> describedIn = describedTerms(store, iris, graphName, ontology);

        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        ExtendedIterator<Triple> triples = dump.find();
        try {
            triples.forEachRemaining(t -> {
                enqueue(t.getPredicate(), describedIn, dump, seen, todo);
                enqueue(t.getObject(), describedIn, dump, seen, todo);
            });
        } finally {
            triples.close();
        }

        Graph out = GraphFactory.createDefaultGraph();
        while (!todo.isEmpty()) {
            Node term = todo.pop();
            describe(term, describedIn.get(term), out, describedIn, dump, seen, todo);
        }
        return out;
    }

    /**
     * Every term another graph describes, with that graph: the ontology graph's subjects,
     * and the countries of the other sources' graphs (the ontology first, then the sources in
     * the store's order, so each term has one description).
     */
    private static Map<Node, Graph> describedTerms(DatasetGraph store, Iris iris, Node graphName, Graph ontology) {
        Map<Node, Graph> described = new HashMap<>();
        ontology.find().forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                described.putIfAbsent(t.getSubject(), ontology);
            }
        });
        store.listGraphNodes().forEachRemaining(name -> {
            if (!name.equals(graphName) && iris.sourceOf(name).isPresent()) {
                Graph source = store.getGraph(name);
                source.find(Node.ANY, RDF.type.asNode(), DCTerms.Location.asNode())
                        .forEachRemaining(t -> described.putIfAbsent(t.getSubject(), source));
            }
        });
        return described;
    }

    private static void enqueue(Node term, Map<Node, Graph> describedIn, Graph dump, Set<Node> seen, Deque<Node> todo) {
        if (term.isURI()
                && describedIn.containsKey(term)
                && seen.add(term)
                && !dump.contains(term, Node.ANY, Node.ANY)) {
            todo.push(term);
        }
    }

    /** Copies {@code node}'s triples from {@code source}, following its blank nodes there and queuing the terms it names. */
    private static void describe(
            Node node,
            Graph source,
            Graph out,
            Map<Node, Graph> describedIn,
            Graph dump,
            Set<Node> seen,
            Deque<Node> todo) {
        source.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (out.contains(t)) {
                return;
            }
            out.add(t);
            enqueue(t.getPredicate(), describedIn, dump, seen, todo);
            if (t.getObject().isBlank()) {
                describe(t.getObject(), source, out, describedIn, dump, seen, todo);
            } else {
                enqueue(t.getObject(), describedIn, dump, seen, todo);
            }
        });
    }
}
