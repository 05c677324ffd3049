package org.govgraph.bench.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.govgraph.bench.report.ResultTable;
import org.govgraph.bench.support.ChildJvm;
import org.govgraph.bench.support.Latencies;
import org.govgraph.bench.support.Workspace;
import org.govgraph.cli.GovgraphCommand;

/**
 * A live ingest against its two peers, side by side in one run: the same {@code govgraph
 * ingest} of an inventory with the server stopped (time), and the probe's searches with no
 * ingest under way (latency). A server child serves a store of {@code services} services;
 * one probe client asks a search, a SPARQL query and a page in turn, every 100 ms; the
 * ingest of a second inventory of the same size is handed to the running server.
 */
public final class LiveIngestRun {
    static final String TOKEN = "bench-live-token";
    private static final List<String> WORDS = List.of(
            "passport", "benefits", "tax", "licence", "grant", "health", "business", "permit", "pension", "student");

    private final Workspace work;
    private final long services;

    public LiveIngestRun(Workspace work, long services) {
        this.work = work;
        this.services = services;
    }

    public ResultTable run() {
        String heap = services <= 10_000 ? "2g" : "8g";
        Path a = work.inventory(services, 1);
        Path b = work.inventory(services, 2);
        Path store = work.fresh("live-" + services);
        ingest(store, a, heap);
        Duration stopped = ingest(store, b, heap);
        System.out.println("live: ingest with the server stopped " + stopped.toMillis() + " ms");

        ChildJvm.Running server = ChildJvm.of(GovgraphCommand.class)
                .heap(heap)
                // The probe repeats its questions: without the answer cache, each one is worked out, as a new question
                // would be.
                .args("serve", "--store", store, "--port", "0", "--admin-token", TOKEN, "--no-answer-cache")
                .start(line -> {});
        try {
            String url = awaitAnnouncement(store, server);
            // The first answers of a fresh JVM (class loading, JIT, cold caches) are no one's baseline.
            new Probe(url).during(() -> sleep(Duration.ofSeconds(20)));
            Latencies before = new Probe(url).during(() -> sleep(Duration.ofSeconds(30)));
            Duration[] live = new Duration[1];
            Latencies during = new Probe(url).during(() -> live[0] = ingest(store, a, "1g"));
            System.out.println("live: ingest into the running server " + live[0].toMillis() + " ms");
            // No-ingest probes on both sides of the ingest, so that a drift of the machine shows in the baseline.
            Latencies quiet = Latencies.merge(before, new Probe(url).during(() -> sleep(Duration.ofSeconds(30))));
            long bytes = Workspace.size(store.resolve("releases"));
            return ResultTable.builder(
                            "live-ingest",
                            "Live release: ingest into a running server",
                            "services",
                            "ingest, server stopped (s)",
                            "ingest into the running server (s)",
                            "ratio (stopped / live)",
                            "probe p50 / p99 no ingest (ms)",
                            "probe p50 / p99 during (ms)",
                            "p99 ratio (during / none)",
                            "probe answers (errors)",
                            "DIR/releases after (MB)")
                    .row(
                            services == 0 ? "si_2024.csv (real)" : Long.toString(services),
                            secs(stopped),
                            secs(live[0]),
                            ratio(secs(stopped), secs(live[0])),
                            ms(quiet.p50()) + " / " + ms(quiet.p99()),
                            ms(during.p50()) + " / " + ms(during.p99()),
                            ratio(during.p99(), quiet.p99()),
                            during.count() + " (" + (during.errors() + quiet.errors()) + ")",
                            String.format(Locale.ROOT, "%.1f", bytes / 1e6))
                    .note("The probe: one client, a search, a SPARQL ASK and the home page in turn every 100 ms;"
                            + " an answer other than 200 counts as an error. The live ingest is `govgraph ingest"
                            + " --store DIR` handed to the server, which serves the previous release meanwhile.")
                    .build();
        } finally {
            server.kill();
        }
    }

    private static Duration ingest(Path store, Path inventory, String heap) {
        ChildJvm.Result r = ChildJvm.of(GovgraphCommand.class)
                .heap(heap)
                .args("ingest", "--store", store, "--allow-rejects", "ca-si", inventory)
                .run(Duration.ofHours(2), line -> {});
        if (r.exitCode() != 0) {
            throw new IllegalStateException("The ingest of " + inventory + " failed:\n" + r.tail());
        }
        return r.elapsed();
    }

    /** The URL a server child announces in {@code store}, once it serves. */
    static String awaitAnnouncement(Path store, ChildJvm.Running server) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        Path announcement = store.resolve("server.json");
        while (System.nanoTime() < deadline && server.process().isAlive()) {
            if (Files.isRegularFile(announcement)) {
                try {
                    String json = Files.readString(announcement);
                    // A server killed earlier leaves its announcement: only this child's own counts.
                    if (json.matches("(?s).*\"pid\"\\s*:\\s*" + server.process().pid() + "\\b.*")) {
                        return json.replaceAll("(?s).*\"url\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException("The server did not start:\n" + String.join("\n", server.output()));
    }

    /** One client asking in turn, every 100 ms, while an action runs. */
    private static final class Probe {
        private final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final String url;

        Probe(String url) {
            this.url = url;
        }

        Latencies during(Runnable action) {
            List<Long> samples = new ArrayList<>();
            long[] errors = {0};
            AtomicBoolean running = new AtomicBoolean(true);
            Thread probe = new Thread(() -> {
                int i = 0;
                while (running.get()) {
                    String word = WORDS.get(i % WORDS.size());
                    String path = switch (i % 3) {
                        case 0 -> "api/search?q=" + word;
                        case 1 -> "sparql?query=ASK%7B%3Fs%20%3Fp%20%22" + word + "%22%7D";
                        default -> "";
                    };
                    i++;
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(
                                HttpRequest.newBuilder(URI.create(url + path))
                                        .timeout(Duration.ofSeconds(60))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors[0]++;
                        }
                    } catch (IOException e) {
                        errors[0]++;
                    } catch (InterruptedException e) {
                        return;
                    }
                    synchronized (samples) {
                        samples.add(System.nanoTime() - t0);
                    }
                    sleep(Duration.ofMillis(100));
                }
            });
            long start = System.nanoTime();
            probe.start();
            try {
                action.run();
            } finally {
                running.set(false);
                try {
                    probe.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            synchronized (samples) {
                return new Latencies(
                        samples.stream().mapToLong(Long::longValue).toArray(), System.nanoTime() - start, errors[0]);
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double secs(Duration d) {
        return Math.round(d.toMillis() / 100.0) / 10.0;
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.0f", millis);
    }

    private static String ratio(double a, double b) {
        return String.format(Locale.ROOT, "%.2f", a / b);
    }
}
