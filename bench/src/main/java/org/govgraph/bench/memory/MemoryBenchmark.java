package org.govgraph.bench.memory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.govgraph.bench.report.ResultTable;
import org.govgraph.bench.support.ChildJvm;
import org.govgraph.bench.support.Workspace;

/**
 * Benchmark 5, memory: the smallest {@code -Xmx} at which govgraph serves a store with the
 * query mix (and a few searches) at 4 clients without a single error, found by bisection
 * over child JVMs (each exits at once on an out-of-memory error).
 */
public final class MemoryBenchmark {
    private static final int CLIENTS = 4;
    /**
     * From this size on, one pass of the mix under a 10-minute query limit: whole-inventory
     * aggregates take a minute there (the subject is memory, not latency), and each try must
     * stay short enough for a bisection.
     */
    private static final long LARGE = 500_000;

    private final Workspace work;
    private final long services;

    public MemoryBenchmark(Workspace work, long services) {
        this.work = work;
        this.services = services;
    }

    private int passes() {
        return services >= LARGE ? 1 : 3;
    }

    private long timeoutSeconds() {
        return services >= LARGE ? 600 : 60;
    }

    public ResultTable run() {
        Path dir = work.servingStore(services, "8g");
        List<String> tried = new ArrayList<>();
        int low = 16;
        int high = 2048;
        if (!serves(dir, high, tried)) {
            return ResultTable.builder("memory", "5. Memory", "services", "smallest -Xmx")
                    .row(services, "> " + high + "m")
                    .note("Tried: " + String.join("; ", tried))
                    .build();
        }
        while (high - low > Math.max(8, low / 8)) {
            int mid = (low + high) / 2;
            if (serves(dir, mid, tried)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return ResultTable.builder(
                        "memory",
                        "5. Memory: smallest heap that serves the query mix without errors",
                        "services",
                        "store on disk MiB",
                        "smallest -Xmx that works",
                        "largest that fails")
                .row(services, Workspace.size(dir) / 1048576.0, high + "m", low + "m")
                .note("Each try is a child JVM (-XX:+ExitOnOutOfMemoryError) that opens the store and its index,"
                        + " starts govgraph and answers " + passes()
                        + " pass(es) of the example queries and four searches"
                        + " at " + CLIENTS + " concurrent clients, with a query time limit of " + timeoutSeconds()
                        + " s; it passes when every answer is 2xx.")
                .note("Tries: " + String.join("; ", tried) + ".")
                .build();
    }

    private boolean serves(Path dir, int heapMiB, List<String> tried) {
        System.out.println("memory: -Xmx" + heapMiB + "m");
        ChildJvm.Result r = ChildJvm.of(ServeProbe.class)
                .heap(heapMiB + "m")
                .args("check", dir, passes(), CLIENTS, timeoutSeconds())
                .run(Duration.ofMinutes(30), line -> {});
        boolean ok = r.exitCode() == 0;
        tried.add(heapMiB + "m "
                + (ok
                        ? "ok"
                        : r.outOfMemory()
                                ? "out of memory"
                                : r.timedOut() ? "timed out" : "failed (" + r.value("errors") + ")")
                + (r.value("peakHeapMiB") == null
                        ? ""
                        : String.format(
                                java.util.Locale.ROOT, ", peak %.0f MiB", Double.parseDouble(r.value("peakHeapMiB")))));
        System.out.println("  " + tried.get(tried.size() - 1));
        return ok;
    }
}
