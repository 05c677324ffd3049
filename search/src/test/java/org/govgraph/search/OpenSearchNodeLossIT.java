package org.govgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.govgraph.model.store.Store;
import org.govgraph.search.opensearch.OpenSearchCluster;
import org.govgraph.search.opensearch.OpenSearchNodes;
import org.junit.jupiter.api.Test;

/**
 * Three real OpenSearch nodes (child JVMs), three shards with one replica each, searches from
 * several threads, and one node killed with SIGKILL in the middle: every search keeps answering,
 * either whole with the right total or flagged partial, never a wrong total said to be whole; the
 * cluster turns yellow, and green again once the node is back.
 */
class OpenSearchNodeLossIT {
    private static final int THREADS = 4;
    private static final List<String> QUESTIONS = List.of(
            "passport", "pasport", "renew passport", "country:MYS", "licence", "", "permis de conduire", "pension");

    @Test
    void searchesKeepAnsweringWhenANodeIsKilledAndTheClusterHeals() throws Exception {
        try (OpenSearchNodes nodes = OpenSearchNodes.start(3);
                OpenSearchCluster cluster = OpenSearchCluster.connect(nodes.hosts(), "govgraph-loss", 3, 1);
                Store store = Fixture.store();
                OpenSearchIndex index = OpenSearchIndex.open(cluster, store)) {
            index.rebuild();
            assertTrue(nodes.awaitStatus("green", Duration.ofMinutes(2)), "green before the kill");
            Map<String, Long> expected = new java.util.HashMap<>();
            for (String q : QUESTIONS) {
                expected.put(q, index.search(SearchRequest.of(q)).total());
            }

            AtomicLong complete = new AtomicLong();
            AtomicLong partial = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            AtomicLong wrong = new AtomicLong();
            AtomicLong afterKill = new AtomicLong();
            AtomicBoolean killed = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService load = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                workers.add(load.submit(() -> {
                    for (int i = offset; !stop.get(); i++) {
                        String q = QUESTIONS.get(i % QUESTIONS.size());
                        try {
                            SearchResponse r = index.search(SearchRequest.of(q));
                            if (r.partial()) {
                                partial.incrementAndGet();
                            } else if (r.total() != expected.get(q)) {
                                wrong.incrementAndGet();
                                failures.add(q + ": " + r.total() + " instead of " + expected.get(q));
                            } else {
                                complete.incrementAndGet();
                            }
                            if (killed.get()) {
                                afterKill.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                            failures.add(q + ": " + e.getMessage());
                        }
                    }
                }));
            }
            Thread.sleep(3_000);
            long kill = System.nanoTime();
            nodes.kill(0);
            killed.set(true);
            assertTrue(waitForNotGreen(nodes), "the cluster reports the lost copies");
            long yellowMs = (System.nanoTime() - kill) / 1_000_000;
            Thread.sleep(3_000);
            long restart = System.nanoTime();
            nodes.restart(0);
            boolean green = nodes.awaitStatus("green", Duration.ofMinutes(3));
            long greenMs = (System.nanoTime() - restart) / 1_000_000;
            Thread.sleep(1_000);
            stop.set(true);
            for (Future<?> w : workers) {
                w.get(1, TimeUnit.MINUTES);
            }
            load.shutdown();
            System.out.printf(
                    "OpenSearch node loss: %d complete, %d partial, %d failed, %d wrong totals (%d after the kill);"
                            + " yellow %d ms after kill -9, green %.1f s after restart%n",
                    complete.get(),
                    partial.get(),
                    failed.get(),
                    wrong.get(),
                    afterKill.get(),
                    yellowMs,
                    greenMs / 1000.0);
            assertEquals(List.of(), failures, "no search failed or gave a wrong total as if whole");
            assertTrue(afterKill.get() > 0, "searches answered after the kill");
            assertTrue(green, "green again after the restart");
            assertEquals(
                    expected.get("passport"),
                    index.search(SearchRequest.of("passport")).total());
        }
    }

    /** Waits until the cluster notices the loss: health no longer green (yellow while replicas are promoted and missing). */
    private static boolean waitForNotGreen(OpenSearchNodes nodes) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < end) {
            if (!"green".equals(nodes.status())) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
