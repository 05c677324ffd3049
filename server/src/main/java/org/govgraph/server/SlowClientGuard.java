package org.govgraph.server;

import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * Keeps slow or numerous clients from holding every request thread, so that
 * {@code /healthz} (and {@code /metrics}) always answer:
 * <ul>
 * <li>A SPARQL request body is read without a thread ({@link EagerContentHandler}): the
 * request is handed to the servlets only once its body is in, so 210 clients trickling
 * bodies hold connections, not threads.</li>
 * <li>A body that arrives slower than {@link #MIN_REQUEST_DATA_RATE} after a grace of
 * {@link #RATE_GRACE} is cut with 408 ({@link MinimumBodyRateHandler}), and the connection
 * freed.</li>
 * <li>At most {@code maxThreads - }{@link #RESERVED_THREADS} requests run at once
 * ({@link QoSHandler}); the others wait without a thread, up to {@link #MAX_WAIT}, then get
 * 503. The reserved threads serve Jetty itself and the operations routes, which skip the
 * queue: a server busy to its last thread still tells its load balancer how it is.</li>
 * </ul>
 */
final class SlowClientGuard {
    /** A body trickling slower than this (bytes per second) is cut: a query is sent in one go. */
    static final long MIN_REQUEST_DATA_RATE = 1024;
    /** How long any body may take before its rate is judged. */
    static final Duration RATE_GRACE = Duration.ofSeconds(2);
    /** Threads kept from requests in the queue: the acceptor and selector, and the operations routes. */
    static final int RESERVED_THREADS = 8;
    /** How long a request waits for its turn without a thread. */
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    /** The routes that skip the queue. */
    static final String[] OPERATIONS = {"/healthz", "/readyz", "/metrics"};

    private SlowClientGuard() {}

    /** {@code handler} behind the eager body reader and the request queue. */
    static Handler wrap(Handler handler, ServerSettings settings) {
        QoSHandler queue = new QoSHandler(handler);
        queue.setMaxRequestCount(settings.maxThreads() - RESERVED_THREADS);
        queue.setMaxSuspend(MAX_WAIT);
        queue.excludePath(OPERATIONS);

        // Bodies over the limit are not retained whole: the size filter reads one byte past it and answers 413.
        EagerContentHandler eager = new EagerContentHandler(
                queue, new EagerContentHandler.RetainedContentLoaderFactory(settings.maxQueryBytes() + 1, -1, false));
        eager.includeMethod("POST", "PUT");
        return new MinimumBodyRateHandler(eager, MIN_REQUEST_DATA_RATE, RATE_GRACE);
    }
}
