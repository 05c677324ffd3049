package org.govgraph.ingest.malaysia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.govgraph.ingest.BundledSources;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real PSDSP figures, ingested once into a TDB2 store on disk. */
class MalaysiaPsdspIT {
    private static final String PREFIXES = """
            PREFIX gg: <https://w3id.org/govgraph/ns#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
            """;

    @TempDir
    static Path temp;

    private static Store store;
    private static Path file;
    private static IngestReport report;

    @BeforeAll
    static void ingestTheFigures() {
        file = BundledSources.extract(MalaysiaPsdspSource.ID, temp).get(0);
        store = Store.open(temp.resolve("store"), Iris.defaults());
        report = new IngestRunner(store).run(new MalaysiaPsdspSource(), List.of(file), IngestOptions.defaults());
        printThroughput();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyRowIsAnObservationAndNoneIsRejected() throws IOException {
        assertEquals(12, records().size());
        assertEquals(List.of(), report.rejections());
        assertEquals(12, report.rowsLoaded());
        assertEquals(
                List.of("12"),
                strings("SELECT (STR(COUNT(?o)) AS ?n) WHERE { ?o a qb:Observation ; qb:dataSet <"
                        + store.iris().id("cube", "my-psdsp").getURI() + "> }"));
    }

    @Test
    void givesTheServicesTotalTheEndToEndCountAndTheirShare() {
        BigDecimal total = actual("services_total");
        BigDecimal online = actual("services_e2e_online");
        assertEquals(0, total.compareTo(new BigDecimal(11169)));
        assertEquals(0, online.compareTo(new BigDecimal(6369)));
        assertEquals(0, actual("services_e2e_online_share").compareTo(new BigDecimal(57)));
        assertEquals(
                57,
                online.multiply(BigDecimal.valueOf(100))
                        .divide(total, 0, RoundingMode.HALF_UP)
                        .intValue(),
                "the published share agrees with the two counts");
    }

    @Test
    void holdsTheEightyPercentTargetForTheEndOf2022() {
        assertEquals(List.of("80 percent 2022-12-31"), strings("""
                SELECT (CONCAT(STR(xsd:integer(?v)), ' ', ?unit, ' ', STR(?d)) AS ?x) WHERE {
                  ?o gg:indicator <%s> ; gg:observationKind gg:Target ; gg:value ?v ; gg:unit ?unit ;
                     sdmx-dimension:refPeriod ?d }""".formatted(
                store.iris().indicator("my", "services_e2e_online_share").getURI())));
    }

    @Test
    void citesTheInterviewForEveryFigure() {
        assertEquals(
                List.of("12"),
                strings("SELECT (STR(COUNT(?o)) AS ?n) WHERE { ?o a qb:Observation ; "
                        + "dct:source/dct:bibliographicCitation \"" + MalaysiaPsdspSource.CITATION.replace("'", "\\'")
                        + "\" }"));
        assertTrue(report.written());
    }

    private static BigDecimal actual(String indicator) {
        List<String> values = strings(
                "SELECT (STR(?v) AS ?x) WHERE { ?o gg:indicator <%s> ; gg:observationKind gg:Actual ; gg:value ?v }"
                        .formatted(store.iris().indicator("my", indicator).getURI()));
        assertEquals(1, values.size(), indicator);
        return new BigDecimal(values.get(0));
    }

    /** Ingest time and triples per second, next to RIOT parsing the N-Triples of the same graph. */
    private static void printThroughput() {
        Graph graph = store.copyOf(store.iris().sourceGraph(MalaysiaPsdspSource.ID));
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, graph, Lang.NTRIPLES);
        byte[] bytes = nt.toByteArray();
        StreamRDFCounting counter = StreamRDFLib.count();
        long start = System.nanoTime();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.NTRIPLES).parse(counter);
        double riotSeconds = (System.nanoTime() - start) / 1e9;
        double ingestSeconds = report.elapsed().toNanos() / 1e9;
        System.out.printf(
                "THROUGHPUT %s: ingest %d rows -> %d triples in %.2f s (%.0f triples/s); "
                        + "RIOT parses the %d N-Triples (%d bytes) in %.3f s (%.0f triples/s)%n",
                MalaysiaPsdspSource.ID,
                report.rowsRead(),
                report.triples(),
                ingestSeconds,
                report.triples() / ingestSeconds,
                counter.countTriples(),
                bytes.length,
                riotSeconds,
                counter.countTriples() / riotSeconds);
    }

    private static List<CSVRecord> records() throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }

    private static List<String> strings(String select) {
        return store.read(() -> {
            try (QueryExecution q = QueryExecution.dataset(store.dataset())
                    .query(PREFIXES + select)
                    .build()) {
                List<String> out = new ArrayList<>();
                q.execSelect()
                        .forEachRemaining(row -> out.add(
                                row.get(row.varNames().next()).asLiteral().getLexicalForm()));
                return out;
            }
        });
    }
}
