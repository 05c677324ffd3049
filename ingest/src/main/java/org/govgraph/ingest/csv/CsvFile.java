package org.govgraph.ingest.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.govgraph.ingest.SourceFormatException;

/**
 * A UTF-8 CSV file read with Commons CSV, row by row, each row knowing the line it starts
 * on (quoted fields may span lines, so this is not the record number).
 *
 * <p>Decoding is strict: bytes that are not UTF-8 (a Latin-1 export, say) stop the read
 * with a {@link SourceFormatException} rather than turning into replacement characters in
 * the store. A leading byte order mark is dropped. The header row must hold every
 * required column, once.
 */
public final class CsvFile implements Closeable, Iterable<CsvRow> {
    private final Path file;
    private final CSVParser parser;
    private final List<String> header;
    private final Map<String, Integer> index;

    private CsvFile(Path file, CSVParser parser, List<String> header) {
        this.file = file;
        this.parser = parser;
        this.header = Collections.unmodifiableList(header);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            idx.put(header.get(i), i);
        }
        this.index = idx;
    }

    /** Opens a comma-separated file. */
    public static CsvFile open(Path file, List<String> requiredColumns) {
        return open(file, ',', requiredColumns);
    }

    /**
     * Opens a CSV file and reads its header.
     *
     * @throws SourceFormatException when the file is missing, empty, not UTF-8, not CSV, or
     *                               lacks a required column
     */
    public static CsvFile open(Path file, char delimiter, List<String> requiredColumns) {
        return open(file, delimiter, StandardCharsets.UTF_8, requiredColumns);
    }

    /** Opens a CSV file written in {@code charset}, decoded as strictly as UTF-8 is. */
    public static CsvFile open(
            Path file, char delimiter, java.nio.charset.Charset charset, List<String> requiredColumns) {
        Reader reader;
        try {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new SourceFormatException(file, "no such file");
        } catch (IOException e) {
            throw new SourceFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
        CSVParser parser = null;
        try {
            skipByteOrderMark(reader);
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter)
                    // Blank lines come back as records and are skipped below: if the parser
                    // skipped them itself, the next row's start line would be off by their count.
                    .setIgnoreEmptyLines(false)
                    .get();
            parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            Iterator<CSVRecord> it = parser.iterator();
            CSVRecord first = null;
            while (it.hasNext()) {
                CSVRecord candidate = it.next();
                if (!isBlank(candidate)) {
                    first = candidate;
                    break;
                }
            }
            if (first == null) {
                throw new SourceFormatException(file, "is empty: no header row");
            }
            List<String> header = new ArrayList<>();
            for (String name : first) {
                String trimmed = name.strip();
                if (header.contains(trimmed)) {
                    throw new SourceFormatException(
                            file, 1, header.size() + 1, "column '" + trimmed + "' appears twice in the header");
                }
                header.add(trimmed);
            }
            requireColumns(file, header, requiredColumns);
            return new CsvFile(file, parser, header);
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(parser, reader);
            throw unreadable(file, parser, e);
        } catch (RuntimeException e) {
            closeQuietly(parser, reader);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Fails when a header lacks any of {@code required}, naming every missing column and every
     * column the header has (shared with the other tabular readers, so all say it alike).
     */
    public static void requireColumns(Path file, List<String> header, java.util.Collection<String> required) {
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!header.contains(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new SourceFormatException(
                    file,
                    1,
                    0,
                    "missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                            + " (the header has: " + String.join(", ", header) + ")");
        }
    }

    public List<String> header() {
        return header;
    }

    /** The 0-based index of a column, or -1 when the header lacks it. */
    int indexOf(String column) {
        return index.getOrDefault(column, -1);
    }

    /**
     * The rows after the header. Iteration throws {@link SourceFormatException} when the
     * rest of the file is not CSV (an unclosed quote) or not UTF-8, naming the line.
     */
    @Override
    public Iterator<CsvRow> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private CsvRow next;

            @Override
            public boolean hasNext() {
                try {
                    while (next == null) {
                        long startLine = parser.getCurrentLineNumber() + 1;
                        if (!records.hasNext()) {
                            break;
                        }
                        CSVRecord record = records.next();
                        if (!isBlank(record)) {
                            next = new CsvRow(CsvFile.this, startLine, record);
                        }
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw unreadable(file, parser, e);
                }
                return next != null;
            }

            @Override
            public CsvRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CsvRow row = next;
                next = null;
                return row;
            }
        };
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A blank line: one empty field (a line of only delimiters is a row of empty fields, not blank). */
    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private static void skipByteOrderMark(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    private static SourceFormatException unreadable(Path file, CSVParser parser, Exception e) {
        long line = parser == null ? 1 : parser.getCurrentLineNumber() + 1;
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof CharacterCodingException
                || (cause != null && cause.getCause() instanceof CharacterCodingException)) {
            Utf8Locator.Position at = Utf8Locator.firstMalformed(file).orElse(new Utf8Locator.Position(line, 0));
            return new SourceFormatException(
                    file, at.line(), (int) at.column(), "is not valid UTF-8 (save the file as UTF-8 and try again)");
        }
        String why = cause == null || cause.getMessage() == null ? e.toString() : cause.getMessage();
        return new SourceFormatException(file, line, 0, "is not well-formed CSV: " + why);
    }

    private static void closeQuietly(CSVParser parser, Reader reader) {
        try {
            if (parser != null) {
                parser.close();
            } else {
                reader.close();
            }
        } catch (IOException ignored) {
            // Already failing with a clearer message.
        }
    }
}
