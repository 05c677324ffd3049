package org.govgraph.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Converts one kind of source file into RDF: reads the files row by row into an
 * {@link IngestContext}, rejecting bad rows with their line and column, and throwing
 * {@link SourceFormatException} when a file cannot be read as this source at all.
 *
 * <p>An adapter writes nothing to the store: validation and the one atomic write are the
 * {@link IngestRunner}'s job, the same for every source.
 */
public interface SourceAdapter {
    /** What the source is, for the catalog and the command line. */
    SourceInfo info();

    /** Reads the inputs. Paths are files, or a folder where {@link SourceInfo} says so. */
    void read(List<Path> inputs, IngestContext context);

    /**
     * The input files a set of arguments stands for, for provenance (a folder source names
     * the files it read). By default the arguments themselves.
     */
    default List<Path> inputFiles(List<Path> inputs) {
        return inputs;
    }

    /**
     * Whether each row can be validated with the shapes on its own, together with the shared
     * triples, so that the {@link IngestRunner} may validate a large source a chunk of rows at
     * a time and never hold it whole. True only when (1) every node that a row's shapes look
     * at is described in that row or in {@link IngestContext#shared()}, which is complete
     * before the first row is accepted; (2) a node described by several rows gets the same
     * triples from each, or else is one whose violation the runner may trace across chunks
     * (it rejects every row describing a node found violating in any chunk, as whole-source
     * validation would); and (3) checks that span rows, such as duplicate keys, are the
     * adapter's own. False by default: the whole source is validated at once.
     */
    default boolean validatesPerRow() {
        return false;
    }
}
