package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.release.Releases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The bad-input corpus ({@code reliability/bad-inputs/}, plus two large files made at test
 * time): each malformed file is given to {@code govgraph ingest} in-process, and gets the
 * exit status and message a user must see; where the file is refused, the store keeps
 * exactly the release it had. The store starts with the corpus's {@code valid.csv}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCorpusIT {
    private static final String CORPUS = "reliability/bad-inputs/";

    @TempDir
    static Path dir;

    private static Path store;

    /**
     * One file of the corpus.
     *
     * @param file        the file (or folder) under the corpus folder, or a generated file's name
     * @param source      the source id it is ingested as
     * @param exit        the exit status it must get: 0 written, 1 rows rejected, 2 not that source at all
     * @param message     a part of the standard error it must get ({@code FILE} stands for the file's path)
     * @param knownDefect why the platform does not do this yet (the case is then reported as skipped), or null
     * @param mapping     the mapping file (under the corpus folder) the file is ingested through, or null
     */
    record Case(String file, String source, int exit, String message, String knownDefect, String mapping) {
        Case(String file, String source, int exit, String message, String knownDefect) {
            this(file, source, exit, message, knownDefect, null);
        }

        static Case of(String file, int exit, String message) {
            return new Case(file, "ca-si", exit, message, null);
        }

        /** A file ingested as the Malay inventory of {@code mapping/}, through that mapping file. */
        static Case mapped(String mapping, String file, int exit, String message) {
            return new Case("mapping/" + file, "my-inventori", exit, message, null, "mapping/" + mapping);
        }

        Case defect(String why) {
            return new Case(file, source, exit, message, why, mapping);
        }

        @Override
        public String toString() {
            return file + " -> " + exit;
        }
    }

    static Stream<Case> corpus() {
        return Stream.of(
                // Encodings and byte order marks.
                Case.of("no-bom.csv", 0, ""),
                Case.of("latin1.csv", 2, "FILE:2:58: is not valid UTF-8 (save the file as UTF-8 and try again)"),
                Case.of("utf16-with-bom.csv", 2, "FILE:1:1: is not valid UTF-8"),
                Case.of("invalid-utf8-byte-in-row-2.csv", 2, "FILE:3:"),
                Case.of("bom-only.csv", 2, "FILE: is empty: no header row"),
                Case.of("empty.csv", 2, "FILE: is empty: no header row"),
                Case.of("binary.csv", 2, "is not valid UTF-8"),
                Case.of("gzip-not-decompressed.csv", 2, "is not valid UTF-8"),
                Case.of("html-error-page.csv", 2, "FILE:1:0: missing required columns fiscal_yr, service_id"),
                // Structure.
                Case.of(
                        "truncated-mid-row.csv",
                        2,
                        "is not well-formed CSV: (startline 4) EOF reached before" + " encapsulated token finished"),
                Case.of("unclosed-quote.csv", 2, "FILE:4:0: is not well-formed CSV"),
                Case.of("ragged-short-row.csv", 1, "FILE:3:0: the row has 20 fields but the header has 46"),
                Case.of("ragged-long-row.csv", 1, "FILE:4:0: the row has 48 fields but the header has 46"),
                Case.of("semicolon-delimited.csv", 2, "FILE:1:0: missing required columns"),
                Case.of("tab-delimited.csv", 2, "FILE:1:0: missing required columns"),
                Case.of("lf-line-endings.csv", 0, ""),
                Case.of("cr-only-line-endings.csv", 0, ""),
                Case.of("blank-lines-between-rows.csv", 0, ""),
                Case.of("header-only.csv", 2, "FILE: has no data rows"),
                // Columns and keys.
                Case.of("missing-column-owner_org.csv", 2, "FILE:1:0: missing required column owner_org"),
                Case.of("renamed-column-service_id.csv", 2, "FILE:1:0: missing required column service_id"),
                Case.of("renamed-column-fiscal_yr.csv", 2, "FILE:1:0: missing required column fiscal_yr"),
                Case.of("duplicate-column-service_id.csv", 2, "FILE:1:47: column 'service_id' appears twice"),
                Case.of(
                        "duplicate-key.csv",
                        1,
                        "FILE:4:2: duplicate key service_id=3595, fiscal_yr=2023-2024," + " first at line 2"),
                Case.of("empty-service_id.csv", 1, "FILE:3:2: service_id is required but empty"),
                // Values.
                Case.of("number-with-comma.csv", 1, "FILE:3:40: num_applications_total is not a number: '1,234'"),
                Case.of(
                        "negative-volume.csv",
                        1,
                        "FILE:2:34: num_applications_online is a count and cannot be" + " negative: -5"),
                Case.of("decimal-volume.csv", 1, "FILE:2:31: num_phone_enquiries is not a whole number: '12.5'"),
                Case.of(
                        "bad-fiscal-year.csv",
                        1,
                        "FILE:4:1: fiscal_yr is not a fiscal year such as 2023-2024:" + " '2023/24'"),
                Case.of("bad-stage-status.csv", 1, "FILE:3:21: os_application must be Y, N or NA, not 'maybe'"),
                Case.of(
                        "unknown-service-type.csv",
                        1,
                        "FILE:2:7: service_type has 'TELEPORT', which is not a known" + " service type code"),
                Case.of("nul-in-field.csv", 1, "FILE:3:3:"),
                new Case(
                        "egdi-index-out-of-range/egdi-2018.csv",
                        "un-egdi",
                        1,
                        "FILE:3:4: EGDI must be between 0 and 1",
                        null),
                new Case(
                        "egdi-index-comma-decimal/egdi-2018.csv",
                        "un-egdi",
                        1,
                        "FILE:3:4: e-gov-index is not a number: '0,8287'",
                        null),
                // Inventories onboarded by a mapping file: the mapping, the table, the workbook.
                Case.mapped(
                        "missing-column.yaml",
                        "inventori-perkhidmatan.csv",
                        2,
                        "FILE:1:0: missing required column"
                                + " Kod Agency (the header has: Kod Perkhidmatan, Nama Perkhidmatan,"),
                Case.mapped(
                        "inventori.yaml",
                        "unknown-stage-code.csv",
                        1,
                        "FILE:18:11: Pendaftaran Akaun must be Ya"
                                + " (online), Tidak (offline) or TB (not applicable), not 'Y'"),
                Case.mapped(
                        "missing-sheet.yaml",
                        "formulas-cached.xlsx",
                        2,
                        "FILE: the workbook has no sheet 'Senarai';" + " its sheets are: Nota, Perkhidmatan"),
                Case.mapped(
                        "inventori-xlsx.yaml",
                        "bad-merged-header.xlsx",
                        2,
                        "FILE:2:2: sheet 'Perkhidmatan': header"
                                + " cell B2 is blank between named columns (merged header cells?)"),
                Case.mapped(
                        "inventori-xlsx.yaml",
                        "bad-password.xlsx",
                        2,
                        "FILE: is not a readable .xlsx workbook: it is"
                                + " password-protected, corrupt or in another format"),
                Case.mapped("inventori-xlsx.yaml", "bad-corrupt.xlsx", 2, "FILE: is not a readable .xlsx workbook"),
                // A formula cell is read as the value Excel cached for it, and the user is told so.
                Case.mapped("inventori-xlsx.yaml", "formulas-cached.xlsx", 0, ""),
                // Formulas are data: stored as written, neutralised in CSV downloads (see below).
                Case.of("formula-in-name.csv", 0, ""),
                Case.of("formula-plus-minus-at.csv", 0, ""),
                // Made at test time (too large to commit).
                Case.of(MILLION_EMPTY_LINES, 0, ""),
                Case.of(TEN_MB_FIELD, 1, "FILE:3:5:"));
    }

    private static final String MILLION_EMPTY_LINES = "generated/million-empty-lines.csv";
    private static final String TEN_MB_FIELD = "generated/ten-mb-field.csv";

    @BeforeAll
    static void startFromTheValidFile() throws IOException {
        store = dir.resolve("store");
        Run first = ingest("ca-si", corpusFile("valid.csv"));
        assertEquals(0, first.exit(), first.err());
        Path generated = Files.createDirectories(dir.resolve("generated"));
        String valid = Files.readString(corpusFile("valid.csv"), StandardCharsets.UTF_8);
        Files.writeString(
                generated.resolve("million-empty-lines.csv"), valid + "\r\n".repeat(1_000_000), StandardCharsets.UTF_8);
        Files.writeString(generated.resolve("ten-mb-field.csv"), withHugeDescription(valid), StandardCharsets.UTF_8);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadFileGetsItsStatusAndMessageAndARefusedFileChangesNothing(Case c) {
        Path file = c.file().startsWith("generated/") ? dir.resolve(c.file()) : corpusFile(c.file());
        State before = State.of(store, c.source());

        Run run = c.mapping() == null
                ? ingest(c.source(), file)
                : ingest("--mapping", corpusFile(c.mapping()).toString(), c.source(), file.toString());

        String expected = c.message().replace("FILE", file.toString());
        boolean asExpected = run.exit() == c.exit() && run.err().contains(expected);
        if (c.knownDefect() != null) {
            Assumptions.assumeTrue(
                    asExpected,
                    "Known defect: " + c.knownDefect() + " (got exit " + run.exit() + ": " + firstLine(run.err())
                            + ")");
        }
        assertEquals(c.exit(), run.exit(), "exit status of " + c.file() + "; stderr:\n" + run.err());
        assertTrue(
                run.err().contains(expected),
                "stderr of " + c.file() + " should contain\n  " + expected + "\nbut was\n" + run.err());
        State after = State.of(store, c.source());
        if (run.exit() == 0) {
            assertTrue(
                    after.release().isPresent() && !after.release().equals(before.release()),
                    "an accepted file makes a new release");
        } else {
            assertEquals(before.release(), after.release(), "a refused file leaves the release as it was");
            assertTrue(before.graph().isIsomorphicWith(after.graph()), "a refused file leaves the graph as it was");
        }
    }

    @Order(2)
    @Test
    void csvDownloadsShowFormulasAsTextNotAsFormulas() throws IOException {
        Run run = ingest("ca-si", corpusFile("formula-plus-minus-at.csv"));
        assertEquals(0, run.exit(), run.err());
        Path csv;
        try (Stream<Path> files = Files.walk(store.resolve("downloads").resolve("ca-si"))) {
            csv = files.filter(p -> p.getFileName().toString().equals("services.csv"))
                    .max(Path::compareTo)
                    .orElseThrow(() -> new AssertionError("no services.csv was published"));
        }
        List<String> risky = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            for (CSVRecord record : parser) {
                for (String cell : record) {
                    cells.add(cell);
                    if (!cell.isEmpty()
                            && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                            && !cell.matches("[+-]?\\d+(\\.\\d*)?([eE][+-]?\\d+)?")) {
                        risky.add(cell);
                    }
                }
            }
        }
        assertEquals(List.of(), risky, "cells a spreadsheet would run as formulas, in " + csv);
        assertTrue(cells.contains("'+cmd|\" /C calc\"!A0"), "the formula is kept as text: " + csv);
    }

    private static String withHugeDescription(String valid) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new java.io.StringReader(valid.replace("\uFEFF", "")))) {
            List<CSVRecord> records = parser.getRecords();
            StringWriter out = new StringWriter();
            try (var printer = new org.apache.commons.csv.CSVPrinter(out, CSVFormat.RFC4180)) {
                printer.printRecord(records.get(0).toList());
                int description = records.get(0).toList().indexOf("service_description_en");
                for (int i = 1; i < records.size(); i++) {
                    List<String> row = new ArrayList<>(records.get(i).toList());
                    if (i == 2) {
                        row.set(description, "x".repeat(10 * 1024 * 1024));
                    }
                    printer.printRecord(row);
                }
            }
            return out.toString();
        }
    }

    /** What a user would check of one source: the store's release stamp and the source's graph. */
    private record State(Optional<String> release, Graph graph) {
        static State of(Path dir, String source) {
            try (Releases releases = Releases.open(dir, Iris.defaults())) {
                Store s = releases.current().store();
                return new State(s.release(), s.copyOf(s.iris().sourceGraph(source)));
            }
        }
    }

    private record Run(int exit, String out, String err) {}

    private static Run ingest(String source, Path file) {
        return ingest(source, file.toString());
    }

    private static Run ingest(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GovgraphCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("ingest", "--store", store.toString()));
        args.addAll(List.of(arguments));
        int exit = cli.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path corpusFile(String name) {
        try {
            return Path.of(BadInputCorpusIT.class
                    .getClassLoader()
                    .getResource(CORPUS + name)
                    .toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("No corpus file " + name, e);
        }
    }

    private static String firstLine(String text) {
        return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("(nothing)");
    }
}
