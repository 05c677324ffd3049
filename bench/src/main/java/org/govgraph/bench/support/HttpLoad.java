package org.govgraph.bench.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A closed-loop HTTP load driver on the JDK {@link HttpClient}: {@code clients} threads
 * each send one request, read the whole body, and send the next, walking the request mix
 * from a different starting point, until the run's request budget or time is spent.
 * Latency is measured from sending to the last byte of the body.
 */
public final class HttpLoad {
    /**
     * One request of the mix.
     *
     * @param kind    a label the results are grouped by, e.g. {@code simple}, {@code pathological}
     * @param request the request, sent as is
     */
    public record Request(String kind, HttpRequest request) {}

    /**
     * The outcome of a run, per kind of request.
     *
     * @param byKind   latencies of successful responses (status 2xx) per kind
     * @param statuses the count of every status per kind; status 0 is a transport error
     * @param wallNanos the wall-clock time of the run
     */
    public record Outcome(Map<String, Latencies> byKind, Map<String, Map<Integer, Long>> statuses, long wallNanos) {
        /** All successful responses, every kind pooled, over the run's wall-clock time (once, not once per kind). */
        public Latencies all() {
            Latencies pooled = Latencies.merge(byKind.values().toArray(Latencies[]::new));
            return new Latencies(pooled.samplesNanos(), wallNanos, pooled.errors());
        }

        public long count(Predicate<Integer> status) {
            return statuses.values().stream()
                    .flatMap(m -> m.entrySet().stream())
                    .filter(e -> status.test(e.getKey()))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }
    }

    private final HttpClient client;

    public HttpLoad(HttpClient client) {
        this.client = client;
    }

    /** A client fit for load: HTTP/1.1 (as most SPARQL clients), its own thread pool, a connect timeout. */
    public static HttpClient newClient(int clients) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(Math.max(2, clients)))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Runs {@code clients} closed loops over {@code mix} until {@code totalRequests} have been
     * sent or {@code maxTime} has passed, whichever comes first.
     */
    public Outcome run(List<Request> mix, int clients, long totalRequests, Duration maxTime) {
        AtomicLong budget = new AtomicLong(totalRequests);
        long deadline = System.nanoTime() + maxTime.toNanos();
        Map<String, List<Long>> samples = new ConcurrentHashMap<>();
        Map<String, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> loops = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * Math.max(1, mix.size() / clients);
                loops.add(pool.submit(() -> {
                    for (long i = offset; budget.getAndDecrement() > 0 && System.nanoTime() < deadline; i++) {
                        Request r = mix.get((int) (i % mix.size()));
                        long t0 = System.nanoTime();
                        int status = send(r.request());
                        long took = System.nanoTime() - t0;
                        statuses.computeIfAbsent(r.kind(), k -> new ConcurrentHashMap<>())
                                .computeIfAbsent(status, s -> new AtomicLong())
                                .incrementAndGet();
                        if (status >= 200 && status < 300) {
                            samples.computeIfAbsent(r.kind(), k -> Collections.synchronizedList(new ArrayList<>()))
                                    .add(took);
                        }
                    }
                }));
            }
            for (Future<?> f : loops) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Load run failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - started;
        Map<String, Latencies> byKind = new TreeMap<>();
        samples.forEach((kind, list) -> {
            long[] a;
            synchronized (list) {
                a = list.stream().mapToLong(Long::longValue).toArray();
            }
            long errors = statuses.getOrDefault(kind, Map.of()).entrySet().stream()
                    .filter(e -> e.getKey() < 200 || e.getKey() >= 300)
                    .mapToLong(e -> e.getValue().get())
                    .sum();
            byKind.put(kind, new Latencies(a, wall, errors));
        });
        Map<String, Map<Integer, Long>> counted = new TreeMap<>();
        statuses.forEach((kind, m) -> {
            Map<Integer, Long> c = new TreeMap<>();
            m.forEach((s, n) -> c.put(s, n.get()));
            counted.put(kind, c);
        });
        return new Outcome(byKind, counted, wall);
    }

    /** Sends one request and drains its body; 0 for a transport error (refused, reset, timed out). */
    private int send(HttpRequest request) {
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return response.statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
