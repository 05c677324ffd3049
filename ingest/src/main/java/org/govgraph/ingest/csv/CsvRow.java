package org.govgraph.ingest.csv;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.govgraph.ingest.RowException;

/**
 * One data row of a {@link CsvFile}, with typed field readers. A field that is present but
 * wrong throws {@link RowException} naming its column, so the row is rejected with
 * {@code file:line:column}; markers such as {@code NA} or {@code ND} read as absent, never
 * as zero.
 */
public final class CsvRow {
    private final CsvFile csv;
    private final long line;
    private final CSVRecord record;

    CsvRow(CsvFile csv, long line, CSVRecord record) {
        this.csv = csv;
        this.line = line;
        this.record = record;
    }

    public Path file() {
        return csv.file();
    }

    /** The line the row starts on (the header is line 1). */
    public long line() {
        return line;
    }

    /** The number of fields in this row. */
    public int size() {
        return record.size();
    }

    /** Fails when the row has a different number of fields than the header (a ragged row). */
    public CsvRow requireWellFormed() {
        int expected = csv.header().size();
        if (record.size() != expected) {
            throw new RowException(0, "the row has " + record.size() + " fields but the header has " + expected);
        }
        return this;
    }

    /** The 1-based column number of a header name (0 when the header lacks it). */
    public int column(String name) {
        return csv.indexOf(name) + 1;
    }

    /**
     * The field as written, or null when the header lacks the column or the row is short.
     *
     * @throws RowException when the field holds a control character (other than tab and line
     *                      breaks) or is longer than {@link #MAX_FIELD_CHARS}: no publisher
     *                      means either, and both would travel into every page and download
     */
    public String raw(String name) {
        int i = csv.indexOf(name);
        if (i < 0 || i >= record.size()) {
            return null;
        }
        String value = record.get(i);
        if (value.length() > MAX_FIELD_CHARS) {
            throw new RowException(
                    i + 1,
                    name + " is " + value.length() + " characters long; a field may hold at most " + MAX_FIELD_CHARS);
        }
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                throw new RowException(
                        i + 1,
                        name + " contains the control character U+" + String.format("%04X", (int) c) + " at position "
                                + (k + 1));
            }
        }
        return value;
    }

    /** The longest field accepted: far above any real title or description (the longest bundled one is a few thousand). */
    public static final int MAX_FIELD_CHARS = 65_536;

    /** The field stripped of surrounding white space; empty when blank or missing. */
    public Optional<String> text(String name) {
        String raw = raw(name);
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** The field stripped, read as absent also when it is one of {@code absentMarkers}. */
    public Optional<String> text(String name, Set<String> absentMarkers) {
        return text(name).filter(s -> !absentMarkers.contains(s));
    }

    /** A field that must be present and not blank. */
    public String requireText(String name) {
        return text(name).orElseThrow(() -> new RowException(column(name), name + " is required but empty"));
    }

    /** A decimal number, absent when blank or a marker; rejects anything that is not a plain number. */
    public Optional<BigDecimal> decimal(String name, Set<String> absentMarkers) {
        return text(name, absentMarkers).map(s -> {
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw new RowException(column(name), name + " is not a number: '" + abbreviate(s) + "'");
            }
        });
    }

    /**
     * A whole number, absent when blank or a marker. A float with a zero fraction
     * ({@code 136.0}) is accepted, as some published tables write ranks that way.
     */
    public Optional<BigInteger> integer(String name, Set<String> absentMarkers) {
        return decimal(name, absentMarkers).map(d -> {
            try {
                return d.stripTrailingZeros().toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw new RowException(column(name), name + " is not a whole number: '" + d.toPlainString() + "'");
            }
        });
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
