package org.govgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.govgraph.model.Iris;

/**
 * Validates the rows of a source whose rows are self-contained ({@link SourceAdapter#validatesPerRow()})
 * a chunk at a time, as the adapter accepts them, and spools the rows that conform, so that
 * memory stays flat however large the source.
 *
 * <p>Each chunk is validated with the shared triples, and the rows behind a violation are
 * rejected exactly as {@link ShapeValidation} does for a whole source. A node found violating
 * in one chunk is remembered: when reading ends, every spooled row of another chunk that
 * describes it is rejected too (the services of the Canada inventory are described by the
 * row of every year they were reported), so the rows rejected are those that validating the
 * whole source at once would reject.
 */
final class ChunkedValidation {
    private final IngestContext context;
    private final RowSpool spool;
    private final int chunkRows;
    private final Consumer<String> progress;
    private final List<IngestContext.Row> chunk = new ArrayList<>();
    private final Map<Node, ShapeValidation.Violation> violations = new LinkedHashMap<>();
    private long loaded;
    private long chunks;

    ChunkedValidation(Iris iris, RowSpool spool, int chunkRows, Consumer<String> progress) {
        this.context = new IngestContext(iris, this::add);
        this.spool = spool;
        this.chunkRows = chunkRows;
        this.progress = progress;
    }

    /** The context to hand to the adapter: its accepted rows come here. */
    IngestContext context() {
        return context;
    }

    /** Rows that passed validation and were spooled, less those rejected when reading ended. */
    long loaded() {
        return loaded;
    }

    /** The nodes found violating the shapes, for the replay to leave out the rows describing them. */
    Map<Node, ShapeValidation.Violation> violations() {
        return violations;
    }

    /** Validates the last chunk and rejects the spooled rows that describe a node found violating elsewhere. */
    void finish() {
        if (!chunk.isEmpty() || chunks == 0) {
            // With no row at all, the shared triples are still validated, as the whole-source path does.
            validateChunk();
        }
        spool.finishWriting();
        if (!violations.isEmpty()) {
            List<Rejection> dropped = new ArrayList<>();
            spool.replay(violations, t -> {}, dropped::add);
            dropped.forEach(context::rejected);
            loaded -= dropped.size();
            progress.accept(String.format(
                    "rejected %,d more rows that describe a node found violating in another chunk", dropped.size()));
        }
    }

    private void add(IngestContext.Row row) {
        chunk.add(row);
        if (chunk.size() >= chunkRows) {
            validateChunk();
        }
    }

    private void validateChunk() {
        ShapeValidation.Outcome outcome = ShapeValidation.validate(context.shared(), chunk);
        outcome.rejections().forEach(context::rejected);
        outcome.violations().forEach(violations::putIfAbsent);
        outcome.kept().forEach(spool::write);
        loaded += outcome.kept().size();
        chunks++;
        chunk.clear();
        progress.accept(String.format(
                "validated chunk %,d: %,d rows read, %,d valid, %,d rejected",
                chunks, context.rowsRead(), loaded, context.rejections().size()));
    }
}
