package org.govgraph.ingest.mapping;

import static org.govgraph.ingest.mapping.KenyaTestSupport.FILES;
import static org.govgraph.ingest.mapping.KenyaTestSupport.ID;
import static org.govgraph.ingest.mapping.KenyaTestSupport.PREFIXES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.Rejection;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.ingest.Sources;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kenya eCitizen mapping on a small folder: what it writes, and each way a row or a file is refused. */
class KenyaEcitizenMappingTest {
    @TempDir
    Path temp;

    private Path folder;
    private final Store store = Store.inMemory(Iris.defaults());
    private final Iris iris = store.iris();

    @BeforeEach
    void copyGoodFixture() throws IOException, URISyntaxException {
        Path good = Path.of(getClass().getResource("/kenya/good").toURI());
        folder = temp.resolve("ke");
        Files.createDirectories(folder);
        for (String name : FILES) {
            Files.copy(good.resolve(name), folder.resolve(name));
        }
    }

    private IngestReport ingest(IngestOptions options) {
        return new IngestRunner(store).run(MappedSource.bundled(ID), List.of(folder), options);
    }

    @Test
    void loadsEveryOrganisationAndServiceOfAGoodFolder() {
        IngestReport report = ingest(IngestOptions.defaults());

        assertEquals(List.of(), report.rejections());
        assertEquals(2 + 3 + 3 + 5, report.rowsRead());
        assertEquals(report.rowsRead(), report.rowsLoaded());
        assertTrue(report.written());
        assertEquals(5, count("?s a cpsv:PublicService"));
        assertEquals(8, count("?o a cv:PublicOrganisation, org:Organization"));
    }

    @Test
    void linksAgencyToDepartmentToMinistry() {
        ingest(IngestOptions.defaults());

        assertEquals(List.of("Ministry Of Health"), strings("""
                SELECT ?name WHERE {
                  ?s dct:identifier "s00000000003" ; cv:hasCompetentAuthority ?agency .
                  ?agency org:subOrganizationOf ?dept . ?dept org:subOrganizationOf ?ministry .
                  ?ministry skos:prefLabel ?name }"""));
        assertEquals(List.of("Pharmacy And Poisons Board"), strings("""
                SELECT ?name WHERE { ?s dct:identifier "s00000000003" ; cv:hasCompetentAuthority/skos:prefLabel ?name }"""));
    }

    @Test
    void describesAServiceWithTitlePageAndTheEcitizenPortalAsOnlineChannel() {
        ingest(IngestOptions.defaults());
        String s = "<" + iris.service("ke", "s00000000001").getURI() + ">";

        assertEquals(
                List.of("Registration Of Medical Practitioners@en"),
                strings("SELECT (CONCAT(STR(?t), '@', LANG(?t)) AS ?x) WHERE { " + s + " dct:title ?t }"));
        assertEquals(
                List.of("Register to practise medicine in Kenya."),
                strings("SELECT ?d WHERE { " + s + " dct:description ?d }"));
        assertEquals(
                List.of("https://kmpdc.ecitizen.go.ke/register"),
                strings("SELECT (STR(?p) AS ?x) WHERE { " + s + " foaf:page ?p }"));
        assertEquals(
                List.of("https://w3id.org/govgraph/code/channel/ONL"),
                strings("SELECT (STR(?c) AS ?x) WHERE { " + s + " cv:hasChannel ?c }"));
        assertEquals(List.of("eCitizen https://ecitizen.go.ke/"), strings("""
                SELECT (CONCAT(STR(?t), ' ', STR(?h)) AS ?x) WHERE {
                  %s dct:relation ?portal . ?portal a cv:Channel ; dct:title ?t ; foaf:homepage ?h ;
                  dct:type <https://w3id.org/govgraph/code/channel/ONL> }""".formatted(s)));
        assertEquals(0, count("?s dct:description \"\"@en"), "an empty description is absent, not empty text");
    }

    @Test
    void keepsAServiceWhoseUrlIsNotAWebAddressAndAnnotatesTheUrlInstead() {
        IngestReport report = ingest(IngestOptions.defaults());
        String s = "<" + iris.service("ke", "s00000000002").getURI() + ">";

        assertTrue(report.rejections().isEmpty());
        assertEquals(0, count(s + " foaf:page ?p"));
        List<String> notes = strings(
                "SELECT ?text WHERE { " + s + " dqv:hasQualityAnnotation ?a . ?a oa:bodyValue ?text ; oa:hasTarget " + s
                        + " FILTER(!STRENDS(STR(?a), '/description')) }");
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("htpps://kmpdc.ecitizen.go.ke/renew"), notes.get(0));
        String agency = "<" + iris.organisation("ke", "a00000000002").getURI() + ">";
        assertEquals(0, count(agency + " foaf:homepage ?h"), "'https:// www...' has a space in the host");
        assertEquals(1, count(agency + " dqv:hasQualityAnnotation ?a"));
    }

    @Test
    void aMissingFileStopsTheRunNamingTheFile() throws IOException {
        Files.delete(folder.resolve("departments.csv"));

        SourceFormatException e = assertThrows(SourceFormatException.class, () -> ingest(IngestOptions.defaults()));
        assertTrue(e.getMessage().contains(folder.resolve("departments.csv").toString()), e.getMessage());
        assertTrue(store.release().isEmpty(), "nothing was written");
    }

    @Test
    void aMissingRequiredColumnStopsTheRunNamingFileAndColumn() throws IOException {
        rewrite("services.csv", "agency_id,", "agency,");

        SourceFormatException e = assertThrows(SourceFormatException.class, () -> ingest(IngestOptions.defaults()));
        assertTrue(e.getMessage().startsWith(folder.resolve("services.csv") + ":1:"), e.getMessage());
        assertTrue(
                e.getMessage().contains("missing required column agency_id (the header has: service_id, agency,"),
                e.getMessage());
    }

    @Test
    void aServiceOfAnUnknownAgencyIsRejectedAtTheAgencyColumnAndNothingIsWritten() throws IOException {
        ingest(IngestOptions.defaults());
        Graph before = store.copyOf(iris.sourceGraph(ID));
        String releaseBefore = store.release().orElseThrow();
        append(
                "services.csv",
                "s00000000006,a0000000009f,d00000000001,m00000000001,Orphan Service,https://example.org/,,\n");

        IngestReport report = ingest(IngestOptions.defaults());

        assertEquals(
                List.of(new Rejection(
                                folder.resolve("services.csv"),
                                7,
                                2,
                                "agency_id 'a0000000009f' is not a agency of agencies.csv")
                        .toString()),
                report.rejections().stream().map(Rejection::toString).toList());
        assertEquals(report.rowsRead(), report.rowsLoaded() + report.rowsRejected());
        assertFalse(report.written());
        assertEquals(1, report.exitStatus());
        assertEquals(releaseBefore, store.release().orElseThrow());
        assertTrue(before.isIsomorphicWith(store.copyOf(iris.sourceGraph(ID))), "the store is unchanged");
    }

    @Test
    void aDuplicateServiceIdIsRejectedNamingTheFirstLine() throws IOException {
        append("services.csv", "s00000000004,a00000000003,d00000000002,m00000000002,Another Title,,,\n");

        IngestReport report = ingest(new IngestOptions(true, m -> {}));

        assertEquals(1, report.rowsRejected());
        Rejection r = report.rejections().get(0);
        assertEquals(7, r.line());
        assertEquals(1, r.column());
        assertEquals("duplicate service_id 's00000000004' (first at line 5)", r.reason());
        assertEquals(List.of("Purchase Of Statistical Abstract, 2025"), strings("""
                SELECT ?t WHERE { ?s dct:identifier "s00000000004" ; dct:title ?t }"""), "the first row is kept");
        assertEquals(report.rowsRead(), report.rowsLoaded() + report.rowsRejected());
    }

    @Test
    void aServiceWhoseDepartmentContradictsItsAgencyIsRejectedAtTheDepartmentColumn() throws IOException {
        append("services.csv", "s00000000006,a00000000003,d00000000001,m00000000002,Misfiled Service,,,\n");

        IngestReport report = ingest(new IngestOptions(true, m -> {}));

        Rejection r = report.rejections().get(0);
        assertEquals(3, r.column());
        assertTrue(
                r.reason().startsWith("department_id 'd00000000001' differs from that of agency a00000000003"),
                r.reason());
        assertEquals(5, count("?s a cpsv:PublicService"), "the other services are written with --allow-rejects");
    }

    @Test
    void anAgencyOfAnUnknownDepartmentIsRejectedAndSoAreItsServices() throws IOException {
        rewrite(
                "agencies.csv",
                "a00000000003,h00000000003,m00000000002,d00000000002",
                "a00000000003,h00000000003,m00000000002,d0000000000x");

        IngestReport report = ingest(new IngestOptions(true, m -> {}));

        List<String> reasons = report.rejections().stream()
                .map(r -> r.file().getFileName() + ":" + r.line() + ":" + r.column() + ": " + r.reason())
                .toList();
        assertEquals(
                List.of(
                        "agencies.csv:4:4: department_id 'd0000000000x' is not a department of departments.csv",
                        "services.csv:5:2: agency_id 'a00000000003' refers to the agency at agencies.csv line 4, which was rejected",
                        "services.csv:6:2: agency_id 'a00000000003' refers to the agency at agencies.csv line 4, which was rejected"),
                reasons);
    }

    @Test
    void anEmptyNameIsRejectedAtItsColumn() throws IOException {
        rewrite("ministries.csv", "m00000000002,The National Treasury,", "m00000000002, ,");

        IngestReport report = ingest(IngestOptions.defaults());

        Rejection first = report.rejections().stream()
                .filter(r -> r.file().getFileName().toString().equals("ministries.csv"))
                .findFirst()
                .orElseThrow();
        assertEquals(3, first.line());
        assertEquals(2, first.column());
        assertEquals("ministry_name is required but empty", first.reason());
        assertEquals(
                1 + 2 + 1 + 2, report.rowsRejected(), "its departments, their agency and its services follow it out");
    }

    @Test
    void providesTheFourCsvFilesForProvenanceAndIsRegistered() {
        assertEquals(
                FILES.stream().map(folder::resolve).toList(),
                MappedSource.bundled(ID).inputFiles(List.of(folder)));
        assertTrue(Sources.byId(ID).orElseThrow() instanceof MappedSource);
    }

    @Test
    void theProvenanceRecordsTheBundledMappingByItsSha256() {
        ingest(IngestOptions.defaults());
        assertEquals(List.of(MappedSource.bundled(ID).mapping().sha256()), strings("""
                SELECT (LCASE(STR(?v)) AS ?x) WHERE { ?f dct:title "ke-ecitizen.yaml" ;
                  <http://spdx.org/rdf/terms#checksum>/<http://spdx.org/rdf/terms#checksumValue> ?v }"""));
    }

    @Test
    void theGraphIsTheOneTheRetiredAdapterWrote() {
        ingest(IngestOptions.defaults());
        Graph reference = org.apache.jena.riot.RDFParser.source(getClass()
                        .getResource("/mapping/reference/ke-ecitizen-good.nt")
                        .toString())
                .toGraph();
        assertEquals(101, reference.size());
        Graph written = store.copyOf(iris.sourceGraph(ID));
        KenyaTestSupport.removeCpsvApAdditions(written);
        assertTrue(reference.isIsomorphicWith(written));
    }

    @Test
    void aServiceWithoutADescriptionGetsOneDerivedFromItsAgencyMarkedAsDerived() {
        ingest(IngestOptions.defaults());
        List<String> derived = strings("""
                SELECT ?x WHERE { ?s dct:description ?x ; dqv:hasQualityAnnotation ?a .
                  ?a oa:bodyValue ?why FILTER(CONTAINS(?why, "derived")) }""");
        assertFalse(derived.isEmpty());
        assertTrue(
                derived.stream()
                        .allMatch(
                                d -> d.startsWith("Service of ") && d.endsWith(" offered on Kenya's eCitizen portal.")),
                derived.toString());
        assertEquals(
                0,
                count("?o a cv:PublicOrganisation FILTER NOT EXISTS { ?o dct:spatial <"
                        + iris.country("KEN").getURI() + "> }"));
    }

    @Test
    void anAgencyWhoseMinistryIsNotItsDepartmentsIsRejectedAtTheMinistryColumn() throws IOException {
        rewrite(
                "agencies.csv",
                "a00000000003,h00000000003,m00000000002,d00000000002",
                "a00000000003,h00000000003,m00000000001,d00000000002");

        IngestReport report = ingest(new IngestOptions(true, m -> {}));

        Rejection r = report.rejections().get(0);
        assertEquals("agencies.csv:4:3", r.file().getFileName() + ":" + r.line() + ":" + r.column());
        assertEquals(
                "ministry_id 'm00000000001' differs from that of department d00000000002 ('m00000000002' at"
                        + " departments.csv line 3)",
                r.reason());
    }

    private void rewrite(String file, String from, String to) throws IOException {
        Path p = folder.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "fixture holds " + from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private void append(String file, String line) throws IOException {
        Files.writeString(folder.resolve(file), line, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    private long count(String pattern) {
        return store.read(() -> {
            try (QueryExecution q = QueryExecution.dataset(store.dataset())
                    .query(PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }")
                    .build()) {
                return q.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private List<String> strings(String select) {
        return store.read(() -> {
            try (QueryExecution q = QueryExecution.dataset(store.dataset())
                    .query(PREFIXES + select)
                    .build()) {
                List<String> out = new java.util.ArrayList<>();
                q.execSelect().forEachRemaining((QuerySolution row) -> {
                    var v = row.get(row.varNames().next());
                    out.add(v.isLiteral() ? v.asLiteral().getLexicalForm() : v.toString());
                });
                return out;
            }
        });
    }
}
