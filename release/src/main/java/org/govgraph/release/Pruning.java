package org.govgraph.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.govgraph.model.store.Release;

/**
 * What a prune withdrew and deleted (or, when not {@code done}, would): the releases whose
 * downloads the catalog no longer offers, the folders deleted, and the bytes they held.
 */
public record Pruning(List<Release> withdrawn, List<Path> folders, long bytes, boolean done) {
    public Pruning {
        withdrawn = List.copyOf(withdrawn);
        folders = List.copyOf(folders);
    }

    /** Measures the folders' size now, before they are deleted. */
    static Pruning of(List<Release> withdrawn, List<Path> folders, boolean done) {
        return new Pruning(
                withdrawn, folders, folders.stream().mapToLong(Pruning::sizeOf).sum(), done);
    }

    private static long sizeOf(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure " + folder, e);
        }
    }
}
