package org.govgraph.ingest.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.govgraph.ingest.RowException;
import org.govgraph.ingest.SourceFormatException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A workbook sheet read with Apache POI's streaming (SAX) reader, so that a large workbook
 * is never held in memory: rows are handed on as the sheet's XML is parsed. Cells are read
 * as Excel shows them (POI's {@link DataFormatter}); a formula cell gives the value Excel
 * cached for it, as a spreadsheet user sees it. The header is the first row with more than
 * one named cell (a one-cell title band above it is passed over); a blank header cell
 * between named ones (what merged header cells leave) is refused.
 */
final class XlsxTable implements TableFile {
    private final Path file;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final String sheet;
    private final List<String> header;
    private final long headerRow;
    /** Formula cells read, per 0-based column, known once {@link #forEach} is done. */
    private final Map<Integer, Integer> formulas = new java.util.TreeMap<>();

    private XlsxTable(
            Path file,
            OPCPackage pkg,
            XSSFReader reader,
            ReadOnlySharedStringsTable strings,
            String sheet,
            List<String> header,
            long headerRow) {
        this.file = file;
        this.pkg = pkg;
        this.reader = reader;
        this.strings = strings;
        this.sheet = sheet;
        this.header = header;
        this.headerRow = headerRow;
    }

    static XlsxTable open(Path file, String sheetName, Set<String> columns) {
        if (!Files.isRegularFile(file)) {
            throw new SourceFormatException(file, "no such file");
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (NotOfficeXmlFileException
                | InvalidFormatException
                | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new SourceFormatException(
                    file,
                    "is not a readable .xlsx workbook: it is password-protected, corrupt or"
                            + " in another format (save it as an unprotected Excel workbook, .xlsx)");
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            String sheet = sheetName(file, reader, sheetName);
            HeaderReader first = new HeaderReader();
            try {
                parse(reader, strings, sheet, first);
            } catch (HeaderRead done) {
                // The rest of the sheet is read later, row by row.
            }
            if (first.header == null) {
                throw new SourceFormatException(file, "sheet '" + sheet + "' is empty: no header row");
            }
            List<String> header = first.header;
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).isEmpty()
                        && header.subList(i, header.size()).stream().anyMatch(h -> !h.isEmpty())) {
                    throw new SourceFormatException(
                            file,
                            first.row,
                            i + 1,
                            "sheet '" + sheet + "': header cell "
                                    + CellReference.convertNumToColString(i) + first.row
                                    + " is blank between named columns"
                                    + " (merged header cells?): give every column its own name in one header row");
                }
                if (header.indexOf(header.get(i)) != i && !header.get(i).isEmpty()) {
                    throw new SourceFormatException(
                            file,
                            first.row,
                            i + 1,
                            "column '" + header.get(i) + "' appears twice in the header of sheet '" + sheet + "'");
                }
            }
            org.govgraph.ingest.csv.CsvFile.requireColumns(
                    file, header.stream().filter(h -> !h.isEmpty()).toList(), columns);
            return new XlsxTable(file, pkg, reader, strings, sheet, header, first.row);
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | org.apache.poi.ooxml.POIXMLException e) {
            pkg.revert();
            throw new SourceFormatException(file, "is not a readable .xlsx workbook: " + e.getMessage());
        } catch (RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    /** The sheet to read: the one named, or the first; a name the workbook lacks lists those it has. */
    private static String sheetName(Path file, XSSFReader reader, String wanted)
            throws IOException, InvalidFormatException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            it.next().close();
            names.add(it.getSheetName());
        }
        if (wanted == null) {
            if (names.isEmpty()) {
                throw new SourceFormatException(file, "the workbook has no sheet");
            }
            return names.get(0);
        }
        if (!names.contains(wanted)) {
            throw new SourceFormatException(
                    file, "the workbook has no sheet '" + wanted + "'; its sheets are: " + String.join(", ", names));
        }
        return wanted;
    }

    private static void parse(
            XSSFReader reader,
            ReadOnlySharedStringsTable strings,
            String sheet,
            XSSFSheetXMLHandler.SheetContentsHandler handler)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        parse(reader, strings, sheet, handler, new java.util.TreeMap<>());
    }

    /** Parses the sheet, counting in {@code formulas} the formula cells of each column (by 0-based index). */
    private static void parse(
            XSSFReader reader,
            ReadOnlySharedStringsTable strings,
            String sheet,
            XSSFSheetXMLHandler.SheetContentsHandler handler,
            Map<Integer, Integer> formulas)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        StylesTable styles = reader.getStylesTable();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                if (it.getSheetName().equals(sheet)) {
                    XMLReader xml = SAXHelper.newXMLReader();
                    xml.setContentHandler(
                            new XSSFSheetXMLHandler(
                                    styles,
                                    null,
                                    strings,
                                    handler,
                                    // One locale whatever the machine's, so a cell reads the same everywhere.
                                    new DataFormatter(java.util.Locale.ROOT),
                                    false) {
                                private int column;

                                @Override
                                public void startElement(
                                        String uri, String localName, String qName, org.xml.sax.Attributes attributes)
                                        throws SAXException {
                                    // POI hands on a formula cell's cached value without saying it was a formula: note
                                    // it here.
                                    if ("c".equals(localName) && attributes.getValue("r") != null) {
                                        column = new CellReference(attributes.getValue("r")).getCol();
                                    } else if ("f".equals(localName)) {
                                        formulas.merge(column, 1, Integer::sum);
                                    }
                                    super.startElement(uri, localName, qName, attributes);
                                }
                            });
                    xml.parse(new InputSource(in));
                    return;
                }
            }
        }
    }

    @Override
    public void forEach(Consumer<Cells> each) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).isEmpty()) {
                index.put(header.get(i), i);
            }
        }
        try {
            parse(
                    reader,
                    strings,
                    sheet,
                    new XSSFSheetXMLHandler.SheetContentsHandler() {
                        private String[] values;

                        @Override
                        public void startRow(int rowNum) {
                            values = new String[header.size()];
                        }

                        @Override
                        public void endRow(int rowNum) {
                            long line = rowNum + 1L;
                            boolean blank = java.util.Arrays.stream(values).allMatch(v -> v == null || v.isBlank());
                            if (line > headerRow && !blank) {
                                each.accept(new SheetRow(file, sheet, line, index, values));
                            }
                        }

                        @Override
                        public void cell(String ref, String formattedValue, XSSFComment comment) {
                            int col = new CellReference(ref).getCol();
                            if (col < values.length) {
                                values[col] = formattedValue;
                            }
                        }
                    },
                    formulas);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new SourceFormatException(file, "is not a readable .xlsx workbook: " + e.getMessage());
        }
    }

    /** Says which columns held formulas, whose cached values were read. */
    @Override
    public List<String> notes() {
        if (formulas.isEmpty()) {
            return List.of();
        }
        int cells = formulas.values().stream().mapToInt(Integer::intValue).sum();
        List<String> columns = formulas.keySet().stream()
                .map(i -> CellReference.convertNumToColString(i)
                        + (i < header.size() && !header.get(i).isEmpty() ? " (" + header.get(i) + ")" : ""))
                .toList();
        return List.of(file + ", sheet '" + sheet + "': " + cells + " cells hold formulas, in column"
                + (columns.size() > 1 ? "s " : " ") + String.join(", ", columns) + "; what was read is the value"
                + " each had when the workbook was last saved, not recomputed");
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** Reads the first non-empty row, then stops the parse. */
    private static final class HeaderReader implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<String> cells = new ArrayList<>();
        List<String> header;
        long row;

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            // A row of one cell above the header is a title band (often merged across the columns), not the header.
            if (cells.stream().filter(c -> !c.isEmpty()).count() > 1) {
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                header = List.copyOf(cells);
                row = rowNum + 1L;
                throw new HeaderRead();
            }
        }

        @Override
        public void cell(String ref, String formattedValue, XSSFComment comment) {
            int col = new CellReference(ref).getCol();
            while (cells.size() <= col) {
                cells.add("");
            }
            cells.set(col, formattedValue == null ? "" : formattedValue.strip());
        }
    }

    /** Ends the header pass: the rows after it are read by {@link #forEach}. */
    private static final class HeaderRead extends RuntimeException {
        HeaderRead() {
            super(null, null, false, false);
        }
    }

    /** One row of the sheet. */
    private record SheetRow(Path file, String sheet, long line, Map<String, Integer> index, String[] values)
            implements Cells {
        @Override
        public int column(String name) {
            Integer i = index.get(name);
            return i == null ? 0 : i + 1;
        }

        @Override
        public Optional<String> text(String name) {
            Integer i = index.get(name);
            String v = i == null ? null : values[i];
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
        }

        @Override
        public String requireText(String name) {
            return text(name).orElseThrow(() -> new RowException(column(name), name + " is required but empty"));
        }

        @Override
        public void requireWellFormed() {
            // A sheet has no ragged rows: a missing cell is a blank field.
        }
    }
}
