package org.govgraph.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Malay inventory as an Excel workbook (a notes sheet first, a formula column, said so
 * in the report): and the workbooks it must refuse.
 */
class MalaysianWorkbookMappingTest {
    @TempDir
    Path dir;

    Path fixtures;

    @BeforeEach
    void locate() throws URISyntaxException {
        fixtures = Path.of(getClass().getResource("/mapping/malaysia").toURI());
    }

    private Path copy(String name, String as) throws IOException {
        return Files.copy(fixtures.resolve(name), dir.resolve(as));
    }

    private static Graph ingest(Store store, Path mapping, Path table, List<String> notes) {
        IngestReport report = new IngestRunner(store)
                .run(MappedSource.fromFile("my-inventori", mapping), List.of(table), IngestOptions.defaults());
        assertEquals(List.of(), report.rejections());
        assertEquals(notes, report.notes());
        return store.copyOf(store.iris().sourceGraph("my-inventori"));
    }

    @Test
    void theWorkbookGivesTheGraphItsCsvExportGives() throws IOException {
        Graph fromCsv;
        try (Store store = Store.inMemory(Iris.defaults())) {
            fromCsv = ingest(
                    store,
                    copy("inventori.yaml", "inventori.yaml"),
                    copy("inventori-perkhidmatan.csv", "i.csv"),
                    List.of());
        }
        try (Store store = Store.inMemory(Iris.defaults())) {
            Path workbook = copy("inventori-perkhidmatan.xlsx", "inventori-perkhidmatan.xlsx");
            Graph fromXlsx = ingest(
                    store,
                    copy("inventori-xlsx.yaml", "inventori-xlsx.yaml"),
                    workbook,
                    List.of(workbook
                            + ", sheet 'Perkhidmatan': 33 cells hold formulas, in column Q (Peringkat Dalam Talian); what was read"
                            + " is the value each had when the workbook was last saved, not recomputed"));
            assertTrue(fromCsv.size() > 33 * 10, "a service is described by more than ten triples: " + fromCsv.size());
            assertTrue(
                    fromCsv.isIsomorphicWith(fromXlsx),
                    fromCsv.size() + " triples from the CSV, " + fromXlsx.size() + " from the workbook");
        }
    }

    @Test
    void aRejectedRowOfAWorkbookIsNamedByItsSheetAndCell() throws IOException {
        Path workbook = copy("inventori-perkhidmatan.xlsx", "inventori-perkhidmatan.xlsx");
        try (var in = Files.newInputStream(workbook);
                var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            wb.getSheet("Perkhidmatan").getRow(17).getCell(10).setCellValue("Y");
            try (var out = Files.newOutputStream(dir.resolve("edited.xlsx"))) {
                wb.write(out);
            }
        }
        try (Store store = Store.inMemory(Iris.defaults())) {
            IngestReport report = new IngestRunner(store)
                    .run(
                            MappedSource.fromFile("my-inventori", copy("inventori-xlsx.yaml", "m.yaml")),
                            List.of(dir.resolve("edited.xlsx")),
                            IngestOptions.defaults());
            assertEquals(
                    List.of(dir.resolve("edited.xlsx") + ":Perkhidmatan!K18: Pendaftaran Akaun must be Ya (online),"
                            + " Tidak (offline) or TB (not applicable), not 'Y'"),
                    report.rejections().stream().map(Object::toString).toList());
        }
    }

    @Test
    void aSheetTheWorkbookLacksIsRefusedNamingTheSheetsItHas() throws IOException {
        Path mapping = Files.writeString(
                dir.resolve("m.yaml"),
                Files.readString(fixtures.resolve("inventori-xlsx.yaml"))
                        .replace("sheet: Perkhidmatan", "sheet: Senarai"));
        String m = refused(mapping, copy("inventori-perkhidmatan.xlsx", "inventori-perkhidmatan.xlsx"));
        assertTrue(
                m.endsWith("inventori-perkhidmatan.xlsx: the workbook has no sheet 'Senarai'; its sheets are: Nota,"
                        + " Perkhidmatan"),
                m);
    }

    @Test
    void mergedHeaderCellsAreRefusedAtTheBlankCell() throws IOException {
        String m = refused(
                copy("inventori-xlsx.yaml", "m.yaml"), copy("bad-merged-header.xlsx", "inventori-perkhidmatan.xlsx"));
        assertTrue(
                m.endsWith(
                        "inventori-perkhidmatan.xlsx:2:2: sheet 'Perkhidmatan': header cell B2 is blank between named"
                                + " columns (merged header cells?): give every column its own name in one header row"),
                m);
    }

    @Test
    void aPasswordProtectedOrCorruptWorkbookIsRefusedAndTheStoreIsUnchanged() throws IOException {
        for (String bad : List.of("bad-password.xlsx", "bad-corrupt.xlsx")) {
            Path table = dir.resolve(bad.replace("bad-", "t-"));
            Files.copy(fixtures.resolve(bad), table);
            String m = refused(copy("inventori-xlsx.yaml", bad + ".yaml"), table);
            assertTrue(m.contains(table + ": is not a readable .xlsx workbook"), m);
        }
    }

    private static String refused(Path mapping, Path table) {
        try (Store store = Store.inMemory(Iris.defaults())) {
            SourceFormatException e = assertThrows(
                    SourceFormatException.class,
                    () -> new IngestRunner(store)
                            .run(
                                    MappedSource.fromFile("my-inventori", mapping),
                                    List.of(table),
                                    IngestOptions.defaults()));
            assertTrue(store.release().isEmpty(), "nothing is written");
            return e.getMessage();
        }
    }
}
