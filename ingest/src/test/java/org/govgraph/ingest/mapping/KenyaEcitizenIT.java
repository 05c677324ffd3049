package org.govgraph.ingest.mapping;

import static org.govgraph.ingest.mapping.KenyaTestSupport.FILES;
import static org.govgraph.ingest.mapping.KenyaTestSupport.ID;
import static org.govgraph.ingest.mapping.KenyaTestSupport.PREFIXES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.govgraph.ingest.BundledSources;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.WebAddress;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real eCitizen snapshot, ingested once into a TDB2 store on disk through its mapping
 * ({@code mappings/ke-ecitizen.yaml}), which replaced the adapter class: the same graph,
 * triple for triple, as that adapter wrote ({@code mapping/reference/ke-ecitizen-real.nt.gz}).
 */
class KenyaEcitizenIT {
    @TempDir
    static Path temp;

    private static Store store;
    private static Path folder;
    private static IngestReport report;

    @BeforeAll
    static void ingestTheSnapshot() throws IOException {
        folder = BundledSources.extract(ID, temp).get(0);
        store = Store.open(temp.resolve("store"), Iris.defaults());
        report = new IngestRunner(store).run(MappedSource.bundled(ID), List.of(folder), IngestOptions.defaults());
        printThroughput();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyRowIsLoadedAndNoneRejected() throws IOException {
        long rows = 0;
        for (String name : FILES) {
            rows += records(name).size();
        }
        assertEquals(List.of(), report.rejections());
        assertEquals(rows, report.rowsRead());
        assertEquals(rows, report.rowsLoaded());
        assertTrue(report.written());
    }

    @Test
    void holdsEveryServiceOnTheOnlineChannel() throws IOException {
        assertEquals(5489, records("services.csv").size());
        assertEquals(5489, count("?s a cpsv:PublicService"));
        assertEquals(
                5489, count("?s a cpsv:PublicService ; cv:hasChannel <https://w3id.org/govgraph/code/channel/ONL>"));
    }

    @Test
    void holdsMinistriesDepartmentsAndAgenciesInOneHierarchy() throws IOException {
        assertEquals(27, records("ministries.csv").size());
        assertEquals(54, records("departments.csv").size());
        assertEquals(286, records("agencies.csv").size());
        assertEquals(27 + 54 + 286, count("?o a cv:PublicOrganisation"));
        assertEquals(
                286,
                count("?a org:subOrganizationOf ?d . ?d org:subOrganizationOf ?m "
                        + "FILTER NOT EXISTS { ?m org:subOrganizationOf ?top }"),
                "every agency sits under one department under one ministry");
        assertEquals(
                54,
                count(
                        "?d org:subOrganizationOf ?m . ?m a cv:PublicOrganisation FILTER NOT EXISTS { ?m org:subOrganizationOf ?x }"));
    }

    @Test
    void ranksAgenciesByNumberOfServicesAsTheCatalogueDoes() throws IOException {
        Map<String, String> names = new HashMap<>();
        for (CSVRecord r : records("agencies.csv")) {
            names.put(r.get("agency_id"), r.get("agency_name"));
        }
        Map<String, Integer> perAgency = new HashMap<>();
        for (CSVRecord r : records("services.csv")) {
            perAgency.merge(r.get("agency_id"), 1, Integer::sum);
        }
        List<String> expected = perAgency.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(5)
                .map(e -> names.get(e.getKey()) + " " + e.getValue())
                .toList();

        List<String> ranked = strings("""
                SELECT (CONCAT(?name, ' ', STR(COUNT(?s))) AS ?x) WHERE {
                  ?s a cpsv:PublicService ; cv:hasCompetentAuthority ?a . ?a skos:prefLabel ?name ; dct:identifier ?id }
                GROUP BY ?a ?name ?id ORDER BY DESC(COUNT(?s)) ?id LIMIT 5""");

        assertEquals(expected, ranked);
        assertEquals("Kenya Ports Authority 787", ranked.get(0));
    }

    @Test
    void keepsTheFiveUnusableServiceUrlsAsQualityNotesNotAsPages() throws IOException {
        Set<String> published = new TreeSet<>();
        for (CSVRecord r : records("services.csv")) {
            String url = r.get("service_url").strip();
            if (WebAddress.parse(url).isEmpty()) {
                published.add(url);
            }
        }
        assertEquals(
                Set.of(
                        "htpps://repository.mnu.ac.ke",
                        "ttps://kenyalaw.ecitizen.go.ke/services/1/apply",
                        "https://masomo.mut.ac .ke/",
                        "https://portal.mut.ac.k e/",
                        "https://.appointment.hudumakenya.go.ke/"),
                published);
        assertEquals(5489 - 5, count("?s a cpsv:PublicService ; foaf:page ?p"));
        List<String> notes =
                strings("SELECT ?t WHERE { ?s a cpsv:PublicService ; dqv:hasQualityAnnotation ?a . ?a oa:bodyValue ?t"
                        + " FILTER(!STRENDS(STR(?a), '/description')) }");
        assertEquals(5, notes.size());
        for (String url : published) {
            assertTrue(notes.stream().anyMatch(n -> n.contains("'" + url + "'")), url);
        }
        assertEquals(
                List.of(
                        "agency_url 'https:// www.chemsugar.co.ke' is not an absolute http(s) web address, so it is left out."),
                strings("SELECT ?t WHERE { ?o a cv:PublicOrganisation ; dqv:hasQualityAnnotation/oa:bodyValue ?t }"));
    }

    @Test
    void theGraphIsTheOneTheRetiredAdapterWrote() throws IOException {
        Graph reference = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
                KenyaEcitizenIT.class.getResourceAsStream("/mapping/reference/ke-ecitizen-real.nt.gz"))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(reference);
        }
        Graph mapped = store.copyOf(store.iris().sourceGraph(ID));
        KenyaTestSupport.removeCpsvApAdditions(mapped);
        assertEquals(41_506, reference.size());
        assertTrue(
                reference.isIsomorphicWith(mapped),
                "the mapping's graph differs from the adapter's: " + mapped.size() + " triples against "
                        + reference.size());
    }

    /** Ingest time and triples per second, next to RIOT parsing the N-Triples of the same graph. */
    private static void printThroughput() {
        Graph graph = store.copyOf(store.iris().sourceGraph(ID));
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, graph, Lang.NTRIPLES);
        byte[] bytes = nt.toByteArray();
        long readStart = System.nanoTime();
        MappedSource.bundled(ID).read(List.of(folder), new IngestContext(store.iris()));
        double readSeconds = (System.nanoTime() - readStart) / 1e9;
        StreamRDFCounting counter = StreamRDFLib.count();
        long start = System.nanoTime();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.NTRIPLES).parse(counter);
        double riotSeconds = (System.nanoTime() - start) / 1e9;
        double ingestSeconds = report.elapsed().toNanos() / 1e9;
        System.out.printf(
                "THROUGHPUT %s: ingest %d rows -> %d triples in %.2f s (%.0f triples/s; the adapter's read "
                        + "alone %.2f s); RIOT parses the %d N-Triples (%d bytes) in %.3f s (%.0f triples/s)%n",
                ID,
                report.rowsRead(),
                report.triples(),
                ingestSeconds,
                report.triples() / ingestSeconds,
                readSeconds,
                counter.countTriples(),
                bytes.length,
                riotSeconds,
                counter.countTriples() / riotSeconds);
    }

    private static List<CSVRecord> records(String name) throws IOException {
        try (Reader in = Files.newBufferedReader(folder.resolve(name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }

    private static long count(String pattern) {
        return StoreSelect.count(store, PREFIXES, pattern);
    }

    private static List<String> strings(String select) {
        return StoreSelect.strings(store, PREFIXES, select);
    }
}
