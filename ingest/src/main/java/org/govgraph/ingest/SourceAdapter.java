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
}
