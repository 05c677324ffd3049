package org.govgraph.search.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.govgraph.ingest.BundledSources;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.Sources;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On every bundled source in a TDB2 store, the index definitions read the documents the graph walk read. */
class EntityReaderBundledIT {
    @TempDir
    Path dir;

    @Test
    void theDefinitionsReadTheSameDocumentsAsTheGraphWalkOnTheBundledData() {
        try (Store store = Store.open(dir.resolve("store"), Iris.defaults())) {
            IngestRunner runner = new IngestRunner(store);
            for (String id : BundledSources.DEMO_ORDER) {
                List<Path> inputs = BundledSources.extract(id, dir.resolve("inputs"));
                IngestReport report =
                        runner.run(Sources.byId(id).orElseThrow(), inputs, new IngestOptions(true, s -> {}));
                assertTrue(report.written(), id + " was not written: " + report.rejections());
            }
            long t0 = System.nanoTime();
            List<IndexedEntity> walked = EntityDocuments.byGraphWalk(store);
            long t1 = System.nanoTime();
            List<IndexedEntity> defined = EntityDocuments.byDefinitions(store);
            long t2 = System.nanoTime();
            // Printed only: the build machine is shared, so the figures are for the record, not asserted.
            System.out.printf(
                    "EntityReaderBundledIT: %d entities, graph walk %d ms, definitions %d ms%n",
                    walked.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            EntityDocuments.assertSame(walked, defined);
        }
    }
}
