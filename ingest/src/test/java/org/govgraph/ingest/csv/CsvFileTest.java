package org.govgraph.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govgraph.ingest.RowException;
import org.govgraph.ingest.SourceFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvRow> rows(CsvFile csv) {
        List<CsvRow> out = new ArrayList<>();
        csv.forEach(out::add);
        return out;
    }

    @Test
    void rowsKnowTheLineTheyStartOnAcrossQuotedLineBreaksAndBlankLines() throws IOException {
        Path f = write("a.csv", "\uFEFFid,name\n1,\"two\nlines\"\n\n2,plain\n");
        try (CsvFile csv = CsvFile.open(f, List.of("id", "name"))) {
            List<CsvRow> rows = rows(csv);
            assertEquals(
                    List.of("id", "name"), csv.header(), "the byte order mark is not part of the first column's name");
            assertEquals(2, rows.size());
            assertEquals(2, rows.get(0).line());
            assertEquals("two\nlines", rows.get(0).raw("name"));
            assertEquals(5, rows.get(1).line());
        }
    }

    @Test
    void aLatin1ByteIsReportedAtItsLineAndColumn() throws IOException {
        byte[] head = "id,name\n1,ok\n2,caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // é in Latin-1
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Path f = write("latin1.csv", bytes);
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> {
            try (CsvFile csv = CsvFile.open(f, List.of("id"))) {
                rows(csv);
            }
        });
        assertEquals(f + ":3:6: is not valid UTF-8 (save the file as UTF-8 and try again)", e.getMessage());
    }

    @Test
    void aMissingColumnNamesTheFileAndTheColumn() throws IOException {
        Path f = write("b.csv", "id,title\n1,x\n");
        SourceFormatException e =
                assertThrows(SourceFormatException.class, () -> CsvFile.open(f, List.of("id", "name")));
        assertTrue(e.getMessage().startsWith(f + ":1:0: missing required column name"), e.getMessage());
    }

    @Test
    void anEmptyFileAndAnUnclosedQuoteAreNotCsv() throws IOException {
        Path empty = write("empty.csv", "");
        assertTrue(assertThrows(SourceFormatException.class, () -> CsvFile.open(empty, List.of("id")))
                .getMessage()
                .contains("is empty"));
        Path unclosed = write("unclosed.csv", "id,name\n1,\"never closed\n2,x\n");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> {
            try (CsvFile csv = CsvFile.open(unclosed, List.of("id"))) {
                rows(csv);
            }
        });
        assertTrue(e.getMessage().contains("is not well-formed CSV"), e.getMessage());
    }

    @Test
    void controlCharactersAndHugeFieldsRejectTheRowAtTheirColumn() throws IOException {
        Path f = write("c.csv", "id,name\n1,a\u0000b\n2," + "x".repeat(CsvRow.MAX_FIELD_CHARS + 1) + "\n3,fine\n");
        try (CsvFile csv = CsvFile.open(f, List.of("id", "name"))) {
            List<CsvRow> rows = rows(csv);
            RowException nul =
                    assertThrows(RowException.class, () -> rows.get(0).raw("name"));
            assertEquals(2, nul.column());
            assertEquals("name contains the control character U+0000 at position 2", nul.getMessage());
            RowException huge =
                    assertThrows(RowException.class, () -> rows.get(1).text("name"));
            assertEquals(2, huge.column());
            assertTrue(huge.getMessage().contains("at most " + CsvRow.MAX_FIELD_CHARS), huge.getMessage());
            assertEquals("fine", rows.get(2).raw("name"));
        }
    }

    @Test
    void markersReadAsAbsentAndBadNumbersNameTheirColumn() throws IOException {
        Path f = write("d.csv", "id,n,rank\n1,NA,136.0\n2,\"1,234\",1.5\n");
        try (CsvFile csv = CsvFile.open(f, List.of("id", "n", "rank"))) {
            List<CsvRow> rows = rows(csv);
            assertTrue(rows.get(0).integer("n", Set.of("NA", "ND")).isEmpty(), "NA is absent, never zero");
            assertEquals(
                    136, rows.get(0).integer("rank", Set.of()).orElseThrow().intValue());
            RowException comma =
                    assertThrows(RowException.class, () -> rows.get(1).decimal("n", Set.of()));
            assertEquals(2, comma.column());
            RowException fraction =
                    assertThrows(RowException.class, () -> rows.get(1).integer("rank", Set.of()));
            assertEquals(3, fraction.column());
        }
    }
}
