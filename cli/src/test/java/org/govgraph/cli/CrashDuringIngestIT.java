package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.Sources;
import org.govgraph.ingest.generate.InventoryGenerator;
import org.govgraph.model.Iris;
import org.govgraph.model.store.GraphDigest;
import org.govgraph.model.store.Store;
import org.govgraph.release.Releases;
import org.govgraph.search.SearchIndex;
import org.govgraph.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 during ingest: a child JVM runs {@code govgraph ingest} of a generated inventory
 * into a TDB2 store on disk and is killed ({@link Process#destroyForcibly()}, SIGKILL) at a
 * random moment; the inventories A and B alternate, so every run replaces one with the
 * other. After each kill the store opens and holds exactly the previous release or exactly
 * the new one (release stamp and graph digest agree), and the search index is current or
 * knows it is stale, and is current after {@code ensureCurrent()}, with one document per
 * service. Kills fall in the second half of a clean run's time, where the write, the index
 * rebuild and the publishing happen. The long run (100,000 services, twenty kills) is
 * {@code govgraph-bench crash}.
 */
class CrashDuringIngestIT {
    private static final int SERVICES = 1_000;
    private static final int KILLS = 3;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesThePreviousOrTheNewReleaseAndAnIndexThatCatchesUp() throws Exception {
        InventoryGenerator generator = InventoryGenerator.fromBundled();
        Path a = generator.write(SERVICES, 1, dir.resolve("a/si_synthetic.csv"));
        Path b = generator.write(SERVICES, 2, dir.resolve("b/si_synthetic.csv"));
        Map<Path, GraphDigest> expected = Map.of(a, expectedDigest(a), b, expectedDigest(b));
        Path storeDir = dir.resolve("store");

        long started = System.nanoTime();
        Child first = runChild(storeDir, a, Long.MAX_VALUE);
        assertEquals(0, first.exit(), "the first, uninterrupted ingest: " + first.output());
        long cleanMillis = (System.nanoTime() - started) / 1_000_000;
        State state = State.read(storeDir);
        assertEquals(expected.get(a), state.digest());
        Path current = a;

        SplittableRandom random = new SplittableRandom(42);
        List<String> log = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Path next = current == a ? b : a;
            // Late in the run, where the write transaction, the index rebuild and the publishing happen.
            long after = cleanMillis / 2 + random.nextLong(cleanMillis * 7 / 10);
            Child child = runChild(storeDir, next, after);

            State now = State.read(storeDir);
            boolean kept = now.release().equals(state.release());
            GraphDigest want = expected.get(kept ? current : next);
            assertEquals(
                    want,
                    now.digest(),
                    "kill " + kill + " after " + after + " ms: the store holds "
                            + (kept ? "the previous" : "a new") + " release " + now.release()
                            + " whose graph must be exactly"
                            + " that release's inventory");
            assertTrue(
                    now.indexStamp().equals(now.release().orElse("")) || !now.indexWasCurrent(),
                    "the index either matches the store or knows it is stale");
            assertEquals(now.release().orElse(""), now.indexStampAfterCatchUp(), "the index catches up");
            assertEquals(SERVICES, now.indexedServices(), "one index document per service after catching up");
            log.add("kill " + kill + " at " + after + " ms (" + child.lastLine() + "): "
                    + (kept
                            ? "previous release kept"
                            : "new release " + now.release().orElseThrow()));
            if (!kept) {
                current = next;
            }
            state = now;
        }
        System.out.println("CrashDuringIngestIT, clean run " + cleanMillis + " ms:\n  " + String.join("\n  ", log));
    }

    @Test
    void aServerKilledDuringALiveIngestRestartsWithThePreviousOrTheNewRelease() throws Exception {
        InventoryGenerator generator = InventoryGenerator.fromBundled();
        Path a = generator.write(SERVICES, 3, dir.resolve("a/si_synthetic.csv"));
        Path b = generator.write(SERVICES, 4, dir.resolve("b/si_synthetic.csv"));
        Map<Path, GraphDigest> expected = Map.of(a, expectedDigest(a), b, expectedDigest(b));
        Path storeDir = dir.resolve("live");
        long t0 = System.nanoTime();
        assertEquals(0, runChild(storeDir, a, Long.MAX_VALUE).exit());
        long cleanMillis = (System.nanoTime() - t0) / 1_000_000;
        State state = State.read(storeDir);
        Path current = a;
        SplittableRandom random = new SplittableRandom(7);
        List<String> log = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Path next = current == a ? b : a;
            Process server = startServer(storeDir);
            long started = System.nanoTime();
            Thread ingest = new Thread(() -> GovgraphCommand.commandLine()
                    .setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                    .setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                    .execute("ingest", "--store", storeDir.toString(), "--allow-rejects", "ca-si", next.toString()));
            ingest.start();
            // Anywhere in an ingest's time (a clean one in a child JVM, plus a fifth), upload and write alike.
            long after = random.nextLong(cleanMillis + cleanMillis / 5);
            Thread.sleep(after);
            server.destroyForcibly();
            server.waitFor();
            ingest.join();

            State now = State.read(storeDir);
            boolean kept = now.release().equals(state.release());
            assertEquals(
                    expected.get(kept ? current : next),
                    now.digest(),
                    "server kill " + kill + " after " + after
                            + " ms: the store holds exactly the previous or the new release");
            assertEquals(now.release().orElse(""), now.indexStamp(), "the index is that of the release served");
            assertEquals(SERVICES, now.indexedServices());
            log.add("server kill " + kill + " at " + after + " ms after the ingest began ("
                    + (System.nanoTime() - started) / 1_000_000 + " ms to stop): "
                    + (kept
                            ? "previous release kept"
                            : "new release " + now.release().orElseThrow()));
            if (!kept) {
                current = next;
            }
            state = now;
        }
        System.out.println("CrashDuringIngestIT, live ingests:\n  " + String.join("\n  ", log));
    }

    /** A {@code govgraph serve} child on {@code store}, once it has announced itself there. */
    private Process startServer(Path store) throws IOException, InterruptedException {
        java.nio.file.Files.deleteIfExists(store.resolve(ServerAnnouncement.FILE));
        Path log = java.nio.file.Files.createTempFile(dir, "server", ".log");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-cp",
                        classPath,
                        GovgraphCommand.class.getName(),
                        "serve",
                        "--store",
                        store.toString(),
                        "--port",
                        "0",
                        "--admin-token",
                        "crash-test-token")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (ServerAnnouncement.read(store)
                .filter(ServerAnnouncement::answers)
                .isEmpty()) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the server did not start: " + java.nio.file.Files.readString(log));
            }
            Thread.sleep(100);
        }
        return p;
    }

    private static GraphDigest expectedDigest(Path inventory) {
        try (Store memory = Store.inMemory(Iris.defaults())) {
            new IngestRunner(memory)
                    .run(Sources.byId("ca-si").orElseThrow(), List.of(inventory), new IngestOptions(true, s -> {}));
            return memory.read(() ->
                    GraphDigest.of(memory.datasetGraph().getGraph(memory.iris().sourceGraph("ca-si"))));
        }
    }

    /** How a child ended: its exit status (137 when killed) and what it printed. */
    private record Child(int exit, List<String> output) {
        String lastLine() {
            return output.isEmpty() ? "(nothing)" : output.get(output.size() - 1);
        }
    }

    /** Runs the ingest child; kills it with SIGKILL after {@code killAfterMillis} unless it ended by then. */
    private static Child runChild(Path store, Path inventory, long killAfterMillis)
            throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-cp",
                        classPath,
                        IngestChild.class.getName(),
                        store.toString(),
                        inventory.toString())
                .redirectErrorStream(true)
                .start();
        List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        output.add(line.length() > 200 ? line.substring(0, 200) : line);
                    }
                }
            } catch (IOException e) {
                // The pipe closes when the child is killed.
            }
        });
        reader.start();
        boolean ended = p.waitFor(Math.min(killAfterMillis, TimeUnit.MINUTES.toMillis(10)), TimeUnit.MILLISECONDS);
        if (!ended) {
            p.destroyForcibly();
            p.waitFor();
        }
        reader.join();
        return new Child(p.exitValue(), List.copyOf(output));
    }

    /** What the store and the index hold after a run, read as a user would after a restart. */
    private record State(
            Optional<String> release,
            GraphDigest digest,
            String indexStamp,
            boolean indexWasCurrent,
            String indexStampAfterCatchUp,
            long indexedServices) {
        static State read(Path dir) {
            try (Releases releases = Releases.open(dir, Iris.defaults())) {
                Store store = releases.current().store();
                SearchIndex index = releases.current().index();
                Optional<String> release = store.release();
                GraphDigest digest = store.read(() -> GraphDigest.of(
                        store.datasetGraph().getGraph(store.iris().sourceGraph("ca-si"))));
                String stamp = index.stamp();
                boolean current = index.isCurrent();
                index.ensureCurrent();
                long services = index.search(new SearchRequest("", "en", 1, 1, List.of(), List.of("kind:service")))
                        .total();
                return new State(release, digest, stamp, current, index.stamp(), services);
            }
        }
    }
}
