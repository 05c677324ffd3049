package org.govgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.govgraph.release.Releases;
import org.govgraph.release.publish.CatalogException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code govgraph export --store DIR --out DIR}: writes offline what the server publishes:
 * the DCAT catalog ({@code catalog.ttl}, {@code catalog.jsonld}), the VoID description and
 * every source's latest release files under {@code OUT/{source}/{release}/}, publishing
 * releases that were not published yet.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write the catalog and every data set's latest release files (Turtle, N-Triples, JSON-LD, CSV "
                + "with CSVW metadata) to a folder, as /catalog and /download serve them.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "The folder to write to (created if needed).")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        try (Releases platform = store.openExisting()) {
            List<Path> written = platform.current().publisher().export(out);
            for (Path file : written) {
                stdout.printf("%12d  %s%n", size(file), file);
            }
            stdout.printf("%d files written to %s%n", written.size(), out);
            return 0;
        } catch (CatalogException e) {
            spec.commandLine().getErr().println("export failed: " + e.getMessage());
            return 1;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
