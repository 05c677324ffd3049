package org.govgraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.model.store.Store;
import org.govgraph.model.store.TripleSource;

/**
 * Runs one ingest: the adapter reads every row, the rows are validated against the SHACL
 * shapes, rows behind a violation are rejected, and only then, if nothing was rejected or
 * rejects are allowed, the source's graph is replaced in one transaction. A run that fails
 * at any point before or during that write leaves the store exactly as it was.
 *
 * <p>Two paths, with the same guarantees. By default the whole source is held and validated
 * at once. When the adapter's rows are self-contained ({@link SourceAdapter#validatesPerRow()}),
 * rows are validated in chunks as they are read and the valid ones spooled to a temporary
 * file ({@link RowSpool}), which the write replays: memory stays flat and time grows linearly
 * with the size of the source.
 */
public final class IngestRunner {
    /** Triples between two progress messages while writing. */
    private static final long WRITE_PROGRESS_EVERY = 1_000_000;

    private final Iris iris;
    private final SourceWriter writer;
    private final Path spoolDirectory;

    /** Where a validated source graph is written: one all-or-nothing replacement of the source's graph. */
    @FunctionalInterface
    public interface SourceWriter {
        /** Replaces the graph of {@code sourceId} with {@code content} and records the release, or changes nothing. */
        Release replaceSource(String sourceId, TripleSource content, Function<Release, Graph> catalogAdditions);
    }

    /** A runner that writes straight into {@code store}. */
    public IngestRunner(Store store) {
        this(store.iris(), store::replaceSource, null);
    }

    /** A runner whose validated graph goes to {@code writer} (for instance a release built aside). */
    public IngestRunner(Iris iris, SourceWriter writer) {
        this(iris, writer, null);
    }

    /** A runner that spools into {@code spoolDirectory} (null: the system's temporary directory). */
    IngestRunner(Store store, Path spoolDirectory) {
        this(store.iris(), store::replaceSource, spoolDirectory);
    }

    private IngestRunner(Iris iris, SourceWriter writer, Path spoolDirectory) {
        this.iris = iris;
        this.writer = writer;
        this.spoolDirectory = spoolDirectory;
    }

    public IngestReport run(SourceAdapter adapter, List<Path> inputs, IngestOptions options) {
        Instant started = Instant.now();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new SourceFormatException(input, "no such file or folder");
            }
        }
        options.progress().accept("reading " + adapter.info().id());
        return adapter.validatesPerRow()
                ? runInChunks(adapter, inputs, options, started)
                : runWhole(adapter, inputs, options, started);
    }

    private IngestReport runWhole(SourceAdapter adapter, List<Path> inputs, IngestOptions options, Instant started) {
        IngestContext context = new IngestContext(iris);
        adapter.read(inputs, context);
        options.progress().accept("validating " + context.acceptedRows().size() + " rows against the shapes");
        ShapeValidation.Outcome outcome = ShapeValidation.validate(context.shared(), context.acceptedRows());
        List<Rejection> rejections = new ArrayList<>(context.rejections());
        rejections.addAll(outcome.rejections());
        long loaded = outcome.kept().size();
        options.progress().accept("writing " + outcome.graph().size() + " triples");
        return finish(adapter, inputs, options, started, context, loaded, rejections, TripleSource.of(outcome.graph()));
    }

    private IngestReport runInChunks(SourceAdapter adapter, List<Path> inputs, IngestOptions options, Instant started) {
        try (RowSpool spool = RowSpool.create(spoolDirectory)) {
            ChunkedValidation chunks = new ChunkedValidation(iris, spool, options.chunkRows(), options.progress());
            IngestContext context = chunks.context();
            adapter.read(inputs, context);
            chunks.finish();
            options.progress()
                    .accept(String.format(
                            "writing %,d rows (%,d triples before duplicates are merged)",
                            chunks.loaded(), spool.triples()));
            TripleSource content = sink -> {
                context.shared().find().forEachRemaining(sink);
                spool.replay(chunks.violations(), counting(sink, options.progress()), dropped -> {});
            };
            return finish(
                    adapter,
                    inputs,
                    options,
                    started,
                    context,
                    chunks.loaded(),
                    new ArrayList<>(context.rejections()),
                    content);
        }
    }

    /** Writes the source graph, unless rows were rejected and rejects are not allowed, and reports. */
    private IngestReport finish(
            SourceAdapter adapter,
            List<Path> inputs,
            IngestOptions options,
            Instant started,
            IngestContext context,
            long loaded,
            List<Rejection> rejections,
            TripleSource content) {
        SourceInfo info = adapter.info();
        long read = context.rowsRead();
        List<SkippedRow> skipped = context.skippedRows();
        if (read == 0) {
            // A header without rows is not an empty release: writing it would silently empty the source.
            throw new SourceFormatException(
                    inputs.get(0),
                    "has no data rows: nothing was ingested, and the " + info.id() + " graph is unchanged");
        }
        rejections.sort(Comparator.comparing(Rejection::file).thenComparingLong(Rejection::line));
        // Every row rejected is never written, even with --allow-rejects: it too would empty the source.
        if (!rejections.isEmpty() && (!options.allowRejects() || loaded == 0)) {
            return new IngestReport(
                    info.id(),
                    read,
                    loaded,
                    skipped,
                    rejections,
                    context.notes(),
                    0,
                    Optional.empty(),
                    Duration.between(started, Instant.now()));
        }
        List<Path> files = adapter.inputFiles(inputs);
        Provenance provenance =
                Provenance.of(info, files, adapter.bundledInputs(), started, read, loaded, rejections.size());
        // The service statistics cube is computed over the graph as stored, in the same write,
        // before the catalog additions, which describe it as a data set of the release.
        Graph[] cube = {Graph.emptyGraph};
        TripleSource withStatistics = TripleSource.withDerivation(content, stored -> {
            Instant t0 = Instant.now();
            cube[0] = ServiceStatistics.of(stored, iris, info.id());
            options.progress()
                    .accept(String.format(
                            "computed the service statistics cube (%,d triples) in %,d ms",
                            cube[0].size(), Duration.between(t0, Instant.now()).toMillis()));
            return cube[0];
        });
        Release release = writer.replaceSource(info.id(), withStatistics, r -> {
            Graph catalog = provenance.describe(iris, r);
            ServiceStatistics.describe(catalog, iris, info, r, cube[0]);
            return catalog;
        });
        return new IngestReport(
                info.id(),
                read,
                loaded,
                skipped,
                rejections,
                context.notes(),
                release.triples(),
                Optional.of(release),
                Duration.between(started, Instant.now()));
    }

    private static Consumer<Triple> counting(Consumer<Triple> sink, Consumer<String> progress) {
        long[] n = {0};
        return t -> {
            sink.accept(t);
            if (++n[0] % WRITE_PROGRESS_EVERY == 0) {
                progress.accept(String.format("written %,d triples", n[0]));
            }
        };
    }
}
