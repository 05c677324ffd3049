package org.govgraph.release.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.model.store.Store;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.Prefixes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
    private static final Instant FIRST = Instant.parse("2025-01-10T09:00:00Z");
    private static final Instant SECOND = Instant.parse("2025-02-10T09:00:00Z");

    @TempDir
    Path downloads;

    Store store;
    Publisher publisher;

    @BeforeEach
    void setUp() {
        store = Store.inMemory(Iris.defaults());
        publisher = new Publisher(store, downloads);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void publishWritesTheDumpsAndTheTablesTheSourceHas() {
        Release egdi = Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);
        Release services = Fixtures.ingest(store, "ca-si", "ca-si.ttl", SECOND);

        publisher.publishAll();

        assertEquals(
                Set.of(
                        "un-egdi.ttl.gz",
                        "un-egdi.nt.gz",
                        "un-egdi.jsonld",
                        "egdi-observations.csv",
                        "egdi-observations.csv-metadata.json"),
                fileNames(dir(egdi)));
        assertEquals(
                Set.of("ca-si.ttl.gz", "ca-si.nt.gz", "ca-si.jsonld", "services.csv", "services.csv-metadata.json"),
                fileNames(dir(services)));
    }

    @Test
    void theCatalogChecksumAndByteSizeAreThoseOfTheBytesOnDisk() throws Exception {
        Release release = Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);
        publisher.publish("un-egdi");

        List<QuerySolution> rows = select("""
                SELECT ?url ?size ?sha ?media WHERE {
                  ?release dcat:distribution ?d ; gg:releaseId "%s" .
                  ?d dcat:downloadURL ?url ; dcat:byteSize ?size ; dcat:mediaType ?media ;
                     spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sha ] .
                }""".formatted(release.releaseId()));
        assertEquals(5, rows.size());
        for (QuerySolution row : rows) {
            String url = row.getResource("url").getURI();
            String prefix = "http://localhost:8080/download/un-egdi/" + release.releaseId() + "/";
            assertTrue(url.startsWith(prefix), url);
            byte[] bytes = Files.readAllBytes(dir(release).resolve(url.substring(prefix.length())));
            assertEquals(bytes.length, row.getLiteral("size").getLong(), url);
            assertEquals(Fixtures.sha256(bytes), row.getLiteral("sha").getLexicalForm(), url);
            assertTrue(row.getResource("media").getURI().startsWith("https://www.iana.org/assignments/media-types/"));
        }
    }

    @Test
    void publishingTwiceChangesNothing() throws Exception {
        Release release = Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);
        assertTrue(publisher.publish("un-egdi").orElseThrow().written());
        Graph catalogBefore = store.copyOf(store.iris().catalogGraph());
        Map<Path, FileTime> times = new HashMap<>();
        Map<Path, byte[]> bytes = new HashMap<>();
        for (Path f : files(dir(release))) {
            times.put(f, Files.getLastModifiedTime(f));
            bytes.put(f, Files.readAllBytes(f));
        }

        assertFalse(publisher.publish("un-egdi").orElseThrow().written());
        publisher.publishAll();

        assertTrue(catalogBefore.isIsomorphicWith(store.copyOf(store.iris().catalogGraph())));
        assertEquals(times.keySet(), Set.copyOf(files(dir(release))));
        for (Path f : times.keySet()) {
            assertEquals(times.get(f), Files.getLastModifiedTime(f), f.toString());
            assertArrayEquals(bytes.get(f), Files.readAllBytes(f), f.toString());
        }
    }

    @Test
    void aSecondReleaseGetsNewFilesAndPointsToThePreviousOne() throws Exception {
        Release first = Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);
        publisher.publish("un-egdi");
        byte[] firstDump = Files.readAllBytes(dir(first).resolve("un-egdi.nt.gz"));
        Graph changed = Fixtures.graph("un-egdi.ttl");
        changed.delete(changed.find(
                        null, org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/govgraph/ns#epi"), null)
                .toList()
                .get(0));
        Release second = Fixtures.ingest(store, "un-egdi", changed, SECOND);

        publisher.publish("un-egdi");

        assertTrue(Files.isRegularFile(dir(second).resolve("un-egdi.nt.gz")));
        assertArrayEquals(firstDump, Files.readAllBytes(dir(first).resolve("un-egdi.nt.gz")));
        List<QuerySolution> prev = select("""
                SELECT ?prev ?first ?version WHERE {
                  ?r gg:releaseId "%s" ; dcat:prev ?prev ; dcat:version ?version ; dcat:inSeries ?series .
                  ?series dcat:first ?first .
                }""".formatted(second.releaseId()));
        assertEquals(1, prev.size());
        String firstIri = store.iris().release("un-egdi", first.releaseId()).getURI();
        assertEquals(firstIri, prev.get(0).getResource("prev").getURI());
        assertEquals(firstIri, prev.get(0).getResource("first").getURI());
        assertEquals(second.releaseId(), prev.get(0).getLiteral("version").getLexicalForm());
        assertEquals(
                2,
                select("SELECT ?r WHERE { <" + store.iris().catalog().getURI() + "> dcat:dataset ?r ."
                                + " ?r dcat:inSeries ?s }")
                        .size());
    }

    @Test
    void csvNeutralisesFormulasButKeepsNegativeNumbers() throws Exception {
        Release egdi = Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);
        Release services = Fixtures.ingest(store, "ca-si", "ca-si.ttl", SECOND);
        publisher.publishAll();

        List<Map<String, String>> serviceRows = Csv.read(dir(services).resolve("services.csv"));
        Map<String, String> formula = serviceRows.stream()
                .filter(r -> r.get("id").equals("9999"))
                .findFirst()
                .orElseThrow();
        assertEquals("'=HYPERLINK(\"x\")", formula.get("title"));
        assertEquals("Agriculture and Agri-Food Canada", formula.get("organisation_name"));
        assertEquals("true", formula.get("end_to_end_online"));

        Map<String, String> mys2022 = row(Csv.read(dir(egdi).resolve("egdi-observations.csv")), "MYS", "2022");
        assertEquals("-0.5", mys2022.get("epi"));
        assertEquals("Malaysia", mys2022.get("country"));
        assertEquals("Asia", mys2022.get("region"));
        assertEquals("VeryHigh", mys2022.get("egdi_group"));
        assertEquals("53", mys2022.get("egdi_rank"));
    }

    @Test
    void absentValuesAreEmptyCellsNotZero() throws Exception {
        Release egdi = Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);
        Release services = Fixtures.ingest(store, "ca-si", "ca-si.ttl", SECOND);
        publisher.publishAll();

        Map<String, String> can2022 = row(Csv.read(dir(egdi).resolve("egdi-observations.csv")), "CAN", "2022");
        assertEquals("", can2022.get("hci"));
        assertEquals("0.8511", can2022.get("egdi"));
        Map<String, String> agriInvest = Csv.read(dir(services).resolve("services.csv")).stream()
                .filter(r -> r.get("id").equals("3595"))
                .findFirst()
                .orElseThrow();
        assertEquals("Online", agriInvest.get("stage_application"));
        assertEquals("Offline", agriInvest.get("stage_decision"));
        assertEquals("", agriInvest.get("stage_issuance"));
        assertEquals("false", agriInvest.get("end_to_end_online"));
    }

    @Test
    void csvwMetadataListsEveryColumnOfItsTable() throws Exception {
        Release egdi = Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);
        Release services = Fixtures.ingest(store, "ca-si", "ca-si.ttl", SECOND);
        publisher.publishAll();

        for (Path csv : List.of(
                dir(egdi).resolve("egdi-observations.csv"), dir(services).resolve("services.csv"))) {
            var metadata = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(csv.resolveSibling(csv.getFileName().toString().replace(".csv", ".csv-metadata.json"))
                            .toFile());
            assertEquals(csv.getFileName().toString(), metadata.get("url").asText());
            List<String> names = new ArrayList<>();
            for (var column : metadata.get("tableSchema").get("columns")) {
                names.add(column.get("name").asText());
                assertTrue(column.has("datatype"), column.toString());
                assertTrue(
                        column.has("propertyUrl")
                                || column.path("suppressOutput").asBoolean(),
                        column.toString());
            }
            assertEquals(Csv.header(csv), names);
        }
    }

    /** A service inventory whose organisation is in Canada, which the survey fixture describes. */
    private Release inventoryInCanada(Instant at) {
        Graph inventory = Fixtures.graph("ca-si.ttl");
        inventory.add(Triple.create(
                NodeFactory.createURI(store.iris().base() + "id/org/ca/aafc-aac"),
                DCTerms.spatial.asNode(),
                store.iris().country("CAN")));
        return Fixtures.ingest(store, "ca-si", inventory, at);
    }

    @Test
    void theDumpsAreTheSourceGraphFollowedByTheDescriptionsOfTheTermsItUses() throws Exception {
        Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);
        Release release = inventoryInCanada(SECOND);
        publisher.publish("ca-si");
        Graph source = store.copyOf(store.iris().sourceGraph("ca-si"));
        Graph ontology = store.copyOf(store.iris().ontologyGraph());
        Graph survey = store.copyOf(store.iris().sourceGraph("un-egdi"));
        Node canada = store.iris().country("CAN");

        Graph turtle = parse(dir(release).resolve("ca-si.ttl.gz"), Lang.TURTLE, true);
        source.find().forEachRemaining(t -> assertTrue(turtle.contains(t), "the source's " + t));
        // What the source uses: a stage of the code list with its scheme, the classes, and Canada.
        Node stage = NodeFactory.createURI("https://w3id.org/govgraph/code/stage/application");
        assertTrue(turtle.contains(stage, RDF.type.asNode(), SKOS.Concept.asNode()));
        Node scheme =
                ontology.find(stage, SKOS.inScheme.asNode(), Node.ANY).next().getObject();
        assertTrue(turtle.contains(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode()), "the stages' scheme");
        assertTrue(turtle.contains(GG.ServiceReport.asNode(), RDF.type.asNode(), OWL.Class.asNode()));
        survey.find(canada, Node.ANY, Node.ANY).forEachRemaining(t -> assertTrue(turtle.contains(t), "Canada: " + t));
        // ... and nothing it does not use: no other country, no observation, no other code list
        // (a triple with a blank node, an OWL list say, cannot be looked up by its node in another graph).
        turtle.find()
                .filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                .forEachRemaining(t -> assertTrue(
                        source.contains(t)
                                || ontology.contains(t)
                                || (t.getSubject().equals(canada) && survey.contains(t)),
                        "not used: " + t));
        assertFalse(turtle.contains(store.iris().country("MYS"), Node.ANY, Node.ANY));
        assertFalse(turtle.contains(
                NodeFactory.createURI("https://w3id.org/govgraph/code/channel/ONL"), Node.ANY, Node.ANY));

        assertTrue(
                turtle.isIsomorphicWith(parse(dir(release).resolve("ca-si.nt.gz"), Lang.NTRIPLES, true)), "N-Triples");
        assertTrue(turtle.isIsomorphicWith(parse(dir(release).resolve("ca-si.jsonld"), Lang.JSONLD, false)), "JSON-LD");
    }

    @Test
    void aLostDumpIsWrittenAgainByteForByte() throws Exception {
        Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);
        Release release = inventoryInCanada(SECOND);
        publisher.publish("ca-si");
        Map<Path, byte[]> published = new HashMap<>();
        for (Path f : files(dir(release))) {
            published.put(f, Files.readAllBytes(f));
        }
        // All three dumps: they carry the ontology's blank nodes (OWL lists), whose labels must come out the same.
        Files.delete(dir(release).resolve("ca-si.ttl.gz"));
        Files.delete(dir(release).resolve("ca-si.nt.gz"));
        Files.delete(dir(release).resolve("ca-si.jsonld"));

        assertFalse(
                new Publisher(store, downloads).publish("ca-si").orElseThrow().written());

        assertEquals(published.keySet(), Set.copyOf(files(dir(release))));
        for (Path f : published.keySet()) {
            assertArrayEquals(published.get(f), Files.readAllBytes(f), f.toString());
        }
    }

    @Test
    void aLostDumpWhoseTermsWereDescribedAnewIsNotReplacedByOtherBytes() throws Exception {
        Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);
        Release release = inventoryInCanada(SECOND);
        publisher.publish("ca-si");
        byte[] ntriples = Files.readAllBytes(dir(release).resolve("ca-si.nt.gz"));
        Graph renamed = Fixtures.graph("un-egdi.ttl");
        renamed.add(Triple.create(
                store.iris().country("CAN"),
                SKOS.altLabel.asNode(),
                NodeFactory.createLiteralLang("Dominion of Canada", "en")));
        Fixtures.ingest(store, "un-egdi", renamed, SECOND.plusSeconds(60));
        Files.delete(dir(release).resolve("ca-si.ttl.gz"));

        CatalogException e =
                assertThrows(CatalogException.class, () -> new Publisher(store, downloads).publish("ca-si"));

        assertTrue(
                e.getMessage().contains("ca-si.ttl.gz is missing and cannot be written again as it was"),
                e.getMessage());
        assertFalse(Files.exists(dir(release).resolve("ca-si.ttl.gz")), "no other bytes under the recorded checksum");
        assertArrayEquals(
                ntriples, Files.readAllBytes(dir(release).resolve("ca-si.nt.gz")), "the files left are untouched");
        try (Stream<Path> left = Files.list(downloads)) { // and no scratch folder
            assertEquals(
                    Set.of("ca-si"), left.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    @Test
    void aReleaseRecordsItsTemporalAndSpatialCoverage() {
        Release egdi = Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);
        Release services = Fixtures.ingest(store, "ca-si", "ca-si.ttl", SECOND);
        publisher.publishAll();

        assertEquals(List.of("2020 2022"), coverage(egdi, "CONCAT(STR(?start), ' ', STR(?end))"));
        assertEquals(List.of("2022 2024"), coverage(services, "CONCAT(STR(?start), ' ', STR(?end))"));
        assertEquals(
                Set.of("http://localhost:8080/id/country/CAN", "http://localhost:8080/id/country/MYS"),
                Set.copyOf(spatial(egdi)));
        assertEquals(List.of("http://localhost:8080/id/country/CAN"), spatial(services));
    }

    @Test
    void eachSeriesIsAVoidDatasetWithItsDumpsAndVocabularies() {
        Release release = Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);
        publisher.publish("un-egdi");

        List<QuerySolution> dumps = select("""
                SELECT ?dump WHERE { <http://localhost:8080/id/dataset/un-egdi> a void:Dataset ;
                   void:sparqlEndpoint <http://localhost:8080/sparql> ; void:triples ?n ; void:dataDump ?dump }""");
        assertEquals(
                Set.of(
                        "http://localhost:8080/download/un-egdi/" + release.releaseId() + "/un-egdi.nt.gz",
                        "http://localhost:8080/download/un-egdi/" + release.releaseId() + "/un-egdi.ttl.gz"),
                dumps.stream().map(r -> r.getResource("dump").getURI()).collect(Collectors.toSet()));
        List<QuerySolution> vocabularies = select("""
                SELECT ?v WHERE { <http://localhost:8080/id/dataset/un-egdi> void:vocabulary ?v }""");
        Set<String> used =
                vocabularies.stream().map(r -> r.getResource("v").getURI()).collect(Collectors.toSet());
        assertTrue(
                used.containsAll(Set.of("http://purl.org/linked-data/cube#", "https://w3id.org/govgraph/ns#")),
                used.toString());
    }

    @Test
    void theDownloadLookupServesOnlyRecordedFilesInsideTheDownloadsFolder() {
        Release release = Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);
        publisher.publish("un-egdi");

        assertTrue(
                publisher.file("un-egdi", release.releaseId(), "un-egdi.nt.gz").isPresent());
        assertTrue(
                publisher.file("un-egdi", release.releaseId(), "services.csv").isEmpty());
        assertTrue(publisher.file("..", release.releaseId(), "un-egdi.nt.gz").isEmpty());
        assertTrue(publisher.file("un-egdi", "..", "un-egdi.nt.gz").isEmpty());
        assertTrue(publisher
                .file("un-egdi", release.releaseId(), "../../un-egdi.nt.gz")
                .isEmpty());
    }

    @Test
    void exportWritesTheCatalogAndTheLatestFiles(@TempDir Path out) throws Exception {
        Release release = Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", FIRST);

        List<Path> written = publisher.export(out);

        assertTrue(written.contains(out.resolve("catalog.ttl")));
        assertTrue(written.contains(out.resolve("catalog.jsonld")));
        Path dump = out.resolve("un-egdi").resolve(release.releaseId()).resolve("un-egdi.nt.gz");
        assertArrayEquals(Files.readAllBytes(dir(release).resolve("un-egdi.nt.gz")), Files.readAllBytes(dump));
        Graph catalog = GraphFactory.createDefaultGraph();
        RDFParser.source(out.resolve("catalog.ttl")).parse(catalog);
        assertTrue(catalog.isIsomorphicWith(store.copyOf(store.iris().catalogGraph())));
        Graph fromJsonLd = GraphFactory.createDefaultGraph();
        RDFParser.source(out.resolve("catalog.jsonld")).parse(fromJsonLd);
        assertTrue(catalog.isIsomorphicWith(fromJsonLd));
    }

    // --- helpers -------------------------------------------------------------------------

    private List<String> coverage(Release release, String expression) {
        return select("""
                SELECT (%s AS ?span) WHERE { ?r gg:releaseId "%s" ; dct:temporal [ dcat:startDate ?start ; dcat:endDate ?end ] }""".formatted(expression, release.releaseId())).stream()
                .map(r -> r.getLiteral("span").getLexicalForm())
                .toList();
    }

    private List<String> spatial(Release release) {
        return select("SELECT ?c WHERE { ?r gg:releaseId \"" + release.releaseId() + "\" ; dct:spatial ?c }").stream()
                .map(r -> r.getResource("c").getURI())
                .toList();
    }

    private List<QuerySolution> select(String query) {
        return store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query(Prefixes.sparqlPrologue() + query)
                    .build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String iso3, String year) {
        return rows.stream()
                .filter(r -> r.get("iso3").equals(iso3) && r.get("survey_year").equals(year))
                .findFirst()
                .orElseThrow();
    }

    private Path dir(Release release) {
        return downloads.resolve(release.sourceId()).resolve(release.releaseId());
    }

    private static Set<String> fileNames(Path dir) {
        return files(dir).stream().map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Graph parse(Path file, Lang lang, boolean gzip) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            RDFParser.source(in).lang(lang).parse(g);
        }
        return g;
    }
}
