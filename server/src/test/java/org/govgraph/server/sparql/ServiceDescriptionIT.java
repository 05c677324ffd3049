package org.govgraph.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.model.vocab.SD;
import org.govgraph.model.vocab.VOID;
import org.govgraph.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /sparql without a query, as SPARQL 1.1 Service Description section 2 asks, and the VoID it points at. */
class ServiceDescriptionIT {
    private static final Node ENDPOINT = NodeFactory.createURI("http://localhost:8080/sparql");

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anRdfClientGetsTheServiceDescription() {
        HttpResponse<String> r = server.get("/sparql", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        Graph sd = parse(r.body(), Lang.TURTLE);
        Node service = sd.find(Node.ANY, SD.endpoint.asNode(), ENDPOINT).next().getSubject();
        assertTrue(sd.contains(service, RDF.type.asNode(), SD.Service.asNode()));
        assertTrue(sd.contains(service, SD.supportedLanguage.asNode(), SD.SPARQL11Query.asNode()));
        assertTrue(sd.contains(service, SD.supportedLanguage.asNode(), SD.SPARQL11Update.asNode()));
        assertTrue(sd.contains(service, SD.feature.asNode(), SD.UnionDefaultGraph.asNode()));
        assertTrue(sd.contains(
                service,
                SD.resultFormat.asNode(),
                NodeFactory.createURI("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
        assertTrue(sd.contains(
                service, SD.resultFormat.asNode(), NodeFactory.createURI("http://www.w3.org/ns/formats/Turtle")));
        // SERVICE to other hosts is off by default, so federation is not claimed.
        assertTrue(!sd.contains(service, SD.feature.asNode(), SD.BasicFederatedQuery.asNode()));
        assertTrue(
                sd.find(service, SD.feature.asNode(), Node.ANY).toList().stream()
                        .map(Triple::getObject)
                        .anyMatch(f -> sd.contains(
                                f,
                                org.apache.jena.vocabulary.RDFS.seeAlso.asNode(),
                                org.govgraph.model.vocab.GG.search.asNode())),
                "gg:search is described");
    }

    @Test
    void theDescribedDatasetNamesEveryGraphAQueryCanSee() {
        Graph sd = parse(server.get("/sparql", "text/turtle").body(), Lang.TURTLE);
        Node dataset =
                sd.find(Node.ANY, SD.defaultDataset.asNode(), Node.ANY).next().getObject();
        Set<Node> described = new HashSet<>();
        sd.find(dataset, SD.namedGraph.asNode(), Node.ANY)
                .forEachRemaining(t -> sd.find(t.getObject(), SD.name.asNode(), Node.ANY)
                        .forEachRemaining(n -> described.add(n.getObject())));

        HttpResponse<String> graphs = server.get(
                "/sparql?query=" + TestServer.encode("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"), "text/csv");
        Set<Node> queried = new HashSet<>();
        graphs.body()
                .lines()
                .skip(1)
                .filter(l -> !l.isBlank())
                .forEach(l -> queried.add(NodeFactory.createURI(l.strip())));
        assertTrue(queried.size() >= 3, queried.toString());
        assertEquals(queried, described);

        Node defaultGraph =
                sd.find(dataset, SD.defaultGraph.asNode(), Node.ANY).next().getObject();
        assertTrue(sd.contains(defaultGraph, RDF.type.asNode(), VOID.Dataset.asNode()));
        assertTrue(sd.contains(defaultGraph, VOID.triples.asNode(), Node.ANY));
    }

    @Test
    void jsonLdAndNTriplesSayTheSame() {
        Graph turtle = parse(server.get("/sparql", "text/turtle").body(), Lang.TURTLE);
        Graph jsonld = parse(server.get("/sparql", "application/ld+json").body(), Lang.JSONLD);
        Graph nt = parse(server.get("/sparql", "application/n-triples").body(), Lang.NTRIPLES);
        assertTrue(IsoMatcher.isomorphic(turtle, jsonld));
        assertTrue(IsoMatcher.isomorphic(turtle, nt));
        // A client that states no preference (curl's */*) gets Turtle too.
        HttpResponse<String> any = server.get("/sparql", "*/*");
        assertEquals(200, any.statusCode());
        assertTrue(IsoMatcher.isomorphic(turtle, parse(any.body(), Lang.TURTLE)));
    }

    @Test
    void browsersStillGetTheEditorAndQueriesAndBadUpdatesAreUntouched() {
        HttpResponse<String> page = server.get("/sparql", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        HttpResponse<String> ask =
                server.get("/sparql?query=" + TestServer.encode("ASK {}"), "application/sparql-results+json");
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("\"boolean\""), ask.body());
        HttpResponse<String> updateByGet =
                server.get("/sparql?update=" + TestServer.encode("CLEAR ALL"), "text/turtle");
        assertTrue(updateByGet.statusCode() >= 400 && updateByGet.statusCode() < 500, updateByGet.statusCode() + "");
    }

    @Test
    void voidAnswersAtBothAddressesAndDescribesTheDefaultGraph() {
        HttpResponse<String> atVoid = server.get("/void", "text/turtle");
        HttpResponse<String> wellKnown = server.get("/.well-known/void", "text/turtle");
        assertEquals(200, atVoid.statusCode());
        Graph g = parse(atVoid.body(), Lang.TURTLE);
        assertTrue(IsoMatcher.isomorphic(g, parse(wellKnown.body(), Lang.TURTLE)));
        Node platform = NodeFactory.createURI("http://localhost:8080/void#platform");
        assertTrue(g.contains(platform, VOID.sparqlEndpoint.asNode(), ENDPOINT));
        assertTrue(g.contains(
                platform, VOID.subset.asNode(), NodeFactory.createURI("http://localhost:8080/graph/ontology")));
        assertTrue(g.contains(
                platform, VOID.subset.asNode(), NodeFactory.createURI("http://localhost:8080/graph/catalog")));
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }
}
