package org.govgraph.ingest.malaysia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.Rejection;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.ingest.Sources;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.model.vocab.GG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MalaysiaPsdspSourceTest {
    private static final String PREFIXES = """
            PREFIX gg: <https://w3id.org/govgraph/ns#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
            """;

    @TempDir
    Path temp;

    private final Store store = Store.inMemory(Iris.defaults());

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(
                MalaysiaPsdspSourceTest.class.getResource("/malaysia/" + name).toURI());
    }

    private IngestReport ingest(Path file, boolean allowRejects) {
        return new IngestRunner(store)
                .run(new MalaysiaPsdspSource(), List.of(file), new IngestOptions(allowRejects, m -> {}));
    }

    @Test
    void eachRowIsAnObservationOfTheDataSetWithKindValueUnitAndDate() throws Exception {
        IngestReport report = ingest(fixture("psdsp-good.csv"), false);

        assertTrue(report.written());
        assertEquals(4, report.rowsLoaded());
        assertEquals(
                List.of(
                        "actual 57 percent 2021-07-31 http://www.w3.org/2001/XMLSchema#date",
                        "target 80 percent 2022-12-31 http://www.w3.org/2001/XMLSchema#date"),
                strings("""
                        SELECT (CONCAT(LCASE(STRAFTER(STR(?kind), '#')), ' ', STR(<http://www.w3.org/2001/XMLSchema#integer>(?v)), ' ', ?unit, ' ', STR(?d), ' ', STR(DATATYPE(?d))) AS ?x)
                        WHERE { ?o a qb:Observation ; qb:dataSet <%s> ;
                                   gg:indicator/skos:prefLabel "Share of services that are end-to-end online"@en ;
                                   gg:observationKind ?kind ; gg:value ?v ; gg:unit ?unit ; sdmx-dimension:refPeriod ?d ;
                                   sdmx-dimension:refArea <%s> }
                        ORDER BY ?kind""".formatted(
                                store.iris().id("cube", "my-psdsp").getURI(),
                                store.iris().country("MYS").getURI())));
    }

    @Test
    void theDataSetStatesTheIndicatorStructureSoTheDataCubeConstraintsApplyToIt() throws Exception {
        ingest(fixture("psdsp-good.csv"), false);

        assertEquals(List.of(GG.indicatorStructure.getURI()), strings("""
                SELECT (STR(?s) AS ?x) WHERE { <%s> qb:structure ?s }""".formatted(
                        store.iris().id("cube", "my-psdsp").getURI())));
    }

    @Test
    void keepsDecimalsExactlyAndNamesIndicatorsInEnglishAndMalay() throws Exception {
        ingest(fixture("psdsp-good.csv"), false);

        assertEquals(List.of("170.17"), strings("""
                SELECT (STR(?v) AS ?x) WHERE { ?o gg:indicator <%s> ; gg:value ?v . FILTER(DATATYPE(?v) = <http://www.w3.org/2001/XMLSchema#decimal>) }""".formatted(
                        store.iris().indicator("my", "pilot_e2e_usage_increase").getURI())));
        assertEquals(List.of("en", "ms"), strings("""
                SELECT (LANG(?l) AS ?x) WHERE { <%s> a gg:Indicator ; skos:prefLabel ?l } ORDER BY ?x""".formatted(
                        store.iris().indicator("my", "services_total").getURI())));
    }

    @Test
    void recordsTheInterviewAsSourceAndTheNoteAsComment() throws Exception {
        ingest(fixture("psdsp-good.csv"), false);
        String obs = "<"
                + store.iris()
                        .observation("my-psdsp", "services_e2e_online_share", "actual")
                        .getURI() + ">";

        assertEquals(
                List.of(MalaysiaPsdspSource.CITATION),
                strings("SELECT ?c WHERE { " + obs + " dct:source/dct:bibliographicCitation ?c }"));
        assertEquals(List.of("6369 of 11169"), strings("SELECT ?c WHERE { " + obs + " rdfs:comment ?c }"));
        assertEquals(
                List.of("federal, state and local authority agencies"),
                strings("SELECT ?s WHERE { " + obs + " gg:scope ?s }"));
    }

    @Test
    void rejectsAnUnknownKindANonNumericValueADuplicateAndABadDateAtTheirColumns() throws Exception {
        Path file = fixture("psdsp-bad.csv");
        IngestReport report = ingest(file, false);

        assertEquals(
                List.of(
                        file + ":3:4: kind 'forecast' is neither actual nor target",
                        file + ":4:5: value is not a number: 'about 200'",
                        file + ":5:4: duplicate actual figure for indicator 'services_total' (first at line 2)",
                        file + ":6:7: ref_date '31/12/2022' is not a date (YYYY-MM-DD) or a year (YYYY)"),
                report.rejections().stream().map(Rejection::toString).toList());
        assertEquals(5, report.rowsRead());
        assertEquals(report.rowsRead(), report.rowsLoaded() + report.rowsRejected());
        assertFalse(report.written());
        assertTrue(store.release().isEmpty(), "nothing is written when rows are rejected");
    }

    @Test
    void aFailedRunLeavesTheEarlierReleaseUntouched() throws Exception {
        ingest(fixture("psdsp-good.csv"), false);
        Graph before = store.copyOf(store.iris().sourceGraph("my-psdsp"));

        ingest(fixture("psdsp-bad.csv"), false);

        assertTrue(before.isIsomorphicWith(store.copyOf(store.iris().sourceGraph("my-psdsp"))));
    }

    @Test
    void aLabelThatDiffersFromTheIndicatorsFirstRowIsRejected() throws Exception {
        Path file = temp.resolve("labels.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(fixture("psdsp-good.csv"), StandardCharsets.UTF_8));
        lines.set(3, lines.get(3).replace("Share of services that are end-to-end online", "Share of services online"));
        Files.write(file, lines, StandardCharsets.UTF_8);

        IngestReport report = ingest(file, true);

        assertEquals(1, report.rowsRejected());
        assertEquals(2, report.rejections().get(0).column());
        assertEquals(3, report.rowsLoaded());
    }

    @Test
    void aFileWithoutTheValueColumnCannotBeRead() throws Exception {
        Path file = temp.resolve("no-value.csv");
        Files.writeString(
                file, "indicator_id,label_en,label_ms,kind,unit,ref_date,scope,note\n", StandardCharsets.UTF_8);

        SourceFormatException e = assertThrows(SourceFormatException.class, () -> ingest(file, false));
        assertTrue(e.getMessage().startsWith(file + ":1:0: missing required column value"), e.getMessage());
    }

    @Test
    void isRegistered() {
        assertTrue(Sources.byId("my-psdsp").orElseThrow() instanceof MalaysiaPsdspSource);
    }

    private List<String> strings(String select) {
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
