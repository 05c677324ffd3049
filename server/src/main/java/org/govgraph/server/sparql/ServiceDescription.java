package org.govgraph.server.sparql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.SD;
import org.govgraph.model.vocab.VOID;
import org.govgraph.release.publish.Publisher;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql}: the endpoint, the languages and
 * result formats it supports, its features (the union default graph, {@code gg:search},
 * federation when allowed), and its dataset: the default graph and every named graph, each
 * pointing at its VoID description, which is included so the document stands on its own.
 */
public final class ServiceDescription {
    /** W3C's format IRIs (https://www.w3.org/ns/formats/) for the media types Fuseki writes answers in. */
    private static final Map<String, String> FORMATS = formats();

    private ServiceDescription() {}

    /** The description at the publisher's store release; {@code allowService}: SERVICE may call other hosts. */
    public static Graph of(Publisher publisher, boolean allowService) {
        Iris iris = publisher.store().iris();
        Graph out = GraphFactory.createDefaultGraph();
        Graph voidGraph = publisher.voidGraph();
        out.getPrefixMapping().setNsPrefixes(voidGraph.getPrefixMapping());
        voidGraph.find().forEachRemaining(out::add);

        Node endpoint = NodeFactory.createURI(iris.base() + SparqlService.SPARQL_PATH.substring(1));
        Node service = NodeFactory.createURI(endpoint.getURI() + "#service");
        out.add(service, RDF.type.asNode(), SD.Service.asNode());
        out.add(service, SD.endpoint.asNode(), endpoint);
        out.add(service, SD.supportedLanguage.asNode(), SD.SPARQL11Query.asNode());
        out.add(service, SD.supportedLanguage.asNode(), SD.SPARQL11Update.asNode());
        for (String format : offeredFormats()) {
            out.add(service, SD.resultFormat.asNode(), NodeFactory.createURI(format));
        }
        out.add(service, SD.feature.asNode(), SD.UnionDefaultGraph.asNode());
        if (allowService) {
            out.add(service, SD.feature.asNode(), SD.BasicFederatedQuery.asNode());
        }
        Node search = NodeFactory.createURI(endpoint.getURI() + "#gg-search");
        out.add(service, SD.feature.asNode(), search);
        out.add(search, RDF.type.asNode(), SD.Feature.asNode());
        out.add(search, RDFS.label.asNode(), NodeFactory.createLiteralLang("Keyword search in SPARQL", "en"));
        out.add(
                search,
                RDFS.comment.asNode(),
                NodeFactory.createLiteralLang(
                        "The property function gg:search"
                                + " answers from the search index of the same release: ?s gg:search \"passport\" ., or with the"
                                + " BM25 score and a limit, (?s ?score) gg:search (\"passport renewal\" 10) .",
                        "en"));
        out.add(search, RDFS.seeAlso.asNode(), GG.search.asNode());

        Node dataset = NodeFactory.createURI(endpoint.getURI() + "#dataset");
        Node platform = iris.platformDataset();
        out.add(service, SD.defaultDataset.asNode(), dataset);
        out.add(dataset, RDF.type.asNode(), SD.Dataset.asNode());
        out.add(dataset, SD.defaultGraph.asNode(), platform);
        out.add(platform, RDF.type.asNode(), SD.Graph.asNode());
        List<Node> graphs = new ArrayList<>();
        voidGraph.find(platform, VOID.subset.asNode(), Node.ANY).forEachRemaining(t -> graphs.add(t.getObject()));
        for (Node described : graphs) {
            voidGraph.find(described, SD.name.asNode(), Node.ANY).forEachRemaining(t -> {
                Node named = NodeFactory.createBlankNode();
                out.add(dataset, SD.namedGraph.asNode(), named);
                out.add(named, RDF.type.asNode(), SD.NamedGraph.asNode());
                out.add(named, SD.name.asNode(), t.getObject());
                out.add(named, SD.graph.asNode(), described);
                out.add(described, RDF.type.asNode(), SD.Graph.asNode());
            });
        }
        return out;
    }

    /** The format IRIs of what a query can be answered in, from Fuseki's own offer tables. */
    static List<String> offeredFormats() {
        List<MediaRange> offered = new ArrayList<>();
        offered.addAll(DEF.rsOfferTable.entries());
        offered.addAll(DEF.constructOffer.entries());
        return offered.stream()
                .map(MediaRange::getContentTypeStr)
                .map(FORMATS::get)
                .filter(f -> f != null)
                .distinct()
                .toList();
    }

    private static Map<String, String> formats() {
        String ns = "http://www.w3.org/ns/formats/";
        Map<String, String> m = new LinkedHashMap<>();
        m.put("application/sparql-results+json", ns + "SPARQL_Results_JSON");
        m.put("application/sparql-results+xml", ns + "SPARQL_Results_XML");
        m.put("text/csv", ns + "SPARQL_Results_CSV");
        m.put("text/tab-separated-values", ns + "SPARQL_Results_TSV");
        m.put("text/turtle", ns + "Turtle");
        m.put("application/n-triples", ns + "N-Triples");
        m.put("application/ld+json", ns + "JSON-LD");
        m.put("application/rdf+xml", ns + "RDF_XML");
        m.put("application/trig", ns + "TriG");
        m.put("application/n-quads", ns + "N-Quads");
        return m;
    }
}
