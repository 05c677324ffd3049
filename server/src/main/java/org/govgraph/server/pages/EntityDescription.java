package org.govgraph.server.pages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.model.store.Store;
import org.govgraph.model.vocab.Prefixes;

/**
 * What the store says about one entity, read in one transaction: its own triples across
 * every graph plus those of the nodes it owns (IRIs nested under its own, such as
 * {@code {iri}/stage/application}, and blank nodes), the links pointing to it, the
 * labels of the nodes it mentions, and the graphs and source releases it came from.
 *
 * @param iri        the entity
 * @param graph      its description (its triples and its owned nodes' triples), with prefixes set
 * @param inbound    triples from other entities to it, at most {@link #MAX_INBOUND}
 * @param moreInbound whether there are more inbound links than listed
 * @param labels     the label of each node the description mentions, when it has one
 * @param origins    the named graphs holding its triples, with the source's latest release
 * @param services   for a country, the public services each inventory lists for it (empty otherwise)
 */
public record EntityDescription(
        Node iri,
        Graph graph,
        List<Triple> inbound,
        boolean moreInbound,
        Map<Node, String> labels,
        List<Origin> origins,
        List<ServiceTally> services) {
    /** How many inbound links a page lists. */
    public static final int MAX_INBOUND = 200;

    /**
     * A named graph holding the entity's triples.
     *
     * @param graphName the graph
     * @param sourceId  the source id, when it is a source graph
     * @param release   that source's latest release, when recorded
     */
    public record Origin(Node graphName, Optional<String> sourceId, Optional<Release> release) {}

    /** True when the store knows nothing about the entity (no triple mentions it). */
    public boolean isUnknown() {
        return graph.isEmpty() && inbound.isEmpty();
    }

    /** The entity's label, if it has one. */
    public Optional<String> label() {
        return Optional.ofNullable(labels.get(iri));
    }

    /** Reads the description of {@code iri} from the store. */
    public static EntityDescription load(Store store, Node iri) {
        return store.read(() -> {
            DatasetGraph dsg = store.datasetGraph();
            Graph union = dsg.getUnionGraph();
            Graph graph = GraphFactory.createDefaultGraph();
            graph.getPrefixMapping().setNsPrefixes(Prefixes.standard());
            graph.getPrefixMapping().setNsPrefix("id", store.iris().base() + "id/");

            Set<Node> described = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>();
            todo.add(iri);
            while (!todo.isEmpty()) {
                Node s = todo.poll();
                if (!described.add(s)) {
                    continue;
                }
                union.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    graph.add(t);
                    if (isOwned(iri, t.getObject())) {
                        todo.add(t.getObject());
                    }
                });
            }

            List<Triple> inbound = new ArrayList<>();
            boolean more = false;
            var in = union.find(Node.ANY, Node.ANY, iri);
            try {
                while (in.hasNext()) {
                    Triple t = in.next();
                    if (described.contains(t.getSubject())) {
                        continue;
                    }
                    if (inbound.size() == MAX_INBOUND) {
                        more = true;
                        break;
                    }
                    inbound.add(t);
                }
            } finally {
                in.close();
            }

            Map<Node, String> labels = new HashMap<>();
            Set<Node> mentioned = new HashSet<>();
            graph.find().forEachRemaining(t -> {
                mentioned.add(t.getSubject());
                mentioned.add(t.getObject());
            });
            inbound.forEach(t -> mentioned.add(t.getSubject()));
            List<ServiceTally> services = ServiceTally.forCountry(dsg, store.iris(), iri);
            services.forEach(s -> mentioned.add(store.iris().dataset(s.sourceId())));
            for (Node n : mentioned) {
                if (n.isURI()) {
                    Labels.of(union, n).ifPresent(l -> labels.put(n, l));
                }
            }
            return new EntityDescription(
                    iri, graph, List.copyOf(inbound), more, Map.copyOf(labels), origins(store, dsg, iri), services);
        });
    }

    /** A node the entity owns: a blank node, or an IRI nested under the entity's own. */
    static boolean isOwned(Node entity, Node n) {
        return n.isBlank() || (n.isURI() && n.getURI().startsWith(entity.getURI() + "/"));
    }

    private static List<Origin> origins(Store store, DatasetGraph dsg, Node iri) {
        Iris iris = store.iris();
        Set<Node> graphs = new LinkedHashSet<>();
        dsg.find(Node.ANY, iri, Node.ANY, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
        List<Origin> out = new ArrayList<>();
        for (Node g : graphs) {
            if (Quad.isDefaultGraph(g)) {
                continue;
            }
            Optional<String> sourceId = iris.sourceOf(g);
            out.add(new Origin(g, sourceId, sourceId.flatMap(store::latestRelease)));
        }
        return out;
    }
}
