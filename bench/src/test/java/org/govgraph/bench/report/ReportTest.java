package org.govgraph.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    private static ResultTable table(String size, double seconds) {
        return ResultTable.builder("ingest", "1. Ingest", "services", "seconds")
                .row(size, seconds)
                .build();
    }

    @Test
    void aRerunReplacesItsRowsAndKeepsTheOthers(@TempDir Path dir) throws IOException {
        new Report(dir, "first")
                .add(ResultTable.builder("ingest", "1. Ingest", "services", "seconds")
                        .row("10000", 36.7)
                        .row("100000", 336.6)
                        .build());
        new Report(dir, "second").add(table("10000", 30.0));
        String md = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("| 10000 | 30.0 |"), md);
        assertTrue(md.contains("| 100000 | 336.6 |"), md);
        assertFalse(md.contains("36.7"), md);
        assertTrue(md.contains("`first`, `second`"), md);
    }

    @Test
    void theTopPageLinksTheResultsOfRunsKeptInSubFolders(@TempDir Path dir) throws IOException {
        new Report(dir.resolve("1m"), "big")
                .add(ResultTable.builder("search", "3. Keyword search, 1,000,000 services", "contender")
                        .row("govgraph")
                        .build());
        new Report(dir, "small").add(table("10000", 36.7));
        String md = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("- [1m/README.md](1m/README.md): 3. Keyword search, 1,000,000 services"), md);
        assertEquals(1, md.lines().filter(l -> l.startsWith("- [")).count(), md);
    }
}
