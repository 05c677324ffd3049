package org.govgraph.ingest.canada;

import static org.govgraph.ingest.canada.CanadaTestSupport.count;
import static org.govgraph.ingest.canada.CanadaTestSupport.fixture;
import static org.govgraph.ingest.canada.CanadaTestSupport.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.Rejection;
import org.govgraph.ingest.Sources;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CanadaServiceStandardsSourceTest {
    private static final String STD = "<http://localhost:8080/id/standard/ca/";
    private Store store;

    @BeforeEach
    void open() {
        store = Store.inMemory(Iris.defaults());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IngestReport ingest(String fixture) {
        return new IngestRunner(store)
                .run(new CanadaServiceStandardsSource(), List.of(fixture(fixture)), IngestOptions.defaults());
    }

    private Graph graph() {
        return store.copyOf(store.iris().sourceGraph("ca-ss"));
    }

    @Test
    void isRegisteredAsCaSs() {
        assertTrue(Sources.byId("ca-ss").orElseThrow() instanceof CanadaServiceStandardsSource);
    }

    @Test
    void standardsAttachToTheirServiceWithTypedFigures() {
        IngestReport report = ingest("ss_good.csv");
        assertEquals(3, report.rowsLoaded());
        Graph g = graph();
        assertEquals(3, count(g, "SELECT (COUNT(?s) AS ?n) { ?s a gg:ServiceStandard }"));
        String std = STD + "SRV00200/2250>";
        assertEquals(
                std.substring(1, std.length() - 1),
                one(g, "SELECT ?s { <http://localhost:8080/id/service/ca/SRV00200> gg:hasStandard ?s }"));
        assertEquals("0.8", one(g, "SELECT ?t { " + std + " gg:target ?t FILTER(datatype(?t) = xsd:decimal) }"));
        assertEquals("0.9", one(g, "SELECT ?p { " + std + " gg:performance ?p }"));
        assertEquals(
                "90", one(g, "SELECT ?v { " + std + " gg:volumeMeetingTarget ?v FILTER(datatype(?v) = xsd:integer) }"));
        assertEquals("100", one(g, "SELECT ?v { " + std + " gg:totalVolume ?v }"));
        assertEquals("true", one(g, "SELECT ?m { " + std + " gg:targetMet ?m }"));
        assertEquals("TML", one(g, "SELECT ?t { " + std + " gg:standardType ?t }"));
        assertEquals("2023-2024", one(g, "SELECT ?y { " + std + " gg:fiscalYear ?y }"));
        assertEquals(
                "https://w3id.org/govgraph/code/channel/ONL", one(g, "SELECT ?c { " + std + " cv:hasChannel ?c }"));
        assertEquals(
                "Nous décidons dans les 30 jours.",
                one(g, "SELECT ?t { " + std + " dct:title ?t FILTER(lang(?t)='fr') }"));
        // "Oui" and "Not applicable" are not links.
        assertEquals("https://www.canada.ca/en/standards.html", one(g, "SELECT ?p { " + std + " foaf:page ?p }"));
        assertEquals(0, count(g, "SELECT (COUNT(?p) AS ?n) { " + std + " rdfs:seeAlso ?p }"));
    }

    @Test
    void sameStandardIdUnderAnotherServiceIsAnotherStandard() {
        ingest("ss_good.csv");
        Graph g = graph();
        String other = STD + "3595/2250>";
        assertEquals(
                "https://w3id.org/govgraph/code/channel/EML", one(g, "SELECT ?c { " + other + " cv:hasChannel ?c }"));
        // Blank figures and target_met NA are absent, never zero or false.
        assertEquals(
                0,
                count(
                        g,
                        "SELECT (COUNT(?p) AS ?n) { " + other + " ?p ?o FILTER(?p IN (gg:target, gg:performance,"
                                + " gg:totalVolume, gg:volumeMeetingTarget, gg:targetMet)) }"));
        assertEquals("false", one(g, "SELECT ?m { " + STD + "3595/STAN1> gg:targetMet ?m }"));
    }

    @Test
    void badRowsAreRejectedAtTheirColumn() {
        IngestReport report = ingest("ss_bad_rows.csv");
        assertEquals(report.rowsRead(), report.rowsLoaded() + report.rowsRejected());
        assertEquals(7, report.rowsRead());
        assertFalse(report.written());
        List<Rejection> r = report.rejections();
        assertEquals(4, r.size(), r::toString);
        assertRejected(r.get(0), 5, 5, "duplicate key service_id=3595, service_standard_id=STAN1, first at line 4");
        assertRejected(r.get(1), 6, 9, "'PIGEON', which is not a known channel code");
        assertRejected(r.get(2), 7, 18, "target_met must be Y, N or NA, not 'Maybe'");
        assertRejected(r.get(3), 8, 14, "total_volume is a count and cannot be negative");
        assertTrue(graph().isEmpty());
    }

    private static void assertRejected(Rejection r, long line, int column, String reason) {
        assertEquals(line, r.line(), r::toString);
        assertEquals(column, r.column(), r::toString);
        assertTrue(r.reason().contains(reason), r::toString);
    }
}
