package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.model.store.Store;
import org.govgraph.release.publish.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code govgraph export} on a TDB2 store on disk: the files it writes are the ones the server would serve. */
class ExportCommandIT {
    @Test
    void exportWritesTheCatalogAndEveryLatestReleaseAndSaysWhat(@TempDir Path storeDir, @TempDir Path out)
            throws Exception {
        Release release;
        try (Store store = Store.open(storeDir, Iris.defaults())) {
            release = Fixtures.ingest(store, "un-egdi", "un-egdi.ttl", Instant.parse("2025-01-10T09:00:00Z"));
        }
        StringWriter printed = new StringWriter();
        CommandLine cli = new CommandLine(new ExportCommand());
        cli.setOut(new PrintWriter(printed));

        int exit = cli.execute("--store", storeDir.toString(), "--out", out.toString());

        assertEquals(0, exit, printed.toString());
        Path dump = out.resolve("un-egdi").resolve(release.releaseId()).resolve("un-egdi.ttl.gz");
        for (Path file : new Path[] {
            out.resolve("catalog.ttl"),
            out.resolve("catalog.jsonld"),
            out.resolve("void.ttl"),
            dump,
            dump.resolveSibling("egdi-observations.csv"),
            dump.resolveSibling("egdi-observations.csv-metadata.json")
        }) {
            assertTrue(Files.isRegularFile(file), file.toString());
            assertTrue(printed.toString().contains(file.toString()), printed.toString());
        }
        Path published = storeDir.resolve("downloads")
                .resolve("un-egdi")
                .resolve(release.releaseId())
                .resolve("un-egdi.ttl.gz");
        assertArrayEquals(Files.readAllBytes(published), Files.readAllBytes(dump));
    }
}
