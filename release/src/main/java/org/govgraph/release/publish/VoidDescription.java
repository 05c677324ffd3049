package org.govgraph.release.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.model.vocab.Prefixes;
import org.govgraph.model.vocab.SD;
import org.govgraph.model.vocab.VOID;

/**
 * The VoID description of every graph of the store: the platform as one {@code void:Dataset}
 * whose subsets are the named graphs, each with its size, distinct subjects, properties and
 * entities per class, beside what the catalog records of each source's data series.
 *
 * <p>The statistics scan every graph, so they are computed once per store release and kept:
 * a release never changes, and a description read twice at one release is the same.
 */
final class VoidDescription {
    /** Graphs and classes in IRI order, so the description reads the same each time. */
    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::toString);

    private final Store store;
    private final Iris iris;
    private final AtomicReference<Computed> last = new AtomicReference<>();

    /** The description computed at one store release (empty for a store that has none yet). */
    private record Computed(Optional<String> release, Graph graph) {}

    /** One named graph's counts; {@code entities} is the number of subjects per class. */
    record GraphStatistics(Node graph, long triples, long subjects, long properties, Map<Node, Long> entities) {}

    VoidDescription(Store store) {
        this.store = store;
        this.iris = store.iris();
    }

    /**
     * The {@code void:Dataset} that describes a named graph: a source's data series for a
     * source graph (the catalog describes it), the graph's own IRI for the others.
     */
    Node datasetOf(Node graph) {
        return iris.sourceOf(graph).map(iris::dataset).orElse(graph);
    }

    /** The description at the store's current release. */
    Graph graph() {
        Optional<String> release = store.read(store::release);
        Computed known = last.get();
        if (known != null && known.release().equals(release) && release.isPresent()) {
            return known.graph();
        }
        Graph built = store.read(this::build);
        last.set(new Computed(release, built));
        return built;
    }

    /** Per named graph, its counts, in graph IRI order; call inside a read transaction. */
    List<GraphStatistics> statistics() {
        Map<Node, long[]> sizes = new TreeMap<>(BY_IRI);
        select(
                """
                SELECT ?g (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?properties)
                WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g""",
                row -> sizes.put(row.get("g"), new long[] {
                    count(row.get("triples")), count(row.get("subjects")), count(row.get("properties"))
                }));
        Map<Node, Map<Node, Long>> entities = new TreeMap<>(BY_IRI);
        select(
                """
                SELECT ?g ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } } GROUP BY ?g ?class""",
                row -> entities.computeIfAbsent(row.get("g"), g -> new TreeMap<>(BY_IRI))
                        .put(row.get("class"), count(row.get("n"))));
        List<GraphStatistics> out = new ArrayList<>();
        sizes.forEach((g, n) -> out.add(new GraphStatistics(g, n[0], n[1], n[2], entities.getOrDefault(g, Map.of()))));
        return out;
    }

    private Graph build() {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        String query = Prefixes.sparqlPrologue() + "CONSTRUCT { ?d ?p ?o } WHERE { GRAPH <"
                + iris.catalogGraph().getURI() + "> { ?d a void:Dataset ; ?p ?o } }";
        try (QueryExecution qe =
                QueryExecution.dataset(store.dataset()).query(query).build()) {
            qe.execConstruct().getGraph().find().forEachRemaining(out::add);
        }
        Node platform = iris.platformDataset();
        Node endpoint = NodeFactory.createURI(iris.base() + "sparql");
        add(out, platform, RDF.type.asNode(), VOID.Dataset.asNode());
        add(
                out,
                platform,
                DCTerms.title.asNode(),
                NodeFactory.createLiteralLang(
                        "Every graph of this govgraph platform, the union of which SPARQL queries see by default",
                        "en"));
        add(out, platform, VOID.sparqlEndpoint.asNode(), endpoint);
        add(out, platform, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(iris.base() + "id/"));
        add(out, platform, VOID.rootResource.asNode(), iris.catalog());
        long triples = 0;
        for (GraphStatistics s : statistics()) {
            Node dataset = datasetOf(s.graph());
            triples += s.triples();
            add(out, platform, VOID.subset.asNode(), dataset);
            add(out, dataset, RDF.type.asNode(), VOID.Dataset.asNode());
            add(out, dataset, SD.name.asNode(), s.graph());
            add(out, dataset, VOID.sparqlEndpoint.asNode(), endpoint);
            if (!out.contains(dataset, VOID.triples.asNode(), Node.ANY)) {
                add(out, dataset, VOID.triples.asNode(), integer(s.triples()));
            }
            add(out, dataset, VOID.distinctSubjects.asNode(), integer(s.subjects()));
            add(out, dataset, VOID.properties.asNode(), integer(s.properties()));
            add(out, dataset, VOID.classes.asNode(), integer(s.entities().size()));
            s.entities().forEach((type, n) -> {
                Node partition = NodeFactory.createBlankNode();
                add(out, dataset, VOID.classPartition.asNode(), partition);
                add(out, partition, VOID.clazz.asNode(), type);
                add(out, partition, VOID.entities.asNode(), integer(n));
            });
        }
        add(out, platform, VOID.triples.asNode(), integer(triples));
        return out;
    }

    private void select(String query, Consumer<Map<String, Node>> action) {
        try (QueryExecution qe =
                QueryExecution.dataset(store.dataset()).query(query).build()) {
            qe.execSelect().forEachRemaining(row -> {
                Map<String, Node> values = new HashMap<>();
                row.varNames().forEachRemaining(v -> values.put(v, row.get(v).asNode()));
                action.accept(values);
            });
        }
    }

    private static long count(Node n) {
        return Long.parseLong(n.getLiteralLexicalForm());
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }
}
