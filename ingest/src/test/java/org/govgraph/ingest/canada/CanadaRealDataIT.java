package org.govgraph.ingest.canada;

import static org.govgraph.ingest.canada.CanadaTestSupport.count;
import static org.govgraph.ingest.canada.CanadaTestSupport.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.govgraph.ingest.BundledSources;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.SourceAdapter;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Canada adapters on the real published files, into TDB2 on disk, checked against the CSVs themselves. */
class CanadaRealDataIT {
    private static final List<String> STAGES = List.of(
            "os_account_registration",
            "os_authentication",
            "os_application",
            "os_decision",
            "os_issuance",
            "os_issue_resolution_feedback");

    @TempDir
    Path dir;

    private static IngestReport ingest(Store store, SourceAdapter adapter, Path file) {
        IngestReport report = new IngestRunner(store).run(adapter, List.of(file), IngestOptions.defaults());
        assertEquals(List.of(), report.rejections(), "every row of the real file loads");
        assertEquals(report.rowsRead(), report.rowsLoaded());
        return report;
    }

    @Test
    void inventoryCountsMatchTheCsv() throws IOException {
        Path csv = BundledSources.extract("ca-si", dir.resolve("in")).get(0);
        List<CSVRecord> rows = records(csv);
        try (Store store = Store.open(dir.resolve("store"), Iris.defaults())) {
            IngestReport report = ingest(store, new CanadaServiceInventorySource(), csv);
            assertEquals(1752, report.rowsRead());
            Graph g = store.copyOf(store.iris().sourceGraph("ca-si"));

            Set<String> serviceIds = new HashSet<>();
            Set<String> orgs = new HashSet<>();
            rows.forEach(r -> {
                serviceIds.add(r.get("service_id"));
                orgs.add(r.get("owner_org"));
            });
            assertEquals(1751, serviceIds.size());
            assertEquals(serviceIds.size(), count(g, "SELECT (COUNT(?s) AS ?n) { ?s a cpsv:PublicService }"));
            assertEquals(79, orgs.size(), "SOURCE.md: 79 organisations");
            assertEquals(
                    orgs.size(),
                    count(
                            g,
                            "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s cv:hasCompetentAuthority ?o . ?o a cv:PublicOrganisation }"));
            assertEquals(rows.size(), count(g, "SELECT (COUNT(?r) AS ?n) { ?r a gg:ServiceReport }"));
            assertEquals(
                    endToEndOnlineFromCsv(rows), count(g, "SELECT (COUNT(?s) AS ?n) { ?s gg:endToEndOnline true }"));
        }
    }

    @Test
    void knownValuesAUserWouldCheck() {
        Path csv = BundledSources.extract("ca-si", dir.resolve("in")).get(0);
        try (Store store = Store.open(dir.resolve("store"), Iris.defaults())) {
            ingest(store, new CanadaServiceInventorySource(), csv);
            Graph g = store.copyOf(store.iris().sourceGraph("ca-si"));
            String s3595 = "<http://localhost:8080/id/service/ca/3595>";
            assertEquals(
                    "ATSSC Law Library Services",
                    one(g, "SELECT ?t { " + s3595 + " dct:title ?t FILTER(lang(?t)='en') }"));
            assertEquals(
                    "Services de Bibliothèque du SCDATA",
                    one(g, "SELECT ?t { " + s3595 + " dct:title ?t FILTER(lang(?t)='fr') }"));
            assertEquals(
                    "Service canadien d'appui aux tribunaux administratifs",
                    one(
                            g,
                            "SELECT ?l { " + s3595
                                    + " cv:hasCompetentAuthority ?o . ?o skos:prefLabel ?l FILTER(lang(?l)='fr') }"));
            // SRV02975 is reported for two fiscal years; the later one is its latest report.
            String multi = "<http://localhost:8080/id/service/ca/SRV02975>";
            assertEquals(2, count(g, "SELECT (COUNT(?r) AS ?n) { " + multi + " gg:report ?r }"));
            assertEquals("2024-2025", one(g, "SELECT ?y { " + multi + " gg:latestReport/gg:fiscalYear ?y }"));
            assertEquals(6, count(g, "SELECT (COUNT(?x) AS ?n) { " + multi + " gg:onlineStage ?x }"));
            // The stray quotes of the export are not part of program names.
            assertEquals(
                    0,
                    count(g, "SELECT (COUNT(?p) AS ?n) { ?s gg:program ?p FILTER(REGEX(?p, \"^['\\\"]|['\\\"]$\")) }"));
            assertTrue(
                    count(g, "SELECT (COUNT(?s) AS ?n) { ?s gg:program \"Information Management Services\"@en }") > 0);
            // SRV03170's French page ends in a no-break space in the CSV: kept, trimmed, so every RDF syntax reads it.
            assertEquals(
                    "https://www.securitepublique.gc.ca/cnt/ntnl-scrt/cntr-trrrsm/cntr-prlfrtn/sfgrdng-scnc/"
                            + "sfgrdng-scnc-wrkshp-fr.aspx",
                    one(
                            g,
                            "SELECT (STR(?p) AS ?page) { <http://localhost:8080/id/service/ca/SRV03170>"
                                    + " foaf:page ?p FILTER(CONTAINS(STR(?p), 'securitepublique')) }"));
            assertEquals(
                    0,
                    count(
                            g,
                            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(isIRI(?o) && REGEX(STR(?o), '\\\\s|\u00A0')) }"));
            // Five service names carry a line break in the CSV; titles and names are one line.
            assertEquals(
                    "Canadian Anti-Fraud Centre- Online Fraud Reporting Systems",
                    one(
                            g,
                            "SELECT ?t { <http://localhost:8080/id/service/ca/3651> dct:title ?t FILTER(lang(?t)='en') }"));
            assertEquals(
                    0,
                    count(
                            g,
                            "SELECT (COUNT(*) AS ?n) { ?s dct:title|skos:prefLabel ?t FILTER(REGEX(?t, '[\\\\r\\\\n]')) }"));
        }
    }

    @Test
    void snapshotThenCurrentEqualsCurrentAlone() throws URISyntaxException {
        Path current = BundledSources.extract("ca-si", dir.resolve("in")).get(0);
        Path snapshot = Path.of(getClass()
                .getClassLoader()
                .getResource("real/ca-si/si_2024_snapshot_2025-03-01.csv")
                .toURI());
        Graph alone;
        try (Store store = Store.open(dir.resolve("alone"), Iris.defaults())) {
            ingest(store, new CanadaServiceInventorySource(), current);
            alone = store.copyOf(store.iris().sourceGraph("ca-si"));
        }
        try (Store store = Store.open(dir.resolve("both"), Iris.defaults())) {
            IngestReport first = ingest(store, new CanadaServiceInventorySource(), snapshot);
            assertEquals(1721, first.rowsRead());
            ingest(store, new CanadaServiceInventorySource(), current);
            Graph after = store.copyOf(store.iris().sourceGraph("ca-si"));
            assertEquals(alone.size(), after.size());
            assertTrue(
                    alone.isIsomorphicWith(after), "re-ingest leaves exactly what ingesting si_2024.csv alone leaves");
        }
    }

    @Test
    void standardsCountsMatchTheCsv() throws IOException {
        Path csv = BundledSources.extract("ca-ss", dir.resolve("in")).get(0);
        List<CSVRecord> rows = records(csv);
        try (Store store = Store.open(dir.resolve("store"), Iris.defaults())) {
            IngestReport report = ingest(store, new CanadaServiceStandardsSource(), csv);
            assertEquals(2343, report.rowsRead());
            Graph g = store.copyOf(store.iris().sourceGraph("ca-ss"));
            assertEquals(
                    rows.size(),
                    count(g, "SELECT (COUNT(?s) AS ?n) { ?svc gg:hasStandard ?s . ?s a gg:ServiceStandard }"));
            Map<String, Long> met = new HashMap<>();
            Set<String> services = new HashSet<>();
            rows.forEach(r -> {
                met.merge(r.get("target_met"), 1L, Long::sum);
                services.add(r.get("service_id"));
            });
            assertEquals(1001, services.size());
            assertEquals(services.size(), count(g, "SELECT (COUNT(DISTINCT ?svc) AS ?n) { ?svc gg:hasStandard ?s }"));
            assertEquals(met.get("Y"), count(g, "SELECT (COUNT(?s) AS ?n) { ?s gg:targetMet true }"));
            assertEquals(met.get("N"), count(g, "SELECT (COUNT(?s) AS ?n) { ?s gg:targetMet false }"));
            // Standard 2250 is published for two services of two departments: two standards, not one.
            assertEquals(2, count(g, "SELECT (COUNT(?s) AS ?n) { ?s a gg:ServiceStandard ; dct:identifier \"2250\" }"));
        }
    }

    /** Services whose latest year has at least one stage online and none offline, straight from the CSV. */
    private static long endToEndOnlineFromCsv(List<CSVRecord> rows) {
        Map<String, CSVRecord> latest = new HashMap<>();
        for (CSVRecord r : rows) {
            latest.merge(
                    r.get("service_id"), r, (a, b) -> b.get("fiscal_yr").compareTo(a.get("fiscal_yr")) > 0 ? b : a);
        }
        return latest.values().stream()
                .filter(r -> {
                    List<String> values = new ArrayList<>();
                    STAGES.forEach(c -> values.add(r.get(c)));
                    return values.contains("Y") && !values.contains("N");
                })
                .count();
    }

    static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }
}
