package org.govgraph.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryExecution;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.Provenance;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inventory no adapter was written for, onboarded from a mapping file alone: a
 * Malaysian-style table in Malay, with {@code Ya}/{@code Tidak}/{@code TB} stage codes.
 * The expected figures are counted from the CSV with Commons CSV, not through the mapping.
 */
class MalaysianInventoryMappingTest {
    private static final String PREFIXES = """
            PREFIX cpsv: <http://purl.org/vocab/cpsv#>
            PREFIX cv: <http://data.europa.eu/m8g/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX gg: <https://w3id.org/govgraph/ns#>
            """;
    private static final List<String> STAGE_COLUMNS = List.of(
            "Pendaftaran Akaun",
            "Pengesahan Identiti",
            "Permohonan",
            "Keputusan",
            "Pengeluaran",
            "Aduan dan Maklum Balas");

    @TempDir
    Path dir;

    Path table;
    Path mapping;
    final Store store = Store.inMemory(Iris.defaults());

    @BeforeEach
    void copy() throws IOException, URISyntaxException {
        Path fixtures = Path.of(getClass().getResource("/mapping/malaysia").toURI());
        table = Files.copy(fixtures.resolve("inventori-perkhidmatan.csv"), dir.resolve("inventori-perkhidmatan.csv"));
        mapping = Files.copy(fixtures.resolve("inventori.yaml"), dir.resolve("inventori.yaml"));
    }

    private IngestReport ingest() {
        return new IngestRunner(store)
                .run(MappedSource.fromFile("my-inventori", mapping), List.of(table), IngestOptions.defaults());
    }

    @Test
    void everyRowBecomesAServiceOfItsAgencyUnderItsMinistry() throws IOException {
        List<CSVRecord> rows = records();
        IngestReport report = ingest();
        assertEquals(List.of(), report.rejections());
        assertTrue(rows.size() >= 30, "a fixture of 30 or more rows");
        assertEquals(rows.size(), report.rowsLoaded());
        assertEquals(rows.size(), count("?s a cpsv:PublicService"));
        long agencies = rows.stream().map(r -> r.get("Kod Agensi")).distinct().count();
        long ministries =
                rows.stream().map(r -> r.get("Kod Kementerian")).distinct().count();
        assertEquals(agencies + ministries, count("?o a cv:PublicOrganisation"));
        assertEquals(agencies, count("?o org:subOrganizationOf ?m"));
        assertEquals(List.of("Jabatan Imigresen Malaysia / Kementerian Dalam Negeri"), strings("""
                SELECT (CONCAT(STR(?a), ' / ', STR(?m)) AS ?x) WHERE {
                  ?s dct:identifier "JIM-001" ; cv:hasCompetentAuthority ?agency .
                  ?agency skos:prefLabel ?a ; org:subOrganizationOf/skos:prefLabel ?m }"""));
        assertEquals(
                List.of(
                        "en: Application for a Malaysian International Passport",
                        "ms: Permohonan Pasport Malaysia Antarabangsa"),
                strings("""
                SELECT (CONCAT(LANG(?t), ': ', STR(?t)) AS ?x) WHERE { ?s dct:identifier "JIM-001" ; dct:title ?t }
                ORDER BY ?x"""));
    }

    @Test
    void theOnlineRuleReadsYaTidakAndTb() throws IOException {
        List<CSVRecord> rows = records();
        ingest();
        long endToEnd = rows.stream()
                .filter(r -> STAGE_COLUMNS.stream().noneMatch(c -> r.get(c).equals("Tidak"))
                        && STAGE_COLUMNS.stream().anyMatch(c -> r.get(c).equals("Ya")))
                .count();
        assertEquals(endToEnd, count("?s gg:endToEndOnline true"));
        assertEquals(rows.size() - endToEnd, count("?s gg:endToEndOnline false"));
        long notApplicable = rows.stream()
                .mapToLong(r -> STAGE_COLUMNS.stream()
                        .filter(c -> r.get(c).equals("TB"))
                        .count())
                .sum();
        assertEquals(notApplicable, count("?s gg:onlineStage [ gg:status gg:NotApplicable ]"));
        assertEquals(
                List.of("https://w3id.org/govgraph/code/channel/ONL", "https://w3id.org/govgraph/code/channel/PERSON"),
                strings(
                        "SELECT (STR(?c) AS ?x) WHERE { ?s dct:identifier \"JIM-001\" ; cv:hasChannel ?c } ORDER BY ?x"));
    }

    @Test
    void anUnknownStageCodeRejectsTheRowAtItsColumn() throws IOException {
        Files.writeString(
                table,
                Files.readString(table)
                        .replace(
                                "JPJ-003,Semakan Saman Trafik,Traffic Summons Check,JPJ,"
                                        + "Jabatan Pengangkutan Jalan,KPT,Kementerian Pengangkutan,Dalam Talian,Maklumat,https://www.jpj.gov.my/,Ya,",
                                "JPJ-003,Semakan Saman Trafik,Traffic Summons Check,JPJ,"
                                        + "Jabatan Pengangkutan Jalan,KPT,Kementerian Pengangkutan,Dalam Talian,Maklumat,https://www.jpj.gov.my/,Y,"));
        IngestReport report = ingest();
        assertEquals(
                List.of("inventori-perkhidmatan.csv:18:11: Pendaftaran Akaun must be Ya (online), Tidak (offline)"
                        + " or TB (not applicable), not 'Y'"),
                report.rejections().stream()
                        .map(r -> r.file().getFileName() + ":" + r.line() + ":" + r.column() + ": " + r.reason())
                        .toList());
        assertEquals(1, report.exitStatus(), "nothing is written");
        assertTrue(store.release().isEmpty());
    }

    @Test
    void theProvenanceRecordsTheMappingFileWithTheTable() {
        MappedSource source = MappedSource.fromFile("my-inventori", mapping);
        assertEquals(List.of(table, mapping), source.inputFiles(List.of(table)));
        assertEquals(Provenance.describe(mapping).sha256(), source.mapping().sha256());
    }

    private List<CSVRecord> records() throws IOException {
        try (Reader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }

    private long count(String pattern) {
        return Long.parseLong(strings("SELECT (STR(COUNT(*)) AS ?n) WHERE { " + pattern + " }")
                .get(0));
    }

    private List<String> strings(String select) {
        return store.read(() -> {
            try (QueryExecution q = QueryExecution.dataset(store.dataset())
                    .query(PREFIXES + select)
                    .build()) {
                List<String> out = new java.util.ArrayList<>();
                q.execSelect()
                        .forEachRemaining(s ->
                                out.add(s.get(s.varNames().next()).asLiteral().getLexicalForm()));
                return out;
            }
        });
    }
}
