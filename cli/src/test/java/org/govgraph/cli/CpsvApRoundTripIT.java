package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govgraph.ingest.BundledSources;
import org.govgraph.model.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govgraph ingest --format cpsv-ap} on govgraph's own published CPSV-AP: the Canadian
 * inventory ingested into one store, its release's Turtle and JSON-LD downloads (and the same
 * graph as RDF/XML) ingested as a new source into fresh stores, give the same services with
 * the same counts, the same graph triple for triple.
 */
class CpsvApRoundTripIT {
    private static final String SERVICES =
            "PREFIX cpsv: <http://purl.org/vocab/cpsv#> PREFIX gg: <https://w3id.org/govgraph/ns#>"
                    + " SELECT (COUNT(DISTINCT ?s) AS ?services) (COUNT(DISTINCT ?o) AS ?online) WHERE { GRAPH <%s> {"
                    + " ?s a cpsv:PublicService OPTIONAL { ?s gg:endToEndOnline true BIND(?s AS ?o) } } }";
    private static final String GRAPH = "http://localhost:8080/graph/source/";

    @TempDir
    static Path dir;

    private static Path release;
    private static Graph original;

    private static CommandLineIT.Run run(String... args) {
        return CommandLineIT.run(args);
    }

    @BeforeAll
    static void publishTheCanadianInventory() throws Exception {
        List<Path> inputs = BundledSources.extract("ca-si", dir.resolve("inputs"));
        CommandLineIT.Run ingest = run(
                "ingest",
                "--store",
                dir.resolve("a").toString(),
                "ca-si",
                inputs.get(0).toString());
        assertEquals(0, ingest.status(), ingest.err());
        try (Stream<Path> s = Files.list(dir.resolve("a").resolve("downloads").resolve("ca-si"))) {
            release = s.findFirst().orElseThrow();
        }
        original = GraphFactory.createDefaultGraph();
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(release.resolve("ca-si.ttl.gz")))) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(original);
        }
    }

    @Test
    void theTurtleReleaseIngestedAsANewSourceGivesTheSameServices() {
        assertEquals("services,online\n1751,422\n", counts("a", "ca-si"));
        CommandLineIT.Run r = run(
                "ingest",
                "--store",
                dir.resolve("b").toString(),
                "--format",
                "cpsv-ap",
                "ca-si-copy",
                release.resolve("ca-si.ttl.gz").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("ca-si-copy: rows read"), r.out());
        assertEquals("services,online\n1751,422\n", counts("b", "ca-si-copy"));
        Graph copy = graph("b", "ca-si-copy");
        // The statistics cube is derived at ingest: the copy has its own, not the original's.
        assertTrue(
                copy.find()
                        .filterKeep(t -> isCubeOf("ca-si", t.getSubject()))
                        .toList()
                        .isEmpty(),
                "the original's statistics cube is not copied");
        assertFalse(
                copy.find()
                        .filterKeep(t -> isCubeOf("ca-si-copy", t.getSubject()))
                        .toList()
                        .isEmpty(),
                "the copy has a statistics cube of its own");
        assertTrue(
                withoutCubes(original).isIsomorphicWith(withoutCubes(copy)),
                "apart from the statistics cube, the copy is the published graph");
    }

    @Test
    void theJsonLdReleaseAndRdfXmlGiveTheSameServicesToo() throws Exception {
        CommandLineIT.Run json = run(
                "ingest",
                "--store",
                dir.resolve("c").toString(),
                "--format",
                "cpsv-ap",
                "ca-si-json",
                release.resolve("ca-si.jsonld").toString());
        assertEquals(0, json.status(), json.err());
        assertEquals("services,online\n1751,422\n", counts("c", "ca-si-json"));

        Path rdfxml = dir.resolve("ca-si.rdf");
        try (OutputStream out = Files.newOutputStream(rdfxml)) {
            RDFDataMgr.write(out, original, Lang.RDFXML);
        }
        CommandLineIT.Run xml = run(
                "ingest",
                "--store",
                dir.resolve("d").toString(),
                "--format",
                "cpsv-ap",
                "ca-si-xml",
                rdfxml.toString());
        assertEquals(0, xml.status(), xml.err());
        assertEquals("services,online\n1751,422\n", counts("d", "ca-si-xml"));
    }

    @Test
    void whatIsNotCpsvApIsRefusedWithExitTwoAndNothingWritten() throws Exception {
        Path notRdf = dir.resolve("services.csv");
        Files.writeString(notRdf, "id,name\n1,x\n");
        CommandLineIT.Run csv = run(
                "ingest", "--store", dir.resolve("e").toString(), "--format", "cpsv-ap", "x-copy", notRdf.toString());
        assertEquals(2, csv.status());
        assertTrue(csv.err().contains("is not named as an RDF file"), csv.err());

        Path broken = dir.resolve("broken.ttl");
        Files.writeString(
                broken, "@prefix cpsv: <http://purl.org/vocab/cpsv#> .\n<http://example.org/s> a \"unterminated .\n");
        CommandLineIT.Run bad = run(
                "ingest", "--store", dir.resolve("e").toString(), "--format", "cpsv-ap", "x-copy", broken.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith(broken + ":"), bad.err());

        CommandLineIT.Run builtIn = run(
                "ingest",
                "--store",
                dir.resolve("e").toString(),
                "--format",
                "cpsv-ap",
                "ca-si",
                release.resolve("ca-si.ttl.gz").toString());
        assertEquals(2, builtIn.status());
        assertTrue(builtIn.err().contains("is a built-in source"), builtIn.err());
    }

    @Test
    void aServiceTheShapesRefuseIsRejectedBySubject() throws Exception {
        Path ttl = dir.resolve("one-bad.ttl");
        Files.writeString(ttl, """
                @prefix cpsv: <http://purl.org/vocab/cpsv#> .
                @prefix cv: <http://data.europa.eu/m8g/> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <http://example.org/org/1> a cv:PublicOrganisation ; skos:prefLabel "Agência"@pt .
                <http://example.org/service/1> a cpsv:PublicService ; dct:title "Bom"@pt ; cv:hasCompetentAuthority <http://example.org/org/1> .
                <http://example.org/service/2> a cpsv:PublicService ; dct:title "Sem órgão"@pt .
                """);
        CommandLineIT.Run r =
                run("ingest", "--store", dir.resolve("f").toString(), "--format", "cpsv-ap", "pt-test", ttl.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(
                r.err().contains(ttl + ":<http://example.org/service/2>: A service needs a competent authority"),
                r.err());
    }

    private static String counts(String store, String source) {
        CommandLineIT.Run r =
                run("query", "--store", dir.resolve(store).toString(), String.format(SERVICES, GRAPH + source));
        assertEquals(0, r.status(), r.err());
        return r.out().replace("\r", "");
    }

    private static boolean isCubeOf(String source, Node subject) {
        String cube = Iris.defaults().serviceStatsCube(source).getURI();
        return subject.isURI()
                && (subject.getURI().equals(cube) || subject.getURI().startsWith(cube + "/"));
    }

    private static Graph withoutCubes(Graph g) {
        Graph kept = GraphFactory.createDefaultGraph();
        g.find()
                .filterDrop(
                        t -> t.getSubject().isURI() && t.getSubject().getURI().contains("/id/cube/service-stats/"))
                .forEachRemaining(kept::add);
        return kept;
    }

    private static Graph graph(String store, String source) {
        CommandLineIT.Run r = run(
                "query",
                "--store",
                dir.resolve(store).toString(),
                "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + GRAPH + source + "> { ?s ?p ?o } }");
        assertEquals(0, r.status(), r.err());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(g);
        return g;
    }
}
