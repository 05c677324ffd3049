package org.govgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.govgraph.model.store.StoreException;
import org.govgraph.release.Releases;
import org.govgraph.server.admin.PruneResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code govgraph prune --keep N}: reclaims the disk of old releases' downloads. The catalog
 * first withdraws the downloads of all but the newest N releases of each source (their records
 * and checksums stay, so citations still resolve), as a release of its own; then their folders
 * are deleted, with any a crashed build left. Handed to the server when one serves the store,
 * like an ingest. Exit 0 done (or nothing to do), 2 the store cannot be opened.
 */
@Command(
        name = "prune",
        mixinStandardHelpOptions = true,
        description =
                "Withdraw the downloads of all but the newest N releases of each source from the catalog and"
                        + " delete their files, also while a server serves the store (exit 0 done, 2 the store cannot be opened).")
public final class PruneCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(
            names = "--keep",
            required = true,
            paramLabel = "N",
            description = "How many of the newest releases of each source keep their downloads (at least 1).")
    private int keep;

    @Option(names = "--dry-run", description = "Only say what would be withdrawn and deleted.")
    private boolean dryRun;

    @Override
    public Integer call() {
        if (keep < 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--keep must be at least 1: the latest release of each" + " source is always downloadable (was "
                            + keep + ")");
        }
        Optional<ServerAnnouncement> server = store.liveServer();
        PruneResult result = server.isPresent() ? remote(server.get()) : inThisProcess();
        print(result);
        return 0;
    }

    private PruneResult inThisProcess() {
        try (Releases releases = store.openExisting()) {
            return PruneResult.of(releases.prune(keep, dryRun), releases.downloadsDirectory());
        }
    }

    private PruneResult remote(ServerAnnouncement server) {
        String token = server.adminToken(store.directory, "prune");
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(server.url() + "admin/prune?keep=" + keep + "&dryRun=" + dryRun))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new StoreException("The govgraph server at " + server.url() + " refused the prune ("
                        + response.statusCode() + "): " + response.body());
            }
            return JSON.readValue(response.body(), PruneResult.class);
        } catch (IOException e) {
            throw new StoreException(
                    "The govgraph server at " + server.url() + " did not complete the prune: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while the server pruned", e);
        }
    }

    private void print(PruneResult result) {
        PrintWriter out = spec.commandLine().getOut();
        String would = result.done() ? "" : "would be ";
        result.withdrawn()
                .forEach(r -> out.printf(
                        "%s release %s: downloads %swithdrawn (its catalog record and" + " checksums stay)%n",
                        r.source(), r.release(), would));
        result.folders().forEach(f -> out.printf("%s: %sdeleted%n", f, would));
        out.printf(
                Locale.ROOT,
                "%s%d releases withdrawn, %d folders deleted, %.1f MB reclaimed%n",
                result.done() ? "" : "dry run, nothing changed: ",
                result.withdrawn().size(),
                result.folders().size(),
                result.bytes() / 1e6);
    }
}
