package org.govgraph.ingest.canada;

import static org.govgraph.ingest.canada.CanadaTestSupport.count;
import static org.govgraph.ingest.canada.CanadaTestSupport.fixture;
import static org.govgraph.ingest.canada.CanadaTestSupport.one;
import static org.govgraph.ingest.canada.CanadaTestSupport.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.Rejection;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.ingest.Sources;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CanadaServiceInventorySourceTest {
    private static final String S = "<http://localhost:8080/id/service/ca/";
    private Store store;

    @BeforeEach
    void open() {
        store = Store.inMemory(Iris.defaults());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IngestReport ingest(String fixture, boolean allowRejects) {
        return new IngestRunner(store)
                .run(
                        new CanadaServiceInventorySource(),
                        List.of(fixture(fixture)),
                        new IngestOptions(allowRejects, s -> {}));
    }

    private Graph graph() {
        return store.copyOf(store.iris().sourceGraph("ca-si"));
    }

    @Test
    void isRegisteredAsCaSi() {
        assertTrue(Sources.byId("ca-si").orElseThrow() instanceof CanadaServiceInventorySource);
    }

    @Test
    void goodFileLoadsEveryRow() {
        IngestReport report = ingest("si_good.csv", false);
        assertEquals(4, report.rowsRead());
        assertEquals(4, report.rowsLoaded());
        assertTrue(report.written());
        Graph g = graph();
        assertEquals(3, count(g, "SELECT (COUNT(?s) AS ?n) { ?s a cpsv:PublicService }"));
        assertEquals(4, count(g, "SELECT (COUNT(?r) AS ?n) { ?r a gg:ServiceReport }"));
        assertEquals(2, count(g, "SELECT (COUNT(?o) AS ?n) { ?o a cv:PublicOrganisation, org:Organization }"));
    }

    @Test
    void theReleaseAndEveryOrganisationNameCanadaAsTheirJurisdiction() {
        ingest("si_good.csv", false);
        Graph catalog = store.copyOf(store.iris().catalogGraph());
        assertEquals(
                "http://localhost:8080/id/country/CAN",
                one(catalog, "SELECT ?c { ?r gg:releaseId ?id ; dct:spatial ?c }"));
        assertEquals(
                0,
                count(
                        graph(),
                        "SELECT (COUNT(?o) AS ?n) { ?o a cv:PublicOrganisation"
                                + " FILTER NOT EXISTS { ?o dct:spatial <http://localhost:8080/id/country/CAN> } }"));
    }

    @Test
    void serviceHasBilingualTitlesAndItsOrganisation() {
        ingest("si_good.csv", false);
        Graph g = graph();
        assertEquals(
                "ATSSC Law Library Services",
                one(g, "SELECT ?t { " + S + "3595> dct:title ?t FILTER(lang(?t)='en') }"));
        assertEquals(
                "Services de Bibliothèque du SCDATA",
                one(g, "SELECT ?t { " + S + "3595> dct:title ?t FILTER(lang(?t)='fr') }"));
        assertEquals(
                "Library services for the tribunals.\nA second line.",
                one(g, "SELECT ?d { " + S + "3595> dct:description ?d FILTER(lang(?d)='en') }"));
        assertEquals(
                "Service canadien d'appui aux tribunaux administratifs",
                one(
                        g,
                        "SELECT ?l { " + S
                                + "3595> cv:hasCompetentAuthority ?o . ?o skos:prefLabel ?l FILTER(lang(?l)='fr') }"));
        assertEquals(
                "http://localhost:8080/id/org/ca/atssc-scdata",
                one(g, "SELECT ?o { " + S + "3595> cv:hasCompetentAuthority ?o }"));
    }

    @Test
    void naAndNdVolumesAreAbsentNotZero() {
        ingest("si_good.csv", false);
        Graph g = graph();
        String report = "<http://localhost:8080/id/report/ca/3595/2023-2024>";
        assertEquals("120", one(g, "SELECT ?n { " + report + " gg:numApplicationsOnline ?n }"));
        assertEquals("0", one(g, "SELECT ?n { " + report + " gg:numApplicationsByMail ?n }"));
        assertEquals(0, count(g, "SELECT (COUNT(?n) AS ?c) { " + report + " gg:numWebsiteVisits ?n }"), "NA");
        assertEquals(0, count(g, "SELECT (COUNT(?n) AS ?c) { " + report + " gg:numApplicationsInPerson ?n }"), "ND");
        assertEquals(
                1,
                count(
                        g,
                        "SELECT (COUNT(?n) AS ?c) { " + report
                                + " gg:numApplicationsOnline ?n FILTER(datatype(?n) = xsd:integer) }"));
    }

    @Test
    void latestFiscalYearDrivesTheServiceStagesAndEndToEndFlag() {
        ingest("si_good.csv", false);
        Graph g = graph();
        // The 2023-2024 row (decision offline) comes before the 2022-2023 row (all online) in the file.
        String svc = S + "SRV00200>";
        assertEquals("false", one(g, "SELECT ?e { " + svc + " gg:endToEndOnline ?e }"));
        assertEquals(
                "http://localhost:8080/id/report/ca/SRV00200/2023-2024",
                one(g, "SELECT ?r { " + svc + " gg:latestReport ?r }"));
        assertEquals(2, count(g, "SELECT (COUNT(?r) AS ?n) { " + svc + " gg:report ?r }"));
        assertEquals(
                GG_NS + "Offline",
                one(g, "SELECT ?st { " + svc + " gg:onlineStage ?s . ?s gg:stage stage:decision ; gg:status ?st }"));
        assertEquals(
                GG_NS + "Online",
                one(
                        g,
                        "SELECT ?st { <http://localhost:8080/id/report/ca/SRV00200/2022-2023> gg:onlineStage ?s ."
                                + " ?s gg:stage stage:decision ; gg:status ?st }"));
        assertEquals(
                "Permits",
                one(g, "SELECT ?t { " + svc + " dct:title ?t FILTER(lang(?t)='en') }"),
                "title of the latest year only");
        assertEquals(6, count(g, "SELECT (COUNT(?s) AS ?n) { " + svc + " gg:onlineStage ?s }"));
        assertEquals("true", one(g, "SELECT ?e { " + S + "3595> gg:endToEndOnline ?e }"), "Y and NA only");
        assertEquals("false", one(g, "SELECT ?e { " + S + "400> gg:endToEndOnline ?e }"), "all NA: nothing online");
    }

    @Test
    void codesBecomeConceptsAndChannelsFollowVolumesAndStages() {
        ingest("si_good.csv", false);
        Graph g = graph();
        assertEquals(
                Set.of(
                        "https://w3id.org/govgraph/code/service-type/APIR",
                        "https://w3id.org/govgraph/code/service-type/RES"),
                values(g, "SELECT ?t { " + S + "SRV00200> dct:type ?t }"));
        assertEquals(
                Set.of("https://w3id.org/govgraph/code/channel/NON"),
                values(g, "SELECT ?c { " + S + "SRV00200> gg:feedbackChannel ?c }"));
        // Phone enquiries 15, mail 3, online 120 in the latest year.
        assertEquals(
                Set.of(
                        "https://w3id.org/govgraph/code/channel/TEL",
                        "https://w3id.org/govgraph/code/channel/POST",
                        "https://w3id.org/govgraph/code/channel/ONL"),
                values(g, "SELECT ?c { " + S + "SRV00200> cv:hasChannel ?c }"));
        // No volume above zero and no stage online: no delivery channel claimed.
        assertEquals(Set.of(), values(g, "SELECT ?c { " + S + "400> cv:hasChannel ?c }"));
    }

    @Test
    void programNamesLoseTheExportsQuotesAndLinksKeepOnlyUrls() {
        ingest("si_good.csv", false);
        Graph g = graph();
        assertEquals(
                Set.of("Information Management Services", "Services de gestion de l'information"),
                values(g, "SELECT ?p { " + S + "3595> gg:program ?p }"));
        assertEquals(
                Set.of(
                        "Inclusive Communities",
                        "Business Growth",
                        "Collectivités inclusives",
                        "Croissance d'entreprises"),
                values(g, "SELECT ?p { " + S + "SRV00200> gg:program ?p }"));
        assertEquals(Set.of("BED01", "BED02"), values(g, "SELECT ?p { " + S + "SRV00200> gg:programId ?p }"));
        // "N/A" and a page title are not links.
        assertEquals(
                Set.of("https://www.canada.ca/en/atssc.html"), values(g, "SELECT ?p { " + S + "3595> foaf:page ?p }"));
        assertEquals("true", one(g, "SELECT ?f { " + S + "SRV00200> gg:serviceFee ?f }"));
        assertEquals(0, count(g, "SELECT (COUNT(?u) AS ?n) { " + S + "3595> gg:sinUsage ?u }"), "NA is absent");
        assertEquals("2022-2023", one(g, "SELECT ?y { " + S + "3595> gg:lastServiceReview ?y }"));
    }

    @Test
    void badRowsAreRejectedAtTheirColumnAndNothingIsWritten() {
        IngestReport report = ingest("si_bad_rows.csv", false);
        assertEquals(report.rowsRead(), report.rowsLoaded() + report.rowsRejected());
        assertEquals(8, report.rowsRead());
        assertFalse(report.written());
        assertEquals(1, report.exitStatus());
        List<Rejection> r = report.rejections();
        assertEquals(4, r.size(), r::toString);
        assertRejected(r.get(0), 7, 23, "os_issuance must be Y, N or NA, not 'Maybe'");
        assertRejected(r.get(1), 8, 36, "cannot be negative");
        assertRejected(r.get(2), 9, 33, "num_website_visits is not a number");
        assertRejected(r.get(3), 10, 2, "duplicate key service_id=3595, fiscal_yr=2023-2024, first at line 2");
        assertTrue(store.copyOf(store.iris().sourceGraph("ca-si")).isEmpty());
        assertTrue(store.releases("ca-si").isEmpty());
    }

    @Test
    void allowRejectsWritesTheGoodRowsOnly() {
        IngestReport report = ingest("si_bad_rows.csv", true);
        assertEquals(4, report.rowsLoaded());
        assertTrue(report.written());
        assertEquals(3, count(graph(), "SELECT (COUNT(?s) AS ?n) { ?s a cpsv:PublicService }"));
        assertEquals(
                "ATSSC Law Library Services",
                one(graph(), "SELECT ?t { " + S + "3595> dct:title ?t FILTER(lang(?t)='en') }"),
                "the duplicate does not overwrite the first row");
    }

    @Test
    void failedRunLeavesThePreviousReleaseUnchanged() {
        ingest("si_good.csv", false);
        Graph before = graph();
        IngestReport failed = ingest("si_bad_rows.csv", false);
        assertFalse(failed.written());
        assertTrue(before.isIsomorphicWith(graph()));
        assertEquals(1, store.releases("ca-si").size());
    }

    @Test
    void missingRequiredColumnStopsTheRunNamingFileAndColumn() {
        SourceFormatException e =
                assertThrows(SourceFormatException.class, () -> ingest("si_missing_column.csv", false));
        assertTrue(e.getMessage().contains("si_missing_column.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("missing required column os_decision"), e.getMessage());
        assertTrue(store.releases("ca-si").isEmpty());
    }

    @Test
    void latin1FileIsNotValidUtf8() {
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> ingest("si_latin1.csv", false));
        assertTrue(e.getMessage().contains("si_latin1.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void unclosedQuoteIsNotWellFormedCsv() {
        SourceFormatException e =
                assertThrows(SourceFormatException.class, () -> ingest("si_unclosed_quote.csv", false));
        assertTrue(e.getMessage().contains("si_unclosed_quote.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("not well-formed CSV"), e.getMessage());
        assertTrue(store.releases("ca-si").isEmpty());
    }

    private static final String GG_NS = "https://w3id.org/govgraph/ns#";

    private static void assertRejected(Rejection r, long line, int column, String reason) {
        assertEquals(line, r.line(), r::toString);
        assertEquals(column, r.column(), r::toString);
        assertTrue(r.reason().contains(reason), r::toString);
        assertEquals(Path.of("si_bad_rows.csv"), r.file().getFileName());
    }

    private static Set<String> values(Graph g, String query) {
        return select(g, query).stream()
                .map(s -> {
                    var n = s.get(s.varNames().next());
                    return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
                })
                .collect(Collectors.toSet());
    }
}
