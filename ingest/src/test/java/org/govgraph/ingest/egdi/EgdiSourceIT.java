package org.govgraph.ingest.egdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Ingests every bundled UN E-Government Survey file into TDB2 on disk and checks what a user would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EgdiSourceIT {
    private static final String PREFIXES = """
            PREFIX gg: <https://w3id.org/govgraph/ns#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX dqv: <http://www.w3.org/ns/dqv#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    /** 2010: published with an EGDI of 0 for want of an HCI. */
    private static final Set<String> NO_HCI_2010 =
            Set.of("KIR", "MHL", "FSM", "MCO", "NRU", "PRK", "SOM", "TUV", "SMR");
    /** 2012: not assessed. */
    private static final Set<String> NOT_ASSESSED_2012 = Set.of("LBY", "CAF", "GIN");

    Store store;
    IngestReport report;
    List<Path> files;

    @BeforeAll
    void ingestTheRealFiles(@TempDir Path dir) throws IOException {
        files = BundledSources.extract(EgdiSource.ID, dir.resolve("inputs"));
        store = Store.open(dir.resolve("store"), Iris.defaults());
        long t0 = System.nanoTime();
        report = new IngestRunner(store)
                .run(
                        new EgdiSource(),
                        files,
                        new IngestOptions(
                                true,
                                phase -> System.out.printf(
                                        "un-egdi: %.0f ms: %s%n", (System.nanoTime() - t0) / 1e6, phase)));
        long ingestNanos = System.nanoTime() - t0;

        Graph graph = store.copyOf(store.iris().sourceGraph(EgdiSource.ID));
        Path nt = dir.resolve("un-egdi.nt");
        try (OutputStream out = Files.newOutputStream(nt)) {
            RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        }
        long t1 = System.nanoTime();
        StreamRDFCounting counter = StreamRDFLib.count();
        RDFParser.source(nt).lang(Lang.NTRIPLES).parse(counter);
        long parseNanos = System.nanoTime() - t1;
        System.out.printf(
                "un-egdi: %d rows read, %d loaded, %d rejected; %d triples ingested in %.0f ms (%.0f triples/s); "
                        + "RIOT parses the %d N-Triples (%d bytes) in %.0f ms (%.0f triples/s)%n",
                report.rowsRead(),
                report.rowsLoaded(),
                report.rowsRejected(),
                report.triples(),
                ingestNanos / 1e6,
                report.triples() / (ingestNanos / 1e9),
                counter.countTriples(),
                Files.size(nt),
                parseNanos / 1e6,
                counter.countTriples() / (parseNanos / 1e9));
        report.rejections().forEach(r -> System.out.println("un-egdi reject: " + r));
    }

    @AfterAll
    void close() {
        store.close();
    }

    /** Every edition of the survey, each with a UN Data Center export among the bundled files. */
    private static final List<Integer> EDITIONS =
            List.of(2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024);

    @Test
    void everyEditionHasAnObservationPerSurveyedCountryOfItsExport() throws IOException {
        for (int year : EDITIONS) {
            List<CSVRecord> rows = records(export(year), ',');
            long expected =
                    rows.stream().filter(r -> !notSurveyed(r) && !outOfRange(r)).count();
            assertEquals(
                    expected,
                    count("SELECT (COUNT(?o) AS ?n) { ?o sdmx-dimension:refPeriod \"" + year + "\"^^xsd:gYear }"),
                    "observations in " + year);
            assertTrue(expected >= 189, year + ": " + expected);
        }
    }

    @Test
    void theCountriesThatDidNotExistYetAreListedAsNotSurveyedAndNothingElse() throws IOException {
        List<String> expected = new ArrayList<>();
        for (int year : EDITIONS) {
            for (CSVRecord r : records(export(year), ',')) {
                if (notSurveyed(r)) {
                    expected.add(year + " " + r.get(1).strip());
                }
            }
        }
        assertEquals(
                List.of(
                        "2003 Montenegro",
                        "2003 South Sudan",
                        "2004 Montenegro",
                        "2004 South Sudan",
                        "2005 Montenegro",
                        "2005 South Sudan",
                        "2008 South Sudan",
                        "2010 South Sudan"),
                expected);
        // The same eight from the exports, and South Sudan 2010 again from egdi-2010.csv (all blank).
        assertEquals(expected.size() + 1, report.rowsSkipped());
        assertTrue(
                report.skipped().stream().allMatch(s -> s.reason().startsWith("not surveyed: ")),
                report.skipped().toString());
        assertEquals(
                0,
                count("SELECT (COUNT(*) AS ?n) { ?o sdmx-dimension:refArea <"
                        + store.iris().country("SSD")
                        + "> ; sdmx-dimension:refPeriod ?y FILTER(?y <= \"2010\"^^xsd:gYear) }"));
        assertEquals(
                3,
                count(
                        "SELECT (COUNT(*) AS ?n) { ?o sdmx-dimension:refArea <"
                                + store.iris().country("SSD")
                                + "> ; sdmx-dimension:refPeriod ?y FILTER(?y >= \"2012\"^^xsd:gYear && ?y <= \"2016\"^^xsd:gYear) }"));
    }

    @Test
    void onlyThe2003HumanCapitalIndicesAboveOneAreRejectedAndTheRowsAddUp() {
        assertEquals(
                List.of(
                        "EGOV_DATA_2003.csv:34:7: HCI must be between 0 and 1, not 1.422",
                        "EGOV_DATA_2003.csv:170:7: HCI must be between 0 and 1, not 1.03"),
                report.rejections().stream().map(EgdiIngest::shortForm).toList());
        assertEquals(193 + 17 * 193, report.rowsRead(), "the countries table and 17 survey files");
        assertEquals(report.rowsRead(), report.rowsLoaded() + report.rowsSkipped() + report.rowsRejected());
    }

    @Test
    void malaysiasEgdiAndRankInEveryRecentEditionAndItsOsiRankOf24In2020() {
        assertEquals(List.of("0.7174 48 gg:High"), egdi(2018, "MYS"));
        assertEquals(List.of("0.7892 47 gg:VeryHigh"), egdi(2020, "MYS"));
        assertEquals(List.of("0.774 53 gg:VeryHigh"), egdi(2022, "MYS"));
        assertEquals(List.of("0.81114 57 gg:VeryHigh"), egdi(2024, "MYS"));
        assertEquals(
                24,
                count("SELECT (MAX(?r) AS ?n) { <" + store.iris().observation("egdi", "2020", "MYS")
                        + "> gg:osiRank ?r }"));
        assertEquals(
                193,
                count("SELECT (COUNT(?v) AS ?n) { ?o sdmx-dimension:refPeriod \"2020\"^^xsd:gYear ; gg:osi ?v }"),
                "ranked among 193");
    }

    @Test
    void theDerivedRanksAreWhatCountingHigherValuesInTheFileGives() throws IOException {
        for (int year : List.of(2003, 2020, 2024)) {
            List<CSVRecord> rows = records(export(year), ',');
            CSVRecord malaysia = rows.stream()
                    .filter(r -> r.get(1).strip().equals("Malaysia"))
                    .findFirst()
                    .orElseThrow();
            for (int column : List.of(4, 5, 6, 7)) {
                BigDecimal mine = new BigDecimal(malaysia.get(column));
                long higher = rows.stream()
                        .filter(r -> !notSurveyed(r) && !outOfRange(r) && !placeholderZero(r, column))
                        .filter(r -> new BigDecimal(r.get(column)).compareTo(mine) > 0)
                        .count();
                String property =
                        List.of("epiRank", "osiRank", "hciRank", "tiiRank").get(column - 4);
                assertEquals(
                        higher + 1,
                        count("SELECT (MAX(?r) AS ?n) { <"
                                + store.iris().observation("egdi", Integer.toString(year), "MYS") + "> gg:" + property
                                + " ?r }"),
                        year + " " + property);
            }
        }
    }

    @Test
    void theEditionsPlaceholdersHaveNoEgdiButAnAnnotation() throws IOException {
        for (int year : EDITIONS) {
            Set<String> expected = new TreeSet<>();
            for (CSVRecord r : records(export(year), ',')) {
                if (!notSurveyed(r) && !outOfRange(r) && new BigDecimal(r.get(3)).signum() == 0) {
                    expected.add(r.get(1).strip());
                }
            }
            assertEquals(expected.size(), annotated(year).size(), year + ": " + expected + " vs " + annotated(year));
        }
        assertEquals(new TreeSet<>(NO_HCI_2010), annotated(2010));
        assertEquals(new TreeSet<>(NOT_ASSESSED_2012), annotated(2012));
        assertEquals(
                List.of(17, 13, 12, 10),
                List.of(
                        annotated(2003).size(),
                        annotated(2004).size(),
                        annotated(2005).size(),
                        annotated(2008).size()));
        assertEquals(
                0,
                count("SELECT (COUNT(*) AS ?n) { ?o a qb:Observation ; dqv:hasQualityAnnotation [] ; "
                        + "sdmx-dimension:refPeriod ?y . FILTER(?y > \"2012\"^^xsd:gYear) }"),
                "later editions are consistent");
        assertEquals(
                0,
                count("SELECT (COUNT(*) AS ?n) { ?o dqv:hasQualityAnnotation [] . "
                        + "{ ?o gg:egdi [] } UNION { ?o gg:egdiRank [] } UNION { ?o gg:egdiGroup [] } }"));
    }

    @Test
    void aZeroBesideARealEgdiIsKeptAsMeasured() {
        assertEquals(
                List.of(BigDecimal.ZERO),
                select1("SELECT ?v { <" + store.iris().observation("egdi", "2024", "ERI") + "> gg:osi ?v }").stream()
                        .map(v -> new BigDecimal(v).stripTrailingZeros())
                        .toList());
        assertEquals(
                List.of("0.15762"),
                select1("SELECT ?v { <" + store.iris().observation("egdi", "2024", "ERI") + "> gg:egdi ?v }"));
    }

    @Test
    void noObservationAnywhereHasAnEgdiOfZero() {
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) { ?o gg:egdi ?v FILTER(?v = 0) }"));
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) { ?o gg:egdi ?v FILTER NOT EXISTS { ?o gg:egdiGroup [] } }"));
    }

    @Test
    void theUnExportIsMatchedToTheCodedCountries() {
        assertEquals(
                193,
                count("SELECT (COUNT(*) AS ?n) { ?o sdmx-dimension:refPeriod \"2022\"^^xsd:gYear ; "
                        + "sdmx-dimension:refArea ?c . ?c skos:notation [] }"));
        assertTrue(labels("TUR").contains("Türkiye"));
        assertFalse(labels("TUR").isEmpty());
    }

    private Path export(int year) {
        return input("EGOV_DATA_" + year + ".csv");
    }

    /** A row of zeros or blanks with no rank: a country the edition lists before it existed. */
    private static boolean notSurveyed(CSVRecord r) {
        if (!r.get(2).isBlank()) {
            return false;
        }
        for (int i = 3; i <= 7; i++) {
            if (!r.get(i).isBlank() && new BigDecimal(r.get(i)).signum() != 0) {
                return false;
            }
        }
        return true;
    }

    /** A row with an index above 1, which the shapes reject. */
    private static boolean outOfRange(CSVRecord r) {
        for (int i = 3; i <= 7; i++) {
            if (!r.get(i).isBlank() && new BigDecimal(r.get(i)).compareTo(BigDecimal.ONE) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A zero in {@code column} beside an EGDI of zero: a placeholder, not ranked. */
    private static boolean placeholderZero(CSVRecord r, int column) {
        return new BigDecimal(r.get(3)).signum() == 0 && new BigDecimal(r.get(column)).signum() == 0;
    }

    /** The data records of a file, read with Commons CSV, independently of the adapter. */
    private static List<CSVRecord> records(Path file, char delimiter) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter)
                    .setSkipHeaderRecord(true)
                    .setHeader()
                    .get()
                    .parse(in)) {
                out.add(r);
            }
            return out;
        }
    }

    private List<String> select1(String query) {
        List<String> out = new ArrayList<>();
        select(query, s -> out.add(s.get(s.varNames().next()).asLiteral().getLexicalForm()));
        return out;
    }

    private Path input(String name) {
        return files.stream()
                .filter(f -> f.getFileName().toString().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Records with any non-blank field, counted with Commons CSV, independently of the adapter. */
    private static long dataRows(Path file, char delimiter) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long n = 0;
            boolean header = true;
            for (CSVRecord r :
                    CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(in)) {
                if (header) {
                    header = false;
                } else if (r.stream().anyMatch(f -> !f.isBlank())) {
                    n++;
                }
            }
            return n;
        }
    }

    private List<String> egdi(int year, String iso3) {
        List<String> out = new ArrayList<>();
        select(
                "SELECT ?v ?r ?g { <" + store.iris().observation("egdi", Integer.toString(year), iso3)
                        + "> gg:egdi ?v ; gg:egdiRank ?r ; gg:egdiGroup ?g }",
                s -> out.add(s.getLiteral("v").getLexicalForm() + " "
                        + s.getLiteral("r").getLexicalForm() + " gg:"
                        + s.getResource("g").getLocalName()));
        return out;
    }

    private Set<String> annotated(int year) {
        Set<String> out = new TreeSet<>();
        select(
                "SELECT ?code { ?o sdmx-dimension:refPeriod \"" + year + "\"^^xsd:gYear ; sdmx-dimension:refArea ?c ; "
                        + "dqv:hasQualityAnnotation ?a . ?a a dqv:QualityAnnotation, oa:Annotation ; oa:hasTarget ?o ; "
                        + "oa:motivatedBy dqv:qualityAssessment ; oa:bodyValue ?why . ?c skos:notation ?code "
                        + "FILTER NOT EXISTS { ?o gg:egdi [] } }",
                s -> out.add(s.getLiteral("code").getString()));
        return out;
    }

    private Set<String> labels(String iso3) {
        Set<String> out = new TreeSet<>();
        select(
                "SELECT ?l { <" + store.iris().country(iso3) + "> skos:prefLabel|skos:altLabel ?l }",
                s -> out.add(s.getLiteral("l").getString()));
        return out;
    }

    private long count(String query) {
        long[] n = new long[1];
        select(query, s -> n[0] = s.getLiteral("n").getLong());
        return n[0];
    }

    private void select(String query, java.util.function.Consumer<QuerySolution> each) {
        store.read(() -> {
            try (QueryExecution qe = QueryExecution.create(PREFIXES + query, store.dataset())) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(each);
            }
            return null;
        });
    }
}
