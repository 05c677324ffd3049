package org.govgraph.release.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govgraph.ingest.BundledSources;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.Sources;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.release.publish.Publisher;

/**
 * Every bundled source ingested as {@code govgraph demo} does, into one TDB2 store on disk,
 * and published: made once per test JVM because it takes a minute, shared by the
 * conformance tests, which only read it.
 */
public final class BundledPlatform {
    private static BundledPlatform instance;

    public final Path dir;
    public final Store store;
    public final Publisher publisher;

    private BundledPlatform(Path dir) {
        this.dir = dir;
        store = Store.open(dir.resolve("store"), Iris.defaults());
        IngestRunner runner = new IngestRunner(store);
        for (String id : BundledSources.DEMO_ORDER) {
            List<Path> inputs = BundledSources.extract(id, dir.resolve("inputs"));
            IngestReport report = runner.run(Sources.byId(id).orElseThrow(), inputs, new IngestOptions(true, s -> {}));
            if (!report.written()) {
                throw new IllegalStateException(id + " was not written: " + report.rejections());
            }
        }
        publisher = new Publisher(store, dir.resolve("downloads"));
        publisher.publishAll();
    }

    public static synchronized BundledPlatform get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("govgraph-conformance-");
                instance = new BundledPlatform(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    instance.store.close();
                    deleteTree(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
