package org.govgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.ingest.canada.CanadaServiceInventorySource;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.model.vocab.DCAT3;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.QB;
import org.junit.jupiter.api.Test;

/** The service statistics cube computed by {@code cube/service-stats.rq}, alone and as the ingest writes it. */
class ServiceStatisticsTest {
    private static final Iris IRIS = Iris.defaults();
    private static final String B = Iris.DEFAULT_BASE;

    /**
     * Org A (Canada): s1 end-to-end online (online and by telephone, an information service
     * reported for two years), s2 not (by telephone), s3 without a status; org B: s4 online.
     */
    private static final String SERVICES = """
            @prefix gg: <https://w3id.org/govgraph/ns#> .
            @prefix stage: <https://w3id.org/govgraph/code/stage/> .
            @prefix cpsv: <http://purl.org/vocab/cpsv#> .
            @prefix cv: <http://data.europa.eu/m8g/> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix ch: <https://w3id.org/govgraph/code/channel/> .
            @prefix stype: <https://w3id.org/govgraph/code/service-type/> .
            <%1$sid/org/ca/a> a cv:PublicOrganisation ; dct:spatial <%1$sid/country/CAN> .
            <%1$sid/org/ca/b> a cv:PublicOrganisation ; dct:spatial <%1$sid/country/CAN> .
            <%1$sid/service/ca/1> a cpsv:PublicService ; cv:hasCompetentAuthority <%1$sid/org/ca/a> ;
                gg:endToEndOnline true ; gg:onlineStage [ gg:stage stage:application ; gg:status gg:Online ] ;
                cv:hasChannel ch:ONL, ch:TEL ; dct:type stype:INFO ;
                gg:report [ gg:fiscalYear "2022-2023" ], [ gg:fiscalYear "2023-2024" ] .
            <%1$sid/service/ca/2> a cpsv:PublicService ; cv:hasCompetentAuthority <%1$sid/org/ca/a> ;
                cv:hasChannel ch:TEL ; dct:type stype:INFO ; gg:report [ gg:fiscalYear "2023-2024" ] ;
                gg:endToEndOnline false ; gg:onlineStage [ gg:stage stage:application ; gg:status gg:Offline ] .
            <%1$sid/service/ca/3> a cpsv:PublicService ; cv:hasCompetentAuthority <%1$sid/org/ca/a> ;
                gg:onlineStage [ gg:stage stage:application ; gg:status gg:NotApplicable ] .
            <%1$sid/service/ca/4> a cpsv:PublicService ; cv:hasCompetentAuthority <%1$sid/org/ca/b> ;
                gg:endToEndOnline true .
            """.formatted(B);

    @Test
    void countsTheServicesOfEachOrganisationAndTheStatusesOfEachOfItsStages() {
        Graph cube = ServiceStatistics.of(turtle(SERVICES), IRIS, "ca-si");

        Node a = node("id/cube/service-stats/ca-si/ca/a");
        assertEquals(3, count(cube, a, GG.NS + "serviceCount"));
        assertEquals(2, count(cube, a, GG.NS + "endToEndKnownCount"));
        assertEquals(1, count(cube, a, GG.NS + "endToEndOnlineCount"));
        Node b = node("id/cube/service-stats/ca-si/ca/b");
        assertEquals(1, count(cube, b, GG.NS + "serviceCount"));
        assertEquals(1, count(cube, b, GG.NS + "endToEndOnlineCount"));
        Node application = node("id/cube/service-stats/ca-si/stages/ca/a/application");
        assertEquals(1, count(cube, application, GG.NS + "onlineCount"));
        assertEquals(1, count(cube, application, GG.NS + "offlineCount"));
        assertEquals(1, count(cube, application, GG.NS + "notApplicableCount"));
        assertTrue(cube.contains(
                IRIS.serviceStatsCube("ca-si"), QB.structure.asNode(), GG.serviceStatsStructure.asNode()));
        assertTrue(cube.contains(IRIS.stageStatsCube("ca-si"), QB.structure.asNode(), GG.stageStatsStructure.asNode()));
        assertEquals(
                3 + 2 + 1 + 2,
                cube.find(Node.ANY, RDF.type.asNode(), QB.Observation.asNode())
                        .toList()
                        .size());
    }

    @Test
    void countsTheServicesOfEachOrganisationByChannelByTypeAndByFiscalYear() {
        Graph cube = ServiceStatistics.of(turtle(SERVICES), IRIS, "ca-si");

        Node telephone = node("id/cube/service-stats/ca-si/channels/ca/a/TEL");
        assertEquals(2, count(cube, telephone, GG.NS + "serviceCount"), "s1 and s2 by telephone");
        assertEquals(2, count(cube, telephone, GG.NS + "endToEndKnownCount"));
        assertEquals(1, count(cube, telephone, GG.NS + "endToEndOnlineCount"));
        Node online = node("id/cube/service-stats/ca-si/channels/ca/a/ONL");
        assertEquals(1, count(cube, online, GG.NS + "serviceCount"), "s1 online");
        Node information = node("id/cube/service-stats/ca-si/types/ca/a/INFO");
        assertEquals(2, count(cube, information, GG.NS + "serviceCount"));
        assertEquals(1, count(cube, information, GG.NS + "endToEndOnlineCount"));
        assertEquals(
                1,
                count(cube, node("id/cube/service-stats/ca-si/years/ca/a/2022-2023"), GG.NS + "reportedServiceCount"));
        assertEquals(
                2,
                count(cube, node("id/cube/service-stats/ca-si/years/ca/a/2023-2024"), GG.NS + "reportedServiceCount"));
        for (String slice : List.of("channels", "types", "years")) {
            assertTrue(
                    cube.contains(IRIS.serviceStatsSlice("ca-si", slice), RDF.type.asNode(), QB.DataSet.asNode()),
                    slice);
        }
        assertTrue(cube.contains(
                IRIS.serviceStatsSlice("ca-si", "channels"), QB.structure.asNode(), GG.channelStatsStructure.asNode()));
    }

    @Test
    void aGraphWithoutServicesHasNoCube() {
        assertEquals(
                0,
                ServiceStatistics.of(GraphFactory.createDefaultGraph(), IRIS, "un-egdi")
                        .size());
    }

    @Test
    void aCubeThatBreaksTheShapesIsRefusedNamingTheQuery() {
        // An organisation placed somewhere that is not a country: its observation's area breaks a shape.
        Graph services = turtle(SERVICES
                + "<%1$sid/org/ca/b> <http://purl.org/dc/terms/spatial> <%1$sid/place/nowhere> .".formatted(B));
        IngestException e = assertThrows(IngestException.class, () -> ServiceStatistics.of(services, IRIS, "ca-si"));
        assertTrue(e.getMessage().contains(ServiceStatistics.QUERY_RESOURCE), e::getMessage);
    }

    @Test
    void theIngestWritesTheCubeIntoTheSourceGraphOfTheSameReleaseAndDescribesItInTheCatalog()
            throws URISyntaxException {
        try (Store store = Store.inMemory(IRIS)) {
            Path file = Path.of(getClass().getResource("/canada/si_good.csv").toURI());
            IngestReport report = new IngestRunner(store)
                    .run(new CanadaServiceInventorySource(), List.of(file), IngestOptions.defaults());
            Graph source = store.copyOf(IRIS.sourceGraph("ca-si"));
            assertEquals(source.size(), report.triples(), "the release counts the cube's triples");
            Graph expected = ServiceStatistics.of(source, IRIS, "ca-si");
            assertTrue(expected.size() > 0);
            expected.find().forEachRemaining(t -> assertTrue(source.contains(t), t::toString));
            Graph catalog = store.copyOf(IRIS.catalogGraph());
            Node release = IRIS.release("ca-si", report.release().orElseThrow().releaseId());
            for (Node dataSet : List.of(
                    IRIS.serviceStatsCube("ca-si"),
                    IRIS.stageStatsCube("ca-si"),
                    IRIS.serviceStatsSlice("ca-si", "channels"),
                    IRIS.serviceStatsSlice("ca-si", "types"),
                    IRIS.serviceStatsSlice("ca-si", "years"))) {
                assertTrue(catalog.contains(dataSet, RDF.type.asNode(), DCAT3.Dataset.asNode()), dataSet::toString);
                assertTrue(catalog.contains(release, DCTerms.hasPart.asNode(), dataSet), dataSet::toString);
            }
        }
    }

    private static long count(Graph cube, Node observation, String measure) {
        List<Node> values = cube.find(observation, NodeFactory.createURI(measure), Node.ANY)
                .mapWith(t -> t.getObject())
                .toList();
        assertEquals(1, values.size(), observation + " " + measure + ": " + values);
        return Long.parseLong(values.get(0).getLiteralLexicalForm());
    }

    private static Node node(String path) {
        return NodeFactory.createURI(B + path);
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }
}
