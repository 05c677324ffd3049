package org.govgraph.bench.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.govgraph.bench.support.HeapSampler;
import org.govgraph.ingest.BundledSources;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.Sources;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.release.Releases;

/**
 * The child JVM of the ingest benchmark and of the store builds: ingests a service
 * inventory (source {@code ca-si}) into a TDB2 store on disk with govgraph's
 * {@link IngestRunner}, exactly as {@code govgraph ingest} does, and prints what it
 * measured as {@code key=value} lines. Run alone so that its heap is its own.
 *
 * <pre>{@code IngestProbe STORE_DIR INVENTORY.csv [--demo] [--index] [--nt FILE]}</pre>
 * {@code --demo} first ingests the other bundled sources (so the example queries find
 * their data), {@code --index} builds the search index afterwards, {@code --nt} writes the
 * source graph as N-Triples for the bulk-loader peer (not timed).
 */
public final class IngestProbe {
    private IngestProbe() {}

    public static void main(String[] args) throws IOException {
        Path storeDir = Path.of(args[0]);
        Path inventory = Path.of(args[1]);
        List<String> flags = List.of(args).subList(2, args.length);
        try (Releases releases = Releases.open(storeDir, Iris.defaults());
                HeapSampler heap = HeapSampler.start(50)) {
            if (flags.contains("--demo")) {
                Path extracted = Files.createTempDirectory("govgraph-bench-demo");
                for (String id : BundledSources.DEMO_ORDER) {
                    if (!id.equals("ca-si")) {
                        new IngestRunner(releases.iris(), releases.sourceWriter())
                                .run(
                                        Sources.byId(id).orElseThrow(),
                                        BundledSources.extract(id, extracted),
                                        new IngestOptions(true, s -> {}));
                    }
                }
            }
            List<String> phases = new ArrayList<>();
            long t0 = System.nanoTime();
            IngestReport report = new IngestRunner(releases.iris(), releases.sourceWriter())
                    .run(Sources.byId("ca-si").orElseThrow(), List.of(inventory), new IngestOptions(true, phase -> {
                        phases.add(phase);
                        System.out.println("phase=" + phase + " at " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                    }));
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.println("rows=" + report.rowsRead());
            System.out.println("rejected=" + report.rowsRejected());
            System.out.println("triples=" + report.triples());
            System.out.println("seconds=" + seconds);
            System.out.println("peakHeapMiB=" + heap.peakMiB());
            System.out.println(
                    "release=" + report.release().map(r -> r.releaseId()).orElse(""));
            if (flags.contains("--index")) {
                long i0 = System.nanoTime();
                // A release comes with its index: this only checks it (a no-op when current).
                releases.current().index().ensureCurrent();
                System.out.println("indexSeconds=" + (System.nanoTime() - i0) / 1e9);
            }
            int nt = flags.indexOf("--nt");
            if (nt >= 0) {
                long e0 = System.nanoTime();
                Path out = Path.of(flags.get(nt + 1));
                writeSourceGraph(releases.current().store(), out);
                System.out.println("ntBytes=" + Files.size(out));
                System.out.println("exportSeconds=" + (System.nanoTime() - e0) / 1e9);
            }
        }
        System.out.flush();
        System.exit(0);
    }

    /**
     * Writes the {@code ca-si} graph as N-Triples to {@code out}, through a temporary file
     * moved into place at the end, so that a file of that name is always complete and can be
     * reused by a later run (the triples of an inventory are deterministic).
     */
    public static void writeSourceGraph(Store store, Path out) throws IOException {
        Path part = out.resolveSibling(out.getFileName() + ".part");
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(part), 1 << 20)) {
            store.read(() -> {
                RDFDataMgr.write(os, store.datasetGraph().getGraph(store.iris().sourceGraph("ca-si")), Lang.NTRIPLES);
                return null;
            });
        }
        Files.move(
                part,
                out,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
