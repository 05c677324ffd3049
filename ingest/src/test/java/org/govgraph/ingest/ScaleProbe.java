package org.govgraph.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.govgraph.ingest.canada.CanadaServiceInventorySource;
import org.govgraph.ingest.generate.InventoryGenerator;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;

/**
 * Measures the {@code ca-si} ingest of generated inventories of growing size into a fresh
 * TDB2 store on disk: wall time, triples per second and peak heap, with the time split into
 * read-and-validate and write. Not a test: run it by hand (the command is in the ingest
 * module's notes and the scale report), one JVM per size so that the heap peaks are its own:
 *
 * <pre>java -Xmx2g -cp ... org.govgraph.ingest.ScaleProbe 10000 100000</pre>
 */
public final class ScaleProbe {
    private ScaleProbe() {}

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("govgraph-scale-");
        try {
            for (String arg : args) {
                probe(Long.parseLong(arg), work);
            }
        } finally {
            deleteTree(work);
        }
    }

    private static void probe(long services, Path work) throws IOException {
        Path csv = InventoryGenerator.fromBundled().write(services, 42, work.resolve("si-" + services + ".csv"));
        Path storeDir = work.resolve("store-" + services);
        System.gc();
        resetHeapPeaks();
        long[] writingAt = {0};
        long t0 = System.nanoTime();
        IngestReport report;
        try (Store store = Store.open(storeDir, Iris.defaults())) {
            report = new IngestRunner(store)
                    .run(new CanadaServiceInventorySource(), List.of(csv), new IngestOptions(true, message -> {
                        if (message.startsWith("writing")) {
                            writingAt[0] = System.nanoTime();
                        }
                        if (!message.startsWith("validated chunk") || message.contains("00,000 rows read")) {
                            System.err.printf("  [%6.1f s] %s%n", (System.nanoTime() - t0) / 1e9, message);
                        }
                    }));
        }
        long t1 = System.nanoTime();
        double seconds = (t1 - t0) / 1e9;
        System.out.printf(
                "[scale] services=%,d rows=%,d loaded=%,d rejected=%,d triples=%,d time=%.1f s"
                        + " (read+validate %.1f s, write %.1f s) triples/s=%,.0f peakHeap=%,d MiB maxHeap=%,d MiB csv=%,d MiB%n",
                services,
                report.rowsRead(),
                report.rowsLoaded(),
                report.rowsRejected(),
                report.triples(),
                seconds,
                (writingAt[0] - t0) / 1e9,
                (t1 - writingAt[0]) / 1e9,
                report.triples() / seconds,
                peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                Files.size(csv) >> 20);
        deleteTree(storeDir);
        Files.delete(csv);
    }

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
