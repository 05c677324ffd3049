package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code govgraph generate}: N rows with distinct service ids, the same bytes for the same seed, a clear refusal of N < 1. */
class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheAskedNumberOfServicesAndTheSameFileForTheSameSeed() throws IOException {
        assertEquals(
                0,
                run(
                                "generate",
                                "--services",
                                "250",
                                "--seed",
                                "3",
                                "--out",
                                dir.resolve("a").toString())
                        .exit());
        assertEquals(
                0,
                run(
                                "generate",
                                "--services",
                                "250",
                                "--seed",
                                "3",
                                "--out",
                                dir.resolve("b").toString())
                        .exit());
        assertEquals(
                0,
                run(
                                "generate",
                                "--services",
                                "250",
                                "--seed",
                                "4",
                                "--out",
                                dir.resolve("c").toString())
                        .exit());
        Path a = dir.resolve("a").resolve(GenerateCommand.FILE_NAME);

        Set<String> ids = new HashSet<>();
        try (Reader in = Files.newBufferedReader(a, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            String idColumn = csv.getHeaderNames().stream()
                    .filter(h -> h.endsWith("service_id"))
                    .findFirst()
                    .orElseThrow();
            for (CSVRecord row : csv) {
                ids.add(row.get(idColumn));
            }
        }
        assertEquals(250, ids.size(), "one row per service, each with its own id");
        assertArrayEquals(
                Files.readAllBytes(a), Files.readAllBytes(dir.resolve("b").resolve(GenerateCommand.FILE_NAME)));
        assertFalse(
                java.util.Arrays.equals(
                        Files.readAllBytes(a),
                        Files.readAllBytes(dir.resolve("c").resolve(GenerateCommand.FILE_NAME))),
                "another seed, another file");
    }

    @Test
    void refusesFewerThanOneService() {
        Run run = run("generate", "--services", "0", "--out", dir.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--services must be at least 1"), run.err());
    }

    private record Run(int exit, String err) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = GovgraphCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), err.toString());
    }
}
