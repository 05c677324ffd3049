package org.govgraph.ingest.kenya;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.govgraph.ingest.BundledSources;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.SourceAdapter;
import org.govgraph.ingest.mapping.MappedSource;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.Test;

/**
 * Probe, not a test (run it by name): the Kenya mapping against the adapter it replaces, on the bundled
 * real data in one JVM: isomorphic graphs, and the ingest time of each over nine alternating runs.
 */
class KenyaMappingVersusAdapterProbe {
    @Test
    void compare() throws Exception {
        Path tmp = Files.createTempDirectory("ke");
        List<Path> real = BundledSources.extract("ke-ecitizen", tmp);
        Graph a = run(new KenyaEcitizenSource(), real);
        Graph b = run(MappedSource.bundled("ke-ecitizen"), real);
        System.out.println("ISO real: " + a.isIsomorphicWith(b) + " " + a.size() + " " + b.size());
        if (!a.isIsomorphicWith(b)) {
            int n = 0;
            for (var it = a.find(); it.hasNext() && n < 10; ) { var t = it.next(); if (!b.contains(t)) { System.out.println("ONLY JAVA " + t); n++; } }
            n = 0;
            for (var it = b.find(); it.hasNext() && n < 10; ) { var t = it.next(); if (!a.contains(t)) { System.out.println("ONLY MAP " + t); n++; } }
        }
        // timing: alternate, 5 rounds each, after the warm-up above
        long[] jv = new long[9];
        long[] map = new long[9];
        for (int i = 0; i < 9; i++) {
            long t0 = System.nanoTime(); run(new KenyaEcitizenSource(), real); jv[i] = System.nanoTime() - t0;
            t0 = System.nanoTime(); run(MappedSource.bundled("ke-ecitizen"), real); map[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(jv); java.util.Arrays.sort(map);
        System.out.printf("TIMING median java %.0f ms, mapping %.0f ms, ratio %.2f; all java %s mapping %s%n", jv[4] / 1e6, map[4] / 1e6,
                (double) map[4] / jv[4], java.util.Arrays.toString(jv), java.util.Arrays.toString(map));
    }

    private Graph run(SourceAdapter adapter, List<Path> inputs) {
        Iris iris = Iris.defaults();
        try (Store store = Store.inMemory(iris)) {
            IngestReport r = new IngestRunner(store).run(adapter, inputs, new IngestOptions(true, s -> { }));
            if (!r.rejections().isEmpty()) System.out.println("REJECTS " + r.rejections().size() + " " + r.rejections().get(0));
            return store.copyOf(iris.sourceGraph("ke-ecitizen"));
        }
    }
}
