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

    /** Inputs read from inside govgraph rather than from a file (a bundled mapping), for provenance. None by default. */
    default List<Provenance.InputFile> bundledInputs() {
        return List.of();
    }

    /**
     * Whether the rows can be validated with the shapes a chunk at a time, so that the
     * {@link IngestRunner} never holds a large source whole. True only when:
     * <ol>
     * <li>every node that a row's shapes look at (its own nodes, and those that {@code sh:class}
     *     or {@code sh:node} follow from them) is described in that row or in
     *     {@link IngestContext#shared()}, which is complete before the first row is accepted;</li>
     * <li>a node that several rows describe is valid or not whichever of them are present
     *     (e.g. each row repeats its organisation's triples identically; a service is fully
     *     described by one row and only linked from the others). The runner then rejects every
     *     row that describes a node found violating in any chunk, as whole-source validation would;</li>
     * <li>checks that span rows, such as duplicate keys, are the adapter's own.</li>
     * </ol>
     * False by default: the whole source is validated at once.
     */
    default boolean validatesPerRow() {
        return false;
    }
}
