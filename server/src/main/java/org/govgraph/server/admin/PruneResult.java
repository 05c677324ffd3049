package org.govgraph.server.admin;

import java.nio.file.Path;
import java.util.List;
import org.govgraph.release.Pruning;

/**
 * What {@code POST /admin/prune} answers and {@code govgraph prune} prints: the releases whose
 * downloads were withdrawn, the folders deleted (relative to the downloads directory) and the
 * bytes reclaimed; {@code done} is false for a dry run, which only says what a prune would do.
 */
public record PruneResult(boolean done, List<WithdrawnRelease> withdrawn, List<String> folders, long bytes) {
    /** One release of one source whose downloads are no longer offered. */
    public record WithdrawnRelease(String source, String release) {}

    public static PruneResult of(Pruning pruning, Path downloads) {
        return new PruneResult(
                pruning.done(),
                pruning.withdrawn().stream()
                        .map(r -> new WithdrawnRelease(r.sourceId(), r.releaseId()))
                        .toList(),
                pruning.folders().stream()
                        .map(f -> downloads.relativize(f).toString().replace('\\', '/'))
                        .toList(),
                pruning.bytes());
    }
}
