package org.govgraph.bench.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks {@code /healthz} twice a second for the whole run, each time with a 5 s limit, and
 * keeps how many answers were not a 200 in time and the slowest answer.
 */
final class HealthWatch implements AutoCloseable {
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(LIMIT).build();
    private final HttpRequest request;
    private final AtomicLong asked = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong slowestMillis = new AtomicLong();
    private final Thread watcher;
    private volatile boolean running = true;

    private HealthWatch(String base) {
        this.request = HttpRequest.newBuilder(URI.create(base + "/healthz"))
                .timeout(LIMIT)
                .GET()
                .build();
        this.watcher = new Thread(this::watch, "health-watch");
        watcher.setDaemon(true);
    }

    static HealthWatch start(String base) {
        HealthWatch watch = new HealthWatch(base);
        watch.watcher.start();
        return watch;
    }

    private void watch() {
        while (running) {
            long t0 = System.nanoTime();
            boolean ok;
            try {
                ok = client.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (java.io.IOException e) {
                ok = false;
            } catch (InterruptedException e) {
                return;
            }
            asked.incrementAndGet();
            if (!ok) {
                failed.incrementAndGet();
            }
            slowestMillis.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long asked() {
        return asked.get();
    }

    long failed() {
        return failed.get();
    }

    long slowestMillis() {
        return slowestMillis.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        watcher.interrupt();
        watcher.join(10_000);
    }
}
