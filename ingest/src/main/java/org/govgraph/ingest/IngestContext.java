package org.govgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govgraph.model.Iris;

/**
 * What an adapter writes into while it reads a source: one {@link Row} per input row, each
 * with its own triples, plus triples shared by the whole source (the data set itself).
 *
 * <p>Keeping each row's triples apart is what lets a SHACL violation found later be traced
 * back to the rows that produced the offending node, and those rows be rejected with their
 * file and line, while every other row is kept.
 *
 * <p>A context made with the public constructor keeps every accepted row (what
 * {@link #acceptedRows()} returns). The {@link IngestRunner} may instead hand each
 * accepted row on to a sink as soon as it is accepted ({@link #IngestContext(Iris, Consumer)}),
 * so that a large source is validated and spooled chunk by chunk and never held whole.
 */
public final class IngestContext {
    private final Iris iris;
    private final Graph shared = GraphFactory.createDefaultGraph();
    private final List<Row> accepted = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<SkippedRow> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Path, long[]> readPerFile = new HashMap<>();
    private final Consumer<Row> sink;

    /** A context that keeps every accepted row, for {@link #acceptedRows()} and {@link #assemble()}. */
    public IngestContext(Iris iris) {
        this.iris = iris;
        this.sink = accepted::add;
    }

    /** A context that passes each accepted row to {@code sink} and keeps none of them. */
    IngestContext(Iris iris, Consumer<Row> sink) {
        this.iris = iris;
        this.sink = sink;
    }

    public Iris iris() {
        return iris;
    }

    /** Triples that belong to the source as a whole rather than to one row. */
    public Graph shared() {
        return shared;
    }

    /** Starts a row: the caller adds its triples, then calls {@link Row#accept()} or {@link Row#reject}. */
    public Row row(Path file, long line) {
        return row(file, null, line);
    }

    /** Starts a row of a workbook sheet ({@code sheet} null: a text file), {@code line} being the sheet's row number. */
    public Row row(Path file, String sheet, long line) {
        readPerFile.computeIfAbsent(file, f -> new long[1])[0]++;
        return new Row(this, file, sheet, line, null);
    }

    /**
     * Starts a record of an XML file that begins at {@code line}; {@code elements} names, for
     * each column number the record's reader handed out, the element path it stands for, so
     * that a rejection names the element rather than a column.
     */
    public Row row(Path file, long line, IntFunction<String> elements) {
        readPerFile.computeIfAbsent(file, f -> new long[1])[0]++;
        return new Row(this, file, null, line, elements);
    }

    /** Rejects a row that was never started (e.g. one too broken to build). Counts it as read. */
    public void reject(Path file, long line, int column, String reason) {
        row(file, line).reject(column, reason);
    }

    void accepted(Row row) {
        sink.accept(row);
    }

    void rejected(Rejection rejection) {
        rejections.add(rejection);
    }

    void skipped(SkippedRow row) {
        skipped.add(row);
    }

    /**
     * Notes something the user should know about how a file was read that is not wrong with
     * any row (a workbook's formula cells read by their cached values, say).
     */
    public void note(String text) {
        notes.add(text);
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Rows read so far, over all files. */
    public long rowsRead() {
        return readPerFile.values().stream().mapToLong(c -> c[0]).sum();
    }

    /** The accepted rows kept so far (none when the context streams its rows to a sink). */
    public List<Row> acceptedRows() {
        return Collections.unmodifiableList(accepted);
    }

    public List<Rejection> rejections() {
        return Collections.unmodifiableList(rejections);
    }

    /** The rows that hold nothing to load and are not at fault (see {@link Row#skip}). */
    public List<SkippedRow> skippedRows() {
        return Collections.unmodifiableList(skipped);
    }

    /** The graph of the shared triples and every accepted row. */
    public Graph assemble() {
        Graph g = GraphFactory.createDefaultGraph();
        shared.find().forEachRemaining(g::add);
        for (Row row : accepted) {
            row.triples().forEach(g::add);
        }
        return g;
    }

    /** The triples of one input row, with where the row came from. */
    public static final class Row {
        private final IngestContext context;
        private final Path file;
        private final String sheet;
        private final long line;
        private final List<Triple> triples = new ArrayList<>();
        private final Set<Node> subjects = new LinkedHashSet<>();
        private final Map<String, Integer> columnOfProperty = new HashMap<>();
        /** For an XML record, the element path of each column number; null otherwise. */
        private final IntFunction<String> elements;

        private boolean closed;
        /** Why the row cannot be kept although its adapter accepts it (see {@link #add}); null while it can. */
        private String fault;

        private Row(IngestContext context, Path file, String sheet, long line, IntFunction<String> elements) {
            this.context = context;
            this.file = file;
            this.sheet = sheet;
            this.line = line;
            this.elements = elements;
        }

        public Path file() {
            return file;
        }

        /** The workbook sheet the row is on, or null for a row of a text file. */
        public String sheet() {
            return sheet;
        }

        public long line() {
            return line;
        }

        /**
         * Adds a triple, through the checks every source shares ({@link WrittenValues}): an IRI
         * with only white space around it is trimmed; an object IRI that RDF or JSON-LD forbids
         * is left out, with a quality annotation on the subject giving the value as published;
         * a subject or predicate that is not a legal IRI rejects the row when it is accepted
         * (no adapter mints one from a key, so it is a fault of the source's structure);
         * titles and names are one line.
         */
        public Row add(Node s, Node p, Node o) {
            Optional<Node> subject = WrittenValues.iri(s);
            Optional<Node> property = WrittenValues.iri(p);
            if (subject.isEmpty() || property.isEmpty()) {
                if (fault == null) {
                    fault = "'" + (subject.isEmpty() ? s : p).getURI() + "' is not a legal IRI";
                }
                return this;
            }
            Optional<Node> object = WrittenValues.iri(o);
            if (object.isEmpty()) {
                QualityNote.add(
                        this,
                        context.iris(),
                        subject.get(),
                        property.get(),
                        "'" + o.getURI()
                                + "' (" + property.get().getURI() + ") is not an IRI that RDF and JSON-LD allow"
                                + " (white space, control characters or <>\"{}|\\^` inside), so it is left out.");
                return this;
            }
            triples.add(
                    Triple.create(subject.get(), property.get(), WrittenValues.value(property.get(), object.get())));
            subjects.add(subject.get());
            return this;
        }

        /** Notes that values of {@code property} came from {@code column}, so a SHACL violation on it names the column. */
        public Row column(Node property, int column) {
            columnOfProperty.put(property.getURI(), column);
            return this;
        }

        /** The column a property was read from, or 0 when the row did not say. */
        public int columnOf(String propertyUri) {
            return propertyUri == null ? 0 : columnOfProperty.getOrDefault(propertyUri, 0);
        }

        public List<Triple> triples() {
            return Collections.unmodifiableList(triples);
        }

        Set<Node> subjects() {
            return subjects;
        }

        /** Which column each property's values came from (property IRI to 1-based column). */
        Map<String, Integer> columns() {
            return columnOfProperty;
        }

        public void accept() {
            if (fault != null) {
                reject(0, fault);
                return;
            }
            close();
            context.accepted(this);
        }

        public void reject(int column, String reason) {
            close();
            context.rejected(rejection(column, reason));
        }

        /** The rejection of this row at {@code column}, placed as its file's kind names places. */
        Rejection rejection(int column, String reason) {
            return new Rejection(file, line, column, reason, sheet, elements == null ? null : elements.apply(column));
        }

        /**
         * Closes a row that describes nothing and is not wrong, such as a survey row for a
         * country that did not exist yet: it is neither loaded nor rejected, and is listed
         * with the reason so that rows read still add up.
         */
        public void skip(String reason) {
            close();
            context.skipped(new SkippedRow(file, line, reason));
        }

        private void close() {
            if (closed) {
                throw new IllegalStateException("Row " + file + ":" + line + " was already accepted or rejected");
            }
            closed = true;
        }
    }
}
