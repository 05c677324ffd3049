package org.govgraph.bench.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.govgraph.bench.report.ResultTable;
import org.govgraph.bench.support.ChildJvm;
import org.govgraph.bench.support.Workspace;
import org.govgraph.model.Iris;
import org.govgraph.model.store.GraphDigest;
import org.govgraph.model.store.Store;
import org.govgraph.release.Releases;
import org.govgraph.search.SearchRequest;
import org.govgraph.search.ServiceIndex;
import org.govgraph.cli.GovgraphCommand;

/**
 * The long crash run: {@code govgraph ingest} of a generated inventory in a child JVM,
 * killed with SIGKILL ({@link Process#destroyForcibly()}) at uniformly random moments of a
 * clean run's duration (plus 20 %), twenty times, inventories A and B alternating. After
 * each kill the store must hold exactly the previous release or exactly the new one (release
 * stamp and graph digest agree) and the index must be current or know it is stale, and be
 * current after {@code ensureCurrent()} with one document per service. The short version
 * runs in the server's test suite ({@code CrashDuringIngestIT}).
 */
public final class CrashRun {
    private final Workspace work;
    private final long services;
    private final int kills;

    public CrashRun(Workspace work, long services, int kills) {
        this.work = work;
        this.services = services;
        this.kills = kills;
    }

    private record State(Optional<String> release, GraphDigest digest, boolean indexConsistent, boolean indexCaughtUp,
                         long indexedServices) {
        static State read(Path dir) {
            try (Releases releases = Releases.open(dir, Iris.defaults())) {
                Store store = releases.current().store();
                ServiceIndex index = releases.current().index();
                Optional<String> release = store.release();
                GraphDigest digest = store.read(() ->
                        GraphDigest.of(store.datasetGraph().getGraph(store.iris().sourceGraph("ca-si"))));
                boolean consistent = index.stamp().equals(release.orElse("")) || !index.isCurrent();
                index.ensureCurrent();
                long n = index.search(new SearchRequest("", "en", 1, 1, List.of(), List.of("kind:service"))).total();
                return new State(release, digest, consistent, index.stamp().equals(release.orElse("")), n);
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
        SplittableRandom random = new SplittableRandom(20_240_601);
        int kept = 0;
        int replaced = 0;
        int completed = 0;
        int lost = 0;
        StringBuilder log = new StringBuilder();
        for (int k = 0; k < kills; k++) {
            Path next = current == a ? b : a;
            long after = random.nextLong(clean + clean / 5);
            ChildJvm.Running child = ingest(dir, next, heap).start(line -> { });
            boolean finished;
            try {
                finished = child.process().waitFor(after, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (finished) {
                child.await(Duration.ofMinutes(1));
                completed++;
            } else {
                child.kill();
            }
            State now = State.read(dir);
            boolean same = now.release().equals(state.release());
            GraphDigest want = expected.get(same ? current : next);
            boolean exact = want.equals(now.digest()) && now.indexConsistent() && now.indexCaughtUp()
                    && now.indexedServices() == services;
            if (!exact) {
                lost++;
            }
            if (same) {
                kept++;
            } else {
                replaced++;
                current = next;
            }
            String line = String.format(java.util.Locale.ROOT, "kill %d at %.1f s of %.1f: %s%s, %s", k + 1,
                    after / 1000.0, clean / 1000.0, finished ? "ingest had finished; " : "",
                    same ? "previous release kept" : "new release", exact ? "exact" : "NOT EXACT " + now);
            System.out.println("crash: " + line);
            log.append(line).append("; ");
            state = now;
        }
        return ResultTable.builder("crash", "Reliability: kill -9 during ingest",
                        "services", "kills", "killed mid-run", "ingest had finished", "previous release kept",
                        "new release", "stores not exact (data lost or mixed)")
                .row(services, kills, kills - completed, completed, kept, replaced, lost)
                .note(String.format(java.util.Locale.ROOT, "A clean run (govgraph ingest with index and downloads)"
                        + " took %.1f s; kills fall uniformly in [0, 1.2 x that]. Exact = the ca-si graph digest equals"
                        + " the expected inventory's, the index was current or knew it was stale, and after"
                        + " ensureCurrent() holds one document per service.", clean / 1000.0))
                .note(log.toString())
                .build();
    }

    private Duration cleanIngest(Path store, Path inventory, String heap) {
        ChildJvm.Result r = ingest(store, inventory, heap).run(Duration.ofHours(2), line -> { });
        if (r.exitCode() != 0) {
            throw new IllegalStateException("The uninterrupted ingest of " + inventory + " failed:\n" + r.tail());
        }
        return r.elapsed();
    }

    private ChildJvm ingest(Path store, Path inventory, String heap) {
        return ChildJvm.of(GovgraphCommand.class).heap(heap).args("ingest", "--store", store, "--allow-rejects", "ca-si",
                inventory);
    }

    private GraphDigest reference(Path inventory, String name, String heap) {
        Path dir = work.fresh(name);
        cleanIngest(dir, inventory, heap);
        GraphDigest digest = State.read(dir).digest();
        Workspace.delete(dir);
        return digest;
    }
}
