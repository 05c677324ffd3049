package org.govgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.govgraph.ingest.BundledSources;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.SourceAdapter;
import org.govgraph.ingest.Sources;
import org.govgraph.model.Iris;
import org.govgraph.release.Releases;
import org.govgraph.server.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code govgraph demo}: ingests every bundled real data set into a store (skipping those
 * already there, so a second run starts at once), builds the index and serves.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Ingest the bundled real data (Canada, Kenya, UN EGDI, Malaysia) into a store and serve it.")
public final class DemoCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

    @Option(
            names = "--store",
            paramLabel = "DIR",
            defaultValue = "govgraph-data",
            description = "The store directory (default: ./${DEFAULT-VALUE}).")
    private Path directory;

    @Option(
            names = "--base",
            paramLabel = "IRI",
            description = "The base of every IRI (default: http://localhost:PORT/ for a new store, so that links "
                    + "lead back to this server; an existing store keeps its own).")
    private String base;

    @Mixin
    private ServerOptions server;

    @Override
    public Integer call() {
        ServerSettings settings = server.settings(); // a usage error before the store is opened or created
        Releases releases = base != null
                ? Releases.open(directory, new Iris(base))
                : Releases.open(directory, "http://localhost:" + (server.port == 0 ? 8080 : server.port) + "/");
        ingestBundled(releases);
        return Platform.serve(releases, directory, settings, server.token());
    }

    /** Ingests each bundled source that the store does not hold yet, in {@link BundledSources#DEMO_ORDER}. */
    static void ingestBundled(Releases releases) {
        Path work;
        try {
            work = Files.createTempDirectory("govgraph-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for the bundled data", e);
        }
        for (String id : BundledSources.DEMO_ORDER) {
            if (releases.current().store().latestRelease(id).isPresent()) {
                LOG.info(
                        "{}: already in the store (release {}), not ingested again",
                        id,
                        releases.current().store().latestRelease(id).get().releaseId());
                continue;
            }
            SourceAdapter adapter = Sources.byId(id)
                    .orElseThrow(() -> new IllegalStateException("No adapter registered for bundled source " + id));
            List<Path> inputs = BundledSources.extract(id, work);
            // The real data has true defects (listed in each source's notes): load the good rows, report the rest.
            IngestReport report = new IngestRunner(releases.iris(), releases.sourceWriter())
                    .run(adapter, inputs, new IngestOptions(true, phase -> LOG.info("{}: {}", id, phase)));
            LOG.info(
                    "{}: rows read {}, loaded {}, skipped {}, rejected {}; {} triples in {} ms",
                    id,
                    report.rowsRead(),
                    report.rowsLoaded(),
                    report.rowsSkipped(),
                    report.rowsRejected(),
                    report.triples(),
                    report.elapsed().toMillis());
            report.skipped().forEach(r -> LOG.info("{}: skipped {}", id, r));
            report.notes().forEach(n -> LOG.info("{}: note: {}", id, n));
            report.rejections().forEach(r -> LOG.warn("{}: rejected {}", id, r));
        }
    }
}
