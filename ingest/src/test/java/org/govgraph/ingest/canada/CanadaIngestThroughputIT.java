package org.govgraph.ingest.canada;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.govgraph.ingest.BundledSources;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.SourceAdapter;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures, without asserting any time, how long the Canada ingests take on the real files
 * and how that compares with RIOT parsing the N-Triples of the graph they produced, in the
 * same run. The figures are printed for the release notes.
 */
class CanadaIngestThroughputIT {
    @TempDir
    Path dir;

    @Test
    void measureIngestAgainstRiotParse() throws IOException {
        measure("ca-si", new CanadaServiceInventorySource());
        measure("ca-ss", new CanadaServiceStandardsSource());
    }

    private void measure(String sourceId, SourceAdapter adapter) throws IOException {
        List<Path> inputs = BundledSources.extract(sourceId, dir.resolve("in"));
        try (Store store = Store.open(dir.resolve("store-" + sourceId), Iris.defaults())) {
            // The adapter alone (CSV to triples, no validation or write), to show where the time goes.
            long t = System.nanoTime();
            adapter.read(inputs, new IngestContext(store.iris()));
            double readSeconds = (System.nanoTime() - t) / 1e9;

            long t0 = System.nanoTime();
            IngestReport report = new IngestRunner(store).run(adapter, inputs, IngestOptions.defaults());
            long ingestNanos = System.nanoTime() - t0;
            assertTrue(report.written(), report.rejections()::toString);

            Graph graph = store.copyOf(store.iris().sourceGraph(sourceId));
            Path nt = dir.resolve(sourceId + ".nt");
            try (OutputStream out = Files.newOutputStream(nt)) {
                RDFDataMgr.write(out, graph, Lang.NTRIPLES);
            }
            AtomicLong parsed = new AtomicLong();
            long t1 = System.nanoTime();
            RDFParser.source(nt).lang(Lang.NTRIPLES).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple triple) {
                    parsed.incrementAndGet();
                }
            });
            long parseNanos = System.nanoTime() - t1;
            assertEquals(graph.size(), parsed.get(), "every triple written is parsed back");

            double ingestSeconds = ingestNanos / 1e9;
            double parseSeconds = parseNanos / 1e9;
            System.out.printf(
                    "[throughput] %s: %d rows, %d triples; ingest %.2f s (%.0f triples/s, read+SHACL+TDB2 write;"
                            + " adapter read alone %.2f s);"
                            + " RIOT N-Triples parse %.3f s (%.0f triples/s, %d bytes); ingest/parse = %.0fx%n",
                    sourceId,
                    report.rowsRead(),
                    report.triples(),
                    ingestSeconds,
                    report.triples() / ingestSeconds,
                    readSeconds,
                    parseSeconds,
                    parsed.get() / parseSeconds,
                    Files.size(nt),
                    ingestSeconds / parseSeconds);
        }
    }
}
