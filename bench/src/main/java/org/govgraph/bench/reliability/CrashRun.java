package org.govgraph.bench.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.govgraph.bench.report.ResultTable;
import org.govgraph.bench.support.ChildJvm;
import org.govgraph.bench.support.Workspace;
import org.govgraph.cli.GovgraphCommand;
import org.govgraph.model.Iris;
import org.govgraph.model.store.GraphDigest;
import org.govgraph.model.store.Release;
import org.govgraph.model.store.Store;
import org.govgraph.release.PlatformRelease;
import org.govgraph.release.Releases;
import org.govgraph.release.publish.PublishedFile;
import org.govgraph.search.SearchIndex;
import org.govgraph.search.SearchRequest;

/**
 * The long crash run: {@code govgraph ingest} of a generated inventory in a child JVM,
 * killed with SIGKILL ({@link Process#destroyForcibly()}) at uniformly random moments of a
 * clean run's duration (plus 20 %), twenty times, inventories A and B alternating. After
 * each kill the store must hold exactly the previous release or exactly the new one (release
 * stamp and graph digest agree) and the index must be current or know it is stale, and be
 * current after {@code ensureCurrent()} with one document per service, and the catalog's
 * downloads of that release must be on disk with their recorded checksums. The short version
 * runs in the command line's test suite ({@code CrashDuringIngestIT}).
 *
 * <p>With {@code live}, a server child serves the store and each ingest is handed to it (the
 * plain {@code govgraph ingest --store DIR} of an operator); what is killed is the server, at
 * a random moment of a clean live ingest's duration.
 */
public final class CrashRun {
    private final Workspace work;
    private final long services;
    private final int kills;
    private final boolean live;

    public CrashRun(Workspace work, long services, int kills, boolean live) {
        this.work = work;
        this.services = services;
        this.kills = kills;
        this.live = live;
    }

    private record State(
            Optional<String> release,
            GraphDigest digest,
            boolean indexConsistent,
            boolean indexCaughtUp,
            long indexedServices,
            boolean downloadsConsistent) {
        static State read(Path dir) {
            try (Releases releases = Releases.open(dir, Iris.defaults())) {
                Store store = releases.current().store();
                SearchIndex index = releases.current().index();
                Optional<String> release = store.release();
                GraphDigest digest = store.read(() -> GraphDigest.of(
                        store.datasetGraph().getGraph(store.iris().sourceGraph("ca-si"))));
                boolean consistent = index.stamp().equals(release.orElse("")) || !index.isCurrent();
                index.ensureCurrent();
                long n = index.search(new SearchRequest("", "en", 1, 1, List.of(), List.of("kind:service")))
                        .total();
                return new State(
                        release,
                        digest,
                        consistent,
                        index.stamp().equals(release.orElse("")),
                        n,
                        downloadsMatch(releases.current()));
            }
        }

        /** The latest ca-si release's published files are on disk with the checksum the catalog records. */
        private static boolean downloadsMatch(PlatformRelease release) {
            Optional<Release> latest = release.store().latestRelease("ca-si");
            if (latest.isEmpty()) {
                return false;
            }
            for (String name : List.of("ca-si.ttl.gz", "ca-si.nt.gz", "ca-si.jsonld")) {
                Optional<PublishedFile> file =
                        release.publisher().file("ca-si", latest.get().releaseId(), name);
                if (file.isEmpty()
                        || !file.get().sha256().equals(sha256(file.get().path()))) {
                    return false;
                }
            }
            return true;
        }

        private static String sha256(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                }
                return HexFormat.of().formatHex(sha.digest());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public ResultTable run() {
        String heap = services <= 10_000 ? "2g" : "10g";
        Path a = work.inventory(services, 1);
        Path b = work.inventory(services, 2);
        // The expected graphs: each inventory ingested once, uninterrupted. A's reference is the
        // crash store's own first ingest, which nothing interrupts; B gets a store of its own.
        Path dir = work.fresh("crash-store");
        long clean = cleanIngest(dir, a, heap).toMillis();
        State state = State.read(dir);
        Map<Path, GraphDigest> expected = Map.of(a, state.digest(), b, reference(b, "crash-ref-b", heap));
        Path current = a;
        if (live) {
            // The kills fall in a clean live ingest's duration: time one, B then A again.
            clean = cleanLiveIngest(dir, b, heap).toMillis();
            cleanLiveIngest(dir, a, heap);
            state = State.read(dir);
        }
        SplittableRandom random = new SplittableRandom(20_240_601);
        int kept = 0;
        int replaced = 0;
        int completed = 0;
        int lost = 0;
        StringBuilder log = new StringBuilder();
        for (int k = 0; k < kills; k++) {
            Path next = current == a ? b : a;
            long after = random.nextLong(clean + clean / 5);
            ChildJvm.Running server = live ? serve(dir, heap) : null;
            ChildJvm.Running child = ingest(dir, next, heap).start(line -> {});
            boolean finished = waitFor(child, after);
            if (finished) {
                child.await(Duration.ofMinutes(1));
                completed++;
            }
            if (live) {
                server.kill();
                // The ingest command loses its server and says so (exit 2); it must not go on alone.
                child.await(Duration.ofMinutes(1));
            } else if (!finished) {
                child.kill();
            }
            State now = State.read(dir);
            boolean same = now.release().equals(state.release());
            GraphDigest want = expected.get(same ? current : next);
            boolean exact = want.equals(now.digest())
                    && now.indexConsistent()
                    && now.indexCaughtUp()
                    && now.indexedServices() == services
                    && now.downloadsConsistent();
            if (!exact) {
                lost++;
            }
            if (same) {
                kept++;
            } else {
                replaced++;
                current = next;
            }
            String line = String.format(
                    java.util.Locale.ROOT,
                    "kill %d at %.1f s of %.1f: %s%s, %s",
                    k + 1,
                    after / 1000.0,
                    clean / 1000.0,
                    finished ? "ingest had finished; " : "",
                    same ? "previous release kept" : "new release",
                    exact ? "exact" : "NOT EXACT " + now);
            System.out.println("crash: " + line);
            log.append(line).append("; ");
            state = now;
        }
        return ResultTable.builder(
                        live ? "crash-live" : "crash",
                        live
                                ? "Reliability: kill -9 of the server during a live ingest"
                                : "Reliability: kill -9 during ingest",
                        "services",
                        "kills",
                        "killed mid-run",
                        "ingest had finished",
                        "previous release kept",
                        "new release",
                        "stores not exact (data lost or mixed)")
                .row(services, kills, kills - completed, completed, kept, replaced, lost)
                .note(String.format(
                        java.util.Locale.ROOT,
                        "A clean run (govgraph ingest with index and downloads%s)"
                                + " took %.1f s; kills%s fall uniformly in [0, 1.2 x that]. Exact = the ca-si graph digest equals"
                                + " the expected inventory's, the index was current or knew it was stale, and after"
                                + " ensureCurrent() holds one document per service, and the release's Turtle, N-Triples and"
                                + " JSON-LD downloads are on disk with the checksums the catalog records.",
                        live ? ", handed to a running server" : "",
                        clean / 1000.0,
                        live ? " of the server" : ""))
                .note(log.toString())
                .build();
    }

    private Duration cleanIngest(Path store, Path inventory, String heap) {
        ChildJvm.Result r = ingest(store, inventory, heap).run(Duration.ofHours(2), line -> {});
        if (r.exitCode() != 0) {
            throw new IllegalStateException("The uninterrupted ingest of " + inventory + " failed:\n" + r.tail());
        }
        return r.elapsed();
    }

    private Duration cleanLiveIngest(Path store, Path inventory, String heap) {
        ChildJvm.Running server = serve(store, heap);
        try {
            return cleanIngest(store, inventory, heap);
        } finally {
            server.kill();
        }
    }

    /** A server child on the store, with the admin token, once it has announced itself. */
    private static ChildJvm.Running serve(Path store, String heap) {
        ChildJvm.Running server = ChildJvm.of(GovgraphCommand.class)
                .heap(heap)
                .args("serve", "--store", store, "--port", "0", "--admin-token", LiveIngestRun.TOKEN)
                .start(line -> {});
        LiveIngestRun.awaitAnnouncement(store, server);
        return server;
    }

    private static boolean waitFor(ChildJvm.Running child, long millis) {
        try {
            return child.process().waitFor(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ChildJvm ingest(Path store, Path inventory, String heap) {
        return ChildJvm.of(GovgraphCommand.class)
                .heap(heap)
                .args("ingest", "--store", store, "--allow-rejects", "ca-si", inventory);
    }

    private GraphDigest reference(Path inventory, String name, String heap) {
        Path dir = work.fresh(name);
        cleanIngest(dir, inventory, heap);
        GraphDigest digest = State.read(dir).digest();
        Workspace.delete(dir);
        return digest;
    }
}
