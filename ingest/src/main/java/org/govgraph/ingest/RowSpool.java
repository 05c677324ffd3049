package org.govgraph.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * A temporary RDF Thrift file of validated rows, written chunk by chunk while a large source
 * is read and replayed into the store's one write transaction, so that the source is never
 * held in memory whole. The file is deleted on {@link #close()}.
 *
 * <p>Each row is a marker triple (naming its file, line and column map) followed by the
 * row's own triples. The marker lets a replay drop, after the fact, the rows that describe
 * a node found violating the shapes in another chunk, just as validating the whole source
 * at once would have rejected them. Markers never reach the store.
 */
final class RowSpool implements AutoCloseable {
    /** Subject and predicate of a row marker: a private IRI that no source produces. */
    private static final Node ROW = NodeFactory.createURI("urn:x-govgraph:ingest-spool#row");

    private static final String PREFIX = "govgraph-ingest-";
    /** A spool file's name starts with the id of the process that wrote it. */
    private static final Pattern OWNER = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,18})-.*\\.rt");

    private final Path file;
    private final OutputStream out;
    private final StreamRDF writer;
    private final List<Path> files = new ArrayList<>();
    private final Map<Path, Integer> fileIndex = new HashMap<>();
    private final List<Map<String, Integer>> columnMaps = new ArrayList<>();
    private final Map<Map<String, Integer>, Integer> columnMapIndex = new HashMap<>();
    private long rows;
    private long triples;
    private boolean finished;

    private RowSpool(Path file) throws IOException {
        this.file = file;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        this.writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
        writer.start();
    }

    /**
     * A new spool file in {@code directory}, or in the system's temporary directory when it is
     * null. Spool files left there by a process that no longer runs (an ingest killed with
     * {@code kill -9}, which leaves the store as it was but cannot clean up) are deleted first.
     */
    static RowSpool create(Path directory) {
        try {
            Path dir = directory == null ? Path.of(System.getProperty("java.io.tmpdir")) : directory;
            deleteOrphans(dir);
            return new RowSpool(
                    Files.createTempFile(dir, PREFIX + ProcessHandle.current().pid() + "-", ".rt"));
        } catch (IOException e) {
            throw new IngestException("Cannot create the ingest spool file: " + e.getMessage(), e);
        }
    }

    private static void deleteOrphans(Path dir) throws IOException {
        try (var files = Files.newDirectoryStream(dir, PREFIX + "*.rt")) {
            for (Path f : files) {
                Matcher m = OWNER.matcher(f.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    Path file() {
        return file;
    }

    /** Rows written so far. */
    long rows() {
        return rows;
    }

    /** Triples written so far (rows' triples, duplicates across rows included, markers not). */
    long triples() {
        return triples;
    }

    /** Appends one validated row. */
    void write(IngestContext.Row row) {
        int f = fileIndex.computeIfAbsent(row.file(), p -> {
            files.add(p);
            return files.size() - 1;
        });
        // Rows of one file usually share one column map: keep each distinct map once.
        int c = columnMapIndex.computeIfAbsent(Map.copyOf(row.columns()), m -> {
            columnMaps.add(m);
            return columnMaps.size() - 1;
        });
        writer.triple(Triple.create(ROW, ROW, NodeFactory.createLiteralString(f + ":" + row.line() + ":" + c)));
        for (Triple t : row.triples()) {
            writer.triple(t);
        }
        rows++;
        triples += row.triples().size();
    }

    /** Ends writing; the spool can then be replayed any number of times. */
    void finishWriting() {
        if (finished) {
            return;
        }
        finished = true;
        writer.finish();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the ingest spool " + file, e);
        }
    }

    /**
     * Replays the spooled triples into {@code sink}, except those of rows describing a node
     * in {@code violations}: each such row goes to {@code dropped} as its rejection instead.
     */
    void replay(Map<Node, ShapeValidation.Violation> violations, Consumer<Triple> sink, Consumer<Rejection> dropped) {
        finishWriting();
        StreamRDF reader = violations.isEmpty()
                ? new StreamRDFBase() {
                    @Override
                    public void triple(Triple t) {
                        if (!isMarker(t)) {
                            sink.accept(t);
                        }
                    }
                }
                : new Filtering(violations, sink, dropped);
        RDFParser.source(file).lang(Lang.RDFTHRIFT).parse(reader);
    }

    private static boolean isMarker(Triple t) {
        return t.getSubject().equals(ROW) && t.getPredicate().equals(ROW);
    }

    @Override
    public void close() {
        try {
            finishWriting();
        } catch (RuntimeException e) {
            // Closing after a failure: the file is deleted below either way.
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the ingest spool " + file, e);
        }
    }

    /** Buffers one row at a time and drops the rows that describe a violating node. */
    private final class Filtering extends StreamRDFBase {
        private final Map<Node, ShapeValidation.Violation> violations;
        private final Consumer<Triple> sink;
        private final Consumer<Rejection> dropped;
        private final List<Triple> row = new ArrayList<>();
        private String marker;

        Filtering(Map<Node, ShapeValidation.Violation> violations, Consumer<Triple> sink, Consumer<Rejection> dropped) {
            this.violations = violations;
            this.sink = sink;
            this.dropped = dropped;
        }

        @Override
        public void triple(Triple t) {
            if (isMarker(t)) {
                flush();
                marker = t.getObject().getLiteralLexicalForm();
            } else {
                row.add(t);
            }
        }

        @Override
        public void finish() {
            flush();
        }

        private void flush() {
            if (marker == null) {
                return;
            }
            ShapeValidation.Violation violation = null;
            for (Triple t : row) {
                violation = violations.get(t.getSubject());
                if (violation != null) {
                    break;
                }
            }
            if (violation == null) {
                row.forEach(sink);
            } else {
                String[] ref = marker.split(":");
                // Spooled rows are those of chunked (text-file) adapters: none is on a workbook sheet.
                dropped.accept(violation.reject(
                        files.get(Integer.parseInt(ref[0])),
                        null,
                        Long.parseLong(ref[1]),
                        columnMaps.get(Integer.parseInt(ref[2]))));
            }
            row.clear();
            marker = null;
        }
    }
}
