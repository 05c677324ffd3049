package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The {@code govgraph} command line run in-process, as a user at a shell would: exit statuses and output. */
class CommandLineIT {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        CommandLine cli = GovgraphCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private Path fixture(String name) {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("cli/" + name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Test
    void helpListsTheSubcommands() {
        Run r = run("--help");
        assertEquals(0, r.status());
        for (String sub : new String[] {"demo", "serve", "ingest", "query", "validate"}) {
            assertTrue(r.out().contains(sub), sub + " missing from\n" + r.out());
        }
    }

    @Test
    void ingestWritesGoodRowsAndExitsZeroThenQueryShowsThem() {
        String store = dir.resolve("store").toString();
        Run r = run(
                "ingest",
                "--store",
                store,
                "my-psdsp",
                fixture("psdsp-good.csv").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("rows read 3, loaded 3, skipped 0, rejected 0"), r.out());
        Run q = run(
                "query",
                "--store",
                store,
                "SELECT (COUNT(*) AS ?n) { GRAPH <http://localhost:8080/graph/source/my-psdsp> { ?s ?p ?o } }");
        assertEquals(0, q.status(), q.err());
        assertTrue(q.out().startsWith("n\r\n"), q.out());
        assertTrue(Long.parseLong(q.out().substring(3).strip()) > 0, q.out());
        Run ask = run("query", "--store", store, "ASK { ?s ?p ?o }");
        assertEquals("_askResult\r\ntrue\r\n", ask.out());
    }

    @Test
    void pruneKeepsTheNewestReleasesDownloadableAndRefusesToKeepNone() {
        String store = dir.resolve("store").toString();
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    0,
                    run(
                                    "ingest",
                                    "--store",
                                    store,
                                    "my-psdsp",
                                    fixture("psdsp-good.csv").toString())
                            .status());
        }
        Run none = run("prune", "--store", store, "--keep", "0");
        assertEquals(2, none.status(), "a usage error");
        assertTrue(none.err().contains("--keep must be at least 1"), none.err());
        Run prune = run("prune", "--store", store, "--keep", "2");
        assertEquals(0, prune.status(), prune.err());
        assertTrue(prune.out().contains("1 releases withdrawn, 1 folders deleted"), prune.out());
        try (var folders = java.nio.file.Files.list(dir.resolve("store/downloads/my-psdsp"))) {
            assertEquals(2, folders.count(), "the two newest releases keep their files");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(run("prune", "--store", store, "--keep", "2")
                .out()
                .contains("0 releases withdrawn, 0 folders deleted"));
        Run missing = run("prune", "--store", dir.resolve("nowhere").toString(), "--keep", "1");
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("No store in "), missing.err());
    }

    @Test
    void ingestWithAMappingFileOnboardsANewSourceThatTheCatalogLists() {
        String store = dir.resolve("store").toString();
        Path mapping = fixture("inventori.yaml");
        Run r = run(
                "ingest",
                "--store",
                store,
                "--mapping",
                mapping.toString(),
                "my-inventori",
                fixture("inventori-perkhidmatan.csv").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("my-inventori: rows read 33, loaded 33, skipped 0, rejected 0"), r.out());
        Run q = run(
                "query",
                "--store",
                store,
                "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?t { GRAPH <http://localhost:8080/graph/catalog> {"
                        + " ?series dct:title ?t FILTER(CONTAINS(STR(?series), 'my-inventori')) } }");
        assertTrue(q.out().contains("Inventori Perkhidmatan Awam (contoh)"), q.out());
        Run sha = run(
                "query",
                "--store",
                store,
                "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?v { GRAPH <http://localhost:8080/graph/catalog> {"
                        + " ?f dct:title \"inventori.yaml\" ; <http://spdx.org/rdf/terms#checksum>/<http://spdx.org/rdf/terms#checksumValue> ?v } }");
        assertTrue(
                sha.out()
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains(
                                org.govgraph.ingest.Provenance.describe(mapping).sha256()),
                sha.out());
    }

    @Test
    void ingestWithABrokenMappingFileExitsTwoNamingItsLine() throws IOException {
        Path mapping =
                Files.writeString(dir.resolve("bad.yaml"), "source: {title: x}\niri-scheme: x\ntables: []\nextra: 1\n");
        Run r = run(
                "ingest",
                "--store",
                dir.resolve("store").toString(),
                "--mapping",
                mapping.toString(),
                "x",
                fixture("inventori-perkhidmatan.csv").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith(mapping + ":4:"), r.err());
        assertTrue(r.err().contains("unknown key 'extra'"), r.err());
        assertFalse(Files.exists(dir.resolve("store").resolve("tdb2")), "no store is written for a refused mapping");
    }

    @Test
    void ingestWithARejectedRowWritesNothingAndExitsOne() {
        String store = dir.resolve("store").toString();
        Path rejects = dir.resolve("rejects.txt");
        Run r = run(
                "ingest",
                "--store",
                store,
                "--rejects",
                rejects.toString(),
                "my-psdsp",
                fixture("psdsp-bad-row.csv").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("psdsp-bad-row.csv:4:"), r.err());
        assertTrue(r.err().contains("Nothing was written"), r.err());
        assertTrue(Files.exists(rejects));
        Run q = run(
                "query", "--store", store, "ASK { GRAPH <http://localhost:8080/graph/source/my-psdsp> { ?s ?p ?o } }");
        assertEquals("_askResult\r\nfalse\r\n", q.out());
    }

    @Test
    void ingestOfAFileThatIsNotTheSourceExitsTwoWithOneLine() {
        Run r = run(
                "ingest",
                "--store",
                dir.resolve("store").toString(),
                "my-psdsp",
                fixture("psdsp-wrong-header.csv").toString());
        assertEquals(2, r.status(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("psdsp-wrong-header.csv"), r.err());
    }

    @ParameterizedTest
    @CsvSource({"query, ASK {}", "validate,", "export, --out"})
    void commandsThatReadAStoreRefuseADirectoryWithoutOneAndCreateNothing(String command, String argument) {
        Path typo = dir.resolve("stroe");
        Run r = argument == null
                ? run(command, "--store", typo.toString())
                : argument.equals("--out")
                        ? run(
                                command,
                                "--store",
                                typo.toString(),
                                "--out",
                                dir.resolve("out").toString())
                        : run(command, "--store", typo.toString(), argument);
        assertEquals(2, r.status(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("No store in " + typo), r.err());
        assertFalse(Files.exists(typo), "no store was created");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--max-queries=0|Query slots must be 1 <= heavy (1) <= all (0)",
                "--max-heavy-queries=9|Query slots must be 1 <= heavy (9) <= all",
                "--max-threads=10|at least 8 threads more than query slots",
                "--port=70000|No such port: 70000",
            })
    void serveWithOptionsNoServerCanRunWithExitsTwoAndCreatesNoStore(String option, String message) {
        Path store = dir.resolve("never");
        Run r = run("serve", "--store", store.toString(), option);
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertTrue(r.err().contains("Usage:"), r.err());
        assertFalse(Files.exists(store), "no store was created");
    }

    @Test
    void constructPrintsTurtle() {
        String store = dir.resolve("store").toString();
        run("ingest", "--store", store, "my-psdsp", fixture("psdsp-good.csv").toString());
        Run r = run(
                "query",
                "--store",
                store,
                "CONSTRUCT { ?s a ?t } WHERE { GRAPH <http://localhost:8080/graph/source/my-psdsp> { ?s a ?t } } LIMIT 1");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains(" a ") || r.out().contains("rdf:type"), r.out());
    }
}
