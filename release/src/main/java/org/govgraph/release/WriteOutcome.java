package org.govgraph.release;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.govgraph.model.Iris;
import org.govgraph.model.store.GraphDigest;
import org.govgraph.model.store.Store;

/**
 * What a write made directly to a candidate release's graphs changed, judged by comparing
 * every graph with the release it was made from (a digest of each graph's triples): the
 * sources whose graph changed, or why the write may not stand. Writes to the stored default
 * graph are moved into the curation graph (the default graph a client sees is the union of
 * the named graphs, so that is where they become visible); a named graph outside the
 * platform's layout (a client's own, as the SPARQL protocol allows) is kept under its name and
 * its changes are releases of the curation source; the ontology and catalog graphs are
 * govgraph's own and cannot be written.
 *
 * @param changedSources the source ids whose graph changed, sorted
 * @param refusal        why the write may not stand, if it may not
 */
public record WriteOutcome(List<String> changedSources, Optional<String> refusal) {
    /** Judges {@code next} against {@code base}, after moving default-graph writes into the curation graph. */
    public static WriteOutcome judge(Store base, Store next) {
        Iris iris = next.iris();
        moveDefaultGraphToCuration(next);
        Set<Node> graphs = new HashSet<>(graphNames(base));
        graphs.addAll(graphNames(next));
        Set<String> changed = new TreeSet<>();
        for (Node g : graphs) {
            if (g.equals(iris.ontologyGraph())) {
                if (differs(base, next, g)) {
                    return refused("The ontology graph <" + g.getURI() + "> is govgraph's own and cannot be written");
                }
                continue;
            }
            if (g.equals(iris.catalogGraph())) {
                if (differs(base, next, g)) {
                    return refused("The catalog graph <" + g.getURI() + "> is written by govgraph as releases are"
                            + " made and cannot be written directly");
                }
                continue;
            }
            if (differs(base, next, g)) {
                changed.add(sourceOf(iris, g).orElse(WriteProvenance.CURATION));
            }
        }
        return new WriteOutcome(new ArrayList<>(changed), Optional.empty());
    }

    private static WriteOutcome refused(String why) {
        return new WriteOutcome(List.of(), Optional.of(why));
    }

    /** The source id of a source graph's name. */
    static Optional<String> sourceOf(Iris iris, Node graph) {
        String prefix = sourceGraphPrefix(iris);
        if (!graph.isURI() || !graph.getURI().startsWith(prefix)) {
            return Optional.empty();
        }
        String id = graph.getURI().substring(prefix.length());
        return id.matches("[a-z0-9][a-z0-9-]{0,63}") ? Optional.of(id) : Optional.empty();
    }

    /** What every source graph's name starts with. */
    private static String sourceGraphPrefix(Iris iris) {
        String one = iris.sourceGraph(WriteProvenance.CURATION).getURI();
        return one.substring(0, one.length() - WriteProvenance.CURATION.length());
    }

    private static void moveDefaultGraphToCuration(Store next) {
        Node curation = next.iris().sourceGraph(WriteProvenance.CURATION);
        next.write(() -> {
            DatasetGraph dsg = next.datasetGraph();
            Graph stored = dsg.getDefaultGraph();
            if (stored.isEmpty()) {
                return;
            }
            List<Quad> moved = new ArrayList<>();
            stored.find().forEachRemaining(t -> moved.add(Quad.create(curation, t)));
            stored.clear();
            moved.forEach(dsg::add);
        });
    }

    private static Set<Node> graphNames(Store store) {
        return store.read(() -> {
            Set<Node> names = new HashSet<>();
            store.datasetGraph().listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    /**
     * Whether graph {@code g} differs between the two stores: by a digest of its triples, and
     * where that differs, by isomorphism, since blank nodes get new labels when a graph is
     * installed again (the ontology in every new release) or copied.
     */
    private static boolean differs(Store base, Store next, Node g) {
        if (digest(base, g).equals(digest(next, g))) {
            return false;
        }
        return !base.read(() -> next.read(() -> base.datasetGraph()
                .getGraph(g)
                .isIsomorphicWith(next.datasetGraph().getGraph(g))));
    }

    private static GraphDigest digest(Store store, Node graph) {
        return store.read(() -> GraphDigest.of(store.datasetGraph().getGraph(graph)));
    }
}
