package org.govgraph.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * The server's meters, in one Micrometer registry scraped as Prometheus text at
 * {@code /metrics}: requests and their latencies by route, method and status, SPARQL
 * query timeouts and refusals, and the request threads.
 */
public final class ServerMetrics {
    /** Latency buckets from a quick lookup to the default query time limit. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(5),
        Duration.ofMillis(25),
        Duration.ofMillis(100),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        Duration.ofSeconds(30)
    };

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /** Records one finished request. {@code route} is the route's path spec (bounded cardinality), not the raw URI. */
    public void request(String route, String method, int status, Duration elapsed) {
        Timer.builder("govgraph.http.requests")
                .description("HTTP requests served, by route, method and status")
                .tag("route", route)
                .tag("method", method)
                .tag("status", Integer.toString(status))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(elapsed);
    }

    /** Registers a counter whose value is read from {@code source} at each scrape (e.g. Fuseki's own counters). */
    public <T> void counterFrom(String name, String description, T source, ToDoubleFunction<T> value) {
        FunctionCounter.builder(name, source, value).description(description).register(registry);
    }

    /**
     * Gauges of the request threads: busy, idle, and jobs queued waiting for a thread. A
     * request's latency metric starts once a thread reads it, so only the queue shows that wait.
     */
    public void threads(ThreadPool pool) {
        new JettyServerThreadPoolMetrics(pool, Tags.empty()).bindTo(registry);
    }

    /** A plain counter, created on first use. */
    public Counter counter(String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }

    /** The Prometheus text exposition of every meter. */
    /** The registry, for a component that binds meters of its own (the answer cache). */
    public io.micrometer.core.instrument.MeterRegistry registry() {
        return registry;
    }

    public String scrape() {
        return registry.scrape();
    }
}
